"""Quotation extraction on a Dask cluster (public as ``quotes.dask``).

``extract`` returns a lazy Dask bag with one item per input document, in input order: the
document with its records, or an ``InputError`` naming a document that could not be read or
extracted.  ``to_parquet`` has the workers write it; ``iter_outcomes`` streams it to the caller
in order; ``records`` and ``errors`` are its two halves as bags.  Everything runs on the current
``distributed.Client`` (a ``LocalCluster`` on a laptop, or a scheduler's address), or on Dask's
default scheduler when there is none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import dask.bag as db
import dask.base
from dask.delayed import delayed

from quotes.io.inputs import InputError
from quotes.io.parquet import Outcome, finish_output, prepare_output, write_partition
from quotes.records import Quote
from quotes.scale.sources import PARTITION_SIZE, documents_bag
from quotes.scale.worker import Settings, extract_partition

T = TypeVar("T")


# Some of Dask's worker defaults cost the extractor CPU.  The nanny sets MALLOC_TRIM_THRESHOLD_,
# which also stops glibc from raising its mmap threshold, and spaCy's many short-lived arrays then
# take 12-25% more CPU (the same 100 articles: 13.3 s in a worker without it, 15.0-17.0 s with
# it, 13.1 s in one plain process); our workers' memory is bounded by the partition size.  The
# statistical profiler samples the task thread's stack every 10 ms: about 5% more CPU per worker
# (it only feeds the dashboard's profile page).  The event loop's watchdog tick (every 20 ms),
# system monitor (500 ms) and memory monitor (100 ms) each wake a second thread that takes the
# GIL from the extracting one: read less often, the same 104 articles took 11.8 s instead of
# 12.5 s on LocalCluster(2) (means of 6 and 8 runs; worker CPU 21.6 against 22.3 s).
WORKER_CONFIG = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
                 "distributed.worker.profile.enabled": False,
                 "distributed.admin.tick.interval": "1s",
                 "distributed.admin.tick.limit": "60s",
                 "distributed.admin.system-monitor.interval": "5s",
                 "distributed.worker.memory.monitor-interval": "2s"}


def local_cluster(workers: int, dashboard: bool = False) -> Any:
    """A ``LocalCluster`` of ``workers`` single-threaded processes, set up for the extractor."""
    import logging

    from distributed import LocalCluster

    with dask.config.set(WORKER_CONFIG):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                            dashboard_address=":0" if dashboard else None,
                            silence_logs=logging.ERROR)


def _client() -> Any:
    """The current ``distributed.Client``, or None."""
    try:
        from distributed import default_client
    except ImportError:
        return None
    try:
        return default_client()
    except ValueError:
        return None


def extract(documents: Any, *, model: str | None = None, scope: str = "statements",
            min_confidence: float = 0.0, text_field: str = "text", id_field: str = "id",
            encoding: str = "utf-8", partition_size: int = PARTITION_SIZE,
            min_partitions: int | None = None) -> db.Bag:
    """Each document with its records (or its error), in input order, computed on the workers.

    ``documents``: a path, folder, glob or fsspec URL of ``.txt``/``.jsonl``/``.parquet``
    files, or a list of them; a Dask bag of texts, dicts or ``Document``; or a Dask DataFrame
    with a text column.  ``min_partitions`` defaults to four per worker thread of the client.
    """
    from quotes.pipeline import SCOPES

    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r} (choose {' or '.join(SCOPES)})")
    if min_partitions is None:
        client = _client()
        min_partitions = 4 * sum(client.nthreads().values()) if client else 1
    bag = documents_bag(documents, text_field=text_field, id_field=id_field, encoding=encoding,
                        partition_size=partition_size, min_partitions=min_partitions)
    return bag.map_partitions(extract_partition, Settings(model, scope, min_confidence))


def _records_of(outcomes: Iterable[Outcome]) -> list[Quote]:
    return [q for o in outcomes if not isinstance(o, InputError) for q in o[1]]


def _errors_of(outcomes: Iterable[Outcome]) -> list[InputError]:
    return [o for o in outcomes if isinstance(o, InputError)]


def records(outcomes: db.Bag) -> db.Bag:
    """Every record, documents in input order and records in document order."""
    return outcomes.map_partitions(_records_of)


def errors(outcomes: db.Bag) -> db.Bag:
    """The error rows: documents that could not be read or extracted."""
    return outcomes.map_partitions(_errors_of)


def _unchanged(items: Iterable[T]) -> Iterable[T]:
    return items


def _lost(index: int, err: BaseException) -> InputError:
    """A partition whose task failed for good (its worker died on it again and again)."""
    reason = " ".join(f"failed on the cluster ({type(err).__name__}: {err})".split())
    return InputError(f"<partition {index}>", reason)


def iter_outcomes(outcomes: db.Bag, progress: Callable[[Iterable[Any]], Iterable[Any]]
                  = _unchanged) -> Iterator[Outcome]:
    """Stream the outcomes to this process in input order, partition by partition.

    Every partition is submitted at once; Dask runs them roughly in order, and each is released
    from the cluster's memory once read.  ``progress`` wraps the sequence of partitions.
    """
    parts = outcomes.to_delayed()
    client = _client()
    if client is None:
        for part in progress(parts):
            yield from part.compute()
        return
    futures = client.compute(parts)
    for index, future in enumerate(progress(futures)):
        try:
            yield from future.result()
        except Exception as err:  # noqa: BLE001 - reported in place of the partition
            yield _lost(index, err)
        future.release()


def to_parquet(outcomes: db.Bag, directory: str, *, settings: dict[str, Any] | None = None,
               progress: Callable[[Iterable[Any]], Iterable[Any]] = _unchanged
               ) -> tuple[dict[str, Any], list[str]]:
    """Have the workers write ``directory`` (see ``quotes/io/parquet.py``); then the manifest.

    Returns the manifest and the error lines (error rows and lost partitions), in input order.
    Partition files have fixed names and are written through a rename, so a task run twice
    (a worker killed after writing) leaves one copy.
    """
    prepare_output(directory)
    parts = outcomes.to_delayed()
    writes = [delayed(write_partition)(directory, index, part)
              for index, part in enumerate(parts)]
    if not writes:
        writes = [delayed(write_partition)(directory, 0, [])]
    found: dict[int, dict[str, Any]] = {}
    lost: dict[int, str] = {}
    client = _client()
    if client is None:
        for index, summary in enumerate(progress(dask.base.compute(*writes))):
            found[index] = summary
    else:
        from distributed import as_completed

        futures = client.compute(writes)
        position = {future.key: index for index, future in enumerate(futures)}
        # zip takes the finished future first, then moves the counter
        for future, _ in zip(as_completed(futures), progress(range(len(futures))), strict=True):
            index = position[future.key]
            try:
                found[index] = future.result()
            except Exception as err:  # noqa: BLE001 - the manifest counts it as missing
                lost[index] = str(_lost(index, err))
            future.release()
    messages = [m for index in sorted({*found, *lost})
                for m in (found[index]["error_lines"] if index in found else [lost[index]])]
    manifest = finish_output(directory, [found[i] for i in sorted(found)], settings or {},
                             lost=[lost[i] for i in sorted(lost)])
    return manifest, messages
