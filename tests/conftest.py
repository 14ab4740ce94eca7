"""Shared test helpers: one spaCy-backed extractor per session and an offset check."""

from __future__ import annotations

from collections.abc import Iterable

import pytest


@pytest.fixture(scope="session")
def extractor():
    """One ``quotes.pipeline.Extractor`` (one loaded spaCy model) for the whole session."""
    from quotes.pipeline import Extractor

    return Extractor()


def check_offsets(text: str, records: Iterable) -> None:
    """Every span of every record must be the source text at its offsets."""
    for q in records:
        assert text[q.start : q.end] == q.text, (q.start, q.end, q.text)
        for span in q.spans():
            assert text[span.start : span.end] == span.text, (span.start, span.end, span.text)
