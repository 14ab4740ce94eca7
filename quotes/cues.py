"""Reporting cues: verbs of saying and writing, and ``according to``, matched once per text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from quotes.lexicon import CueEntry, cue_entries, noun_cue_entries

# A verb form that looks like a cue but is not one: "the said document".
_NON_VERB_TAGS = {"JJ", "NN", "NNS", "NNP"}
# Cues that only report with their particle: "pointed out", "went on".
PARTICLE_CUES = {"point": "out", "go": "on"}


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
        if entry is None or entry.cue_class not in classes:
            continue
        particle = PARTICLE_CUES.get(entry.lemma)
        if particle and (not any(c.dep_ == "prt" and c.lower_ == particle for c in token.children)
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
