"""Named mentions the tagger missed or mislabelled: a speaker named by untagged proper nouns
and described with a title or a role (``Fire Chief Ernesto Valdivia said``), a body's name left
untagged (``the Orrville Falls Firefighters' Pension Fund``), a company it called a person
(``French airline Aerlys``); and the plain record of a named mention that
:mod:`quotes.extract.entities` groups into entities."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Span, Token

from quotes.extract.anatomy import said_of_a_person
from quotes.extract.lexicon import (
    company_noun,
    given_name_gender,
    titles,
    word_gender,
    word_set,
)
from quotes.extract.mentions import describe
from quotes.extract.names import (
    POSSESSIVE_MARKS,
    hyphen_joined_before,
    name_words_of,
    no_body_meant,
    shaped_like_person,
    title_case_line,
)
from quotes.extract.referents import (
    ENTITY_TYPES,
    PLAIN_STYLES,
    Mention,
    governs_cue,
    grammatical_function,
    is_subject,
    name_words,
)
from quotes.extract.segments import TextView
from quotes.extract.short_forms import acronym_after
from quotes.extract.teams import TEAM_NOUNS


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
                not (parts.title or parts.role or parts.party
                     or said_of_a_person(token) and shaped_like_person(parts.name_tokens)):
            continue  # "Right Wing Watch first reported": no sign of a person ("Kwabena
            # Asante, who runs a bicycle shop, said": "who" is)
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
    a later ``the fund said`` finds it; so is ``Harmon Valley City Schools``, of which the
    tagger took the first words for a place (a name inside it is no name of its own: see
    :func:`outside_bodies`)."""
    for token in view.all_tokens():
        found = untagged_body_name(token)
        if found is None or title_case_line(token.sent):
            continue
        start, end = view.start(found[0]), view.end(found[1])
        if any(s < end and start < e and not _cut_from(s, e, start, end) for s, e in taken) \
                or any(s < end and start < e for s, e in quote_ranges):
            continue
        text = view.text[start:end]
        mention = Mention(start, end, paragraph_at(start), sentence_of(start),
                          subject=is_subject(token), in_quote=False,
                          function=grammatical_function(token),
                          speaker=governs_cue(token, cue_heads))
        yield Named(start, end, text, "organization", name_words(text), mention,
                     None, None, None, None)


def outside_bodies(named: list[Named], bodies: list[Named]) -> list[Named]:
    """``named`` less a name the tagger cut from inside a body's name that
    :func:`bodies_missed` found whole (``Harmon Valley City`` of ``Harmon Valley City
    Schools``)."""
    return [n for n in named if not any(_cut_from(n.start, n.end, b.start, b.end) for b in bodies)]


def _cut_from(start: int, end: int, body_start: int, body_end: int) -> bool:
    """The span ``start``-``end`` lies inside the body's name and ends before it does (the
    tagger's ``Harmon Valley City`` of ``Harmon Valley City Schools``)."""
    return body_start <= start and end < body_end


CREDIT_LINE = re.compile(r"\s\u00b7\s|\b(?:Posted|Updated|Published)\b:?\s")


def credited(span: Span) -> bool:
    """A byline or photo credit names who wrote or shot the story, no one in it:
    ``(Kendra Yuzicappi/CBC)``, ``Olena Zakharchuk · CBC News · Posted: ...``, ``By Thuy Vo``."""
    doc = span.doc
    slash = next((t for t in doc[span.start + 1 : min(span.end + 1, len(doc))] if t.text == "/"),
                 None)
    before = doc[: span.start].text
    if slash is not None and not doc[slash.i - 1].whitespace_ \
            and before.count("(") > before.count(")"):
        return True  # "(Name/Agency)", the tagger's span ending there or running on
    words = list(islice((t for t in doc if not t.is_space), 21))  # (a long line: no credit)
    if len(words) > 20 or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in words):
        return False
    return (words[0].text == "By" and span.start <= words[1].i) \
        or CREDIT_LINE.search(doc.text) is not None


def lone_surnames(view: TextView, cue_heads: set[tuple[int, int]], full: frozenset[str]
                  ) -> frozenset[str]:
    """``Pascual told CBC News``, ``said Yoon``, ``Thériault-Roy says``: one capitalised word
    (hyphens join), with no name run on before it, that speaks; or that follows Mr. or Mrs.
    News calls a person so by surname; a body it calls by its first word or an acronym, not
    by its last word (a word before a noun is a brand's, unless it ends a person's full name)."""
    found: set[str] = set()
    brands: set[str] = set()  # "a Carrier executive", "Twitter accounts": a body's, not a surname
    honored: set[str] = set()  # "Mr. Harlan": a person's, even in "Mr. Harlan's advisers"
    for token in view.all_tokens():
        if token.i > 0 and token.nbor(-1).text in PLAIN_STYLES and token.is_title \
                and (token.i + 1 == len(token.doc) or not token.nbor().is_title):
            honored.add(token.lower_)  # "Mr. Harlan paused": a surname, whatever it does
            continue
        if token.dep_ == "compound" and token.pos_ == "PROPN" and token.head.pos_ == "NOUN" \
                and token.head.i > token.i:
            brands.add(token.lower_)
        if not (token.pos_ == "PROPN" or token.pos_ == "NOUN" and token.ent_type_) \
                or not token.is_title or not governs_cue(token, cue_heads):
            continue
        word = _hyphenated(token)
        first = word[0]
        if not any(c.dep_ in ("compound", "flat", "det") and c.i < first.i for c in token.children) \
                and not (first.i > 0 and first.nbor(-1).is_title and first.nbor(-1).pos_ == "PROPN"):
            found.add("".join(t.lower_ for t in word))
    # ("the Sanders campaign" is no brand where the text names Bernie Sanders in full)
    people = {w.lower() for w in full}
    return frozenset(found - (brands - people) | honored)


def _hyphenated(last: Token) -> list[Token]:
    """``Thériault-Roy``: the tokens of the word that ``last`` ends, hyphens joining them."""
    return list(last.doc[hyphen_joined_before(last.doc, last.i, capitalised=False) : last.i + 1])


def surname_of(tokens: Span | Sequence[Token]) -> str:
    """The last word of a name, hyphens joining (``thériault-roy``), lowercased."""
    return "".join(t.lower_ for t in name_words_of(tokens)[-1]) if tokens else ""


def given_name_left_out(span: Span, surnames: frozenset[str], aged: bool) -> int:
    """``Taras [Yaremko], 34,`` tagged an organisation, its given name left out: the token index
    where the person's name starts, when the surname speaks alone elsewhere or an age stands
    beside it (else the span's start)."""
    start = span.start
    if len(span) != 1 or span[0].lower_ not in surnames and not aged:
        return start
    while start > span.start - 2 and start > 0 and span.doc[start - 1].ent_type_ in UNUSED_LABELS \
            and span.doc[start - 1].pos_ == "PROPN" and span.doc[start - 1].is_title:
        start -= 1
    return start if shaped_like_person(span.doc[start : span.end]) else span.start


def people_missed(view: TextView, paragraph_at: Callable[[int], int],
                  quote_ranges: list[tuple[int, int]], cue_heads: set[tuple[int, int]],
                  sentence_of: Callable[[int], int], taken: list[tuple[int, int]],
                  surnames: frozenset[str], full: frozenset[str]) -> Iterable[Named]:
    """``Rodel Pascual arrived from Manila ... Pascual told CBC News``: a person's full name the
    tagger left untagged is still named when its last word later speaks alone; so is that
    last word where it speaks, whatever the tagger took it for (``"...," Sanders responded``,
    a work of art to the tagger after a quotation; ``full``: the document's full names' last
    words)."""
    for token in view.all_tokens():
        if token.ent_type_ not in UNUSED_LABELS or not token.text[:1].isupper():
            continue  # (cheap tests first: this runs over every token)
        run = _hyphenated(token)
        if token.lower_ not in surnames and surname_of(run) not in surnames \
                or title_case_line(token.sent):
            continue
        while run[0].i > 0 and run[0].nbor(-1).pos_ == "PROPN" and run[0].nbor(-1).is_title \
                and run[0].nbor(-1).ent_type_ in UNUSED_LABELS \
                and run[0].nbor(-1).text not in titles():
            run.insert(0, run[0].nbor(-1))
        title = run[0].nbor(-1).text if run[0].i > 0 and run[0].nbor(-1).is_title \
            and run[0].nbor(-1).text in titles() else None  # "Coach Brent Tally"
        modifies_noun = token.dep_ in ("poss", "compound", "amod", "nmod") \
            and token.head.pos_ in ("NOUN", "PROPN")
        name_goes_on = token.i + 1 < len(token.doc) and token.nbor().pos_ == "PROPN" \
            and token.nbor().is_title
        speaks_alone = len(run) == 1 and token.text in full and governs_cue(token, cue_heads)
        if not (shaped_like_person(run) or speaks_alone) or modifies_noun or name_goes_on:
            continue  # (not "Outside Carrier's plant": a name that modifies a noun is a body's;
            # the parser may hang a subject on its verb as a compound: "Gurpreet Sandhu kicks")
        start, end = view.start(run[0]), view.end(token)
        if any(s < end and start < e for s, e in taken + quote_ranges):
            continue
        mention = Mention(start, end, paragraph_at(start), sentence_of(start),
                          subject=is_subject(token), in_quote=False,
                          function=grammatical_function(token),
                          speaker=governs_cue(token, cue_heads))
        text = view.text[start:end]
        yield Named(start, end, text, "person", name_words(text), mention, title, None, None,
                    None)


def mononyms(view: TextView) -> frozenset[str]:
    """``Byron received his early formal education ...``, ``Debbie caused her own death``: a
    person the text calls by a given name alone (``given_names_en.tsv``), which the tagger
    left untagged or took for a body.  The word is said at least twice, once at least as a
    subject, each time alone (no capitalised name word beside it), never as a place or a date
    nor in lower case, and not only as a body (``Mercedes``)."""
    seen: dict[str, list[Token]] = {}
    lower: set[str] = set()
    for token in view.all_tokens():
        if token.is_lower:
            lower.add(token.text)
        elif token.is_title and token.is_alpha and given_name_gender(token.text):
            seen.setdefault(token.text, []).append(token)
    found = set()
    for word, tokens in seen.items():
        labels = {t.ent_type_ for t in tokens}
        # some mention the tagger did not call a person's, and not all of them a body's
        mislabelled = bool(labels - {"PERSON"} and labels - {"ORG"})
        if len(tokens) >= 2 and word.lower() not in lower and labels <= MONONYM_LABELS \
                and mislabelled and any(t.dep_ in ("nsubj", "nsubjpass") for t in tokens) \
                and all(t.pos_ == "PROPN" and _alone(t) for t in tokens):
            found.add(word)
    return frozenset(found)


def surnames_taken_for_places(view: TextView, full: frozenset[str]) -> frozenset[str]:
    """``Tomas Hruska ... Hruska's shot sealed it``: the surname of one person the text named in
    full, which the tagger took for a place where it stands alone as a possessor or a subject
    (a place the text also names as such, ``in Jackson``, is left a place); ``full`` is
    :func:`quotes.extract.surnames.full_name_surnames` of the document."""
    found: set[str] = set()
    placed: set[str] = set()
    for ent in view.entities():
        if len(ent) == 1 and ent.text in full and ent.label_ in ("GPE", "LOC"):
            (found if ent.root.dep_ in ("poss", "nsubj", "nsubjpass") else placed).add(ent.text)
    return frozenset(found - placed)


# what the tagger may call a person it knows by a given name alone
MONONYM_LABELS = frozenset({"", "PERSON", "ORG", "WORK_OF_ART", "PRODUCT"})


def _alone(token: Token) -> bool:
    """No title, no capitalised word, no hyphen right beside ``token`` (a name of one word)."""
    doc = token.doc
    beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return not any(t.text in titles() or t.text == "-" or t.is_title and t.pos_ == "PROPN"
                   for t in beside)


def mononyms_missed(view: TextView, paragraph_at: Callable[[int], int],
                    quote_ranges: list[tuple[int, int]], cue_heads: set[tuple[int, int]],
                    sentence_of: Callable[[int], int], taken: list[tuple[int, int]],
                    people_words: frozenset[str]) -> Iterable[Named]:
    """The untagged mentions of a person the text names by one word (:func:`mononyms`,
    :func:`surnames_taken_for_places`)."""
    if not people_words:
        return
    for token in view.all_tokens():
        if token.text not in people_words or token.ent_type_ not in UNUSED_LABELS:
            continue
        start, end = view.start(token), view.end(token)
        if any(s < end and start < e for s, e in taken):
            continue
        mention = Mention(start, end, paragraph_at(start), sentence_of(start),
                          subject=is_subject(token),
                          in_quote=any(s <= start < e for s, e in quote_ranges),
                          function=grammatical_function(token),
                          speaker=governs_cue(token, cue_heads))
        yield Named(start, end, token.text, "person", name_words(token.text), mention, None,
                    None, None, None)


# what the tagger may call a body's name that no speaker comes from ("Game 7 of the Prairie
# Junior Hockey League's final" is an EVENT)
UNUSED_LABELS = frozenset({"", "EVENT", "FAC", "WORK_OF_ART", "PRODUCT"})


def untagged_body_name(token: Token) -> tuple[Token, Token] | None:
    """``the Orrville Falls Firefighters' Pension Fund``: a body's name the tagger left
    untagged (or took for an event, a building, a work), its capitalised words ending in a
    body's or a company's word (``Fund``, ``Analytics``) or, after ``the``, in a capitalised
    plural (a team: ``the Regina Ironhawks``); the first and last token, or None."""
    team = (token.tag_ in ("NNPS", "NNS") or token.text.endswith("s")
            and not token.text.endswith("ss")) and token.is_title and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children)  # "the Regina Ironhawks"
    if token.pos_ not in ("PROPN", "NOUN") or token.pos_ == "NOUN" and not team \
            or token.ent_type_ not in UNUSED_LABELS or not token.text[:1].isupper() \
            or token.lower_ not in word_set("organization_name_endings") | word_set(
                "company_name_words") and not team \
            or token.i + 1 < len(token.doc) and token.nbor().is_title \
            and token.nbor().pos_ == "PROPN":
        return None  # (the name goes on: "Pension Fund Board")
    first = token
    while first.i > 0:
        left = first.nbor(-1)
        if left.text in POSSESSIVE_MARKS and left.head.head.i == token.i:
            left = left.nbor(-1) if left.i > 0 else left
        if left.is_title and left.pos_ == "PROPN" and left.ent_type_ not in ("DATE", "TIME") \
                and left.head.i >= first.i and any(a.i == token.i for a in [left, *left.ancestors]):
            first = left
            continue
        break
    if first.i > 0 and first.nbor(-1).lower_ in ("for", "of", "and", "&") \
            and token.lower_ not in word_set("organization_name_endings"):
        return None  # ("the Peterson Institute for International Economics", cut by the tagger)
    return (first, token) if first.i < token.i else None


def body_noun_before(span: Span) -> bool:
    """``French airline Aerlys``, ``ad buying firm Brandwell``, ``Bundesliga club Borussia
    Weserland``, ``the charity Rivers Alive``: a name right after the noun for a company, a
    team or another body, which the tagger may still call a person's (not ``developer Carlos
    Beruff``)."""
    first = span[0]
    if first.i == 0 or given_name_gender(first.text):
        return False
    noun = first.nbor(-1)
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (noun.head.i in {t.i for t in span} or span.root.head == noun
                                    and span.root.dep_ == "appos") \
        and (company_noun(lemma) or lemma in TEAM_NOUNS
             or lemma in word_set("body_appositive_nouns")) and lemma not in PEOPLES_TRADES


def body_noun_after(span: Span) -> bool:
    """``Savanna Skyways, a regional airline based in Nairobi``: a name set beside the noun for
    a company or a body, which the tagger may still call a person's (not ``Ana Ruiz, a
    developer``)."""
    root, doc = span.root, span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    return any(c.dep_ == "appos" and c.left_edge.i == span.end + 1 and c.pos_ == "NOUN"
               and c.lemma_.lower() in word_set("body_appositive_nouns")
               and not c.tag_.endswith("S") and not no_body_meant(c) for c in root.children)


PEOPLES_TRADES = frozenset({"developer", "producer", "trader", "broadcaster"})  # not "tyre manufacturer X"


def acronym_follows(ent: Span) -> bool:
    """``the Kennedy Road Business Improvement Area (BIA)`` tagged a facility: a name given an
    acronym is a body's."""
    return ent.label_ == "FAC" and acronym_after(ent)


def kin_named(span: Span) -> bool:
    """``His mother, Chantal Gagnon``: a name set beside a kinship word, its given name of the
    same gender, is a person's, whatever the tagger said."""
    root = span.root
    gender = given_name_gender(span[0].text)
    return gender is not None and root.dep_ == "appos" and word_gender(root.head.lower_) == gender
