"""A document as parsed segments: each spaCy ``Doc`` covers a slice of the original text.

The extractor parses paragraphs separately (fast, bounded memory, no sentence glued across a
paragraph break); the spaCy component hands in one whole ``Doc``.  Either way the rules see
tokens with character offsets into the original text through this one view.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token


@dataclass
class Segment:
    doc: Doc
    base: int  # offset of doc.text[0] in the original text
    starts: list[int] = field(init=False)
    # the doc's tokens, made once: the rules walk a text's tokens a dozen times, and each walk
    # of the Doc itself builds every Token object anew (a third of the rules' time)
    tokens: list[Token] = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = list(self.doc)
        self.starts = [self.base + t.idx for t in self.tokens]

    @property
    def end(self) -> int:
        return self.base + len(self.doc.text)


class TextView:
    """Token look-ups by character offset over all segments of one text."""

    def __init__(self, text: str, segments: list[Segment]) -> None:
        self.text = text
        self.segments = sorted(segments, key=lambda s: s.base)
        self._bases = [s.base for s in self.segments]
        self._by_doc = {id(s.doc): s for s in self.segments}

    def start(self, token: Token | Span) -> int:
        """Character offset of a token or span in the original text."""
        seg = self.segment_of(token.doc)
        return seg.base + (token.idx if isinstance(token, Token) else token.start_char)

    def end(self, token: Token | Span) -> int:
        seg = self.segment_of(token.doc)
        if isinstance(token, Token):
            return seg.base + token.idx + len(token.text)
        return seg.base + token.end_char

    def segment_of(self, doc: Doc) -> Segment:
        try:
            return self._by_doc[id(doc)]
        except KeyError:
            raise ValueError("token from a document outside this view") from None

    def tokens(self, start: int, end: int) -> Iterator[Token]:
        """Tokens lying wholly inside ``[start, end)``, in order."""
        first = max(bisect_right(self._bases, start) - 1, 0)
        for seg in self.segments[first:]:
            if seg.base >= end:
                break
            lo = bisect_left(seg.starts, start)
            hi = bisect_left(seg.starts, end)
            for tok in seg.tokens[lo:hi]:
                if seg.base + tok.idx + len(tok.text) <= end:
                    yield tok

    def words(self, start: int, end: int) -> list[Token]:
        """Tokens inside ``[start, end)`` that are not whitespace."""
        return [t for t in self.tokens(start, end) if not t.is_space]

    def token_at(self, offset: int) -> Token | None:
        """The token covering ``offset``, if any."""
        index = bisect_right(self._bases, offset) - 1
        if index < 0:
            return None
        seg = self.segments[index]
        i = bisect_right(seg.starts, offset) - 1
        if i < 0:
            return None
        tok = seg.tokens[i]
        return tok if offset < seg.base + tok.idx + len(tok.text) else None

    def entities(self) -> Iterator[Span]:
        for seg in self.segments:
            yield from seg.doc.ents

    def all_tokens(self) -> Iterator[Token]:
        for seg in self.segments:
            yield from seg.tokens
