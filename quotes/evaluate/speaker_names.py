"""Whether a record names the gold speaker: names compared as people write them (case,
honorifics, middle initials and suffixes aside; a surname for the full name unless two gold
speakers share it), and speakers the text does not name compared by the phrase's head noun
(see :mod:`quotes.evaluate.scoring` for the rules these serve)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import cache

from quotes.evaluate.gold import GoldQuote
from quotes.extract.lexicon import titles
from quotes.records import Quote

HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "rev", "sen", "rep", "gov"])
SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])


def _name_tokens(name: str) -> list[str]:
    name = re.sub(r"['’]s?$", "", name.casefold().strip()).replace("’", "'")
    # an apostrophe inside a word is part of it ("O'Malley" is one word, not "O" "Malley")
    tokens = [t.strip("'") for t in re.sub(r"[^\w\s'-]", " ", name).split()]
    tokens = [t for t in tokens if t]
    title_words = _title_words()
    while len(tokens) > 1 and (tokens[0] in HONORIFICS or tokens[0] in title_words):
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1] in SUFFIXES:
        tokens.pop()
    return tokens[:1] + [t for t in tokens[1:] if len(t) > 1]  # no middle initials


@cache
def _title_words() -> frozenset[str]:
    """Titles and offices written before a name (``Admiral``, ``Representative``), lower case."""
    return frozenset(t.casefold().rstrip(".") for t in titles())


def _initials(tokens: list[str]) -> str:
    return "".join(t[0] for t in tokens if t not in ("of", "the", "and", "for", "&"))


def names_match(predicted: str, gold: str, ambiguous: Collection[str] = ()) -> bool:
    """Compared ignoring case, punctuation, honorifics and titles (Mr., Sen., Admiral), middle
    initials and Jr./Sr.: the same words; or a name of two or more words found in a row inside
    the other (PolNeAR Sources are phrases: "pollster Pat Caddell"); or one is a single word
    equal to the other's last word ("Trump" ~ "Donald Trump") or first word (a given name,
    "Hillary" ~ "Hillary Clinton", or a family name written first, "Mr. Lou" ~ "Lou Jiwei"),
    or to a word inside a name of three or more (a family name written second, "Ms. Acosta" ~
    "Melba Acosta Febo", "Tan" ~ "Gary Tan Wei Ming"), or both share first and last word, unless
    that word is in ``ambiguous``; or one is the acronym of the other ("AP" ~ "Associated
    Press").  Speakers named together ("Trump and Ryan" ~ "Donald Trump and Paul Ryan") match
    when each name of one list matches a name of the other, as many on each side."""
    if _one_name_matches(predicted, gold, ambiguous):
        return True
    ours, theirs = _joint_names(predicted), _joint_names(gold)
    if len(ours) < 2 or len(ours) != len(theirs):
        return False
    for name in ours:
        found = next((other for other in theirs if _one_name_matches(name, other, ambiguous)),
                     None)
        if found is None:
            return False
        theirs.remove(found)
    return True


def _joint_names(names: str) -> list[str]:
    """``A, B and C`` -> its names (one name holding "and", a body's, is split only when it
    does not match whole)."""
    return [n for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", names) if n.strip()]


def _one_name_matches(predicted: str, gold: str, ambiguous: Collection[str]) -> bool:
    """:func:`names_match` for one name on each side."""
    p, g = _name_tokens(predicted), _name_tokens(gold)
    if not p or not g:
        return False
    short, long = sorted((p, g), key=len)
    if p == g or len(short) > 1 and any(
            long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1)):
        return True
    if len(short) == 1 and len(long) > 1 and len(short[0]) > 1 and short[0] == _initials(long):
        return True
    if len(short) == 1 and len(long) > 1 and short[0] == long[0] \
            and GIVEN + short[0] not in ambiguous:
        return True
    if len(short) == 1 and len(long) > 2 and short[0] in long[1:-1] and short[0] not in ambiguous:
        return True  # "Ms. Acosta" ~ "Melba Acosta Febo"
    if p[-1] != g[-1] or p[-1] in ambiguous:
        return False
    return len(p) == 1 or len(g) == 1 or p[0] == g[0]


GIVEN = "given:"  # marks a first word in the ambiguous set


def ambiguous_surnames(gold: Iterable[GoldQuote]) -> set[str]:
    """Last words of gold speakers of one document preceded by different given names, and
    first words followed by different family names (``Bill Clinton``, ``Bill Gates``), these
    marked with ``GIVEN`` ("given:bill") so that neither kind stands for the other.

    A title before the surname (``Speaker Ryan``, ``Senator Sanders``) is no given name."""
    seen: dict[tuple[str, str], set[str]] = {}
    for g in gold:
        tokens = [t for t in _name_tokens(g.gold_name or g.speaker or "") if t not in _title_words()]
        if len(tokens) > 1:
            seen.setdefault((g.doc, tokens[-1]), set()).add(tokens[-2])
            seen.setdefault((g.doc, GIVEN + tokens[0]), set()).add(tokens[-1])
    return {word for (_, word), others in seen.items() if len(others) > 1}


def name_matches(gold: GoldQuote, pred: Quote, ambiguous: Collection[str] = ()) -> bool:
    """The record names the gold speaker (no credit for the mention alone).  A gold speaker
    the text never names (``teacher``, ``senior Republican aide``: lower case, as the
    guidelines write them) is right only when the record gives no name and its role holds the
    phrase's head noun: a made-up name is as wrong there as a wrong one."""
    want = gold.gold_name
    if want and unnamed(want, gold.speaker_type):
        return pred.speaker.name is None and _head_noun(want) in _label(pred.speaker.role).split()
    if want and described_body(want, gold.speaker_type) and pred.speaker.name is None:
        # "Norwegian government", "Kowalczyk's office": a body the text describes, which the
        # record may name so or leave unnamed with the phrase as its role (GUIDELINES.md)
        return _head_noun(want) in _label(pred.speaker.role).split()
    return bool(want and pred.speaker.name and names_match(pred.speaker.name, want, ambiguous))


def described_body(speaker: str, kind: str | None) -> bool:
    """An organisation the gold gives by a phrase whose head is a common noun (``Norwegian
    government``, ``Calgary police``), as a described body, not by a name."""
    words = speaker.split()
    return kind == "organization" and len(words) > 1 and words[-1][:1].islower()


def unnamed(speaker: str, kind: str | None = None) -> bool:
    """A gold speaker the text describes but does not name: the guidelines lower-case it, but
    for a proper adjective or noun before its head (``Broadway resident``, ``Scientology
    officials``: a person's or a group's name ends in a capitalised word, or one with a
    capital after its particle, ``Amal Saeed el-Nubi``; an organisation's may not, ``Calgary
    police``)."""
    words = speaker.split()
    return speaker[:1].islower() or kind in ("person", "group") and bool(words) \
        and not any(c.isupper() for c in words[-1])


POSTMODIFIER_WORDS = frozenset({"for", "of", "with", "at", "in", "from", "who", "familiar",
                                "close", "on", "to"})


def _head_noun(phrase: str) -> str:
    """``spokesperson for the Office of ...`` -> spokesperson; ``senior Republican aide`` -> aide;
    ``Department of Health and Social Care spokesperson`` -> spokesperson (the ``of`` of a
    name, after a capitalised word, is no postmodifier of the head)."""
    words = re.sub(r"[^\w\s]", " ", phrase).split()
    words = words[1:] if words[:1] in (["the"], ["The"]) else words
    cut = next((i for i, w in enumerate(words) if w.casefold() in POSTMODIFIER_WORDS and i > 0
                and not words[i - 1][:1].isupper()), len(words))
    return words[cut - 1].casefold()


def _label(value: str | None) -> str:
    words = re.sub(r"[^\w\s]", " ", (value or "").casefold()).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)
