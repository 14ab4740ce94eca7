"""What runs inside a Dask worker: one spaCy pipeline per worker process, one partition at a time.

The pipeline is loaded on a worker's first partition and kept in this module for the life of
the process (a restarted worker loads it again), so a model is loaded once per worker, not
per document nor per partition.  Extractors with other settings (scope, minimum confidence)
share the loaded pipeline.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotes.io.inputs import Document, InputError
from quotes.io.parquet import Outcome

if TYPE_CHECKING:
    from spacy.language import Language

    from quotes.pipeline import Extractor


@dataclass(frozen=True)
class Settings:
    """What the workers need to build the extractor; small, so it travels with every task."""

    model: str | None = None
    scope: str = "statements"
    min_confidence: float = 0.0


_LOCK = threading.Lock()  # spaCy is not thread-safe; a worker's tasks share one pipeline
_PIPELINES: dict[str | None, Language] = {}
_EXTRACTORS: dict[Settings, Extractor] = {}
# per process, read through Client.run: pipelines loaded, partitions done, CPU seconds they took
STATS: dict[str, float] = {"loads": 0, "partitions": 0, "extract_cpu": 0.0}


def worker_extractor(settings: Settings) -> Extractor:
    """This process's extractor for ``settings``; the spaCy pipeline is loaded once."""
    from quotes.pipeline import Extractor, load_model

    if settings not in _EXTRACTORS:
        if settings.model not in _PIPELINES:
            _PIPELINES[settings.model] = load_model(settings.model)
            STATS["loads"] += 1
        _EXTRACTORS[settings] = Extractor(model=_PIPELINES[settings.model],
                                          scope=settings.scope,
                                          min_confidence=settings.min_confidence)
    return _EXTRACTORS[settings]


def preload(settings: Settings) -> str | None:
    """Load the pipeline before the first task (``client.run(preload, settings)``)."""
    with _LOCK:
        return worker_extractor(settings).nlp.meta.get("name")


def worker_stats() -> dict[str, float]:
    """Pipelines loaded and partitions extracted by this process (``client.run(worker_stats)``)."""
    return dict(STATS)


def extract_partition(items: Iterable[Document | InputError], settings: Settings
                      ) -> list[Outcome]:
    """Each document with its records, in order; a document that fails becomes its error row.

    The partition is extracted in one pass; only if that raises is it done again document by
    document, so one bad document costs its own records and never its neighbours'.
    """
    items = list(items)
    with _LOCK:
        extractor = worker_extractor(settings)
        STATS["partitions"] += 1
        started = time.thread_time()
        try:
            return list(extractor.process(items))
        except Exception:  # noqa: BLE001 - found again below, one document at a time
            return [_extract_one(extractor, item) for item in items]
        finally:
            STATS["extract_cpu"] += time.thread_time() - started


def _extract_one(extractor: Extractor, item: Document | InputError) -> Outcome:
    if isinstance(item, InputError):
        return item
    try:
        return next(iter(extractor.process([item])))
    except Exception as err:  # noqa: BLE001 - any failure is this document's error row
        reason = f"extraction failed ({type(err).__name__}: {err})"
        return InputError(item.source, " ".join(reason.split()), item.doc_id)
