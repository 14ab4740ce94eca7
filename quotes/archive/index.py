"""SQLite archive commands: ``quotes index``, ``quotes search``, ``quotes speakers``.

Archivists index statements by official over thousands of articles, so the store is an
embedded SQLite file with FTS5 full-text search (schema: quotes/archive/schema.py; writing:
quotes/archive/store.py; speaker identity: quotes/archive/speakers.py and identity.py).
"""

from __future__ import annotations

import re
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from quotes.archive.speakers import first_compatible, norm_key, parse_name
from quotes.archive.store import Article, IdTaken, quote_from_row, write_documents
from quotes.io.console import report
from quotes.io.inputs import Document, InputError
from quotes.records import Quote


class ExtractorLike(Protocol):
    """What indexing needs of ``quotes.pipeline.Extractor``: one answer per item, in order,
    an ``InputError`` passed through in its place."""

    def extract_documents(
        self, items: Iterable[Document | InputError]
    ) -> Iterator[list[Quote] | InputError]: ...


@dataclass
class IndexStats:
    """Counts for the closing summary line; any failure makes the exit code 1."""

    documents: int = 0
    replaced: int = 0
    quotes: int = 0
    failures: int = 0


BATCH_DOCUMENTS = 32  # articles per write transaction: speakers are worked out once per batch


def index_documents(conn: sqlite3.Connection, extractor: ExtractorLike,
                    items: Iterable[Document | InputError], *, title: str | None = None,
                    date: str | None = None, model: str | None = None, replace: bool = False,
                    on_error: Callable[[InputError | str], None] = report) -> IndexStats:
    """Extract and store each article; bad inputs go to ``on_error`` and the rest go on."""
    pending: deque[Document | InputError] = deque()  # one answer per item, in order

    def feed() -> Iterator[Document | InputError]:
        for item in items:
            pending.append(item)
            yield item

    def extracted() -> Iterator[tuple[Document, list[Quote]] | InputError]:
        for result in extractor.extract_documents(feed()):
            item = pending.popleft()
            if isinstance(result, InputError):
                yield result
            else:
                assert isinstance(item, Document), "an extractor answered an unread document"
                yield item, result

    return index_results(conn, extracted(), title=title, date=date, model=model,
                         replace=replace, on_error=on_error)


def index_results(conn: sqlite3.Connection,
                  results: Iterable[tuple[Document, list[Quote]] | InputError], *,
                  title: str | None = None, date: str | None = None, model: str | None = None,
                  replace: bool = False,
                  on_error: Callable[[InputError | str], None] = report) -> IndexStats:
    """Store articles extracted already (by the extractor, or read from a Parquet output).

    Articles are written ``BATCH_DOCUMENTS`` at a time, each batch one transaction; when the
    extraction fails (or Ctrl-C stops it) the articles already extracted are written first.
    An article whose id is taken by another file's other text is an error too, unless
    ``replace``: nothing is replaced without being asked for.
    """
    stats = IndexStats()
    ready: list[Article] = []

    def write() -> None:
        batch = list(ready)
        ready.clear()
        done = write_documents(conn, batch, title=title, date=date, model=model,
                               replace=replace)
        for (doc, _), outcome in zip(batch, done, strict=True):
            if isinstance(outcome, IdTaken):
                stats.failures += 1
                on_error(InputError(doc.source, f"not indexed: {outcome}"))
            else:
                stats.documents += 1
                stats.replaced += outcome.replaced
                stats.quotes += outcome.quotes

    try:
        for result in results:
            if isinstance(result, InputError):
                stats.failures += 1
                on_error(result)
                continue
            doc, found = result
            try:
                for quote in found:
                    quote.check_offsets(doc.text)
            except ValueError as err:
                stats.failures += 1
                on_error(InputError(doc.source, f"not indexed: {err}"))
                continue
            ready.append((doc, found))
            if len(ready) >= BATCH_DOCUMENTS:
                write()
    finally:  # also when extraction fails: what was extracted is kept
        if ready:
            write()
    return stats


def fts_query(words: str) -> str:
    """User words as a safe FTS5 query: every term quoted, "a phrase" kept, trailing * = prefix."""
    terms = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', words):
        prefix = word.endswith("*")
        text = phrase or word.rstrip("*")
        if any(ch.isalnum() for ch in text):
            terms.append('"' + text.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms)


def find_speakers(conn: sqlite3.Connection, query: str) -> list[int]:
    """Speakers named by an alias, a full name or a surname, ignoring case and titles."""
    key = norm_key(query)
    if not key:
        return []
    found = {r[0] for r in conn.execute(
        f"SELECT {_ALIAS_SPEAKER} WHERE a.alias_key = ?1 UNION "
        "SELECT id FROM speakers WHERE name_key = ?1", (key,))}
    parsed = parse_name(query)
    if parsed.surname:
        found |= {sid for sid, first in conn.execute(
            "SELECT id, first_name FROM speakers WHERE surname = ?", (parsed.surname,))
            if parsed.first is None or (first and first_compatible(first, parsed.first))}
    if not found:  # words inside a longer name: "coalition" for "US-led coalition"
        found = {r[0] for r in conn.execute(
            f"SELECT {_ALIAS_SPEAKER} WHERE ' ' || a.alias_key || ' ' LIKE ?1 UNION "
            "SELECT id FROM speakers WHERE ' ' || name_key || ' ' LIKE ?1", (f"% {key} %",))}
    return sorted(found)


# the speaker entry of each alias, through the article's group that had it
_ALIAS_SPEAKER = ("g.speaker_id FROM speaker_aliases a JOIN article_speakers g"
                  " ON g.id = a.article_speaker_id")


def search(conn: sqlite3.Connection, *, speaker: str | None = None, text: str | None = None,
           kind: str | None = None, org: str | None = None) -> Iterator[Quote]:
    """Stored quotations matching every filter given, as records, by date, article and offset."""
    where: list[str] = ["1"]
    params: list[Any] = []
    if speaker is not None:
        ids = find_speakers(conn, speaker)
        where.append(f"q.speaker_id IN ({', '.join('?' * len(ids)) or 'NULL'})")
        params += ids
    if text is not None:
        where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(fts_query(text) or '""')
    if kind is not None:
        where.append("q.kind = ?")
        params.append(kind)
    if org is not None:
        where.append("(q.organization_id IN (SELECT id FROM organizations WHERE ' ' || name_key"
                     " || ' ' LIKE ?) OR q.speaker_id IN (SELECT id FROM speakers WHERE surname"
                     " IS NULL AND ' ' || name_key || ' ' LIKE ?))")
        params += [f"% {norm_key(org)} %"] * 2
    cursor = conn.execute(
        "SELECT q.*, d.doc_id FROM quotes q JOIN documents d ON d.id = q.document_id WHERE "
        + " AND ".join(where) + " ORDER BY d.date IS NULL, d.date, d.doc_id, q.start_char, q.seq",
        params)
    names = [c[0] for c in cursor.description]
    for values in cursor:
        yield quote_from_row(conn, dict(zip(names, values, strict=True)))


def speaker_summaries(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every speaker with aliases, roles over time and counts; most quoted first.

    Everything here, the order included, depends only on the articles stored (rule 5), so the
    row number ``speakers.id`` is left out: ``key`` names the entry.
    """
    summaries = []
    for sid, key, name, type_, quotes, documents, first_seen, last_seen in conn.execute(
            "SELECT * FROM speaker_counts ORDER BY quotes DESC, documents DESC,"
            " name COLLATE NOCASE, key").fetchall():
        aliases = [a for (a,) in conn.execute(
            "SELECT DISTINCT a.alias FROM article_speakers g JOIN speaker_aliases a ON"
            " a.article_speaker_id = g.id WHERE g.speaker_id = ? ORDER BY a.alias", (sid,))]
        roles = [dict(zip(("title", "role", "organization", "first_seen", "last_seen",
                           "documents"), r, strict=True)) for r in conn.execute(
            "SELECT r.title, r.role, o.name, MIN(d.date), MAX(d.date), COUNT(DISTINCT d.id)"
            " FROM article_speakers g JOIN speaker_roles r ON r.article_speaker_id = g.id"
            " JOIN documents d ON d.id = g.document_id LEFT JOIN organizations o ON"
            " o.id = r.organization_id WHERE g.speaker_id = ? GROUP BY r.title, r.role, o.name"
            " ORDER BY MIN(d.date), r.title, r.role, o.name", (sid,))]
        orgs = sorted({r["organization"] for r in roles if r["organization"]})
        summaries.append({"key": key, "name": name, "type": type_, "aliases": aliases,
                          "roles": roles, "organizations": orgs, "quotes": quotes,
                          "documents": documents, "first_seen": first_seen,
                          "last_seen": last_seen})
    return summaries


def format_speaker(entry: dict[str, Any]) -> str:
    """A readable block for ``quotes speakers --format table``."""
    head = (f"{entry['name']} [{entry['type']}] - {entry['quotes']} quotation(s) in "
            f"{entry['documents']} document(s)")
    if entry["first_seen"]:
        head += f", {entry['first_seen']} to {entry['last_seen']}"
    lines = [head, "    aliases: " + "; ".join(entry["aliases"])]
    roles = "; ".join(", ".join(v for v in (r["title"], r["role"], r["organization"]) if v)
                      for r in entry["roles"])
    if roles:
        lines.append("    roles: " + roles)
    return "\n".join(lines) + "\n"
