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
