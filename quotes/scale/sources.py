"""Documents as a Dask bag: from paths and globs (local or any fsspec URL), a bag or a DataFrame.

Files are read on the workers, with the same readers as one process (``quotes/io/inputs.py``),
so ids, sources and errors are the same.  Partitions follow the input order:

- ``.txt`` files (a folder: its ``*.txt``, sorted) are grouped ``partition_size`` to a partition;
- a ``.jsonl`` file is cut into byte blocks at line ends, about ``partition_size`` lines each;
  each block learns its first line number from the line counts of the blocks before it;
- a ``.parquet`` file of articles is read by row groups, ``partition_size`` rows a partition.
"""

from __future__ import annotations

import math
import operator
import sys
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import Any

import dask.bag as db
from dask.delayed import Delayed, delayed

from quotes.io.inputs import (
    Document,
    InputError,
    decode,
    document_from_bytes,
    jsonl_documents,
    parquet_row_groups,
    read_parquet_documents,
)

PARTITION_SIZE = 256  # documents; a retried task redoes at most this many
GLOB_CHARS = "*?["


def documents_bag(inputs: Any, *, text_field: str = "text", id_field: str = "id",
                  encoding: str = "utf-8", partition_size: int = PARTITION_SIZE,
                  min_partitions: int = 1) -> db.Bag:
    """A bag of ``Document`` (or ``InputError``) in input order, read lazily on the workers.

    ``min_partitions`` shrinks partitions of a small input so that every worker gets some.
    """
    if isinstance(inputs, db.Bag):
        parts = [delayed(documents_from_items)(part, number, text_field, id_field)
                 for number, part in enumerate(inputs.to_delayed())]
    elif hasattr(inputs, "to_delayed") and hasattr(inputs, "columns"):  # a Dask DataFrame
        parts = [delayed(documents_from_frame)(part, number, text_field, id_field)
                 for number, part in enumerate(inputs.to_delayed())]
    else:
        given = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
        reader = _Reader(text_field, id_field, encoding, max(1, partition_size), min_partitions)
        parts = reader.partitions([str(g) for g in given])
    return db.from_delayed(parts) if parts else db.from_sequence([], npartitions=1)


def documents_from_items(items: Iterable[Any], partition: int, text_field: str, id_field: str
                         ) -> list[Document | InputError]:
    """Bag items as documents: a ``Document``, a text, or a dict with text and id fields."""
    found: list[Document | InputError] = []
    for number, item in enumerate(items):
        source = f"<bag partition {partition} item {number}>"
        if isinstance(item, (Document, InputError)):
            found.append(item)
        elif isinstance(item, str):
            found.append(Document(None, item, source))
        elif isinstance(item, dict) and isinstance(item.get(text_field), str):
            doc_id = item.get(id_field)
            found.append(Document(str(doc_id) if doc_id is not None else None,
                                  item[text_field], source))
        else:
            found.append(InputError(source, f"not a text, nor a dict with a string field "
                                            f"{text_field!r}"))
    return found


def documents_from_frame(frame: Any, partition: int, text_field: str, id_field: str
                         ) -> list[Document | InputError]:
    """DataFrame rows as documents: ``text_field`` column, id from ``id_field`` or the index."""
    if text_field not in frame.columns:
        return [InputError(f"<frame partition {partition}>", f"no column {text_field!r}")]
    ids = frame[id_field] if id_field in frame.columns else frame.index.to_series()
    found: list[Document | InputError] = []
    for label, text, doc_id in zip(frame.index, frame[text_field], ids, strict=True):
        source = f"<frame row {label}>"
        found.append(Document(str(doc_id), text, source) if isinstance(text, str)
                     else InputError(source, f"no string field {text_field!r}", str(doc_id)))
    return found


def read_text_files(names: list[str], encoding: str) -> list[Document | InputError]:
    """Whole ``.txt`` files, local paths or fsspec URLs; each file is one document."""
    from quotes.io.inputs import read_file

    found: list[Document | InputError] = []
    for name in names:
        if "://" not in name:
            found.append(read_file(Path(name), encoding))
            continue
        import fsspec

        try:
            with fsspec.open(name, "rb") as handle:
                data = handle.read()
        except (OSError, ValueError) as err:
            found.append(InputError(name, getattr(err, "strerror", None) or "cannot be read"))
            continue
        found.append(document_from_bytes(data, name, PurePosixPath(name).stem, encoding))
    return found


def _read_block(name: str, offset: int, length: int) -> bytes:
    """The lines that start in ``[offset, offset + length)``, whole."""
    import fsspec
    from fsspec.utils import read_block

    with fsspec.open(name, "rb") as handle:
        return bytes(read_block(handle, offset, length, delimiter=b"\n"))


def _count_lines(name: str, offset: int, length: int) -> int:
    """Lines in a block, read apart from its parsing so no block waits in memory for it."""
    return _read_block(name, offset, length).count(b"\n")


def _jsonl_block(name: str, offset: int, length: int, first_line: int, text_field: str,
                 id_field: str, encoding: str) -> list[Document | InputError]:
    stem = PurePosixPath(name.split("://")[-1]).stem
    lines = _read_block(name, offset, length).split(b"\n")
    return list(jsonl_documents(lines, name, stem, first_line, text_field, id_field, encoding))


def _literal(items: list[Document | InputError]) -> list[Document | InputError]:
    return items


class _Reader:
    """Turns the paths given on the command line into partitions, in order."""

    def __init__(self, text_field: str, id_field: str, encoding: str, partition_size: int,
                 min_partitions: int) -> None:
        self.text_field, self.id_field, self.encoding = text_field, id_field, encoding
        self.partition_size, self.min_partitions = partition_size, max(1, min_partitions)

    def partitions(self, given: list[str]) -> list[Delayed]:
        files: list[tuple[str, str]] = []  # (kind, name) in order; for "error", name is why
        for name in given:
            files += self._expand(name)
        texts = sum(kind == "txt" for kind, _ in files)
        size = min(self.partition_size, max(1, math.ceil(texts / self.min_partitions)))
        parts: list[Delayed] = []
        batch: list[str] = []
        for kind, name in files + [("end", "")]:
            if kind == "txt":
                batch.append(name)
                if len(batch) < size:
                    continue
            if batch:
                parts.append(delayed(read_text_files)(batch, self.encoding))
                batch = []
            if kind == "jsonl":
                parts += self._jsonl(name)
            elif kind == "parquet":
                parts += self._parquet(name)
            elif kind == "-":
                parts.append(delayed(_literal)([self._stdin()]))
            elif kind == "error":
                source, reason = name.split("\n", 1)
                parts.append(delayed(_literal)([InputError(source, reason)]))
        return parts

    def _expand(self, name: str) -> list[tuple[str, str]]:
        """(kind, file) for a path, a folder, a glob or a URL; a folder is its ``*.txt``."""
        if name == "-":
            return [("-", name)]
        if "://" in name or any(c in name for c in GLOB_CHARS):
            import fsspec

            fs, root = fsspec.core.url_to_fs(name)
            local = "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,))
            if any(c in root for c in GLOB_CHARS):
                found = sorted(fs.glob(root))
            elif fs.isdir(root):
                found = sorted(p for p in fs.glob(root.rstrip("/") + "/*.txt"))
            else:
                found = [root]
            if not found:
                return [("error", f"{name}\nmatches no file")]
            return [(self._kind(p), p if local else fs.unstrip_protocol(p)) for p in found]
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix == ".txt" and p.is_file())
            if not files:
                return [("error", f"{name}\nfolder holds no .txt files")]
            return [("txt", str(p)) for p in files]
        return [(self._kind(name), name)]

    @staticmethod
    def _kind(name: str) -> str:
        suffix = PurePosixPath(name).suffix
        return {".jsonl": "jsonl", ".parquet": "parquet"}.get(suffix, "txt")

    def _stdin(self) -> Document | InputError:
        try:
            return Document("stdin", decode(sys.stdin.buffer.read(), self.encoding), "<stdin>")
        except UnicodeDecodeError:
            return InputError("<stdin>", f"not {self.encoding} text")

    def _jsonl(self, name: str) -> list[Delayed]:
        import fsspec

        try:
            fs, root = fsspec.core.url_to_fs(name)
            size = fs.size(root)
            with fs.open(root, "rb") as handle:
                sample = handle.read(1 << 20)
        except (OSError, ValueError) as err:
            return [delayed(_literal)([InputError(name, getattr(err, "strerror", None)
                                                  or "cannot be read")])]
        line = len(sample) / max(1, sample.count(b"\n"))
        blocksize = max(1, min(math.ceil(self.partition_size * line),
                               math.ceil(size / self.min_partitions)))
        parts, first = [], delayed(1)
        for offset in range(0, max(1, size), blocksize):
            parts.append(delayed(_jsonl_block)(name, offset, blocksize, first, self.text_field,
                                               self.id_field, self.encoding))
            first = delayed(operator.add)(first, delayed(_count_lines)(name, offset, blocksize))
        return parts

    def _parquet(self, name: str) -> list[Delayed]:
        try:
            groups = parquet_row_groups(name)
        except (OSError, ValueError) as err:
            reason = getattr(err, "strerror", None) or f"not a Parquet file ({err})"
            return [delayed(_literal)([InputError(name, reason)])]
        size = min(self.partition_size, max(1, math.ceil(sum(groups) / self.min_partitions)))
        parts: list[Delayed] = []
        first, rows = 1, 0
        chosen: list[int] = []
        for number, count in enumerate(groups + [0]):
            if chosen and (rows + count > size or number == len(groups)):
                loaded = delayed(_parquet_rows)(name, chosen, first, self.text_field,
                                                self.id_field)
                parts += [delayed(operator.getitem)(loaded, slice(start, start + size))
                          for start in range(0, rows, size)] if rows > size else [loaded]
                first, chosen, rows = first + rows, [], 0
            chosen.append(number)
            rows += count
        return parts


def _parquet_rows(name: str, groups: list[int], first_row: int, text_field: str, id_field: str
                  ) -> list[Document | InputError]:
    return list(read_parquet_documents(name, text_field, id_field, groups, first_row))
