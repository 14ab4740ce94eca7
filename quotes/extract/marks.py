"""Paragraphs and quotation marks, found on the raw text so offsets never drift.

Mark pairs follow English and European news styles: straight ``"``, curly “ ”, guillemets « »,
low-high „ “, and single ‘ ’ / ``'``.  Apostrophes (it's, the '90s, Jones') are told apart from
single quotation marks by what stands on either side and by whether a single quote is open.
A quotation never reaches past its paragraph unless the next paragraph opens with a quotation
mark (the news convention for a quote running over several paragraphs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from quotes.extract.lexicon import ELISIONS, word_set

# opening mark -> the marks that may close it
DOUBLE_PAIRS: dict[str, tuple[str, ...]] = {
    "\u201c": ("\u201d", "\u201c"),  # “ ... ” (and “ ... “ typos)
    "\u201e": ("\u201c", "\u201d"),  # „ ... “
    "\u201d": ("\u201d",),  # ” ... ” (Swedish, Finnish; and a common typo)
    "\u00ab": ("\u00bb",),  # « ... »
    "\u00bb": ("\u00ab",),  # » ... « (Danish/Swedish style)
    "\u300c": ("\u300d",),  # 「 ... 」
}
SINGLE_PAIRS: dict[str, tuple[str, ...]] = {
    "\u2018": ("\u2019", "'"),
    "\u201a": ("\u2018", "\u2019"),
    "\u2039": ("\u203a",),
    "'": ("'", "\u2019"),
}
CLOSING_ONLY = {"\u00bb", "\u300d", "\u203a"}
ALL_MARKS = set(DOUBLE_PAIRS) | set(SINGLE_PAIRS) | CLOSING_ONLY | {'"', "\u2019"}
OPENING_CONTEXT = set(" \t\n\r\u00a0([{\u2014\u2013-/:;,") | {""}
MAX_PARAGRAPHS_PER_QUOTE = 12
MAX_LINK_LINE_WORDS = 30  # a headline or link line under "Related news"; article text is longer

_PARAGRAPH_BREAK = re.compile(r"[ \t\u00a0]*(?:\r?\n|\r)(?:[ \t\u00a0\u200b\ufeff]*(?:\r?\n|\r))+")
_LINE_BREAK = re.compile(r"\r?\n|\r")


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int


class ParagraphWindow(Sequence[Paragraph]):
    """Some consecutive paragraphs of a long document, looked up by their own index.

    A long document is read a stretch at a time; the rules index paragraphs by number (the
    one before a quote, the one a quote runs on to), which stay the whole document's numbers.
    Iterating gives the window's paragraphs only."""

    def __init__(self, paragraphs: Sequence[Paragraph], first: int, last: int) -> None:
        self._all, self.first, self.last = paragraphs, first, last

    def __len__(self) -> int:
        return self.last + 1

    def __getitem__(self, index: int) -> Paragraph:  # type: ignore[override]
        if not self.first <= index <= self.last:
            raise IndexError(f"paragraph {index} lies outside this window")
        return self._all[index]

    def __iter__(self) -> Iterator[Paragraph]:
        return iter(self._all[self.first : self.last + 1])


@dataclass
class QuotedSpan:
    """Text between quotation marks; offsets exclude the marks."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when never closed
    paragraph: int
    parts: list[tuple[int, int]] = field(default_factory=list)
    nested: list[tuple[int, int]] = field(default_factory=list)  # single quotes inside

    @property
    def closed(self) -> bool:
        return self.close_mark is not None

    @property
    def after(self) -> int:
        """Offset just past the closing mark (or the end of the content)."""
        return self.close_mark + 1 if self.close_mark is not None else self.end


def looks_hard_wrapped(text: str) -> bool:
    """Lines cut at a fixed width (e-mail, plain-text wires) rather than one per paragraph."""
    lines = [line.strip() for line in _LINE_BREAK.split(text) if line.strip()]
    if len(lines) < 4:
        return False
    long_lines = [line for line in lines if 50 <= len(line) <= 100]
    open_ends = [line for line in long_lines if line[-1] not in ".!?:\"'\u201d\u2019)"]
    return len(long_lines) >= 0.6 * len(lines) and len(open_ends) >= 0.5 * len(long_lines)


def split_paragraphs(text: str) -> list[Paragraph]:
    """One paragraph per line; blocks separated by blank lines when lines are hard-wrapped."""
    breaker = _PARAGRAPH_BREAK if looks_hard_wrapped(text) else _LINE_BREAK
    paragraphs: list[Paragraph] = []
    position = 0
    for match in breaker.finditer(text):
        _append_paragraph(paragraphs, text, position, match.start())
        position = match.end()
    _append_paragraph(paragraphs, text, position, len(text))
    return paragraphs


def _append_paragraph(found: list[Paragraph], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        found.append(Paragraph(len(found), start, end))


def _char(text: str, i: int) -> str:
    return text[i] if 0 <= i < len(text) else ""


def _opens(text: str, i: int) -> bool:
    """A mark with space (or an opening bracket) before it and a word after it opens."""
    before, after = _char(text, i - 1), _char(text, i + 1)
    if text[i] == "\u00ab" and after in (" ", "\u00a0", "\u202f"):
        after = _char(text, i + 2)  # French spacing: « nous partons »
    return (before in OPENING_CONTEXT or before in ALL_MARKS) and after != "" and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before, after = _char(text, i - 1), _char(text, i + 1)
    return before != "" and not before.isspace() and (
        after == "" or after.isspace() or not after.isalnum()
    )


def is_apostrophe(text: str, i: int) -> bool:
    """``'`` or ``’`` inside a word (it's), before a year ('90s) or an elision ('em)."""
    before, after = _char(text, i - 1), _char(text, i + 1)
    if before.isalnum() and after.isalnum():
        return True
    if after.isdigit() and (before == "" or not before.isalnum()):
        return bool(re.match(r"\d\d?s?\b", text[i + 1 : i + 4]))
    word = re.match(r"[A-Za-z]+", text[i + 1 : i + 8])
    return bool(word and word.group(0).lower() in ELISIONS and not before.isalnum())


def _is_inch_mark(text: str, i: int) -> bool:
    return _char(text, i - 1).isdigit() and not _char(text, i + 1).isalnum()


def scan_quotes(text: str, paragraphs: Sequence[Paragraph] | None = None) -> list[QuotedSpan]:
    """Every top-level quotation in reading order, with single quotes nested inside."""
    paragraphs = paragraphs if paragraphs is not None else split_paragraphs(text)
    spans: list[QuotedSpan] = []
    carried: QuotedSpan | None = None  # a quote still open at the end of the last paragraph
    carried_mark = ""
    for para in paragraphs:
        found, carried, carried_mark = _scan_paragraph(text, para, carried, carried_mark)
        spans.extend(found)
    if carried is not None:
        spans.append(carried)
    spans.sort(key=lambda s: s.start)
    return [s for s in spans if s.end > s.start]


def _scan_paragraph(
    text: str, para: Paragraph, carried: QuotedSpan | None, carried_mark: str
) -> tuple[list[QuotedSpan], QuotedSpan | None, str]:
    found: list[QuotedSpan] = []
    i = para.start
    # A quote carried from the last paragraph goes on only if this one opens with a mark.
    if carried is not None:
        first = text[para.start]
        if first in ALL_MARKS and first not in CLOSING_ONLY and (
            first == carried_mark or first in DOUBLE_PAIRS or first == '"'
        ) and len(carried.parts) < MAX_PARAGRAPHS_PER_QUOTE:
            carried.parts.append((para.start + 1, para.start + 1))
            i = para.start + 1
            current, mark = carried, carried_mark
        elif _first_mark_closes(text, para, carried_mark) and len(carried.parts) < 2:
            # a writer who left out the opening mark: the paragraph's first mark closes the quote
            carried.parts.append((para.start, para.start))
            i = para.start
            current, mark = carried, carried_mark
        else:
            found.append(carried)
            current, mark = None, ""
    else:
        current, mark = None, ""
    single_open: int | None = None

    while i < para.end:
        ch = text[i]
        if ch not in ALL_MARKS:
            i += 1
            continue
        if current is None:
            if (ch in DOUBLE_PAIRS or ch == '"') and _opens(text, i) and not _is_inch_mark(text, i):
                current = QuotedSpan(i + 1, i + 1, i, None, para.index, [(i + 1, i + 1)])
                mark = ch
            elif ch in SINGLE_PAIRS and _opens(text, i) and not is_apostrophe(text, i):
                close = _find_single_close(text, i, para.end, SINGLE_PAIRS[ch])
                if close is not None:
                    found.append(QuotedSpan(i + 1, close, i, close, para.index, [(i + 1, close)]))
                    i = close
        else:
            closers = _closers(mark)
            if ch in closers and (_closes(text, i) or ch != '"' or _spaced_after_nested(
                    text, i, current)) and i > current.parts[-1][0]:
                current.parts[-1] = (current.parts[-1][0], i)
                current.end, current.close_mark = i, i
                found.append(current)
                current, mark, single_open = None, "", None
            elif ch in SINGLE_PAIRS and single_open is None and _opens(text, i) \
                    and not is_apostrophe(text, i):
                single_open = i
            elif single_open is not None and ch in ("'", "\u2019", "\u201a", "\u203a") \
                    and _closes(text, i) and not is_apostrophe(text, i):
                current.nested.append((single_open + 1, i))
                single_open = None
        i += 1

    if current is not None:
        # Unclosed at the paragraph end: keep it open for the next paragraph to continue.
        current.parts[-1] = (current.parts[-1][0], para.end)
        current.end = para.end
        return found, current, mark
    return found, None, ""


def _spaced_after_nested(text: str, i: int, current: QuotedSpan) -> bool:
    """``"... say, 'Well done,' " said X``: a space keeps a closing single mark apart from
    the double one that closes right after it."""
    return text[i - 1 : i] == " " and bool(current.nested) and current.nested[-1][1] == i - 2


def _closers(mark: str) -> tuple[str, ...]:
    """Marks that close a quote opened with ``mark``; a straight ``"`` and a curly one close
    each other too (scraped text often mixes them: “Deals are off," he said)."""
    if mark == '"':
        return ('"', "\u201d")
    closers = DOUBLE_PAIRS.get(mark, ())
    return closers + ('"',) if mark == "\u201c" else closers


def _first_mark_closes(text: str, para: Paragraph, mark: str) -> bool:
    closers = _closers(mark)
    for i in range(para.start, para.end):
        if text[i] in closers or text[i] in DOUBLE_PAIRS or text[i] == '"':
            return text[i] in closers and _closes(text, i) and not _opens(text, i)
    return False


def _possessive_plural(text: str, j: int, limit: int) -> bool:
    """A straight mark after a plural's s and before a lower-case noun (Jones' manager)."""
    return (text[j] == "'" and _char(text, j - 1) == "s" and _char(text, j + 1) == " "
            and j + 2 < limit and _char(text, j + 2).islower()
            and text.count("'", j + 1, limit) % 2 == 1)


def _find_single_close(text: str, i: int, limit: int, closers: tuple[str, ...]) -> int | None:
    """The closing single mark for the one at ``i``, skipping apostrophes."""
    j = i + 1
    while j < limit:
        ch = text[j]
        if (ch in closers and _closes(text, j) and not is_apostrophe(text, j)
                and not _possessive_plural(text, j, limit)):
            return j
        if ch in '"\u201c\u201d':
            return None  # a single quote does not cross a double one at top level
        j += 1
    return None


SPAN_TRIM = " \t\r\n,;:\u00a0"  # what a quotation's span never starts or ends with


def trim_span(text: str, start: int, end: int, chars: str = " \t\r\n,;:\u00a0") -> tuple[int, int]:
    """Shrink ``[start:end]`` past surrounding whitespace and joining punctuation."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def link_list_paragraphs(text: str, paragraphs: Sequence[Paragraph]) -> set[int]:
    """Paragraphs of a list of headlines or links under a heading such as ``Related news``
    or ``Sources``: what they quote belongs to other articles.  The list runs on to the first
    paragraph long enough to be article text again."""
    headings = word_set("related_headings")
    found: set[int] = set()
    inside = False
    for para in paragraphs:
        line = text[para.start:para.end]
        if line.strip().rstrip(":").strip().casefold() in headings:
            inside = True
            continue
        if inside and len(line.split()) > MAX_LINK_LINE_WORDS:
            inside = False
        if inside:
            found.add(para.index)
    return found
