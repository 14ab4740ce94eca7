"""The archive's documented SQL schema, and its statements one by one.

Every statement is ``IF NOT EXISTS`` and the whole schema is made inside one transaction (see
``quotes.archive.store.connect``), so several processes may create the same new file at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

SCHEMA_VERSION = 2

SCHEMA = """
-- quotes index, schema version 2.  Offsets count characters (not bytes) of the article text.
-- Speakers are merged across articles by the rule in quotes/archive/speakers.py.

-- One row per applied schema version; the highest is the version of this file.
CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER NOT NULL PRIMARY KEY,
    applied_at TEXT    NOT NULL                  -- UTC, ISO 8601
);

-- One row per article.  Re-indexing a doc_id replaces the article and everything from it.
CREATE TABLE IF NOT EXISTS documents (
    id          INTEGER PRIMARY KEY,
    doc_id      TEXT    NOT NULL UNIQUE,         -- path in the folder given without .txt, file
                                                 -- name stem, JSONL id, or stdin's --id / hash
    source      TEXT    NOT NULL,                -- path as given; path:line for JSONL
    title       TEXT,                            -- --title, if given
    date        TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    text_sha256 TEXT    NOT NULL,                -- hash of the text as read (UTF-8)
    text_length INTEGER NOT NULL,                -- characters
    model       TEXT,                            -- --model used; NULL for the default
    indexed_at  TEXT    NOT NULL                 -- UTC, ISO 8601
);
CREATE INDEX IF NOT EXISTS documents_date ON documents (date);

-- Organisations, one per normalised name ("the U.S. Army" = "US army").
CREATE TABLE IF NOT EXISTS organizations (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,                      -- the spelling used most (ties: sort order)
    name_key TEXT NOT NULL UNIQUE                -- lower case, no accents/punctuation/leading "the"
);

-- One entry per speaker across articles.  The entries are worked out from article_speakers
-- alone, so the same articles give the same entries whatever the order they were indexed in.
CREATE TABLE IF NOT EXISTS speakers (
    id         INTEGER PRIMARY KEY,              -- row number; use key to name an entry
    key        TEXT NOT NULL UNIQUE,             -- 'smith:john', 'smith:' (surname alone),
                                                 -- '=pentagon'; '#2' for a second of a name
    name       TEXT NOT NULL,                    -- fullest name seen, without title
    type       TEXT NOT NULL CHECK (type IN ('person', 'organization', 'group', 'unknown')),
    first_name TEXT,                             -- normalised; NULL when only a surname is known
    surname    TEXT,                             -- normalised; NULL for organisations and groups
    name_key   TEXT NOT NULL                     -- normalised name
);
CREATE INDEX IF NOT EXISTS speakers_surname ON speakers (surname);
CREATE INDEX IF NOT EXISTS speakers_name_key ON speakers (name_key);

-- The named speakers of each article as grouped inside it ("Col. Wayne Morotto" ... "Morotto"),
-- with what the identity rule compares; speaker_id is the entry the rule gave the group.
CREATE TABLE IF NOT EXISTS article_speakers (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,                -- order of the group in the article
    speaker_id  INTEGER REFERENCES speakers (id),
    type        TEXT    NOT NULL,
    name        TEXT    NOT NULL,                -- as written, without title
    name_key    TEXT    NOT NULL,                -- normalised name
    first_name  TEXT,                            -- normalised; persons only
    surname     TEXT,                            -- normalised; NULL for organisations and groups
    gender      TEXT CHECK (gender IN ('m', 'f')),  -- from an honorific ("Mrs"), if any
    UNIQUE (document_id, seq)
);
CREATE INDEX IF NOT EXISTS article_speakers_surname ON article_speakers (surname);
CREATE INDEX IF NOT EXISTS article_speakers_name_key ON article_speakers (name_key);
CREATE INDEX IF NOT EXISTS article_speakers_speaker ON article_speakers (speaker_id);

-- Every way a speaker was named in an article ("Col. Wayne Morotto", "Morotto").
CREATE TABLE IF NOT EXISTS speaker_aliases (
    article_speaker_id INTEGER NOT NULL REFERENCES article_speakers (id) ON DELETE CASCADE,
    alias              TEXT    NOT NULL,         -- as written
    alias_key          TEXT    NOT NULL,         -- normalised, for look-ups
    PRIMARY KEY (article_speaker_id, alias_key)
);
CREATE INDEX IF NOT EXISTS speaker_aliases_key ON speaker_aliases (alias_key);

-- Titles, roles and organisations a speaker had in each article: their career over time.
CREATE TABLE IF NOT EXISTS speaker_roles (
    id                 INTEGER PRIMARY KEY,
    article_speaker_id INTEGER NOT NULL REFERENCES article_speakers (id) ON DELETE CASCADE,
    title              TEXT,
    role               TEXT,
    organization_id    INTEGER REFERENCES organizations (id)
);
CREATE INDEX IF NOT EXISTS speaker_roles_speaker ON speaker_roles (article_speaker_id);
CREATE INDEX IF NOT EXISTS speaker_roles_organization ON speaker_roles (organization_id);

-- One row per quotation: every field of a quotes.records.Quote, spans as text/start/end.
CREATE TABLE IF NOT EXISTS quotes (
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
    article_speaker_id   INTEGER REFERENCES article_speakers (id),  -- the group in the article
    UNIQUE (document_id, seq)
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_id);
CREATE INDEX IF NOT EXISTS quotes_article_speaker ON quotes (article_speaker_id);
CREATE INDEX IF NOT EXISTS quotes_organization ON quotes (organization_id);
CREATE INDEX IF NOT EXISTS quotes_kind ON quotes (kind);

-- Pieces of a quotation: content parts, and quoted fragments of a mixed quotation.
CREATE TABLE IF NOT EXISTS quote_spans (
    quote_id   INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('part', 'quoted')),
    seq        INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    PRIMARY KEY (quote_id, kind, seq)
);

-- Full-text index of quotes.text (kept in step by the triggers below).
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5 (
    text, content = 'quotes', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;

-- For reading in SQLite tools: one line per quotation with its article and speaker.
CREATE VIEW IF NOT EXISTS quote_list AS
SELECT d.doc_id, d.date, d.title, s.name AS speaker, q.speaker_name AS speaker_as_written,
       q.speaker_role, q.speaker_organization, q.kind, q.attribution, q.paragraph, q.text
FROM quotes q JOIN documents d ON d.id = q.document_id LEFT JOIN speakers s ON s.id = q.speaker_id;

-- Speakers with how often and when they were quoted.
CREATE VIEW IF NOT EXISTS speaker_counts AS
SELECT s.id AS speaker_id, s.key, s.name, s.type, COUNT(q.id) AS quotes,
       COUNT(DISTINCT q.document_id) AS documents,
       MIN(d.date) AS first_seen, MAX(d.date) AS last_seen
FROM speakers s LEFT JOIN quotes q ON q.speaker_id = s.id
     LEFT JOIN documents d ON d.id = q.document_id
GROUP BY s.id;
"""


def statements(script: str) -> Iterator[str]:
    """The SQL statements of a script, one at a time (``executescript`` would commit first)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""
    rest = "\n".join(line for line in buffer.splitlines() if not line.strip().startswith("--"))
    if rest.strip():
        raise ValueError(f"incomplete SQL statement: {rest.strip()[:60]!r}")
