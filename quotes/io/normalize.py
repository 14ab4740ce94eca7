"""Clean scraped text for the parser, and map every offset back to the original.

Scraped news arrives with HTML entities (``&quot;``), zero-width and non-breaking spaces,
Windows line ends, byte-order marks, stray control characters and double quotes typed as two
apostrophes or backticks.  The rules run on a cleaned
copy; records are then moved back so that ``original[start:end] == text`` still holds.
"""

from __future__ import annotations

import html
import re
from typing import Any

from quotes.records import Quote

_ENTITY = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_SPACES = {"\u00a0", "\u2007", "\u202f", "\u3000"}
# typewriter double quotes written as two characters: ''like this'' (NYT archive style), ``this''
_TWO_CHAR_QUOTES = ("''", "``")
_NEEDS_WORK = re.compile(r"[&\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00a0\u00ad\u2007\u200b-\u200d"
                         r"\u202f\u2060\u3000\ufeff]|''|``")


class OffsetMap:
    """Cleaned text plus, for each of its characters, where it came from in the original."""

    def __init__(self, original: str) -> None:
        self.original = original
        self._ends: dict[int, int] = {}  # cleaned index -> original end, for entities
        chars: list[str] = []
        origin: list[int] = []
        i, n = 0, len(original)
        while i < n:
            ch = original[i]
            if ch == "&":
                match = _ENTITY.match(original, i)
                decoded = html.unescape(match.group(0)) if match else ch
                if match and decoded != match.group(0) and len(decoded) == 1:
                    chars.append(" " if decoded in _SPACES or decoded in _DROP else decoded)
                    origin.append(i)
                    self._ends[len(origin) - 1] = match.end()
                    i = match.end()
                    continue
            if original.startswith(_TWO_CHAR_QUOTES, i) and original[i + 2 : i + 3] != "'":
                chars.append('"')
                origin.append(i)
                self._ends[len(origin) - 1] = i + 2
                i += 2
                continue
            if ch == "\r":
                chars.append("\n")
                origin.append(i)
                i += 2 if original.startswith("\r\n", i) else 1
                continue
            if ch in _DROP or (ord(ch) < 32 and ch not in "\n\t") or ch == "\x7f":
                i += 1
                continue
            chars.append(" " if ch in _SPACES else ch)
            origin.append(i)
            i += 1
        self.text = "".join(chars)
        self._origin = origin

    def start(self, offset: int) -> int:
        """Original offset of a span starting at ``offset`` in the cleaned text."""
        return self._origin[offset] if offset < len(self._origin) else len(self.original)

    def end(self, offset: int) -> int:
        """Original offset just past a span ending at ``offset`` (exclusive) in the cleaned text."""
        if offset <= 0:
            return self.start(0)
        last = offset - 1
        return self._ends.get(last, self._origin[last] + 1)


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
