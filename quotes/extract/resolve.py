"""Who the speaker is: the mention at the attribution site turned into a ``Speaker``.

Builds the document's referents (named people and organisations, and groups that act as
subjects) and resolves each candidate's speaker words in reading order: names to their
fullest form, pronouns, relative pronouns and nominals through coreference, continuations to
the previous quote's speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from quotes.extract.anatomy import dateline_end, is_role_word
from quotes.extract.attribution import RELATIVE_PRONOUNS, Candidate, previous_char
from quotes.extract.coref import Referent, Registry
from quotes.extract.lexicon import word_set
from quotes.extract.marks import QuotedSpan
from quotes.extract.mentions import describe, describe_entity
from quotes.extract.segments import TextView
from quotes.records import Quote, Span, Speaker

# GPEs are "place" until quoted: "they" and "it" should not pick up every country named.
ENTITY_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place"}
MIN_UNATTRIBUTED_WORDS = 4


def inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in ranges)


def _group_subjects(view: TextView) -> Iterator[tuple[Token, Token]]:
    """Plural group nouns that head a subject, with the first word of their phrase.

    Unparsed pieces (see the prefilter) fall back to "opens its sentence".
    """
    groups = word_set("group_nouns")
    for token in view.all_tokens():
        if token.lower_ not in groups:
            continue
        if token.doc.has_annotation("DEP"):
            if token.dep_ != "nsubj" or token.tag_ != "NNS":
                continue
            words = [t for t in token.lefts if t.dep_ in ("compound", "amod")] + [token]
            yield token, min(words, key=lambda t: t.i)
            continue
        first = token
        while first.i > 0 and first.nbor(-1).is_alpha and first.i > token.i - 3:
            first = first.nbor(-1)
        before = first.nbor(-1) if first.i > 0 else None
        if before is None or before.text in (".", "!", "?") or before.is_space:
            yield token, first


def _entity_name(ent) -> str:  # type: ignore[no-untyped-def]
    """``the World Bank`` -> ``World Bank``; ``Labour's`` -> ``Labour``."""
    tokens = list(ent)
    while len(tokens) > 1 and (tokens[0].lower_ == "the" or ent.label_ == "PERSON" and len(
            tokens) > 2 and tokens[0].is_title and is_role_word(tokens[0])):
        tokens.pop(0)  # "Treasurer Mia Lund": the office is no part of the name
    while len(tokens) > 1 and tokens[-1].lower_ in ("'s", "\u2019s", "'"):
        tokens.pop()
    return ent.doc[tokens[0].i : tokens[-1].i + 1].text


def _is_subject(ent) -> bool:  # type: ignore[no-untyped-def]
    """Subject of its clause; unparsed pieces (see the prefilter) use "opens its sentence"."""
    if ent.doc.has_annotation("DEP"):
        return ent.root.dep_ in ("nsubj", "nsubjpass")
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is None or before.text in (".", "!", "?", "\n") or before.is_space


def _remember_description(registry: Registry, ent) -> None:  # type: ignore[no-untyped-def]
    """Title, role, organisation and party the text gives a named speaker anywhere
    (``with host Colin Reyes``): a quote of theirs that says none of it reports them."""
    parts = describe_entity(ent)
    ref = registry.referents.get(registry.key_for(_entity_name(ent), ENTITY_TYPES[ent.label_]))
    if parts is None or ref is None:
        return
    if ref.type == "place" and parts.speaker_type not in ("person", "organization"):
        return  # a place stays a place unless the text says who it is
    if parts.speaker_type == "person" and ref.type in ("organization", "place"):
        ref.type = "person"  # "Delgado, 58, a former state treasurer": the tagger said GPE
    elif ref.type == "place":
        ref.type = "organization"
    ref.title, ref.role = ref.title or parts.title, ref.role or parts.role
    ref.organization = ref.organization or parts.organization
    ref.party = ref.party or parts.party


def build_registry(view: TextView, paragraph_at: Callable[[int], int],
                   quotes: list[QuotedSpan]) -> Registry:
    """Named people and organisations, fullest names first, then every mention in order."""
    registry = Registry()
    # a dateline's place (LONDON (Reuters) -) is no one a quote could come from
    entities = [e for e in view.entities() if e.label_ in ENTITY_TYPES
                and e.start >= dateline_end(e.doc)]
    for ent in sorted(entities, key=lambda e: -len(e)):
        kind, name = ENTITY_TYPES[ent.label_], _entity_name(ent)
        registry.referents.setdefault(registry.key_for(name, kind), Referent(name, kind))
    quote_ranges = [(q.start, q.end) for q in quotes]
    for ent in entities:
        offset = view.start(ent)
        registry.add_entity(_entity_name(ent), ENTITY_TYPES[ent.label_], offset,
                            paragraph_at(offset),
                            subject=_is_subject(ent),
                            in_quote=inside(offset, quote_ranges))
        if not inside(offset, quote_ranges):
            _remember_description(registry, ent)
    # groups that act as subjects ("Union leaders met ...") are what a later "they" may be
    for token, first in _group_subjects(view):
            offset = view.start(first)
            name = token.doc[first.i : token.i + 1].text
            registry.referents.setdefault(name.lower(), Referent(name, "group"))
            registry.add_entity(name, "group", offset, paragraph_at(offset), subject=True,
                                in_quote=inside(offset, quote_ranges))
    registry.mentions.sort(key=lambda m: m.offset)
    return registry


def _relative_pronoun(candidate: Candidate) -> Token | None:
    """The ``who`` / ``which`` of a cue in a relative clause, when it stands for the speaker."""
    if candidate.cue is None or candidate.speaker is None or candidate.cue.is_phrase:
        return None
    verb = candidate.cue.head
    if verb.dep_ != "relcl" or verb.head.i != candidate.speaker.i:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS),
                None)


def _tidy_mention_end(text: str, candidate: Candidate, start: int, end: int) -> int:
    """A speaker phrase the parser ran on into the words (``Pence: Flowers won't ...``)
    ends where they begin; one that stops inside brackets (``Rep. Cummings (D-Md.``)
    takes the closing bracket."""
    for part_start, _ in candidate.parts:
        if start < part_start < end:
            end = part_start
            while end > start and (text[end - 1].isspace() or text[end - 1] in ":,\u2014-"):
                end -= 1
    phrase = text[start:end]
    if phrase.count("(") > phrase.count(")") and text[end : end + 1] == ")":
        end += 1
    return end


def resolve_speaker(view: TextView, candidate: Candidate, registry: Registry,
             records: list[Quote]) -> tuple[Speaker, str | None]:
    """The resolved speaker and how it was found; attribution None drops a non-quotation."""
    text = view.text
    if candidate.source == "unattributed":
        previous = records[-1] if records else None
        opens = previous_char(text, candidate.start - 1, 0) in ("", "\n", ".", "!", "?") or \
            text[:candidate.start].rstrip(" \"'\u201c\u2018\u00ab").endswith(("\n", ".", "!", "?"))
        known = previous is not None and (previous.speaker.name or previous.speaker.role)
        if previous is not None and known and opens and \
                candidate.paragraph - previous.paragraph <= 1 and previous.end <= candidate.start:
            return previous.speaker.model_copy(update={"mention": None}), "continuation"
        words = len(text[candidate.start:candidate.end].split())
        if words < MIN_UNATTRIBUTED_WORDS or text[candidate.end - 1] not in ".!?":
            return Speaker(), None  # a title, a scare quote or a nickname
        return Speaker(), "unresolved"
    head = candidate.speaker
    if head is None:
        return Speaker(), "unresolved"
    parts = describe(head, candidate.speaker_bounds)
    m_start, m_end = view.start(parts.first), view.end(parts.last)
    relative = _relative_pronoun(candidate)
    if relative is not None:
        # "Trump, who says ...": the words at the site are "who"; the speaker is its antecedent
        m_start, m_end = view.start(relative), view.end(relative)
    m_end = _tidy_mention_end(text, candidate, m_start, m_end)
    mention = Span(text=text[m_start:m_end], start=m_start, end=m_end)
    offset, paragraph = m_start, candidate.paragraph
    if parts.pronoun is not None:
        ref = registry.resolve_pronoun(parts.pronoun, offset, paragraph)
        if ref is None:
            return Speaker(mention=mention), "unresolved"
        registry.note_pronoun(ref, parts.pronoun)
        registry.note_speaker(ref.name, ref.type, offset, paragraph, None, None, None)
        return Speaker(name=ref.name, title=ref.title, role=ref.role,
                       organization=ref.organization, type=ref.type,  # type: ignore[arg-type]
                       party=ref.party, mention=mention), "coreference"
    if parts.name is None and parts.definite_nominal:
        ref = registry.resolve_nominal(parts.head_lemma, offset, paragraph, parts.speaker_type)
        if ref is not None:
            registry.note_speaker(ref.name, ref.type, offset, paragraph, None, None, None)
            return Speaker(name=ref.name, title=ref.title, role=ref.role or parts.role,
                           organization=ref.organization or parts.organization,
                           type=ref.type, mention=mention), "coreference"  # type: ignore[arg-type]
    name, title, role, organization = parts.name, parts.title, parts.role, parts.organization
    kind, party = parts.speaker_type, parts.party
    if candidate.label:
        name, kind = candidate.label, "person"  # "DR. OKONKWO:" -> Amara Okonkwo, named before
    if name is not None and kind == "unknown" and len(name.split()) == 1:
        # a bare surname the NER missed ("Memon said") joins the person named in full before
        full = registry.full_name(name, "person")
        if full != name:
            name, kind = full, "person"
    if name is not None and kind in ("person", "organization"):
        name = registry.full_name(name, kind)
        ref = registry.note_speaker(name, kind, offset, paragraph, title, role, organization)
        if kind == "person" and ref.type == "organization" and (title or party):
            ref.type = "person"  # "Professor Reyes", whom the tagger took for an organisation
        if ref.type == "person" and kind == "organization" and not (role or organization) \
                and " " not in (parts.name or name) and not name.isupper():
            kind = "person"  # a bare "Reyes" after "Professor Reyes"
        # what the document said of this speaker before ("Jeffrey" after "envoy James Jeffrey")
        title, role = title or ref.title, role or ref.role
        organization = organization or ref.organization
        ref.party = party = party or ref.party
    how = "coreference" if relative is not None and name is not None else "explicit"
    return Speaker(name=name, title=title, role=role, organization=organization,
                   type=kind, party=party, mention=mention), how  # type: ignore[arg-type]
