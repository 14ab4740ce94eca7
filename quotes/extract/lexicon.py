"""English lexicons, read once from the data files shipped in ``quotes/data``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

# "learned": cues from learned_cues_en.tsv, wanted only in the attributions scope.
CUE_CLASSES = ("speech", "writing", "report", "belief", "learned")
# What a verb or noun governs, most telling first (see ``quotes.extract.cues.pattern_of``); "any" sums them.
PATTERNS = ("that", "ccomp", "xcomp", "dobj", "prep", "none")


@dataclass(frozen=True)
class CueEntry:
    lemma: str
    pos: str
    cue_class: str
    takes_noun_phrase: bool


@dataclass(frozen=True)
class LearnedCue:
    """How often a lemma with a pattern heads a gold cue span in PolNeAR train."""

    lemma: str
    pos: str
    pattern: str
    share: float
    count: int


def data_text(name: str) -> str:
    """A file shipped in ``quotes/extract/data`` (lexicons, trained weights)."""
    return (resources.files("quotes.extract") / "data" / name).read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    lines = data_text(name).splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@cache
def cue_entries() -> dict[str, CueEntry]:
    """Cue lemma -> entry; multi-word cues keep their spaces."""
    entries: dict[str, CueEntry] = {}
    for row in _rows("cues_en.tsv"):
        lemma, pos, cue_class, np_flag = (cell.strip() for cell in row[:4])
        if cue_class not in CUE_CLASSES:
            raise ValueError(f"cues_en.tsv: unknown class {cue_class!r} for {lemma!r}")
        entries[lemma] = CueEntry(lemma, pos, cue_class, np_flag == "np")
    return entries


@cache
def noun_cue_entries() -> dict[str, CueEntry]:
    """Reporting nouns ("claim", "reports"): cues only with a that-clause of their own."""
    entries: dict[str, CueEntry] = {}
    for row in _rows("noun_cues_en.tsv"):
        lemma, cue_class = (cell.strip() for cell in row[:2])
        if cue_class not in CUE_CLASSES:
            raise ValueError(f"noun_cues_en.tsv: unknown class {cue_class!r} for {lemma!r}")
        entries[lemma] = CueEntry(lemma, "NOUN", cue_class, False)
    return entries


@cache
def learned_cues() -> dict[tuple[str, str, str], LearnedCue]:
    """(lemma, pos, pattern) -> entry, learned from data (``scripts/learn_cues.py``)."""
    entries: dict[tuple[str, str, str], LearnedCue] = {}
    for row in _rows("learned_cues_en.tsv"):
        lemma, pos, pattern, share, count = (cell.strip() for cell in row[:5])
        if pos not in ("VERB", "NOUN") or pattern not in PATTERNS + ("any",):
            raise ValueError(f"learned_cues_en.tsv: bad pos or pattern for {lemma!r}")
        entries[(lemma, pos, pattern)] = LearnedCue(lemma, pos, pattern, float(share), int(count))
    return entries


def learned_cue_entry(lemma: str, pos: str) -> CueEntry:
    """The lexicon entry a learned cue is matched with (class "learned")."""
    return CueEntry(lemma, pos, "learned", False)


REFERENT_NOUNS_FILE = "referent_nouns_en.tsv"
GIVEN_NAMES_FILE = "given_names_en.tsv"  # scripts/build_given_names.py (make given-names)
REFERENT_TYPES = ("person", "organization", "other")


def parse_referent_nouns(text: str) -> dict[str, str]:
    """``lemma person organization other`` counts -> the lemma's most frequent referent type
    (ties go to person, then organization: a noun seen for people is a word for people)."""
    nouns: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, *counts = (cell.strip() for cell in line.split("\t"))
        numbers = [int(c) for c in counts[:len(REFERENT_TYPES)]]
        nouns[lemma] = REFERENT_TYPES[numbers.index(max(numbers))]
    return nouns


_learned_referent_nouns: dict[str, str] | None = None


def use_referent_nouns(nouns: dict[str, str] | None) -> None:
    """Training only: resolve with nouns just learned instead of the shipped file (None: back
    to the file)."""
    global _learned_referent_nouns
    _learned_referent_nouns = nouns


def referent_nouns() -> dict[str, str]:
    """Common-noun lemma -> what GUM's annotators most often found it names (person,
    organization, other), learned from GUM train by ``scripts/train_resolver.py``."""
    if _learned_referent_nouns is not None:
        return _learned_referent_nouns
    return _shipped_referent_nouns()


@cache
def _shipped_referent_nouns() -> dict[str, str]:
    return parse_referent_nouns(data_text(REFERENT_NOUNS_FILE))


@cache
def titles() -> frozenset[str]:
    return frozenset(row[0].strip() for row in _rows("titles_en.txt"))


@cache
def word_lists() -> dict[str, Any]:
    lists: dict[str, Any] = json.loads(data_text("lexicon_en.json"))
    return lists


def word_gender(word: str) -> str | None:
    """What a title or noun says of gender (``Mrs.``, ``spokeswoman``, ``the businessman``)."""
    genders: dict[str, str] = word_lists()["gender_titles"]
    found = genders.get(word) or genders.get(word + ".")
    if found is None and word.endswith("woman"):
        return "female"
    if found is None and word.endswith("man") and word in word_set("role_words"):
        return "male"
    return found


@cache
def _given_names() -> dict[str, str]:
    return {row[0].strip(): row[1].strip() for row in _rows(GIVEN_NAMES_FILE)}


def given_name_gender(word: str) -> str | None:
    """The gender nearly everyone called ``word`` shares (``Donald``, ``Andrea``), or None for
    a name both give (``Kim``, ``Jean``) or one the census list never saw."""
    return _given_names().get(word.casefold())


def title_gender(title: str | None) -> str | None:
    """``Mrs.``, ``Mr. Padalecki``: the gender a name's title gives."""
    words = (title or "").split()
    return word_gender(words[0].casefold()) if words else None


# endings English gives words for people ("organizer", "defenceman", "activist")
PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "person")


@cache  # asked for once per cue and token: build each set once
def word_set(name: str) -> frozenset[str]:
    return frozenset(word_lists()[name])


def _inflections(lemma: str) -> set[str]:
    """Regular English verb forms, over-generated on purpose (a prefilter must not miss)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


@cache
def cue_forms(classes: frozenset[str]) -> frozenset[str]:
    """Every written form of a cue of the given classes, lower case (first words of phrases)."""
    irregular = word_lists()["irregular_cue_forms"]
    forms: set[str] = set()
    for entry in cue_entries().values():
        if entry.cue_class not in classes:
            continue
        if " " in entry.lemma:
            forms.add(entry.lemma.split()[0])
            continue
        forms |= _inflections(entry.lemma) | set(irregular.get(entry.lemma, ()))
    for entry in noun_cue_entries().values():
        if entry.cue_class in classes:
            forms |= {entry.lemma, entry.lemma + "s"}
    if "learned" in classes:
        for lemma, pos, _ in learned_cues():
            forms |= _inflections(lemma) | set(irregular.get(lemma, ())) if pos == "VERB" \
                else {lemma, lemma + "s"}
    return frozenset(forms)


ELISIONS = word_set("elisions")


def nominal_name_words(noun: str) -> frozenset[str]:
    """Words in a body's name that a nominal may stand for: ``the force`` for ``Calderwick
    Police``, ``the carrier`` for ``Corvina Airlines``; the noun itself always."""
    words: dict[str, list[str]] = word_lists()["nominal_name_words"]
    return frozenset(words.get(noun, ())) | {noun}


# "the company" is among those whose name says they are one ("Corvane Resources Ltd.")
COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "business", "airline", "carrier",
                           "retailer", "lender", "insurer", "manufacturer", "producer",
                           "supplier", "developer", "miner", "conglomerate", "trader"})


def company_noun(lemma: str) -> bool:
    """A noun wires use for a company (``the firm``, ``the lender``, ``the carmaker``)."""
    return lemma in COMPANY_NOUNS or lemma.endswith("maker") and len(lemma) > 5 \
        and lemma not in word_set("person_makers")  # a carmaker, not a lawmaker
