"""Writing records as JSONL, JSON, CSV, a readable table or HTML, streaming as they come.

CSV is opened in spreadsheets, which run a cell that starts with ``=``, ``+``, ``-`` or ``@``
(or a tab or carriage return) as a formula: such cells get a leading ``'``, as OWASP advises for
CSV exports.  JSONL and JSON keep every text exactly as in the article.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from quotes.io.inputs import Document, InputError
from quotes.io.render import write_html
from quotes.io.wording import how_found, shown_text
from quotes.records import Quote

FLAT_FIELDS = list(Quote.model_fields)  # jsonl/json keep the nested record
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A text cell a spreadsheet would take for a formula, with a leading ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_outcomes(outcomes: Iterable[tuple[Document, list[Quote]] | InputError], fmt: str,
                   out: TextIO, on_error: Callable[[InputError], None]) -> int:
    """Documents' records in ``fmt`` (or one HTML page); errors go to ``on_error``, counted."""
    failures = 0

    def documents() -> Iterator[tuple[Document, list[Quote]]]:
        nonlocal failures
        for item in outcomes:
            if isinstance(item, InputError):
                failures += 1
                on_error(item)
            else:
                yield item

    if fmt == "html":
        write_html(((doc.doc_id, doc.text, found) for doc, found in documents()), out)
    else:
        write_records((q for _, found in documents() for q in found), fmt, out)
    return failures


def write_records(records: Iterable[Quote], fmt: str, out: TextIO) -> int:
    """Write each record as soon as it arrives; return how many were written."""
    count = 0
    if fmt == "jsonl":
        for record in records:
            out.write(record.model_dump_json() + "\n")
            out.flush()
            count += 1
    elif fmt == "json":
        out.write("[")
        for record in records:
            out.write(("," if count else "") + "\n  " + record.model_dump_json())
            count += 1
        out.write("\n]\n" if count else "]\n")
    elif fmt == "csv":
        writer: csv.DictWriter[str] | None = None
        for record in records:
            row = record.flat()
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
            count += 1
    elif fmt == "table":
        for record in records:
            out.write(format_table_entry(record) + "\n")
            count += 1
        out.write(f"{count} quotation(s)\n")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return count


def format_table_entry(record: Quote) -> str:
    """A readable block: who, in what capacity, how, and the words exactly as in the article.

    The words are never reflowed or joined over: line breaks stay (indented), and the pieces of
    a split quote are separated by `` … ``.
    """
    speaker = record.speaker
    # no name: the description says who ("officials", "a spokesperson for the ministry")
    who = speaker.name or speaker.role or "(unknown speaker)"
    details = [d for d in (speaker.title and f"title: {speaker.title}",
                           speaker.name and speaker.role and f"role: {speaker.role}",
                           speaker.organization and f"org: {speaker.organization}",
                           speaker.party and f"party: {speaker.party}") if d]
    head = f"[{record.doc_id or '-'} ¶{record.paragraph}] {record.kind.upper():8} {who}"
    if details:
        head += f" ({'; '.join(details)})"
    how = how_found(record)
    how.append(f"conf {record.confidence:.2f}")
    how.append(f"[{record.start}:{record.end}]")
    lines = shown_text(record).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    body = "    > " + "\n      ".join(lines)
    return f"{head}\n    {', '.join(how)}\n{body}\n"
