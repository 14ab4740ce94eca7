"""The Arrow schema of a record, derived from ``quotes.records.Quote``, and the pyarrow set-up.

A field added to the record appears in the schema by itself; a field of a type this module
cannot map fails loudly (``arrow_type``).  pyarrow and fsspec are optional (``quotes[parquet]``
or ``quotes[dask]``): without them the Parquet features say what to install in one line.
"""

from __future__ import annotations

import types
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from quotes.records import SCHEMA_VERSION, Quote

if TYPE_CHECKING:
    import pyarrow as pa

RECORDS, DOCUMENTS = "records", "documents"  # the two datasets of an output folder
INSTALL_HINT = "pip install 'quotes[parquet]' (or 'quotes[dask]')"


class ParquetUnavailable(ImportError):
    """pyarrow (or fsspec) is not installed; the message says what to install."""


def pyarrow_module() -> Any:
    try:
        import fsspec  # noqa: F401 - paths and URLs go through it
        import pyarrow
        import pyarrow.parquet
    except ImportError as err:
        raise ParquetUnavailable(f"Parquet needs {err.name}: {INSTALL_HINT}") from None
    return pyarrow


# --- the Arrow schema, derived from the pydantic records --------------------------------------

def arrow_type(annotation: Any) -> tuple[pa.DataType, bool]:
    """The Arrow type of a pydantic field annotation, and whether it may be null."""
    pa = pyarrow_module()
    origin, args = get_origin(annotation), get_args(annotation)
    if origin in (Union, types.UnionType):
        present = [a for a in args if a is not type(None)]
        if len(present) != 1:
            raise TypeError(f"no Arrow type for the union {annotation!r}")
        return arrow_type(present[0])[0], True
    if origin is Literal and all(isinstance(a, str) for a in args):
        return pa.string(), False
    if origin is list:
        inner, nullable = arrow_type(args[0])
        return pa.list_(pa.field("element", inner, nullable=nullable)), False
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(model_fields(annotation)), False
    simple = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    if annotation in simple:
        return simple[annotation], False
    raise TypeError(f"no Arrow type for {annotation!r}: teach quotes/io/parquet.py arrow_type")


def model_fields(model: type[BaseModel]) -> list[pa.Field]:
    """One Arrow field per pydantic field, in order; descriptions and allowed values as metadata."""
    pa = pyarrow_module()
    fields = []
    for name, info in model.model_fields.items():
        kind, nullable = arrow_type(info.annotation)
        meta = {}
        if info.description:
            meta["description"] = info.description
        literal = next((a for a in (info.annotation, *get_args(info.annotation))
                        if get_origin(a) is Literal), None)
        if literal is not None:
            meta["values"] = ",".join(get_args(literal))
        fields.append(pa.field(name, kind, nullable=nullable, metadata=meta or None))
    return fields


def quote_arrow_schema() -> pa.Schema:
    """One row per ``quotes.Quote``: speaker and spans as structs, parts and quoted as lists."""
    return pyarrow_module().schema(model_fields(Quote),
                             metadata={"quotes.record_schema_version": SCHEMA_VERSION})


def document_arrow_schema() -> pa.Schema:
    """One row per input document, in input order; a failed document has ``error`` and no text."""
    arrow = pyarrow_module()

    def described(name: str, kind: pa.DataType, note: str, nullable: bool = True) -> pa.Field:
        return arrow.field(name, kind, nullable=nullable, metadata={"description": note})

    return arrow.schema([
        described("doc_id", arrow.string(), "File name stem, or the JSONL/Parquet id."),
        described("source", arrow.string(), "Where it was read: path, path:line, path:row.",
                  nullable=False),
        described("text", arrow.string(), "The text as read; records' offsets point into it."),
        described("text_sha256", arrow.string(), "SHA-256 of the text in UTF-8."),
        described("text_length", arrow.int64(), "Characters."),
        described("record_count", arrow.int64(), "Its records, in order, in the records file of "
                  "the same partition.", nullable=False),
        described("error", arrow.string(), "Why it was not read or extracted; null when it was."),
    ])


def arrow_schema_text() -> str:
    """Both schemas, one line per column and nested field (``quotes schema --arrow``)."""
    head = f"# {RECORDS}/part-*.parquet: one row per record (quotes.Quote, v{SCHEMA_VERSION})"
    lines = [head]
    lines += _field_lines(quote_arrow_schema(), "")
    lines += ["", f"# {DOCUMENTS}/part-*.parquet: one row per input document, in input order"]
    lines += _field_lines(document_arrow_schema(), "")
    return "\n".join(lines) + "\n"


def _field_lines(fields: Iterable[pa.Field], prefix: str) -> list[str]:
    pa = pyarrow_module()
    lines = []
    for field in fields:
        kind, path = field.type, prefix + field.name
        if pa.types.is_list(kind):
            inner = kind.value_field
            shown = f"list<{'struct' if pa.types.is_struct(inner.type) else inner.type}>"
        else:
            shown = "struct" if pa.types.is_struct(kind) else str(kind)
        meta = {k.decode(): v.decode() for k, v in (field.metadata or {}).items()}
        note = " ".join(filter(None, [f"one of {meta['values']}." if "values" in meta else "",
                                      meta.get("description", "")]))
        shown += "" if field.nullable else " not null"
        lines.append(f"{path:22} {shown:22} {note}".rstrip())
        if pa.types.is_list(kind) and pa.types.is_struct(kind.value_type):
            lines += _field_lines(kind.value_type, path + "[].")
        elif pa.types.is_struct(kind):
            lines += _field_lines(kind, path + ".")
    return lines


def records_table(records: Iterable[Quote]) -> pa.Table:
    return pyarrow_module().Table.from_pylist([r.model_dump() for r in records],
                                        schema=quote_arrow_schema())


def records_from_rows(rows: Iterable[dict[str, Any]], source: str | None = None) -> list[Quote]:
    """Records back from Arrow rows; with ``source``, every offset is checked against it."""
    context = {"source": source} if source is not None else None
    return [Quote.model_validate(row, context=context) for row in rows]



def filesystem(url: str) -> tuple[Any, str]:
    """The fsspec filesystem of a path or URL, and the path inside it."""
    pyarrow_module()
    import fsspec

    fs, path = fsspec.core.url_to_fs(url)
    return fs, str(path)


