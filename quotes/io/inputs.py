"""Reading documents from files, folders, JSONL and stdin, one clear error per bad input."""

from __future__ import annotations

import hashlib
import json
import os
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
    try:
        text = decode(data, encoding)
    except UnicodeDecodeError:
        return InputError(name, f"not {encoding} text")
    except LookupError:
        return InputError(name, f"unknown encoding {encoding!r}")
    return Document(doc_id=path.stem if doc_id is None else doc_id, text=text, source=name)


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
