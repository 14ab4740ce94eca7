"""Named mentions the tagger missed or mislabelled: a speaker named by untagged proper nouns
and described with a title or a role (``Fire Chief Ernesto Valdivia said``), a body's name left
untagged (``the Orrville Falls Firefighters' Pension Fund``), a company it called a person
(``French airline Aerlys``); and the plain record of a named mention that
:mod:`quotes.extract.entities` groups into entities."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from quotes.extract.lexicon import company_noun, given_name_gender, word_set
from quotes.extract.mentions import describe
from quotes.extract.referents import (
    ENTITY_TYPES,
    Mention,
    governs_cue,
    grammatical_function,
    is_subject,
    name_words,
    title_case_line,
)
from quotes.extract.segments import TextView


@dataclass
class Named:
    """A named mention found in the parse, before it is grouped into an entity."""

    start: int
    end: int
    text: str
    type: str
    words: tuple[str, ...]
    mention: Mention
    title: str | None
    role: str | None
    organization: str | None
    party: str | None
    acronym_of: tuple[str, ...] | None = None
    in_headline: bool = False  # named in a title-case line, where the tagger runs names on
    type_said: bool = False  # the text says what it is ("airline Aerlys"), whatever the tagger
    age: str | None = None  # ", 54," beside the name


def speakers_missed(view: TextView, paragraph_at: Callable[[int], int],
                     quote_ranges: list[tuple[int, int]], cue_heads: set[tuple[int, int]],
                     sentence_of: Callable[[int], int], taken: list[tuple[int, int]]
                     ) -> Iterable[Named]:
    """``Fire Chief Ernesto Valdivia said``: a person who speaks, named by proper nouns the NER
    left untagged or took for something else (a work of art), and described with a title, a
    role or a party, is a named mention too, so that a later ``Valdivia said`` finds the full
    name and the office."""
    for token in view.all_tokens():
        if token.pos_ != "PROPN" or token.ent_type_ in ENTITY_TYPES or \
                not governs_cue(token, cue_heads) or any(s <= view.start(token) < e
                                                         for s, e in quote_ranges):
            continue
        parts = describe(token)
        if parts.name is None or parts.speaker_type != "person" or not parts.name_tokens or \
                not (parts.title or parts.role or parts.party):
            continue  # "Right Wing Watch first reported": no sign of a person
        first, last = parts.name_tokens[0], parts.name_tokens[-1]
        start, end = view.start(first), view.end(last)
        if any(s < end and start < e for s, e in taken):
            continue
        mention = Mention(start, end, paragraph_at(start), sentence_of(start), subject=True,
                          in_quote=False, function=grammatical_function(token), speaker=True)
        yield Named(start, end, view.text[start:end], "person", name_words(parts.name),
                     mention, parts.title, parts.role, parts.organization, parts.party)


def bodies_missed(view: TextView, paragraph_at: Callable[[int], int],
                   quote_ranges: list[tuple[int, int]], cue_heads: set[tuple[int, int]],
                   sentence_of: Callable[[int], int], taken: list[tuple[int, int]]
                   ) -> Iterable[Named]:
    """``the Orrville Falls Firefighters' Pension Fund`` left untagged is still named, so that
    a later ``the fund said`` finds it."""
    for token in view.all_tokens():
        found = untagged_body_name(token)
        if found is None or title_case_line(token.sent):
            continue
        start, end = view.start(found[0]), view.end(found[1])
        if any(s < end and start < e for s, e in taken + quote_ranges):
            continue
        text = view.text[start:end]
        mention = Mention(start, end, paragraph_at(start), sentence_of(start),
                          subject=is_subject(token), in_quote=False,
                          function=grammatical_function(token),
                          speaker=governs_cue(token, cue_heads))
        yield Named(start, end, text, "organization", name_words(text), mention,
                     None, None, None, None)


# what the tagger may call a body's name that no speaker comes from ("Game 7 of the Prairie
# Junior Hockey League's final" is an EVENT)
UNUSED_LABELS = frozenset({"", "EVENT", "FAC", "WORK_OF_ART", "PRODUCT"})


def untagged_body_name(token: Token) -> tuple[Token, Token] | None:
    """``the Orrville Falls Firefighters' Pension Fund``: a body's name the tagger left
    untagged (or took for an event, a building, a work), its capitalised words ending in a
    body's word (``Fund``, ``Association``); the first and last token, or None."""
    if token.pos_ != "PROPN" or token.ent_type_ not in UNUSED_LABELS \
            or not token.text[:1].isupper() \
            or token.lower_ not in word_set("organization_name_endings") \
            or token.i + 1 < len(token.doc) and token.nbor().is_title \
            and token.nbor().pos_ == "PROPN":
        return None  # (the name goes on: "Pension Fund Board")
    first = token
    while first.i > 0:
        left = first.nbor(-1)
        if left.text in ("'", "\u2019", "'s", "\u2019s") and left.head.head.i == token.i:
            left = left.nbor(-1) if left.i > 0 else left
        if left.is_title and left.pos_ == "PROPN" and left.ent_type_ not in ("DATE", "TIME") \
                and left.head.i >= first.i and any(a.i == token.i for a in [left, *left.ancestors]):
            first = left
            continue
        break
    return (first, token) if first.i < token.i else None


def body_noun_before(span: Span) -> bool:
    """``French airline Aerlys``, ``ad buying firm Brandwell``: a name right after the noun for
    a company, which the tagger may still call a person's (not ``developer Carlos Beruff``)."""
    first = span[0]
    if first.i == 0 or given_name_gender(first.text):
        return False
    noun = first.nbor(-1)
    return noun.pos_ == "NOUN" and noun.head.i in {t.i for t in span} \
        and company_noun(noun.lemma_.lower()) and noun.lemma_.lower() not in PEOPLES_TRADES


PEOPLES_TRADES = frozenset({"developer", "producer", "supplier", "manufacturer", "trader"})
