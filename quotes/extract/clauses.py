"""From a cue's clause tokens to a quotation candidate's character spans.

The parser gives a reported clause as tokens, possibly discontinuous and with a complementizer, a
time phrase or punctuation at its edges; a record needs trimmed character parts.  Shared by the
clause readers of ``quotes.extract.reported``.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.anatomy import dateline_end
from quotes.extract.attribution import Candidate
from quotes.extract.cues import CueMatch
from quotes.extract.segments import TextView

MIN_CLAUSE_TOKENS = 3
COMPLEMENTIZERS = {"that"}
TRIM_CHARS = " \t\r\n,;:.\u00a0\u2014\u2013-"


def _trimmed(tokens: list[Token]) -> list[Token]:
    """Sorted, without the complementizer, a leading time phrase or edge punctuation (quotation
    marks stay: they are the content's)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_space or tokens[0].is_punct and tokens[0].text not in "\"\u201c'\u2018"
                      or tokens[0].lower_ in COMPLEMENTIZERS and tokens[0].dep_ in ("mark", "advmod")
                      or _leading_time(tokens)):
        tokens.pop(0)
    while tokens and (tokens[-1].is_space or tokens[-1].dep_ == "cc" or tokens[-1].is_punct
                      and tokens[-1].text not in "\"\u201d'\u2019)"):
        tokens.pop()
    return tokens


def _leading_time(tokens: list[Token]) -> bool:
    """``said this weekend (that) ...``: a time phrase the parser put in the clause (not
    ``said Thursday's order was ...``, whose day is the clause's own)."""
    first = tokens[0]
    return first.ent_type_ in ("DATE", "TIME") and first.dep_ not in ("nsubj", "poss") \
        and len(tokens) > 3 \
        and first.head.i != first.i and first.head.dep_ != "nsubj" and any(
            t.ent_type_ not in ("DATE", "TIME") for t in tokens[1:3])


def _char_bounds(view: TextView, tokens: list[Token]) -> tuple[int, int]:
    """Character bounds of a token run, trimmed of the spaces and marks that end a clause."""
    start, end = view.start(tokens[0]), view.end(tokens[-1])
    text = view.text
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    return start, end


def has_verb(tokens: list[Token]) -> bool:
    """A clause says something only with a verb in it."""
    return any(t.pos_ in ("VERB", "AUX") for t in tokens)


def _runs(tokens: list[Token]) -> list[list[Token]]:
    """Split sorted tokens into runs of consecutive indices (for discontinuous content)."""
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def clause_candidate(view: TextView, cue: CueMatch, tokens: list[Token], speaker: Token | None,
                     paragraph: int, weak: bool = False, minimum: int = MIN_CLAUSE_TOKENS
                     ) -> Candidate | None:
    """An indirect quotation of ``tokens`` (after any dateline), one part per run of adjacent
    tokens; None when fewer than ``minimum`` words are left."""
    cut = dateline_end(cue.head.doc)  # "LONDON (Reuters) - Tariffs will go, X said."
    tokens = _trimmed([t for t in tokens if t.i >= cut])
    if len([t for t in tokens if not t.is_punct]) < minimum:
        return None
    parts = []
    for run in _runs(tokens):
        run = _trimmed(run)
        if run:
            parts.append(_char_bounds(view, run))
    parts = [p for p in parts if p[1] > p[0]]
    if not parts:
        return None
    start, end = parts[0][0], parts[-1][1]
    inverted = speaker is not None and speaker.i > cue.head.i
    return Candidate("indirect", start, end, paragraph, parts, cue=cue, speaker=speaker,
                     inverted=inverted, weak=weak)


def excluded(tokens: list[Token], *subtrees: Token) -> list[Token]:
    """``tokens`` less the subtrees of ``subtrees`` (a speaker, an ``according to`` phrase)."""
    drop: set[int] = set()
    for head in subtrees:
        drop.update(t.i for t in head.subtree)
    return [t for t in tokens if t.i not in drop]
