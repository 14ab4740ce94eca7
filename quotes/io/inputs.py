"""Reading documents from files, folders, JSONL and stdin, one clear error per bad input."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Document:
    """One input article: its id (None for a bare library text), where it came from, its text."""

    doc_id: str | None
    text: str
    source: str


@dataclass(frozen=True)
class InputError:
    """A document that could not be read; ``source`` names it, ``reason`` says why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def decode(data: bytes, encoding: str = "utf-8") -> str:
    """Decode strictly; the text is kept as is (BOM, CR, NUL) so offsets point into it."""
    return data.decode(encoding)


def read_file(path: Path, encoding: str = "utf-8") -> Document | InputError:
    name = str(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        return InputError(name, "is a directory")
    except FileNotFoundError:
        return InputError(name, "no such file")
    except OSError as err:
        return InputError(name, err.strerror or "cannot be read")
    try:
        text = decode(data, encoding)
    except UnicodeDecodeError:
        return InputError(name, f"not {encoding} text")
    except LookupError:
        return InputError(name, f"unknown encoding {encoding!r}")
    return Document(doc_id=path.stem, text=text, source=name)


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
        for number, raw in enumerate(handle, start=1):
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
            doc_id = str(doc_id) if doc_id is not None else f"{path.stem}:{number}"
            yield Document(doc_id=doc_id, text=row[text_field], source=where)


def iter_documents(
    paths: Iterable[str],
    *,
    text_field: str = "text",
    id_field: str = "id",
    encoding: str = "utf-8",
) -> Iterator[Document | InputError]:
    """Expand files, folders (``*.txt``, sorted), ``*.jsonl`` files and ``-`` (stdin)."""
    for given in paths:
        if given == "-":
            try:
                text = decode(sys.stdin.buffer.read(), encoding)
            except UnicodeDecodeError:
                yield InputError("<stdin>", f"not {encoding} text")
                continue
            yield Document(doc_id="stdin", text=text, source="<stdin>")
            continue
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix == ".txt" and p.is_file())
            if not files:
                yield InputError(given, "folder holds no .txt files")
            for file in files:
                yield read_file(file, encoding)
        elif path.suffix == ".jsonl":
            yield from read_jsonl(path, text_field, id_field, encoding)
        else:
            yield read_file(path, encoding)
