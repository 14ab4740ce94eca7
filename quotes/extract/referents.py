"""What a document's people and organisations are made of, as plain data: mentions, entities,
and the small readings of the parse that describe a mention (its name's words, grammatical
function, whether it speaks, its sentence).  Grouping them is ``entities``' work."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotes.extract.lexicon import (
    title_gender,
    titles,
    word_lists,
    word_set,
)
from quotes.extract.names import (
    MONTHS_AND_DAYS,
    POSSESSIVE_MARKS,
    family_name_after,
    given_names_before,
    hyphen_joined_before,
    is_role_word,
    office_run,
    owner_before_name,
    trade_before_given_name,
)
from quotes.extract.offices import NOT_NAME_START, title_before_person
from quotes.extract.segments import TextView

ENTITY_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
                "NORP": "group"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
NAME_JOINERS = frozenset({"of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "van",
                          "von", "der", "da", "di"})
COMPANY_SUFFIXES = frozenset({"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "group",
                              "ag", "sa", "limited", "company"})
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# bodies of members, named for whom they gather: "Aerlys Pilots Association", not Aerlys
MEMBERS_BODIES = frozenset({"association", "union", "federation", "guild", "council",
                            "committee", "league", "alliance", "coalition", "society"})
# lower-case words inside names ("Ludwig van Beethoven", "Osama bin Laden")
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "du", "del", "la", "le",
                            "bin", "ibn", "al", "el", "y", "of", "and", "the", "for", "&"})
# a capitalised verb in a headline the tagger ran into a name ("Wants", "Telling")
HEADLINE_VERBS = frozenset({"VBZ", "VBD", "VBG", "VBP"})
NAME_END_VERBS = HEADLINE_VERBS | {"VBN"}  # no name ends in a verb ("FDIC Accused")

# a style of address and nothing more: an office title the text gives says more of the person
PLAIN_STYLES = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Mx."})


def give_title(entity: Entity, said: str | None, in_full: bool) -> None:
    """Of two titles a person was given, keep the office (``Cllr``, ``Senator``), said with the
    name in full, over a plain style of address (``Ms``), else the first (GUIDELINES.md,
    ``title``); an office with a bare surname may be a namesake's (``Captain Khan``, the son
    of ``Mr. Khan``). The style's gender stays with the person."""
    known = entity.title
    if known in PLAIN_STYLES:
        entity.gender = entity.gender or title_gender(known)  # ("Ms", then "Cllr")
    if known is None or in_full and known in PLAIN_STYLES and said and said not in PLAIN_STYLES:
        entity.title = said


# styles of address the tagger may run into a name
HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof",
                        "Prof.", "Cllr", "Cllr.", "Sir", "Dame", "Rev.", "Revd"})


@dataclass
class Mention:
    """One place where an entity is mentioned."""

    start: int
    end: int
    paragraph: int
    sentence: int
    subject: bool = False
    in_quote: bool = False
    function: str = "other"  # subject | object | oblique | modifier | other (see grammatical_function)
    speaker: bool = False  # the subject (or ``according to`` object) of a reporting cue
    source: str = "name"  # name | group (a group noun phrase) | link (a resolved anaphor)
    modifies: str | None = None  # the noun this mention modifies: "poll" in "a CBS News poll"
    called: str | None = None  # the noun the name is set after: "charity" of "the charity X"
    words: frozenset[str] = frozenset()  # a linked nominal's content words ("rookie defenceman")

    @property
    def named(self) -> bool:
        return self.source == "name"


@dataclass
class Entity:
    """A person, organisation, group or place of the document, as known so far."""

    name: str
    type: str  # person | organization | group | place
    words: tuple[str, ...]  # the fullest name, normalised
    title: str | None = None
    role: str | None = None
    organization: str | None = None
    party: str | None = None  # "R-Neb.", as written beside the name
    gender: str | None = None
    age: str | None = None  # "54" of "Ken Iverson, 54,", which "the 54-year-old" names
    mentions: list[Mention] = field(default_factory=list)
    aliases: set[tuple[str, ...]] = field(default_factory=set)
    epithets: set[str] = field(default_factory=set)  # "founder": what the text made of them
    person_labels: int = 0  # named mentions the NER tagged PERSON
    other_labels: int = 0  # ... tagged anything else
    type_said: bool = False  # a mention's own words said what it is ("club Borussia Talheim")

    @property
    def person_like(self) -> bool:
        """Evidence that this is a person: mostly tagged PERSON, or a title or gender known."""
        return self.type == "person" and (self.person_labels > self.other_labels
                                          or self.title is not None or self.gender is not None)

    @property
    def named(self) -> bool:
        """Ever mentioned by a proper name (a group noun phrase alone is not)."""
        return any(m.named for m in self.mentions)

    def last_before(self, offset: int) -> Mention | None:
        """The last mention before ``offset`` (mentions are kept in text order)."""
        i = bisect_left(self.mentions, offset, key=lambda m: m.start)
        return self.mentions[i - 1] if i else None

    def described_words(self) -> set[str]:
        """Lower-case words of the title and role (``Mayor``, ``coalition spokesperson``), an
        abbreviated title spelt out too (``the governor`` is ``Gov. Chris Christie``), what
        news also calls the office (``the skipper`` is the captain), and what the text made of
        them (``the founder``)."""
        text = " ".join(filter(None, (self.title, self.role)))
        words = {w.strip(".,").casefold() for w in text.split()} - {""}
        spelt = word_lists()["title_abbreviations"]
        # what news calls the office too: a manager "the boss", a captain "the skipper"
        called = {w for office, others in word_lists()["role_synonyms"].items()
                  if f" {office} " in f" {text.casefold()} " for w in others}
        return words | {spelt[w] for w in words if w in spelt} | called | self.epithets


def name_words(text: str) -> tuple[str, ...]:
    """A name as comparable words: case, punctuation, titles and suffixes set aside."""
    words = [w.casefold() for w in re.sub(r"[^\w\s&'-]", " ", text.replace("\u2019", "'")).split()]
    words = [w.removesuffix("'s") for w in words]  # (a curly mark as a straight)
    title_words = _title_words()
    while len(words) > 1 and words[0] in title_words | {"the"} and not (
            len(words) == 2 and words[1] in word_set("organization_name_endings")):
        words.pop(0)  # (not the "Justice" of "Justice Department", "General" of "General Motors")
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return tuple(words)


_TITLE_CACHE: set[str] = set()


def _title_words() -> set[str]:
    if not _TITLE_CACHE:
        _TITLE_CACHE.update(t.casefold().rstrip(".") for t in titles())
        _TITLE_CACHE.update(t.casefold() for t in titles())
    return _TITLE_CACHE


def initials(words: Iterable[str]) -> str:
    """``northern press agency`` -> ``npa`` (joining words left out)."""
    return "".join(w[0] for w in words if w not in NAME_JOINERS and w[:1].isalpha())


def clean_entity_text(ent: SpacySpan) -> tuple[int, int] | None:
    """Token bounds of a name without a leading article or a trailing possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while end - start > 1 and (doc[start].lower_ in ("the", "a", "an") or ent.label_ == "PERSON" and end -
                               start > 2 and (doc[start].is_title or doc[start].is_upper)
                               and is_role_word(doc[start])):
        start += 1  # "Treasurer Mia Lund", "MPP Ann Lee": the office is no part of the name
    lead = start
    while ent.label_ == "ORG" and lead < end - 1 and doc[lead].is_lower \
            and doc[lead].pos_ in ("NOUN", "ADJ"):
        lead += 1
    if lead > start and doc[lead].is_title and doc[lead].pos_ == "PROPN":
        start = lead  # "[the health union] Health Staff Alliance Cymru": what kind, no name
    while ent.label_ in ("PERSON", "ORG") and end - start > 1 and doc[start].text in HONORIFICS \
            and doc[start + 1].is_title:
        start += 1  # "Cllr Imran Sadiq", "Prof Miriam Stannard": a style is no part of a name
    if ent.label_ in ("PERSON", "ORG"):
        start = owner_before_name(doc, start, end) or start  # "Selkirk Power's Ann Lee"
        start += office_run(doc[start:end])  # "Fire Chief Ernesto Valdivia"
    while ent.label_ == "PERSON" and end - start > 2 and doc[start].like_num:
        start += 1  # (the tagger may take the number in too)
    if ent.label_ == "PERSON" and end - start > 1 and start > 0 and doc[start - 1].like_num \
            and len(doc[start].text) == 2 and doc[start].text.endswith("."):
        start += 1  # "temperatures reach 80 C. Morishita said": a unit ends the sentence
    if ent.label_ == "PERSON" and start == ent.start:
        start = given_names_before(doc, start, end)  # "Chief Executive Annika [Sorvald]"
        start = hyphen_joined_before(doc, start)  # "Thériault-[Roy]"
    if ent.label_ == "PERSON":
        end = family_name_after(doc, end)  # "Dr [Rhiannon] Tulliver"
        start += trade_before_given_name(list(doc[start:end]))  # "Lobsterman Ray Dunphy"
    bracket = next((t.i for t in doc[start + 1:end] if t.text == "("), None)
    end = bracket or end  # "The Nurses' Association (NANA": the tagger ran into the acronym
    while end - start > 1 and doc[end - 1].is_punct and doc[end - 1].text not in ".)":
        end -= 1  # "Copper State Polling,": the tagger took the comma in
    while end - start > 1 and (doc[end - 1].lower_ in POSSESSIVE_MARKS
                               or title_before_person(doc, end)):
        end -= 1  # (and "[Elk Hollow Coun.] Brenda Loewen")
    while end - start > 1 and (doc[start].pos_ in NOT_NAME_START or doc[start].tag_ in
                               HEADLINE_VERBS):
        start += 1  # "Certainly Donald Trump", "Telling Jeb Bush"
    if end - start > 3 and doc[end - 1].like_num and doc[end - 2].text in "-\u2013" \
            and doc[end - 3].like_num:
        end -= 3  # "Halverton Town 2-1": the tagger ran on into the score
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ not in \
            NAME_PARTICLES and not (doc[end - 2].text == "-" and not doc[end - 2].whitespace_):
        end -= 1  # "National Post he": a name ends in a capitalised word ("Ban Ki-moon" does)
    while end - start > 1 and (doc[end - 1].pos_ in ("ADP", "CCONJ", "SCONJ", "DET", "PART")
                               or doc[end - 1].pos_ == "VERB" and doc[end - 1].tag_ in
                               NAME_END_VERBS):
        end -= 1  # a headline's "FDIC Accused Of": a name ends in no function word or verb
    verbs = [t.i for t in doc[start + 1:end - 1] if t.tag_ in HEADLINE_VERBS
             or t.pos_ == "VERB" and t.tag_ == "VBN" and doc[t.i + 1].is_title]
    if verbs and doc[verbs[0]].is_lower:
        end = verbs[0]  # "Todd asked Pence whether ...": the tagger ran on into the clause
        verbs = []
    if verbs:  # a headline's "Carly Fiorina Endorses Ted Cruz": the name the span is about
        root = ent.root.i
        start, end = (verbs[-1] + 1, end) if root > verbs[-1] else (start, verbs[0])
    if not any(t.text[:1].isupper() for t in doc[start:end]) or any(
            c in t.text for t in doc[start:end] for c in "[]{}"):
        return None  # "[W]e": an editor's bracket is no name
    return start, end


def is_name_like(text: str) -> bool:
    """A span that can be someone's name: a capitalised word, not a month or weekday."""
    words = text.split()
    if not words or not any(w[:1].isupper() for w in words):
        return False
    return not (len(words) == 1 and words[0].casefold().strip(".") in MONTHS_AND_DAYS)


class SentenceIndex:
    """Global sentence numbers by character offset, over every segment of a view.

    Sentences inside quotation marks are not counted: ``"A. B. C," he said`` puts ``he`` one
    sentence after what came before the quotation, as a reader takes it."""

    def __init__(self, view: TextView, quote_ranges: list[tuple[int, int]]) -> None:
        starts: list[int] = []
        for seg in view.segments:
            doc = seg.doc
            if doc.has_annotation("SENT_START"):
                starts += [seg.base + s.start_char for s in doc.sents]
            else:
                starts.append(seg.base)
                starts += [seg.base + m.end() for m in re.finditer(r"[.!?][\"'\u201d]?\s+(?=[A-Z\"\u201c])",
                                                                    doc.text)]
        self.starts = sorted(s for s in set(starts)
                             if not any(q < s < e for q, e in quote_ranges))

    def __call__(self, offset: int) -> int:
        return max(bisect_right(self.starts, offset) - 1, 0)


def is_subject(token: Token) -> bool:
    """Subject of its clause; unparsed pieces use "opens its sentence"."""
    if token.doc.has_annotation("DEP"):
        return token.dep_ in SUBJECT_DEPS
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is None or before.text in (".", "!", "?", "\n") or before.is_space


def grammatical_function(token: Token) -> str:
    """What a mention does in its clause; an appositive does what its head does."""
    if not token.doc.has_annotation("DEP"):
        return "subject" if is_subject(token) else "other"
    while token.dep_ in ("appos", "conj", "flat", "compound") and token.head.i != token.i \
            and token.head.pos_ in ("PROPN", "NOUN"):
        token = token.head
    dep = token.dep_
    if dep in SUBJECT_DEPS:
        return "subject"
    if dep in ("dobj", "iobj", "attr", "oprd", "dative"):
        return "object"
    if dep == "pobj":
        return "oblique"
    if dep in ("poss", "compound", "amod", "nmod", "npadvmod", "nummod"):
        return "modifier"
    return "other"


def called_noun(token: Token) -> str | None:
    """The lemma of the common noun right before a name that the name stands in apposition
    to: ``charity`` in ``the charity Rivers Alive`` (what "the charity" may later mean)."""
    head = token.head
    if token.dep_ == "appos" and head.pos_ == "NOUN" and head.i == token.left_edge.i - 1:
        return head.lemma_.lower()
    return None


def modified_noun(token: Token) -> str | None:
    """The lemma of the common noun a name modifies: ``analysis`` in ``a POLITICO analysis``
    or ``Acme's report``, or that it made (``Acme sent an email``): what "the analysis" or "the
    email" may later be said of."""
    while token.dep_ in ("flat", "compound") and token.head.pos_ == "PROPN" \
            and token.head.i > token.i:
        token = token.head
    if token.dep_ in ("poss", "compound", "nmod") and token.head.pos_ == "NOUN":
        return token.head.lemma_.lower()
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ in ("by", "from", "of") and prep.dep_ == "prep" \
            and prep.head.pos_ == "NOUN":
        return prep.head.lemma_.lower()  # "a report from the Harbor Policy Institute"
    if token.dep_ == "nsubj" and token.head.pos_ == "VERB":
        made = [c for c in token.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if made:
            return made[0].lemma_.lower()  # "the Institute published a report"
    return None


def governs_cue(token: Token, cue_heads: set[tuple[int, int]]) -> bool:
    """``token`` is the subject of a reporting cue, or the object of ``according to``."""
    if not token.doc.has_annotation("DEP"):
        return False
    if token.dep_ in SUBJECT_DEPS and (id(token.doc), token.head.i) in cue_heads:
        return True
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and \
        head.nbor(-1).lower_ == "according"
