"""Shared test helpers: one spaCy-backed extractor per session, an offset check, and
extraction helpers that apply it."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

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


def run(extractor, text: str) -> list:  # type: ignore[no-untyped-def]
    """The records for ``text``, every offset checked."""
    records = extractor.extract(text)
    check_offsets(text, records)
    return records


def one(extractor, text: str):  # type: ignore[no-untyped-def]
    """The single record for ``text``."""
    records = run(extractor, text)
    assert len(records) == 1, [(q.kind, q.text) for q in records]
    return records[0]


def word_of(extractor, text: str, word: str):  # type: ignore[no-untyped-def]
    """The first token of ``text``, parsed, that is ``word``."""
    return next(t for t in extractor.nlp(text) if t.text == word)


def load_script(name: str) -> ModuleType:
    """A script of ``scripts/`` imported as a module (its functions tested without running it)."""
    path = Path(__file__).resolve().parent.parent / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
