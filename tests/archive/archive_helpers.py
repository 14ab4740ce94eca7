"""A fake extractor and helpers for the archive tests: fast and exact, no spaCy parse.

Each line ``WHO said: "words"`` (direct), ``WHO said that words.`` (indirect; mixed when it
holds a "quoted fragment") is one quotation, and ``PEOPLE`` says who each WHO is.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from quotes.archive import index, store
from quotes.io.inputs import Document, InputError
from quotes.io.output import write_records
from quotes.records import Cue, Quote, Span, Speaker

PEOPLE: dict[str, dict[str, Any]] = {
    "Col. Wayne Morotto": {"name": "Col. Wayne Morotto", "organization": "US-led coalition",
                               "role": "spokesperson"},
    "Colonel Wayne Morotto": {"name": "Wayne Morotto", "title": "Colonel"},
    "Morotto, the coalition spokesman": {"name": "Morotto", "role": "coalition spokesman",
                                             "organization": "coalition"},
    "John Smith": {"name": "John Smith", "organization": "Acme Corp", "role": "chief executive"},
    "Mary Smith": {"name": "Mary Smith", "organization": "Beta Ltd", "role": "minister"},
    "Smith": {"name": "Smith"},
    "The Pentagon": {"name": "the Pentagon", "type": "organization"},
    "A Pentagon spokesman": {"name": None, "role": "spokesman", "organization": "Pentagon"},
    "Somebody": {"name": None},
    # for the order tests: another John Smith, a Mrs Smith, spellings of one organisation
    "John Smith of Gamma": {"name": "John Smith", "organization": "Gamma Inc", "role": "buyer"},
    "John Smith, who retired": {"name": "John Smith"},
    "Mrs Smith": {"name": "Smith", "title": "Mrs"},
    "Pentagon officials": {"name": "Pentagon officials", "type": "group"},
    "A coalition officer": {"name": None, "organization": "US-Led Coalition"},
}
LINE = re.compile(r'^(?P<who>.+?) (?P<cue>said|told reporters)(?:: "(?P<direct>[^"]+)"'
                  r"| that (?P<indirect>.+)\.)$", re.MULTILINE)


def fake_quotes(text: str, doc_id: str | None = None) -> list[Quote]:
    """The quotations of a test article, with exact offsets."""
    found = []
    for paragraph, m in enumerate(LINE.finditer(text)):
        group = "direct" if m["direct"] else "indirect"
        start, end = m.span(group)
        content = text[start:end]
        fragments = [Span(text=f.group(1), start=start + f.start(1), end=start + f.end(1))
                     for f in re.finditer(r'"([^"]+)"', content)]
        kind: Any = "mixed" if fragments else group
        who = PEOPLE.get(m["who"], {"name": m["who"]})
        named = who.get("name") is not None
        speaker = Speaker(**{"type": "person" if named else "unknown", **who},
                          mention=Span(text=m["who"], start=m.start("who"), end=m.end("who")))
        cue = Cue(text=m["cue"], start=m.start("cue"), end=m.end("cue"),
                  lemma="say" if m["cue"] == "said" else "tell")
        found.append(Quote(
            text=content, start=start, end=end, kind=kind, quoted=fragments, speaker=speaker,
            attribution="explicit" if named else "unresolved", cue=cue,
            addressee=Span(text="reporters", start=m.start("cue") + 5, end=m.end("cue"))
            if m["cue"] != "said" else None,
            parts=[Span(text=content, start=start, end=end)] if group == "direct" else [],
            paragraph=paragraph, confidence=0.875, doc_id=doc_id))
    return found


class FakeExtractor:
    """Same methods as quotes.pipeline.Extractor; raises on a document holding ``BOOM``."""

    def __init__(self, model: str | None = None, jobs: int = 1, scope: str = "statements",
                 min_confidence: float = 0.0) -> None:
        self.model = model
        self.seen: list[str] = []

    def extract(self, text: str, doc_id: str | None = None) -> list[Quote]:
        if "BOOM" in text:
            raise RuntimeError("extractor crashed")
        return fake_quotes(text, doc_id)

    def extract_documents(self, items: Iterable[Document | InputError]
                          ) -> Iterator[list[Quote] | InputError]:
        for item in items:
            if isinstance(item, InputError):
                yield item
            elif "UNREADABLE" in item.text:
                yield InputError(item.source, "extractor refused it")
            else:
                self.seen.append(item.doc_id)
                yield self.extract(item.text, item.doc_id)


MOROTTO_1 = ('Col. Wayne Morotto said: "The coalition continues its mission to defeat Daesh."\n'
             "The Pentagon said that the troop movements were standard practice.\n")
MOROTTO_2 = ('Colonel Wayne Morotto told reporters: "No withdrawal is planned."\n'
             'A Pentagon spokesman said that the convoy was "routine" and small.\n')
MOROTTO_3 = ('Morotto, the coalition spokesman said: "We remain in Syria."\n'
             "Somebody said that nothing had changed.\n")
SMITHS = ('John Smith said: "Acme will hire two hundred workers."\n'
          'Mary Smith said: "The ministry approves the plan."\n')


def doc(doc_id: str, text: str) -> Document:
    return Document(doc_id=doc_id, text=text, source=f"{doc_id}.txt")


def run_index(db: Path, *docs: Document | InputError, **kwargs: Any) -> index.IndexStats:
    errors: list[InputError | str] = []
    with store.connect(str(db), create=True) as conn:
        stats = index.index_documents(conn, FakeExtractor(), docs, on_error=errors.append,
                                      **kwargs)
    conn.close()
    stats.errors = errors  # type: ignore[attr-defined]
    return stats


def find(db: Path, **filters: str) -> list[Quote]:
    conn = store.connect(str(db), create=False)
    try:
        return list(index.search(conn, **filters))
    finally:
        conn.close()


def speakers(db: Path) -> list[dict[str, Any]]:
    conn = store.connect(str(db), create=False)
    try:
        return index.speaker_summaries(conn)
    finally:
        conn.close()


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def assert_consistent(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")
        assert conn.execute("SELECT COUNT(*) FROM speakers s WHERE NOT EXISTS (SELECT 1 FROM "
                            "article_speakers a WHERE a.speaker_id = s.id)").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM article_speakers WHERE speaker_id IS NULL"
                            ).fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM quotes q LEFT JOIN article_speakers a ON"
                            " a.id = q.article_speaker_id WHERE q.speaker_id IS NOT"
                            " a.speaker_id").fetchone()[0] == 0


QUERIES = ["smith", "john smith", "mary smith", "j smith", "morotto", "wayne morotto",
           "pentagon", "coalition"]


def outputs(db: Path) -> dict[str, Any]:
    """What ``quotes speakers`` (both formats) and ``quotes search`` print, and who said what."""
    conn = store.connect(str(db), create=False)
    try:
        summaries = index.speaker_summaries(conn)
        shown: dict[str, Any] = {
            "speakers": json.dumps(summaries),
            "table": "".join(index.format_speaker(entry) for entry in summaries)}
        for query in QUERIES:
            out = io.StringIO()
            write_records(index.search(conn, speaker=query), "jsonl", out)
            shown[f"search {query}"] = out.getvalue()
        shown["who"] = conn.execute(
            "SELECT d.doc_id, q.seq, s.key, s.name FROM quotes q JOIN documents d ON"
            " d.id = q.document_id LEFT JOIN speakers s ON s.id = q.speaker_id"
            " ORDER BY d.doc_id, q.seq").fetchall()
        shown["organizations"] = conn.execute(
            "SELECT name, name_key FROM organizations ORDER BY name_key").fetchall()
        shown["speaker rows"] = conn.execute(
            "SELECT key, name, type, first_name, surname, name_key FROM speakers ORDER BY key"
        ).fetchall()
    finally:
        conn.close()
    return shown
