"""Reporting cues: verbs of saying and writing, and ``according to``, matched once per text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from quotes.extract.lexicon import (
    CueEntry,
    cue_entries,
    learned_cue_entry,
    learned_cues,
    noun_cue_entries,
)

# A verb form that looks like a cue but is not one: "the said document".
_NON_VERB_TAGS = {"JJ", "NN", "NNS", "NNP"}
# Cues that only report with their particle: "pointed out", "went on", "shot back" (and
# "as X put it").
PARTICLE_CUES = {"point": "out", "go": "on", "shoot": "back", "fire": "back", "hit": "back",
                 "put": "it"}


@dataclass(frozen=True)
class CueMatch:
    """A cue in the text: its tokens (head first) and its lexicon entry."""

    head: Token
    tokens: tuple[Token, ...]
    entry: CueEntry

    @property
    def lemma(self) -> str:
        return self.entry.lemma

    @property
    def is_phrase(self) -> bool:
        """``according to``: the speaker is its object, not a subject."""
        return self.entry.pos == "ADP"


def _verb_cue(token: Token, entries: dict[str, CueEntry]) -> CueEntry | None:
    entry = entries.get(token.lemma_.lower())
    if entry is None or entry.pos != "VERB":
        return None
    if token.dep_ == "amod":
        return None  # "the said document"
    if token.pos_ in ("VERB", "AUX") and token.tag_ not in _NON_VERB_TAGS:
        return entry
    # "The Department notes, ..." tagged as a noun, yet it heads the sentence with a subject
    if token.dep_ == "ROOT" and token.tag_ in ("NNS", "VBZ") and any(
            c.dep_ == "nsubj" for c in token.children):
        return entry
    return None


def that_clause(token: Token) -> Token | None:
    """The clause introduced by "that" which hangs on a reporting noun."""
    for child in token.children:
        if child.dep_ in ("acl", "ccomp", "appos") and child.i > token.i and \
                child.left_edge.lower_ == "that" and child.left_edge.dep_ in ("mark", "advmod"):
            return child
    return None


def _noun_cue(token: Token) -> CueEntry | None:
    """``Trump's claim that ...``, ``reports that ...``."""
    if token.pos_ != "NOUN":
        return None
    entry = noun_cue_entries().get(token.lemma_.lower())
    return entry if entry is not None and that_clause(token) is not None else None


def pattern_of(token: Token) -> str:
    """The content a token governs, as one pattern name (see ``lexicon.PATTERNS``)."""
    deps = {c.dep_ for c in token.children if c.i > token.i}
    if that_clause(token) is not None or any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in token.children):
        return "that"
    if "ccomp" in deps:
        return "ccomp"
    if "xcomp" in deps:
        return "xcomp"
    if "dobj" in deps:
        return "dobj"
    if any(c.dep_ == "prep" and c.i > token.i and any(g.dep_ == "pobj" for g in c.children)
           for c in token.children):
        return "prep"
    return "none"


def _learned_cue(token: Token) -> CueEntry | None:
    """A verb the hand-written lexicon lacks but PolNeAR train marks as a cue with this pattern
    (or with any); a noun only with a that-clause of its own."""
    lemma = token.lemma_.lower()
    learned = learned_cues()
    if any(phrase.split()[0] == token.lower_ for phrase in cue_entries() if " " in phrase):
        return None  # "according": a cue only in its phrase, matched in find_cues
    if token.pos_ == "VERB" and token.tag_ not in _NON_VERB_TAGS and token.dep_ != "amod" \
            and lemma not in cue_entries():
        if (lemma, "VERB", "any") in learned or (lemma, "VERB", pattern_of(token)) in learned:
            return learned_cue_entry(lemma, "VERB")
    elif token.pos_ == "NOUN" and lemma not in noun_cue_entries() and \
            (lemma, "NOUN", "that") in learned and that_clause(token) is not None:
        return learned_cue_entry(lemma, "NOUN")
    return None


def _is_infinitive(token: Token) -> bool:
    return token.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def find_cues(tokens: Iterable[Token], classes: frozenset[str]) -> list[CueMatch]:
    """Every cue among ``tokens`` whose class is wanted, in text order."""
    entries = cue_entries()
    found: list[CueMatch] = []
    for token in tokens:
        lower = token.lower_
        if lower == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            entry = entries.get("according to")
            if entry and entry.cue_class in classes:
                found.append(CueMatch(token, (token, token.nbor()), entry))
            continue
        entry = _verb_cue(token, entries) or _noun_cue(token)
        if entry is None and "learned" in classes:
            entry = _learned_cue(token)
        if entry is None or entry.cue_class not in classes:
            continue
        particle = PARTICLE_CUES.get(entry.lemma)
        if particle and (not any(c.dep_ in ("prt", "advmod", "dobj") and c.lower_ == particle
                                 for c in token.children)
                         or any(_is_infinitive(c) for c in token.children)):
            continue  # "went on to win" reports nothing
        found.append(CueMatch(token, (token,), entry))
    return found


def cue_text_span(cue: CueMatch) -> tuple[Token, Token]:
    """First and last token of the cue as written (``according to``, ``pointed out``)."""
    tokens = list(cue.tokens)
    tokens += [c for c in cue.head.children if c.dep_ == "prt"]
    tokens.sort(key=lambda t: t.i)
    return tokens[0], tokens[-1]
