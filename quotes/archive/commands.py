"""The archive's commands: ``quotes index``, ``quotes search``, ``quotes speakers``."""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import astuple
from datetime import date as Date
from itertools import chain
from typing import Any

from quotes.archive.index import (
    ExtractorLike,
    IndexStats,
    format_speaker,
    index_documents,
    index_results,
    search,
    speaker_summaries,
)
from quotes.archive.store import StoreError, connect
from quotes.io.arrow import ParquetUnavailable
from quotes.io.console import add_input_options, progress, report
from quotes.io.inputs import iter_documents
from quotes.io.output import write_records
from quotes.io.parquet import is_output, read_output


def make_extractor(model: str | None, jobs: int = 1, scope: str = "statements",
                   min_confidence: float = 0.0) -> ExtractorLike:
    """The real extractor; a hook so tests (and callers) can put a fake in its place."""
    from quotes.pipeline import Extractor

    return Extractor(model=model, jobs=jobs, scope=scope, min_confidence=min_confidence)


def _iso_date(text: str) -> str:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return Date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"{text!r} is not a date as YYYY-MM-DD")


def _open(db: str, create: bool) -> sqlite3.Connection | None:
    """The archive, or None once its problem is reported on stderr."""
    try:
        return connect(db, create=create)
    except StoreError as err:
        report(str(err))
        return None


def run_index(args: argparse.Namespace) -> int:
    conn = _open(args.db, create=True)
    if conn is None:
        return 2
    # folders written by `quotes extract --format parquet` are stored as they are, unextracted
    outputs = [path for path in args.paths if is_output(path)]
    paths = [path for path in args.paths if path not in outputs]
    stats = IndexStats()
    with closing(conn):
        try:
            if outputs:
                stats = index_results(conn, progress(chain.from_iterable(
                    read_output(path) for path in outputs), args.quiet), title=args.title,
                    date=args.date, model=args.model, replace=args.replace)
            if paths:
                extractor = make_extractor(args.model, jobs=args.jobs, scope=args.scope,
                                           min_confidence=args.min_confidence)
                documents = progress(iter_documents(paths, text_field=args.text_field,
                                                    id_field=args.id_field,
                                                    encoding=args.encoding,
                                                    stdin_id=args.stdin_id), args.quiet)
                more = index_documents(conn, extractor, documents, title=args.title,
                                       date=args.date, model=args.model, replace=args.replace)
                stats = IndexStats(*(a + b for a, b in zip(astuple(stats), astuple(more),
                                                           strict=True)))
            held = conn.execute("SELECT (SELECT COUNT(*) FROM documents),"
                                " (SELECT COUNT(*) FROM quotes)").fetchone()
        except (OSError, ValueError, ParquetUnavailable) as err:
            report(str(err))
            return 2
        except sqlite3.Error as err:  # read-only file, full disk: earlier articles are kept
            report(f"{args.db}: {err}")
            return 2
    print(f"{args.db}: {stats.documents} document(s) indexed ({stats.replaced} replaced), "
          f"{stats.quotes} quotation(s); the archive holds {held[0]} document(s), "
          f"{held[1]} quotation(s)")
    return 1 if stats.failures else 0


def _read(args: argparse.Namespace, show: Callable[[sqlite3.Connection], object]) -> int:
    conn = _open(args.db, create=False)
    if conn is None:
        return 2
    with closing(conn):
        try:
            show(conn)
        except sqlite3.Error as err:
            report(f"{args.db}: {err}")
            return 2
    return 0


def run_search(args: argparse.Namespace) -> int:
    return _read(args, lambda conn: write_records(
        search(conn, speaker=args.speaker, text=args.text, kind=args.kind, org=args.org),
        args.format, sys.stdout))


def run_speakers(args: argparse.Namespace) -> int:
    def show(conn: sqlite3.Connection) -> None:
        entries = speaker_summaries(conn)
        for entry in entries:
            sys.stdout.write(json.dumps(entry, ensure_ascii=False) + "\n"
                             if args.format == "jsonl" else format_speaker(entry))
        if args.format == "table":
            sys.stdout.write(f"{len(entries)} speaker(s)\n")

    return _read(args, show)


def register_cli(subparsers: Any) -> None:
    """Add ``index``, ``search`` and ``speakers`` to the ``quotes`` command."""
    index = subparsers.add_parser("index", help="extract articles into a SQLite database")
    add_input_options(index)
    index.add_argument("--db", required=True, help="database file (created if missing)")
    index.add_argument("--title", default=None,
                       help="title of the article(s) (default: none, or the one stored before)")
    index.add_argument("--date", default=None, type=_iso_date,
                       help="publication date, YYYY-MM-DD (default: none, or the one stored "
                            "before)")
    index.add_argument("--replace", action="store_true",
                       help="replace a stored article with the same id that came from another "
                            "file with another text (default: refuse it, exit code 1)")
    index.set_defaults(func=run_index)

    find = subparsers.add_parser("search", help="find indexed quotations")
    find.add_argument("--db", required=True, help="database made by 'quotes index'")
    find.add_argument("--speaker", help="name, surname or alias, any case (default: anyone)")
    find.add_argument("--text", help='words in the quotation; "a phrase"; prefix* (default: any)')
    find.add_argument("--kind", choices=["direct", "indirect", "mixed"],
                      help="kind of quotation (default: all)")
    find.add_argument("--org", help="the speaker's organisation (default: any)")
    find.add_argument("--format", choices=["table", "jsonl", "json", "csv"], default="table",
                      help="output format (default: %(default)s)")
    find.set_defaults(func=run_search)

    people = subparsers.add_parser("speakers", help="list indexed speakers, most quoted first")
    people.add_argument("--db", required=True, help="database made by 'quotes index'")
    people.add_argument("--format", choices=["table", "jsonl"], default="table",
                        help="output format (default: %(default)s)")
    people.set_defaults(func=run_speakers)
