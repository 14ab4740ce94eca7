"""Properties that hold for any text: no exception, offsets exact, fields in range."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.extract.marks import scan_quotes, split_paragraphs
from quotes.pipeline import default_extractor
from quotes.records import Quote

ROOT = Path(__file__).parent.parent
FIXTURES = [ROOT / "fixtures" / "syria-troops.txt", *sorted((ROOT / "fixtures" / "wikinews").glob("*.txt"))]
MARKS = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e"]
PIECES = st.sampled_from(MARKS + [" said ", " he said. ", ", told reporters", "\n\n", "\n", ". ",
                                  "According to Dr. Lee, ", "The minister", " that ", ": ", "5'10\"",
                                  "it's", "the '90s", "\u00a0", "\u200b", "\ufeff", "\r\n", "\x00"])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=30).map("".join)
SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def assert_valid(text: str, records: list[Quote]) -> None:
    for record in records:
        Quote.model_validate(record.model_dump(), context={"source": text})
        assert text[record.start : record.end] == record.text
        assert 0.0 <= record.confidence <= 1.0
        assert record.kind in ("direct", "indirect", "mixed")
        assert record.end - record.start > 0


@SETTINGS
@given(TEXTS)
def test_any_text_extracts_without_error(text: str) -> None:
    assert_valid(text, default_extractor().extract(text))


@SETTINGS
@given(TEXTS)
def test_quote_marks_scan_stays_inside_the_text(text: str) -> None:
    paragraphs = split_paragraphs(text)
    for span in scan_quotes(text, paragraphs):
        assert 0 <= span.start <= span.end <= len(text)
        for start, end in span.parts:
            assert span.start <= start <= end <= span.end


def _mutate(text: str, seed: int) -> str:
    rng = random.Random(seed)
    chars = list(text)
    for _ in range(rng.randint(1, 12)):
        i = rng.randrange(len(chars) + 1)
        action = rng.random()
        if action < 0.5:
            chars.insert(i, rng.choice(MARKS))
        elif chars and action < 0.8:
            marks = [j for j, ch in enumerate(chars) if ch in MARKS]
            if marks:
                del chars[rng.choice(marks)]
        else:
            chars.insert(i, "\n\n")
    mutated = "".join(chars)
    if rng.random() < 0.3:
        paragraphs = mutated.split("\n\n")
        rng.shuffle(paragraphs)
        mutated = "\n\n".join(paragraphs)
    return mutated


@settings(max_examples=25, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=len(FIXTURES) - 1), st.integers(0, 10_000))
def test_mutated_articles_keep_exact_offsets(index: int, seed: int) -> None:
    text = _mutate(FIXTURES[index].read_text(encoding="utf-8"), seed)
    records = default_extractor().extract(text)
    assert_valid(text, records)
    # a stray mark never swallows the rest of the article into one quote
    assert all(len(r.parts) <= 12 for r in records)


def test_unclosed_quote_stops_at_the_paragraph_end() -> None:
    text = ('"We are leaving now, the minister said.\n\nThe weather was fine on Tuesday and '
            'the market was busy.\n\nOfficials said the roads would reopen soon.')
    records = default_extractor().extract(text)
    assert_valid(text, records)
    for record in records:
        assert "market was busy" not in record.text
