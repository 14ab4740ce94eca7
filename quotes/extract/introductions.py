"""What the text says of a named person where it introduces them, away from any quote:
``with host Colin Reyes``, ``Delgado, 58, a former state treasurer``, ``Dr Grace Okafor has been
chief executive of the Harbourside Food Bank Network``; the fields a later quote of theirs
(``OKAFOR: ...``, ``she says``) reports."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotes.extract.anatomy import MentionParts
from quotes.extract.appositives import described_as_named, title_of_possessor
from quotes.extract.lexicon import titles, word_set
from quotes.extract.mentions import describe
from quotes.extract.names import is_role_word
from quotes.extract.offices import entity_of, name_text
from quotes.extract.phrases import ROLE_PREPOSITIONS

# what the name of a trade or a science's practitioner ends in ("herpetologist", "machinist",
# "pediatrician", "geophysicist", "organist", "cartographer"), lower case (not "Canadian");
# not a stance ("populist", "socialist") nor an age ("septuagenarian")
TRADE_ENDINGS = ("ologist", "ician", "icist", "inist", "anist", "ographer")


def describe_entity(ent: SpacySpan) -> MentionParts | None:
    """What the text says of a named person or organisation where it names them, quoted or
    not (``with host Colin Reyes``, ``Delgado, 58, a former state agriculture secretary``):
    the fields a later (or earlier) quote of theirs reports.  None when nothing is said."""
    root = ent.root
    if root.dep_ == "poss" and root.doc.has_annotation("DEP"):
        return title_of_possessor(ent)  # "Mayor Frank Delgado's proposed budget"
    if not root.doc.has_annotation("DEP") or root.dep_ in ("compound", "nmod", "amod") \
            or ent.start > 0 and root.doc[ent.start - 1].text in ("-", "\u2013"):
        return None  # (nor the state of a party tag, "R-Wis.")
    # "The program's host, Colin Reyes,": the name is the appositive of the role
    parts = describe(root.head if root.dep_ == "appos" else root)
    if parts.name is None or parts.pronoun is not None or parts.speaker_type != "person":
        return None

    # away from a quote the parse is trusted less: only a role that ends in a word for what
    # someone is ("host", "former state treasurer"), and an organisation only beside it or a
    # title ("Gov. Lena Marsh of Nevada")
    words = parts.role.split() if parts.role else []
    # the word before its prepositions: "vice president for network planning"; no role opens
    # with one ("Hillary Clinton, in serving as first lady ..., targeted")
    words = [] if words[:1] and words[0].lower() in ROLE_PREPOSITIONS | {"as", "on"} else words[
        : next((k for k, w in enumerate(words) if k and w in ROLE_PREPOSITIONS), len(words))]
    last = words[-1] if words else ""
    if not (last.lower() in word_set("role_words") or last.capitalize() in titles()
            or last.lower() in word_set("role_head_nouns") and len(words) > 1
            or last.islower() and last in word_set("sports_positions")  # "a centre in his 13th season"
            or last.islower() and len(last) > 5 and last.endswith(TRADE_ENDINGS)):
        # ("a senior fellow at ...", not "fellow Sen. Ted Cruz")
        parts.role = None
        parts.organization = parts.organization if parts.title else None
    parts.role = parts.role or described_as_named(root)  # "a retired schoolteacher named X"
    predicate = predicate_role(root) if parts.role is None else None
    if predicate is not None:  # "Dr Grace Okafor has been chief executive of ..."
        parts.role, parts.organization = predicate[0], parts.organization or predicate[1]
    return parts if any((parts.title, parts.role, parts.party)) else None


def predicate_role(name_root: Token) -> tuple[str, str] | None:
    """``Dr Grace Okafor has been chief executive of the Harbourside Food Bank Network``: what
    the sentence says a named subject is at a body it names, (role, organisation); None if it
    names no body (news says what someone is at a body; "X was a good president" is opinion)."""
    verb = name_root.head
    if name_root.dep_ != "nsubj" or verb.lemma_ not in ("be", "become"):
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if attr is None or not is_role_word(attr) or any(c.dep_ == "neg" for c in verb.children):
        return None
    first = min((t.i for t in attr.lefts if t.dep_ in ("compound", "amod")), default=attr.i)
    words = attr.doc[first : attr.i + 1]
    if not all(t.is_lower for t in words):
        return None  # ("is Finance Minister": a title, read where the name is written)
    body = next((entity_of(o) for c in attr.children if c.dep_ == "prep"
                 and c.lower_ in ("of", "at", "with") for o in c.children
                 if o.dep_ == "pobj" and o.ent_type_ == "ORG"), None)
    name = name_text(list(body)) if body is not None else None
    if name is None:
        return None  # ("Obama was a good president", "Cruz is the only candidate": opinions)
    return words.text, name
