"""quotes.extract.marks: paragraphs and quotation marks found on the raw text (no spaCy needed)."""

from __future__ import annotations

import pytest

from quotes.extract.marks import (
    MAX_PARAGRAPHS_PER_QUOTE,
    is_apostrophe,
    looks_hard_wrapped,
    scan_quotes,
    split_paragraphs,
    trim_span,
)


def contents(text: str) -> list[str]:
    """The text of every top-level quotation, checking each span's offsets on the way."""
    found = []
    for span in scan_quotes(text):
        assert 0 <= span.open_mark < span.start <= span.end <= len(text)
        if span.close_mark is not None:
            assert span.close_mark >= span.end
            assert span.after == span.close_mark + 1
        for a, b in span.parts + span.nested:
            assert span.start <= a <= b <= span.end
        found.append(text[span.start : span.end])
    return found


# --- paragraphs -------------------------------------------------------------------------------

def test_one_paragraph_per_line_with_exact_offsets():
    text = "First line here.\nSecond line here.\n\n\n   Third, indented.   \n"
    paras = split_paragraphs(text)
    assert [text[p.start : p.end] for p in paras] == [
        "First line here.", "Second line here.", "Third, indented."]
    assert [p.index for p in paras] == [0, 1, 2]


@pytest.mark.parametrize("text", [
    "One.\r\nTwo.\r\nThree.", "One.\rTwo.\rThree.", "One.\nTwo.\nThree."])
def test_line_ending_styles_split_alike(text):
    paras = split_paragraphs(text)
    assert [text[p.start : p.end] for p in paras] == ["One.", "Two.", "Three."]


@pytest.mark.parametrize("text", ["", "   ", "\n\n \t\n"])
def test_blank_text_has_no_paragraphs(text):
    assert split_paragraphs(text) == []


HARD_WRAPPED = (
    "The committee met on Monday to discuss the budget for the coming year and\n"
    "agreed that the spending on roads should rise by a modest amount over the\n"
    "next three years while the school budget would remain flat for now, said\n"
    "the chair.\n"
    "\n"
    "A second paragraph begins here and it also runs across several lines of\n"
    "text that were wrapped at a fixed width by the sending system."
)


def test_hard_wrapped_text_splits_on_blank_lines_only():
    assert looks_hard_wrapped(HARD_WRAPPED)
    paras = split_paragraphs(HARD_WRAPPED)
    assert len(paras) == 2
    assert HARD_WRAPPED[paras[0].start : paras[0].end].endswith("said\nthe chair.")
    assert HARD_WRAPPED[paras[1].start :].startswith("A second paragraph")


def test_short_news_lines_are_not_hard_wrapped():
    text = "The mayor resigned.\nShe gave no reason.\nA vote follows.\nIt is set for May."
    assert not looks_hard_wrapped(text)
    assert len(split_paragraphs(text)) == 4


# --- quotation marks ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('He said "yes" and left.', ["yes"]),
    ("He said \u201cyes\u201d and she said \u201cno\u201d.", ["yes", "no"]),
    ("\u00abThe talks have failed\u00bb, said the envoy.", ["The talks have failed"]),
    ("\u201eWe are leaving\u201c, he said.", ["We are leaving"]),
    ("'We have been betrayed,' said the union leader.", ["We have been betrayed,"]),
    ("\u2018We\u2019re done,\u2019 she said.", ["We\u2019re done,"]),
    ('"A" and "B" and "C"', ["A", "B", "C"]),
    ('He said ("never") twice.', ["never"]),
])
def test_mark_styles(text, expected):
    assert contents(text) == expected


def test_open_and_close_marks_point_at_the_marks():
    text = 'The envoy said "the talks failed" on Friday.'
    (span,) = scan_quotes(text)
    assert text[span.open_mark] == '"' and text[span.close_mark] == '"'
    assert span.closed
    assert text[span.after :].startswith(" on Friday")


@pytest.mark.parametrize("text", [
    "It's the '90s and rock 'n' roll is back.",
    "She grew up in the \u201990s, she said.",
    "The players' union met the Jones' lawyers.",
    'The 12" record and the 7" single sold out.',
    "He is 6' tall.",
])
def test_apostrophes_and_inch_marks_open_nothing(text):
    assert scan_quotes(text) == []


def test_possessive_before_a_real_single_quote():
    text = "The players' union said 'no' today."
    assert contents(text) == ["no"]


def test_curly_apostrophe_inside_curly_quote():
    assert contents("\u201cIt\u2019s over,\u201d he said.") == ["It\u2019s over,"]


def test_single_quotes_nested_inside_double():
    text = "\"He told me 'never again' twice,\" she said."
    (span,) = scan_quotes(text)
    assert [text[a:b] for a, b in span.nested] == ["never again"]
    assert text[span.start : span.end] == "He told me 'never again' twice,"


def test_quote_runs_on_when_next_paragraph_opens_with_a_mark():
    text = '"First paragraph.\n"Second paragraph.\n"Third," he said.'
    (span,) = scan_quotes(text)
    assert [text[a:b] for a, b in span.parts] == ["First paragraph.", "Second paragraph.", "Third,"]
    assert span.paragraph == 0 and span.closed
    assert text[span.close_mark] == '"' and text[span.after :] == " he said."


def test_unclosed_quote_stops_at_paragraph_without_a_mark():
    text = 'He said "we are ready.\nThe next paragraph has no quotation.'
    (span,) = scan_quotes(text)
    assert text[span.start : span.end] == "we are ready."
    assert not span.closed and span.close_mark is None
    assert span.after == span.end


def test_unclosed_quote_at_end_of_text_is_kept():
    text = 'She began: "We will never give up.'
    assert contents(text) == ["We will never give up."]
    assert not scan_quotes(text)[0].closed


def test_separate_quotes_in_separate_paragraphs():
    text = '"Stop," he said.\n\n"Go," she said.'
    spans = scan_quotes(text)
    assert [text[s.start : s.end] for s in spans] == ["Stop,", "Go,"]
    assert [s.paragraph for s in spans] == [0, 1]


def test_a_runaway_quote_is_cut_after_the_paragraph_limit():
    lines = [f'"Line {i}.' for i in range(MAX_PARAGRAPHS_PER_QUOTE + 3)]
    text = "\n".join(lines)
    spans = scan_quotes(text)
    assert len(spans) == 2
    assert len(spans[0].parts) == MAX_PARAGRAPHS_PER_QUOTE
    assert spans[1].paragraph == MAX_PARAGRAPHS_PER_QUOTE
    assert text[spans[1].start :].startswith(f"Line {MAX_PARAGRAPHS_PER_QUOTE}.")


def test_spaced_guillemets():
    text = "The minister said \u00ab we will not resign \u00bb on Friday."
    assert [c.strip() for c in contents(text)] == ["we will not resign"]


# --- helpers ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "i", "expected"), [
    ("it's", 2, True),
    ("'90s", 0, True),
    ("rock 'n' roll", 5, True),
    ("'em all", 0, True),
    ("'hello' there", 0, False),
    ("say 'no' now", 4, False),
])
def test_is_apostrophe(text, i, expected):
    assert is_apostrophe(text, i) is expected


def test_trim_span_drops_space_and_joining_punctuation():
    text = " ,hello world; "
    start, end = trim_span(text, 0, len(text))
    assert text[start:end] == "hello world"
    assert trim_span("   ", 0, 3)[0] == trim_span("   ", 0, 3)[1]


def test_a_double_mark_spaced_off_the_single_one_it_follows_closes():
    text = "\"You can say, 'Well done,' \" said Ann Lee. \"Then leave.\""
    first, second = scan_quotes(text)
    assert text[first.start : first.end] == "You can say, 'Well done,' "
    assert text[first.after:].startswith(" said Ann Lee")
    assert text[second.start : second.end] == "Then leave."
    # a spaced mark with no single quote closed right before it still opens
    assert len(scan_quotes('He said " hello" and " bye".')) <= 1
