"""Reading documents from files, folders, JSONL, Parquet and stdin, one clear error per bad input.

The pieces (bytes to a document, JSONL lines to documents) are also what the Dask readers in
``quotes/scale/`` run on the workers, so a cluster reads exactly what one process reads.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from quotes.io.arrow import ParquetUnavailable, filesystem, pyarrow_module


@dataclass(frozen=True)
class Document:
    """One input article: its id (None for a bare library text), where it came from, its text."""

    doc_id: str | None
    text: str
    source: str


@dataclass(frozen=True)
class InputError:
    """A document that could not be read (or extracted); ``source`` names it, ``reason`` says why.

    ``doc_id`` is kept when the document was read but failed later, so an error row can name it.
    """

    source: str
    reason: str
    doc_id: str | None = None

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def decode(data: bytes, encoding: str = "utf-8") -> str:
    """Decode strictly; the text is kept as is (BOM, CR, NUL) so offsets point into it."""
    return data.decode(encoding)


def read_file(path: Path, encoding: str = "utf-8", doc_id: str | None = None
              ) -> Document | InputError:
    """One article; its id is ``doc_id``, or the file name without its extension."""
    name = str(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        return InputError(name, "is a directory")
    except FileNotFoundError:
        return InputError(name, "no such file")
    except OSError as err:
        return InputError(name, err.strerror or "cannot be read")
    return document_from_bytes(data, name, path.stem if doc_id is None else doc_id, encoding)


def document_from_bytes(data: bytes, source: str, doc_id: str, encoding: str = "utf-8"
                        ) -> Document | InputError:
    """A whole file's bytes as one document, or the reason they are not text."""
    try:
        text = decode(data, encoding)
    except UnicodeDecodeError:
        return InputError(source, f"not {encoding} text")
    except LookupError:
        return InputError(source, f"unknown encoding {encoding!r}")
    return Document(doc_id=doc_id, text=text, source=source)


def read_jsonl(
    path: Path, text_field: str = "text", id_field: str = "id", encoding: str = "utf-8"
) -> Iterator[Document | InputError]:
    """One article per line; a bad line is reported and the rest go on."""
    name = str(path)
    try:
        handle = path.open("rb")
    except OSError as err:
        yield InputError(name, err.strerror or "cannot be read")
        return
    with handle:
        yield from jsonl_documents(handle, name, path.stem, 1, text_field, id_field, encoding)


def jsonl_documents(lines: Iterable[bytes], name: str, stem: str, first_line: int,
                    text_field: str = "text", id_field: str = "id", encoding: str = "utf-8"
                    ) -> Iterator[Document | InputError]:
    """JSONL lines numbered from ``first_line``; a line without an id is ``stem:line``."""
    for number, raw in enumerate(lines, start=first_line):
        where = f"{name}:{number}"
        if not raw.strip():
            continue
        try:
            row = json.loads(decode(raw, encoding))
        except UnicodeDecodeError:
            yield InputError(where, f"not {encoding} text")
            continue
        except json.JSONDecodeError as err:
            yield InputError(where, f"not JSON ({err.msg})")
            continue
        if not isinstance(row, dict) or not isinstance(row.get(text_field), str):
            yield InputError(where, f"no string field {text_field!r}")
            continue
        doc_id = row.get(id_field)
        doc_id = str(doc_id) if doc_id is not None else f"{stem}:{number}"
        yield Document(doc_id=doc_id, text=row[text_field], source=where)


def text_id(text: str, prefix: str = "stdin") -> str:
    """An id for a text that has no name: ``stdin-`` and the start of its SHA-256."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{prefix}-{digest[:12]}"


def walk_folder(folder: Path) -> Iterator[Path | InputError]:
    """Every ``*.txt`` file below ``folder``, subfolders too, sorted by name at each level.

    Hidden entries (``.git``) are skipped and symbolic links to folders are not followed; a
    folder that cannot be listed is an error of its own and the walk goes on.
    """
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as err:
        yield InputError(str(folder), err.strerror or "cannot be read")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from walk_folder(path)
            elif entry.name.endswith(".txt") and entry.is_file():
                yield path
        except OSError as err:
            yield InputError(str(path), err.strerror or "cannot be read")


def _expand(given: str, text_field: str, id_field: str, encoding: str,
            stdin_id: str | None) -> Iterator[Document | InputError]:
    """The documents of one PATH argument."""
    if given == "-":
        try:
            text = decode(sys.stdin.buffer.read(), encoding)
        except UnicodeDecodeError:
            yield InputError("<stdin>", f"not {encoding} text")
            return
        yield Document(doc_id=stdin_id or text_id(text), text=text, source="<stdin>")
        return
    path = Path(given)
    try:
        is_dir = path.is_dir()
    except OSError as err:  # e.g. a folder on the way that may not be entered
        yield InputError(given, err.strerror or "cannot be read")
        return
    if is_dir:
        found = False
        for file in walk_folder(path):
            found = True
            if isinstance(file, InputError):
                yield file
            else:
                doc_id = file.relative_to(path).with_suffix("").as_posix()
                yield read_file(file, encoding, doc_id)
        if not found:
            yield InputError(given, "folder holds no .txt files")
    elif path.suffix == ".jsonl":
        yield from read_jsonl(path, text_field, id_field, encoding)
    elif path.suffix == ".parquet":
        yield from read_parquet_documents(given, text_field, id_field)
    else:
        yield read_file(path, encoding)


def iter_documents(
    paths: Iterable[str],
    *,
    text_field: str = "text",
    id_field: str = "id",
    encoding: str = "utf-8",
    stdin_id: str | None = None,
) -> Iterator[Document | InputError]:
    """Expand files, folders (``*.txt`` below them, sorted), ``*.jsonl`` files and ``-`` (stdin).

    A file's id is its path inside the folder given, without ``.txt`` (``a/report``), or its
    name without extension when given as a file; a JSONL row's is its id field; stdin's is
    ``stdin_id`` or a hash of the text.  Ids are unique: a document whose id was already used
    by another source in this run is an error, never a silent replacement.
    """
    first_source: dict[str, str] = {}
    for given in paths:
        for item in _expand(given, text_field, id_field, encoding, stdin_id):
            if isinstance(item, Document) and item.doc_id is not None:
                first = first_source.setdefault(item.doc_id, item.source)
                if first != item.source:
                    yield InputError(item.source, f"id {item.doc_id!r} is already used by "
                                                  f"{first}; ids must be unique (give their "
                                                  "common folder, or rename one)")
                    continue
            yield item


def parquet_row_groups(path: str) -> list[int]:
    """Rows per row group, from the file's footer alone."""
    pyarrow_module()
    import pyarrow.parquet as pq

    fs, where = filesystem(path)
    with fs.open(where, "rb") as handle:
        meta = pq.ParquetFile(handle).metadata
        return [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]


def read_parquet_documents(path: str, text_field: str = "text", id_field: str = "id",
                           row_groups: list[int] | None = None, first_row: int = 1
                           ) -> Iterator[Document | InputError]:
    """Articles in a Parquet file, one per row (``path:row``, rows from 1; id or ``stem:row``)."""
    try:
        pa = pyarrow_module()
    except ParquetUnavailable as err:
        yield InputError(path, str(err))
        return
    import pyarrow.parquet as pq

    fs, where = filesystem(path)
    stem = PurePosixPath(where).stem
    try:
        handle = fs.open(where, "rb")
    except OSError as err:
        yield InputError(path, err.strerror or "cannot be read")
        return
    with handle:
        try:
            file = pq.ParquetFile(handle)
        except (pa.ArrowInvalid, OSError) as err:
            yield InputError(path, f"not a Parquet file ({err})")
            return
        names = file.schema_arrow.names
        kind = file.schema_arrow.field(text_field).type if text_field in names else None
        if kind is None or not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
            yield InputError(path, f"no string column {text_field!r}")
            return
        columns = [text_field] + ([id_field] if id_field in names else [])
        number = first_row
        for batch in file.iter_batches(columns=columns, row_groups=row_groups):
            ids = batch.column(id_field).to_pylist() if id_field in names else None
            for i, text in enumerate(batch.column(text_field).to_pylist()):
                source = f"{path}:{number}"
                if text is None:
                    yield InputError(source, f"no string field {text_field!r}")
                else:
                    doc_id = ids[i] if ids is not None else None
                    yield Document(str(doc_id) if doc_id is not None else f"{stem}:{number}",
                                   text, source)
                number += 1
