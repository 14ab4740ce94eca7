"""The SQLite file behind ``quotes index``: its documented schema, and writing one article.

The schema is plain SQL with comments so the file reads well in any SQLite tool.  Each article
is written in one transaction: an interrupted run never leaves half an article behind, and
re-indexing an article replaces everything that came from it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from quotes.archive.speakers import (
    cluster_quotes,
    norm_key,
    parse_name,
    refresh,
    resolve,
)
from quotes.io.inputs import Document
from quotes.records import Cue, Quote, Span, Speaker

SCHEMA_VERSION = 1

SCHEMA = """
-- quotes index, schema version 1.  Offsets count characters (not bytes) of the article text.
-- Speakers are merged across articles by the rule in quotes/speakers.py.

-- One row per applied schema version; the highest is the version of this file.
CREATE TABLE schema_version (
    version    INTEGER NOT NULL PRIMARY KEY,
    applied_at TEXT    NOT NULL                  -- UTC, ISO 8601
);

-- One row per article.  Re-indexing a doc_id replaces the article and everything from it.
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    doc_id      TEXT    NOT NULL UNIQUE,         -- file name stem, or the JSONL id field
    source      TEXT    NOT NULL,                -- path as given; path:line for JSONL
    title       TEXT,                            -- --title, if given
    date        TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    text_sha256 TEXT    NOT NULL,                -- hash of the text as read (UTF-8)
    text_length INTEGER NOT NULL,                -- characters
    model       TEXT,                            -- --model used; NULL for the default
    indexed_at  TEXT    NOT NULL                 -- UTC, ISO 8601
);
CREATE INDEX documents_date ON documents (date);

-- Organisations, one per normalised name ("the U.S. Army" = "US army").
CREATE TABLE organizations (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,                      -- first spelling seen
    name_key TEXT NOT NULL UNIQUE                -- lower case, no accents/punctuation/leading "the"
);

-- One row per speaker, merged across articles.
CREATE TABLE speakers (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,                    -- fullest name seen, without title
    type       TEXT NOT NULL CHECK (type IN ('person', 'organization', 'group', 'unknown')),
    first_name TEXT,                             -- normalised; NULL when only a surname is known
    surname    TEXT,                             -- normalised; NULL for organisations and groups
    name_key   TEXT NOT NULL                     -- normalised name
);
CREATE INDEX speakers_surname ON speakers (surname);
CREATE INDEX speakers_name_key ON speakers (name_key);

-- Every way a speaker was named, per article ("Col. Wayne Morotto", "Morotto").
CREATE TABLE speaker_aliases (
    speaker_id  INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    alias       TEXT    NOT NULL,                -- as written
    alias_key   TEXT    NOT NULL,                -- normalised, for look-ups
    PRIMARY KEY (speaker_id, document_id, alias_key)
);
CREATE INDEX speaker_aliases_key ON speaker_aliases (alias_key);
CREATE INDEX speaker_aliases_document ON speaker_aliases (document_id);

-- Titles, roles and organisations a speaker had in each article: their career over time.
CREATE TABLE speaker_roles (
    id              INTEGER PRIMARY KEY,
    speaker_id      INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    title           TEXT,
    role            TEXT,
    organization_id INTEGER REFERENCES organizations (id)
);
CREATE INDEX speaker_roles_speaker ON speaker_roles (speaker_id);
CREATE INDEX speaker_roles_document ON speaker_roles (document_id);

-- One row per quotation: every field of a quotes.records.Quote, spans as text/start/end.
CREATE TABLE quotes (
    id                   INTEGER PRIMARY KEY,
    document_id          INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq                  INTEGER NOT NULL,       -- order in the article's extraction
    speaker_id           INTEGER REFERENCES speakers (id),   -- NULL: no named speaker
    organization_id      INTEGER REFERENCES organizations (id),
    kind                 TEXT    NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    text                 TEXT    NOT NULL,       -- verbatim article[start_char:end_char]
    start_char           INTEGER NOT NULL,
    end_char             INTEGER NOT NULL,
    paragraph            INTEGER NOT NULL,
    attribution          TEXT    NOT NULL,       -- explicit/coreference/continuation/unresolved
    confidence           REAL    NOT NULL,
    speaker_name         TEXT,                   -- the speaker as extracted in this article
    speaker_title        TEXT,
    speaker_role         TEXT,
    speaker_organization TEXT,
    speaker_type         TEXT    NOT NULL,
    mention_text TEXT, mention_start INTEGER, mention_end INTEGER,  -- words naming the speaker
    cue_text TEXT, cue_lemma TEXT, cue_start INTEGER, cue_end INTEGER,  -- "said", "told"
    addressee_text TEXT, addressee_start INTEGER, addressee_end INTEGER,
    medium_text TEXT, medium_start INTEGER, medium_end INTEGER,
    UNIQUE (document_id, seq)
);
CREATE INDEX quotes_speaker ON quotes (speaker_id);
CREATE INDEX quotes_organization ON quotes (organization_id);
CREATE INDEX quotes_kind ON quotes (kind);

-- Pieces of a quotation: content parts, and quoted fragments of a mixed quotation.
CREATE TABLE quote_spans (
    quote_id   INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('part', 'quoted')),
    seq        INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    PRIMARY KEY (quote_id, kind, seq)
);

-- Full-text index of quotes.text (kept in step by the triggers below).
CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, content = 'quotes', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;

-- For reading in SQLite tools: one line per quotation with its article and speaker.
CREATE VIEW quote_list AS
SELECT d.doc_id, d.date, d.title, s.name AS speaker, q.speaker_name AS speaker_as_written,
       q.speaker_role, q.speaker_organization, q.kind, q.attribution, q.paragraph, q.text
FROM quotes q JOIN documents d ON d.id = q.document_id LEFT JOIN speakers s ON s.id = q.speaker_id;

-- Speakers with how often and when they were quoted.
CREATE VIEW speaker_counts AS
SELECT s.id AS speaker_id, s.name, s.type, COUNT(q.id) AS quotes,
       COUNT(DISTINCT q.document_id) AS documents,
       MIN(d.date) AS first_seen, MAX(d.date) AS last_seen
FROM speakers s LEFT JOIN quotes q ON q.speaker_id = s.id
     LEFT JOIN documents d ON d.id = q.document_id
GROUP BY s.id;
"""

# version -> SQL that takes a file from version - 1 to version (none yet).
MIGRATIONS: dict[int, str] = {}


class StoreError(Exception):
    """The database cannot be used; the message says why in one line."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def connect(path: str, *, create: bool) -> sqlite3.Connection:
    """Open (and with ``create``, make or migrate) a quotes database; autocommit mode."""
    file = Path(path)
    if not create and not file.is_file():
        raise StoreError(f"{path}: no such database (make one with 'quotes index')")
    if create:
        target, uri = path, False
    else:
        target, uri = file.resolve().as_uri() + "?mode=ro", True
    try:
        conn = sqlite3.connect(target, uri=uri, isolation_level=None, timeout=30)
    except sqlite3.Error as err:
        raise StoreError(f"{path}: {err}") from err
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "schema_version" not in tables:
            if not create or tables:
                raise StoreError(f"{path}: not a quotes database")
            conn.executescript(f"BEGIN IMMEDIATE; {SCHEMA}; INSERT INTO schema_version "
                               f"VALUES ({SCHEMA_VERSION}, '{_now()}'); COMMIT;")
        (version,) = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        if not isinstance(version, int):
            raise StoreError(f"{path}: not a quotes database (empty schema_version)")
        if version > SCHEMA_VERSION:
            raise StoreError(f"{path}: made by a newer quotes (schema {version})")
        if version < SCHEMA_VERSION and not create:
            raise StoreError(f"{path}: old schema {version}; run 'quotes index' to upgrade")
        for step in range(version + 1, SCHEMA_VERSION + 1):
            conn.executescript(f"BEGIN IMMEDIATE; {MIGRATIONS[step]}; INSERT INTO schema_version"
                               f" VALUES ({step}, '{_now()}'); COMMIT;")
    except (sqlite3.Error, StoreError) as err:
        conn.close()
        if isinstance(err, StoreError):
            raise
        raise StoreError(f"{path}: {err}") from err
    return conn


def _span_columns(prefix: str, span: Span | None) -> dict[str, Any]:
    return {f"{prefix}_text": span.text if span else None,
            f"{prefix}_start": span.start if span else None,
            f"{prefix}_end": span.end if span else None}


def _org_id(conn: sqlite3.Connection, name: str | None) -> int | None:
    key = norm_key(name)
    if not key:
        return None
    conn.execute("INSERT OR IGNORE INTO organizations (name, name_key) VALUES (?, ?)",
                 (" ".join((name or "").split()), key))
    row = conn.execute("SELECT id FROM organizations WHERE name_key = ?", (key,)).fetchone()
    return int(row[0])


def _withdraw(conn: sqlite3.Connection, document_id: int) -> None:
    """Delete an article and all that came from it; tidy the speakers and organisations it used."""
    speakers = [r[0] for r in conn.execute(
        "SELECT DISTINCT speaker_id FROM speaker_aliases WHERE document_id = ?", (document_id,))]
    orgs = [r[0] for r in conn.execute(
        "SELECT organization_id FROM quotes WHERE document_id = ? UNION "
        "SELECT organization_id FROM speaker_roles WHERE document_id = ?", (document_id,) * 2)]
    conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))  # cascades
    for speaker_id in speakers:
        refresh(conn, speaker_id)
    for org_id in orgs:
        conn.execute("DELETE FROM organizations WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM"
                     " quotes WHERE organization_id = ?1) AND NOT EXISTS (SELECT 1 FROM"
                     " speaker_roles WHERE organization_id = ?1)", (org_id,))


@dataclass
class Indexed:
    """What writing one article did."""

    quotes: int
    replaced: bool
    warning: str | None = None


def write_document(conn: sqlite3.Connection, doc: Document, quotes: Sequence[Quote], *,
                   title: str | None = None, date: str | None = None,
                   model: str | None = None) -> Indexed:
    """Store one article and its quotations in one transaction, replacing an earlier version.

    A title or date not given keeps the one stored before.  Kept a function of its own so a
    parallel indexer can extract in workers and call this from the one writing process.
    """
    digest = hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()
    conn.execute("BEGIN IMMEDIATE")
    try:
        old = conn.execute("SELECT id, source, text_sha256, title, date FROM documents"
                           " WHERE doc_id = ?", (doc.doc_id,)).fetchone()
        warning = None
        if old:
            if old[1] != doc.source and old[2] != digest:
                warning = f"{doc.source}: replaces document {doc.doc_id!r} from {old[1]}"
            title, date = title if title is not None else old[3], date or old[4]
            _withdraw(conn, old[0])
        cursor = conn.execute(
            "INSERT INTO documents (doc_id, source, title, date, text_sha256, text_length, model,"
            " indexed_at) VALUES (?,?,?,?,?,?,?,?)",
            (doc.doc_id, doc.source, title, date, digest, len(doc.text), model, _now()))
        document_id = cursor.lastrowid
        assert document_id is not None
        clusters, owner = cluster_quotes(quotes)
        speaker_ids: list[int] = []
        for n, cluster in enumerate(clusters):
            speaker_ids.append(resolve(conn, cluster))
            conn.executemany("INSERT OR IGNORE INTO speaker_aliases VALUES (?, ?, ?, ?)",
                             [(speaker_ids[n], document_id, alias, key)
                              for key, alias in cluster.aliases.items()])
            roles = set()
            for quote in (q for q, o in zip(quotes, owner, strict=True) if o == n):
                sp = quote.speaker
                roles.add((sp.title or parse_name(sp.name or "").title, sp.role,
                           _org_id(conn, sp.organization)))
            conn.executemany("INSERT INTO speaker_roles (speaker_id, document_id, title, role,"
                             " organization_id) VALUES (?, ?, ?, ?, ?)",
                             [(speaker_ids[n], document_id, *r) for r in sorted(roles, key=str)
                              if any(r)])
        for seq, (quote, who) in enumerate(zip(quotes, owner, strict=True)):
            _insert_quote(conn, document_id, seq, quote,
                          speaker_ids[who] if who is not None else None)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return Indexed(quotes=len(quotes), replaced=old is not None, warning=warning)


def _insert_quote(conn: sqlite3.Connection, document_id: int, seq: int, quote: Quote,
                  speaker_id: int | None) -> None:
    sp = quote.speaker
    row: dict[str, Any] = {
        "document_id": document_id, "seq": seq, "speaker_id": speaker_id,
        "organization_id": _org_id(conn, sp.organization), "kind": quote.kind,
        "text": quote.text, "start_char": quote.start, "end_char": quote.end,
        "paragraph": quote.paragraph, "attribution": quote.attribution,
        "confidence": quote.confidence, "speaker_name": sp.name, "speaker_title": sp.title,
        "speaker_role": sp.role, "speaker_organization": sp.organization,
        "speaker_type": sp.type, "cue_lemma": quote.cue.lemma if quote.cue else None,
        **_span_columns("mention", sp.mention), **_span_columns("cue", quote.cue),
        **_span_columns("addressee", quote.addressee), **_span_columns("medium", quote.medium),
    }
    quote_id = conn.execute(f"INSERT INTO quotes ({', '.join(row)}) VALUES "
                            f"({', '.join('?' * len(row))})", list(row.values())).lastrowid
    conn.executemany("INSERT INTO quote_spans VALUES (?, ?, ?, ?, ?, ?)",
                     [(quote_id, kind, i, s.text, s.start, s.end)
                      for kind, spans in (("part", quote.parts), ("quoted", quote.quoted))
                      for i, s in enumerate(spans)])


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
