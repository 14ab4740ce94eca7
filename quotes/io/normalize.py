"""Clean scraped text for the parser, and map every offset back to the original.

Scraped news arrives with HTML entities (``&quot;``), zero-width and non-breaking spaces,
Windows line ends, byte-order marks, stray control characters and double quotes typed as two
apostrophes or backticks.  The rules run on a cleaned
copy; records are then moved back so that ``original[start:end] == text`` still holds.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from typing import Any

from quotes.records import Quote

_ENTITY = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_SPACES = {"\u00a0", "\u2007", "\u202f", "\u3000"}
# typewriter double quotes written as two characters: ''like this'' (NYT archive style), ``this''
_TWO_CHAR_QUOTES = ("''", "``")
_NEEDS_WORK = re.compile(r"[&\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00a0\u00ad\u2007\u200b-\u200d"
                         r"\u202f\u2060\u3000\ufeff]|''|``")


_EDIT = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
                   r"|(?:''|``)(?!')|\r\n?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00a0\u00ad\u2007"
                   r"\u200b-\u200d\u202f\u2060\u3000\ufeff]")


class OffsetMap:
    """Cleaned text, and where each of its characters came from in the original.

    Kept as runs (cleaned start, original start) between edits, not one number per character:
    a long text with a few edits costs a few numbers, not megabytes."""

    def __init__(self, original: str) -> None:
        self.original = original
        self._ends: dict[int, int] = {}  # cleaned index -> original end, for replaced runs
        self._clean: list[int] = [0]  # run starts in the cleaned text ...
        self._orig: list[int] = [0]  # ... and where each run starts in the original
        pieces: list[str] = []
        size = done = 0
        for found in _EDIT.finditer(original):
            replacement = _replacement(found.group(0))
            if replacement is None:
                continue  # "&notanentity;" stays as written
            start, end = found.span()
            pieces.append(original[done:start])
            size += start - done
            if replacement:
                self._run(size, start)
                pieces.append(replacement)
                if end - start > 1 and original[start] != "\r":  # an entity, a ''-quote
                    self._ends[size] = end
                size += 1
            self._run(size, end)
            done = end
        pieces.append(original[done:])
        self.text = "".join(pieces)

    def _run(self, clean: int, orig: int) -> None:
        if self._clean[-1] == clean:
            self._orig[-1] = orig
        else:
            self._clean.append(clean)
            self._orig.append(orig)

    def start(self, offset: int) -> int:
        """Original offset of a span starting at ``offset`` in the cleaned text."""
        if offset >= len(self.text):
            return len(self.original)
        k = bisect_right(self._clean, offset) - 1
        return self._orig[k] + offset - self._clean[k]

    def end(self, offset: int) -> int:
        """Original offset just past a span ending at ``offset`` (exclusive) in the cleaned text."""
        if offset <= 0:
            return self.start(0)
        last = offset - 1
        return self._ends.get(last, self.start(last) + 1)


def _replacement(found: str) -> str | None:
    """What an edit puts in the cleaned text ("" drops it); None: no edit after all."""
    if found.startswith("&"):
        decoded = html.unescape(found)
        if decoded == found or len(decoded) != 1:
            return None
        return " " if decoded in _SPACES or decoded in _DROP else decoded
    if found in _TWO_CHAR_QUOTES:
        return '"'
    if found.startswith("\r"):
        return "\n"
    return " " if found in _SPACES else ""


def needs_cleaning(text: str) -> bool:
    return bool(_NEEDS_WORK.search(text))


def _move(node: Any, mapping: OffsetMap) -> Any:
    if isinstance(node, dict):
        moved = {key: _move(value, mapping) for key, value in node.items()}
        if {"text", "start", "end"} <= node.keys():
            start, end = mapping.start(node["start"]), mapping.end(node["end"])
            moved.update(start=start, end=end, text=mapping.original[start:end])
        return moved
    if isinstance(node, list):
        return [_move(item, mapping) for item in node]
    return node


def restore_offsets(records: list[Quote], mapping: OffsetMap) -> list[Quote]:
    """The same records, with every span pointing into the original text."""
    return [Quote.model_validate(_move(r.model_dump(), mapping),
                                 context={"source": mapping.original}) for r in records]
