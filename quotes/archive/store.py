"""The SQLite file behind ``quotes index``: opening (making or upgrading) it, writing an article.

The schema is plain SQL with comments (``quotes.archive.schema``) so the file reads well in any
SQLite tool.  Making a new file or upgrading an old one is one transaction, so several
processes may open the same new file at once.  Articles are written a few at a time, each
batch in one transaction: an interrupted run never leaves half an article (or half a batch)
behind, and re-indexing an article replaces everything that came from it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from quotes.archive.identity import (
    Touched,
    organization_id,
    settle,
    store_article_speakers,
)
from quotes.archive.schema import SCHEMA, SCHEMA_VERSION, statements
from quotes.io.inputs import Document
from quotes.records import Cue, Quote, Span, Speaker

BUSY_SECONDS = 60  # how long to wait for another process writing to the same file


class StoreError(Exception):
    """The database cannot be used; the message says why in one line."""


class IdTaken(ValueError):
    """Another article with this id, from another file and with another text, is stored."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def connect(path: str, *, create: bool) -> sqlite3.Connection:
    """Open (and with ``create``, make or upgrade) a quotes database; autocommit mode."""
    file = Path(path)
    if not create and not file.is_file():
        raise StoreError(f"{path}: no such database (make one with 'quotes index')")
    if create:
        target, uri = path, False
    else:
        target, uri = file.resolve().as_uri() + "?mode=ro", True
    try:
        conn = sqlite3.connect(target, uri=uri, isolation_level=None, timeout=BUSY_SECONDS)
    except sqlite3.Error as err:
        raise StoreError(f"{path}: {err}") from err
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
        if create:
            _make_or_upgrade(conn, path)
        version = _version(conn, path)
        if version > SCHEMA_VERSION:
            raise StoreError(f"{path}: made by a newer quotes (schema {version})")
        if version < SCHEMA_VERSION:
            raise StoreError(f"{path}: old schema {version}; run 'quotes index' to upgrade")
    except (sqlite3.Error, StoreError) as err:
        conn.close()
        if isinstance(err, StoreError):
            raise
        raise StoreError(f"{path}: {err}") from err
    return conn


def _version(conn: sqlite3.Connection, path: str) -> int:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "schema_version" not in tables:
        raise StoreError(f"{path}: not a quotes database")
    (version,) = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    if not isinstance(version, int):
        raise StoreError(f"{path}: not a quotes database (empty schema_version)")
    return version


def _make_or_upgrade(conn: sqlite3.Connection, path: str) -> None:
    """Make the schema in an empty file, or run the missing migrations: one transaction, taken
    before looking, so two processes never both make (or upgrade) the same file."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            for statement in statements(SCHEMA):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version VALUES (?, ?)", (SCHEMA_VERSION, _now()))
        elif "schema_version" in tables:
            (version,) = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
            for step in range(version + 1 if isinstance(version, int) else SCHEMA_VERSION + 1,
                              SCHEMA_VERSION + 1):
                MIGRATIONS[step](conn)
                conn.execute("INSERT INTO schema_version VALUES (?, ?)", (step, _now()))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _speakers_from_quotes(conn: sqlite3.Connection) -> None:
    """Schema 2: speakers worked out from every stored article's quotations (rule 5).

    Schema 1 kept only the entries decided in the order articles came; the quotations hold all
    the rule needs, so the speaker tables are made again from them.
    """
    conn.execute("UPDATE quotes SET speaker_id = NULL")
    for view in ("quote_list", "speaker_counts"):
        conn.execute(f"DROP VIEW IF EXISTS {view}")
    for table in ("speaker_aliases", "speaker_roles", "speakers"):
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    conn.execute("ALTER TABLE quotes ADD COLUMN article_speaker_id INTEGER"
                 " REFERENCES article_speakers (id)")
    for statement in statements(SCHEMA):
        conn.execute(statement)
    touched = Touched()
    for (document_id,) in conn.execute("SELECT id FROM documents ORDER BY id").fetchall():
        cursor = conn.execute("SELECT q.*, d.doc_id FROM quotes q JOIN documents d ON"
                              " d.id = q.document_id WHERE d.id = ? ORDER BY q.seq",
                              (document_id,))
        names = [c[0] for c in cursor.description]
        rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
        quotes = [quote_from_row(conn, row) for row in rows]
        groups = store_article_speakers(conn, document_id, quotes, touched)
        conn.executemany(
            "UPDATE quotes SET article_speaker_id = ?, organization_id = ? WHERE id = ?",
            [(group, organization_id(conn, row["speaker_organization"], touched), row["id"])
             for group, row in zip(groups, rows, strict=True)])
    touched.organizations |= {r[0] for r in conn.execute("SELECT id FROM organizations")}
    settle(conn, touched)


# version -> what takes a file from version - 1 to version, inside the opening transaction.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {2: _speakers_from_quotes}


def _span_columns(prefix: str, span: Span | None) -> dict[str, Any]:
    return {f"{prefix}_text": span.text if span else None,
            f"{prefix}_start": span.start if span else None,
            f"{prefix}_end": span.end if span else None}


@dataclass
class Indexed:
    """What writing one article did."""

    quotes: int
    replaced: bool


Article = tuple[Document, Sequence[Quote]]


def write_documents(conn: sqlite3.Connection, articles: Sequence[Article], *,
                    title: str | None = None, date: str | None = None,
                    model: str | None = None, replace: bool = False) -> list[Indexed | IdTaken]:
    """Store articles and their quotations in one transaction, replacing earlier versions.

    An article stored under the same id from another file with another text is not replaced
    (its answer is ``IdTaken``) unless ``replace``.  A title or date not given keeps the one
    stored before.  The speakers of every surname the articles touch (before and after) are
    worked out again once, at the end.  Kept apart from extraction so a parallel indexer can
    extract in workers and write from one process.
    """
    done: list[Indexed | IdTaken] = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        touched = Touched()
        for doc, quotes in articles:
            try:
                done.append(_write_one(conn, doc, quotes, touched, title=title, date=date,
                                       model=model, replace=replace))
            except IdTaken as err:
                done.append(err)
        settle(conn, touched)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return done


def _write_one(conn: sqlite3.Connection, doc: Document, quotes: Sequence[Quote],
               touched: Touched, *, title: str | None, date: str | None, model: str | None,
               replace: bool) -> Indexed:
    digest = hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()
    old = conn.execute("SELECT id, source, text_sha256, title, date FROM documents"
                       " WHERE doc_id = ?", (doc.doc_id,)).fetchone()
    if old:
        if old[1] != doc.source and old[2] != digest and not replace:
            raise IdTaken(f"id {doc.doc_id!r} is already in the archive, from {old[1]} with"
                          " another text (--replace to replace it)")
        title, date = title if title is not None else old[3], date or old[4]
        touched.add_document(conn, old[0])
        conn.execute("DELETE FROM documents WHERE id = ?", (old[0],))  # cascades
    cursor = conn.execute(
        "INSERT INTO documents (doc_id, source, title, date, text_sha256, text_length, model,"
        " indexed_at) VALUES (?,?,?,?,?,?,?,?)",
        (doc.doc_id, doc.source, title, date, digest, len(doc.text), model, _now()))
    document_id = cursor.lastrowid
    assert document_id is not None
    groups = store_article_speakers(conn, document_id, quotes, touched)
    for seq, (quote, group) in enumerate(zip(quotes, groups, strict=True)):
        _insert_quote(conn, document_id, seq, quote, group, touched)
    return Indexed(quotes=len(quotes), replaced=old is not None)


def _insert_quote(conn: sqlite3.Connection, document_id: int, seq: int, quote: Quote,
                  group: int | None, touched: Touched) -> None:
    """One quotation; its speaker entry is set when the identity rule is applied (``settle``)."""
    row: dict[str, Any] = {
        "document_id": document_id, "seq": seq, "article_speaker_id": group,
        "organization_id": organization_id(conn, quote.speaker.organization, touched),
        **quote_columns(quote)}
    quote_id = conn.execute(f"INSERT INTO quotes ({', '.join(row)}) VALUES "
                            f"({', '.join('?' * len(row))})", list(row.values())).lastrowid
    assert quote_id is not None
    conn.executemany("INSERT INTO quote_spans VALUES (?, ?, ?, ?, ?, ?)",
                     span_rows(quote_id, quote))


def quote_columns(quote: Quote) -> dict[str, Any]:
    """The ``quotes`` columns that come from the record itself."""
    sp = quote.speaker
    return {
        "kind": quote.kind, "text": quote.text, "start_char": quote.start,
        "end_char": quote.end, "paragraph": quote.paragraph, "attribution": quote.attribution,
        "confidence": quote.confidence, "speaker_name": sp.name, "speaker_title": sp.title,
        "speaker_role": sp.role, "speaker_organization": sp.organization,
        "speaker_type": sp.type, "cue_lemma": quote.cue.lemma if quote.cue else None,
        **_span_columns("mention", sp.mention), **_span_columns("cue", quote.cue),
        **_span_columns("addressee", quote.addressee), **_span_columns("medium", quote.medium),
    }


def span_rows(quote_id: int, quote: Quote) -> list[tuple[Any, ...]]:
    """The ``quote_spans`` rows of a quotation: its parts and quoted fragments."""
    return [(quote_id, kind, i, s.text, s.start, s.end)
            for kind, spans in (("part", quote.parts), ("quoted", quote.quoted))
            for i, s in enumerate(spans)]


def quote_from_row(conn: sqlite3.Connection, row: dict[str, Any]) -> Quote:
    def span(prefix: str, cls: type[Span] = Span, **extra: Any) -> Any:
        if row[f"{prefix}_start"] is None:
            return None
        return cls(text=row[f"{prefix}_text"], start=row[f"{prefix}_start"],
                   end=row[f"{prefix}_end"], **extra)

    pieces: dict[str, list[Span]] = {"part": [], "quoted": []}
    for kind, text, start, end in conn.execute(
            "SELECT kind, text, start_char, end_char FROM quote_spans WHERE quote_id = ?"
            " ORDER BY kind, seq", (row["id"],)):
        pieces[kind].append(Span(text=text, start=start, end=end))
    return Quote(
        text=row["text"], start=row["start_char"], end=row["end_char"], kind=row["kind"],
        parts=pieces["part"], quoted=pieces["quoted"],
        speaker=Speaker(name=row["speaker_name"], title=row["speaker_title"],
                        role=row["speaker_role"], organization=row["speaker_organization"],
                        type=row["speaker_type"], mention=span("mention")),
        attribution=row["attribution"], cue=span("cue", Cue, lemma=row["cue_lemma"]),
        addressee=span("addressee"), medium=span("medium"), paragraph=row["paragraph"],
        confidence=row["confidence"], doc_id=row["doc_id"])
