"""Short forms the tagger missed: a surname, an acronym, a company's name without ``Corp.``.

News names someone or something in full once and by a short form after (``Sarvis``, ``the
NPA``); the tagger often leaves the short form untagged, most of all where it opens a sentence.
A short form that exactly one entity of the document has is a mention of that entity; a
person's body given by such a short form (``Tigers president``) is named in full; an acronym in
brackets after a name is its body's (and makes a name the tagger took for a place a body's).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from quotes.extract.lexicon import word_set
from quotes.extract.referents import (
    COMPANY_SUFFIXES,
    MEMBERS_BODIES,
    Entity,
    Mention,
    governs_cue,
    grammatical_function,
    initials,
    is_subject,
    name_words,
)
from quotes.extract.segments import TextView

LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*\b")
BRACKETED_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Z&.]{1,9})\)")  # "... Agency (NPA)"


def _short_forms(entities: list[Entity]) -> dict[str, list[Entity]]:
    """One-word forms that stand for an entity: a person's surname, an organisation's acronym
    (given, or its initials) or its name without ``Corp.``."""
    forms: dict[str, list[Entity]] = {}
    for entity in entities:
        keys: set[str] = set()
        if entity.type == "person" and len(entity.words) >= 2:
            keys.add(entity.words[-1])
        elif entity.type == "organization":
            keys |= {a[0] for a in entity.aliases if len(a) == 1 and len(a[0]) >= 2}
            if len(entity.words) >= 2:
                keys.add(initials(entity.words))
                if set(entity.words[1:]) <= COMPANY_SUFFIXES:
                    keys.add(entity.words[0])
        for key in keys:
            forms.setdefault(key, []).append(entity)
    return forms


def short_forms_missed(view: TextView, entities: list[Entity],
                       link: Callable[[Entity, Mention], None], sentence_of: Callable[[int], int],
                       paragraph_at: Callable[[int], int], quote_ranges: list[tuple[int, int]],
                       cue_heads: set[tuple[int, int]]) -> None:
    """``Sarvis discusses ...``, ``The NPA refused``: a short form the NER missed is still a
    mention when exactly one entity of the document has it (capitalised, and an acronym in
    capitals; a word opening a sentence only if tagged a proper noun).  An acronym defined in
    brackets after an organisation (``Northern Press Agency (NPA)``) becomes one of its forms."""
    _bracketed_acronyms(view, entities)
    forms = _short_forms(entities)
    taken = [(m.start, m.end) for e in entities for m in e.mentions]
    lowered = set(LOWER_WORD.findall(view.text))  # a surname never written so is no common word
    for token in view.all_tokens():
        owners = forms.get(token.lower_)
        if not owners or len(owners) > 1 or not token.text[:1].isupper() or token.ent_type_:
            continue
        owner = owners[0]
        if owner.type == "organization" and token.lower_ == initials(owner.words) and \
                not token.text.isupper():
            continue
        start = view.start(token)
        if any(s <= start < e for s, e in taken):
            continue
        sentence_start = token.i == 0 or token.is_sent_start or token.nbor(-1).text in ".!?\n"
        if sentence_start and token.doc.has_annotation("TAG") and token.pos_ != "PROPN" and (
                owner.type != "person" or token.lower_ in lowered):
            continue  # ("Voss, wearing a jail uniform, turned": the tagger's NOUN)
        mention = Mention(start, start + len(token.text), paragraph_at(start),
                          sentence_of(start), subject=is_subject(token),
                          in_quote=any(s <= start < e for s, e in quote_ranges),
                          function=grammatical_function(token),
                          speaker=governs_cue(token, cue_heads))
        link(owner, mention)


def _bracketed_acronyms(view: TextView, entities: list[Entity]) -> None:
    ends = {m.end: e for e in entities if e.type == "organization" for m in e.mentions}
    text = view.text
    for found in BRACKETED_ACRONYM.finditer(text):
        entity = ends.get(found.start())
        if entity is not None:
            entity.aliases.add(acronym_alias(found))


def acronym_alias(found: re.Match[str]) -> tuple[str, ...]:
    """The alias a :data:`BRACKETED_ACRONYM` match gives its body (``N.P.A.`` as ``npa``)."""
    return (found.group("acronym").replace(".", "").casefold(),)


def acronym_after(ent: Span) -> bool:
    """``... Federation (SEEVF)``: an acronym in brackets right after the name."""
    doc = ent.doc
    return ent.end + 2 < len(doc) and doc[ent.end].text == "(" \
        and doc[ent.end + 1].text.isupper() and doc[ent.end + 2].text == ")"


def place_named_as_body(ent: Span) -> bool:
    """``the South-East European Volleyball Federation (SEEVF)`` tagged a place: a name that ends
    in a body's noun and is given an acronym, or a region's name ending in a members' body
    (``Federation``, ``League``), is a body's."""
    last = ent[-1].lower_
    return ent.label_ in ("GPE", "LOC") and last in word_set("organization_nouns") and (
        acronym_after(ent) or ent.label_ == "LOC" and last in MEMBERS_BODIES)


def organizations_in_full(entities: list[Entity]) -> None:
    """``Tigers president Greg Maloney`` after ``the Talbragar Tigers``: a person's body, given
    by the end of the one body's name the story gives in full, is that body, on every quote of
    theirs (a pronoun's too)."""
    kinds = word_set("organization_nouns") | word_set("proper_institutions") \
        | word_set("party_names")
    for entity in entities:
        if entity.type != "person" or not entity.organization \
                or not entity.organization[:1].isupper():
            continue
        words = name_words(entity.organization)
        # one word that is a name, not a kind of body ("Council"), an institution ("House"),
        # a party ("GOP"), or a person or place the story names ("Trump", "Virginia")
        if len(words) != 1 or words[0] in kinds or any(
                other.type in ("person", "place") and other.words[-1:] == words
                for other in entities):
            continue
        bodies = {body.name for body in entities if body.type == "organization"
                  and len(body.words) in (2, 3) and body.words[-1:] == words
                  and not {"of", "for", "the"} & set(body.words) and "," not in body.name}
        if len(bodies) == 1:
            entity.organization = bodies.pop()
