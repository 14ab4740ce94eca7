"""To whom and through what a cue's words went: its addressee (``told Rudaw English``,
``said to reporters``) and medium (``in a memo``, ``on Twitter``)."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.cues import CueMatch
from quotes.extract.lexicon import word_set
from quotes.extract.segments import TextView
from quotes.extract.subjects import ADDRESSEE_CUES

MEDIUM_PREPOSITIONS = {"in", "on", "via", "through", "during", "at", "over"}


def noun_phrase_bounds(view: TextView, head: Token, stop_deps: frozenset[str] = frozenset(
        {"prep", "relcl", "acl", "appos", "punct", "cc", "conj"})) -> tuple[int, int]:
    """Character bounds of a noun phrase without its trailing prepositions and clauses."""
    tokens = [head]
    stack = [c for c in head.children if c.dep_ not in stop_deps]
    while stack:
        child = stack.pop()
        tokens.append(child)
        stack.extend(c for c in child.children if c.dep_ not in stop_deps)
    tokens.sort(key=lambda t: t.i)
    return view.start(tokens[0]), view.end(tokens[-1])


def addressee_of(view: TextView, cue: CueMatch) -> tuple[int, int] | None:
    """``told Rudaw English``, ``said to reporters``, ``in a memo to agency staff``."""
    head = cue.head
    if cue.is_phrase:
        return None  # the "to" of "according to" names the source, not an addressee
    if cue.lemma in ADDRESSEE_CUES:
        for child in head.children:
            if child.dep_ in ("dobj", "dative", "iobj") and child.pos_ in ("PROPN", "NOUN", "PRON"):
                return noun_phrase_bounds(view, child)
    preps = [c for c in head.children if c.dep_ in ("prep", "dative")]
    for prep in preps:
        if prep.lower_ == "to":
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return noun_phrase_bounds(view, objects[0])
    medium = _medium_object(head)
    if medium is not None:
        for prep in medium.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects:
                    return noun_phrase_bounds(view, objects[0])
    return None


def _medium_object(head: Token) -> Token | None:
    media = word_set("media_nouns")
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in MEDIUM_PREPOSITIONS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            compound = " ".join(t.lower_ for t in obj.lefts if t.dep_ == "compound")
            if obj.lower_ in media or obj.lemma_.lower() in media or \
                    f"{compound} {obj.lower_}".strip() in media:
                return obj
    return None


def medium_of(view: TextView, cue: CueMatch) -> tuple[int, int] | None:
    """``in a memo``, ``on Twitter``, ``in a statement``: the channel the words went out on."""
    obj = _medium_object(cue.head)
    return noun_phrase_bounds(view, obj) if obj is not None else None
