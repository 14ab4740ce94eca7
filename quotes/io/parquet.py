"""The Parquet output folder: written by partitions (on Dask workers or here), read back in order.

An output folder (``quotes extract --format parquet -o DIR``, one process or a Dask cluster) is::

    DIR/records/part-00000.parquet     one row per record, the Arrow schema of quotes.Quote
    DIR/documents/part-00000.parquet   one row per input document, in input order: doc_id,
                                       source, text, text_sha256, text_length, record_count,
                                       error (a document that failed: its error row, no text)
    DIR/_manifest.json                 written last: counts and settings of the whole run

Partition ``k`` of both folders holds the same documents; its records are theirs, document
after document, each in document order.  A partition is written to a hidden temporary name and
renamed, so a partition computed twice (a retried task) replaces itself and is never doubled.
Hidden and ``_`` files are skipped by DuckDB globs, pandas/pyarrow datasets and Spark alike.
The schemas are in ``quotes/io/arrow.py``; articles stored in Parquet are read by
``quotes/io/inputs.py``.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from quotes.io.arrow import (
    DOCUMENTS,
    RECORDS,
    ParquetUnavailable,
    document_arrow_schema,
    filesystem,
    pyarrow_module,
    records_from_rows,
    records_table,
)
from quotes.io.inputs import Document, InputError
from quotes.records import SCHEMA_VERSION, Quote

if TYPE_CHECKING:
    import pyarrow as pa

Outcome = tuple[Document, list[Quote]] | InputError  # what Extractor.process yields
MANIFEST = "_manifest.json"
FORMAT = "quotes-parquet"


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _document_row(outcome: Outcome) -> dict[str, Any]:
    if isinstance(outcome, InputError):
        return {"doc_id": outcome.doc_id, "source": outcome.source, "text": None,
                "text_sha256": None, "text_length": None, "record_count": 0,
                "error": outcome.reason}
    doc, records = outcome
    return {"doc_id": doc.doc_id, "source": doc.source, "text": doc.text,
            "text_sha256": text_sha256(doc.text), "text_length": len(doc.text),
            "record_count": len(records), "error": None}


# --- the output folder ------------------------------------------------------------------------

def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def prepare_output(directory: str) -> None:
    """Create the folder; refuse one that holds an earlier run's output (it would be mixed in)."""
    fs, root = filesystem(directory)
    for sub in (RECORDS, DOCUMENTS):
        if fs.exists(f"{root}/{sub}") and fs.glob(f"{root}/{sub}/part-*.parquet"):
            raise FileExistsError(f"{directory}: holds the output of an earlier run "
                                  "(remove it or choose another folder)")
    if fs.exists(f"{root}/{MANIFEST}"):
        fs.rm(f"{root}/{MANIFEST}")
    for sub in (RECORDS, DOCUMENTS):
        fs.makedirs(f"{root}/{sub}", exist_ok=True)


def _write_table(fs: Any, path: str, table: pa.Table) -> None:
    """Write beside the final name, then rename: a reader never sees half a file."""
    import pyarrow.parquet as pq

    parent, name = path.rsplit("/", 1)
    temporary = f"{parent}/.{name}.{uuid.uuid4().hex}.tmp"
    with fs.open(temporary, "wb") as out:
        pq.write_table(table, out, compression="zstd")
    fs.mv(temporary, path)


def write_partition(directory: str, index: int, outcomes: Iterable[Outcome]) -> dict[str, Any]:
    """Write partition ``index`` (records, then documents); runs on a Dask worker or here.

    Returns its counts and its error rows as lines, for the manifest and the console.
    """
    pa = pyarrow_module()
    fs, root = filesystem(directory)
    outcomes = list(outcomes)
    records = [q for o in outcomes if not isinstance(o, InputError) for q in o[1]]
    documents = pa.Table.from_pylist([_document_row(o) for o in outcomes],
                                     schema=document_arrow_schema())
    _write_table(fs, f"{root}/{RECORDS}/{part_name(index)}", records_table(records))
    _write_table(fs, f"{root}/{DOCUMENTS}/{part_name(index)}", documents)
    errors = [str(o) for o in outcomes if isinstance(o, InputError)]
    return {"partitions": 1, "documents": len(outcomes) - len(errors), "records": len(records),
            "errors": len(errors), "error_lines": errors}


def finish_output(directory: str, summaries: Iterable[dict[str, Any]],
                  settings: dict[str, Any], lost: Iterable[str] = ()) -> dict[str, Any]:
    """Add up the partitions, drop temporary files a killed worker left, write the manifest.

    ``lost`` names partitions that were never written; they count in ``partitions``, so a
    reader of the folder knows it is incomplete.
    """
    fs, root = filesystem(directory)
    totals = {"partitions": 0, "documents": 0, "records": 0, "errors": 0}
    for summary in summaries:
        for key in totals:
            totals[key] += summary[key]
    lost = list(lost)
    totals["partitions"] += len(lost)
    for sub in (RECORDS, DOCUMENTS):
        for stale in fs.glob(f"{root}/{sub}/.part-*.tmp"):
            fs.rm(stale)
    manifest = {"format": FORMAT, "version": 1, "record_schema_version": SCHEMA_VERSION,
                **totals, "lost_partitions": lost, "settings": settings}
    temporary = f"{root}/.{MANIFEST}.tmp"
    with fs.open(temporary, "w") as out:
        json.dump(manifest, out, indent=2)
    fs.mv(temporary, f"{root}/{MANIFEST}")
    return manifest


def describe_manifest(directory: str, manifest: dict[str, Any]) -> str:
    """The closing line of a Parquet run."""
    lost = len(manifest["lost_partitions"])
    return (f"{directory}: {manifest['documents']} document(s), {manifest['records']} "
            f"record(s), {manifest['errors']} error row(s) in {manifest['partitions']} "
            f"partition(s)" + (f", {lost} lost" if lost else ""))


def write_output(directory: str, outcomes: Iterable[Outcome], partition_size: int,
                 settings: dict[str, Any]) -> dict[str, Any]:
    """The whole output from one process: ``partition_size`` documents per partition.

    Error rows are written and counted; the caller reports them as they pass.
    """
    prepare_output(directory)
    summaries: list[dict[str, Any]] = []
    batch: list[Outcome] = []
    for outcome in outcomes:
        batch.append(outcome)
        if len(batch) >= partition_size:
            summaries.append(write_partition(directory, len(summaries), batch))
            batch = []
    if batch or not summaries:
        summaries.append(write_partition(directory, len(summaries), batch))
    return finish_output(directory, summaries, settings)


def is_output(path: str) -> bool:
    """Whether ``path`` is a folder written by ``--format parquet`` (known without pyarrow)."""
    if "://" not in path:
        return (Path(path) / DOCUMENTS).is_dir() and (Path(path) / RECORDS).is_dir()
    try:
        fs, root = filesystem(path)
        return bool(fs.isdir(f"{root}/{DOCUMENTS}") and fs.isdir(f"{root}/{RECORDS}"))
    except (ParquetUnavailable, OSError, ValueError):
        return False


def read_output(directory: str) -> Iterator[Outcome]:
    """Every document of an output folder with its records, in input order; error rows as errors.

    A folder whose run did not finish (no manifest, or fewer partitions than it counts) is
    reported as an error after what is there, so nothing is taken for complete by mistake.
    """
    import pyarrow.parquet as pq

    fs, root = filesystem(directory)
    parts = sorted(PurePosixPath(p).name for p in fs.glob(f"{root}/{DOCUMENTS}/part-*.parquet"))
    for name in parts:
        where = f"{directory}/{RECORDS}/{name}"
        if not fs.exists(f"{root}/{RECORDS}/{name}"):
            yield InputError(where, "missing (the run did not finish)")
            continue
        with fs.open(f"{root}/{DOCUMENTS}/{name}", "rb") as handle:
            documents = pq.read_table(handle).to_pylist()
        with fs.open(f"{root}/{RECORDS}/{name}", "rb") as handle:
            rows = pq.read_table(handle).to_pylist()
        if sum(d["record_count"] for d in documents) != len(rows):
            yield InputError(where, "does not hold the records its documents count")
            continue
        taken = 0
        for row in documents:
            if row["error"] is not None:
                yield InputError(row["source"], row["error"], row["doc_id"])
                continue
            doc = Document(row["doc_id"], row["text"], row["source"])
            mine = rows[taken : taken + row["record_count"]]
            taken += row["record_count"]
            try:
                yield doc, records_from_rows(mine, doc.text)
            except ValueError as err:
                yield InputError(doc.source, f"bad record in {where}: {err}", doc.doc_id)
    manifest = None
    if fs.exists(f"{root}/{MANIFEST}"):
        with fs.open(f"{root}/{MANIFEST}", "r") as handle:
            manifest = json.load(handle)
    if manifest is None or manifest.get("format") != FORMAT:
        yield InputError(directory, f"no {MANIFEST}: the run that wrote it did not finish")
    elif manifest["partitions"] != len(parts):
        yield InputError(directory, f"{len(parts)} partition(s) of {manifest['partitions']}")


