"""Making and upgrading the archive file: safe when several processes start on it at once."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from archive_helpers import (
    MOROTTO_1,
    MOROTTO_2,
    MOROTTO_3,
    SMITHS,
    assert_consistent,
    count,
    doc,
    fake_quotes,
    outputs,
    run_index,
)

from quotes.archive import schema, store

DATA = Path(__file__).parent / "data"
ARTICLES = {"m1": MOROTTO_1, "m2": MOROTTO_2, "m3": MOROTTO_3, "smiths": SMITHS,
            "bare": 'Smith said: "Which Smith?"\n'}
WRITERS = 6


def _writer(db: str, number: int, barrier: Any, results: Any) -> None:
    """Index two articles of its own as soon as every writer is ready."""
    try:
        barrier.wait()
        stats = run_index(Path(db), doc(f"w{number}-a", MOROTTO_1), doc(f"w{number}-b", SMITHS))
        results.put((number, stats.documents, stats.failures, ""))
    except (store.StoreError, sqlite3.Error) as err:  # reported to the test, not lost in the child
        results.put((number, 0, 1, f"{type(err).__name__}: {err}"))


def start_together(target: Any, *args: Any) -> list[tuple[Any, ...]]:
    """Run ``WRITERS`` processes of ``target`` released at the same moment; their reports."""
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(WRITERS), context.Queue()
    workers = [context.Process(target=target, args=(*args, n, barrier, results))
               for n in range(WRITERS)]
    for worker in workers:
        worker.start()
    reports = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    return sorted(reports)


def test_several_writers_on_a_new_database(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    reports = start_together(_writer, str(db))
    assert reports == [(n, 2, 0, "") for n in range(WRITERS)]
    assert count(db, "documents") == 2 * WRITERS
    assert count(db, "schema_version") == 1
    assert_consistent(db)
    # The speakers are what one process indexing the same articles in order would make.
    alone = tmp_path / "alone.db"
    run_index(alone, *(doc(f"w{n}-{part}", text) for n in range(WRITERS)
                       for part, text in (("a", MOROTTO_1), ("b", SMITHS))))
    assert outputs(db) == outputs(alone)


def make_version_1(db: Path, articles: dict[str, str]) -> None:
    """An archive as schema 1 made it (frozen in data/schema_v1.sql), with a stale entry."""
    conn = sqlite3.connect(db)
    conn.executescript((DATA / "schema_v1.sql").read_text(encoding="utf-8"))
    conn.execute("INSERT INTO schema_version VALUES (1, '2024-01-01T00:00:00+00:00')")
    conn.execute("INSERT INTO speakers (name, type, surname, name_key) VALUES"
                 " ('Smith', 'person', 'smith', 'smith')")
    for doc_id, text in articles.items():
        document_id = conn.execute(
            "INSERT INTO documents (doc_id, source, text_sha256, text_length, indexed_at)"
            " VALUES (?, ?, ?, ?, 'then')", (doc_id, f"{doc_id}.txt", "0" * 64, len(text))
        ).lastrowid
        assert document_id is not None
        for seq, quote in enumerate(fake_quotes(text, doc_id)):
            row = {"document_id": document_id, "seq": seq, **store.quote_columns(quote),
                   "speaker_id": 1 if quote.speaker.name else None}
            quote_id = conn.execute(f"INSERT INTO quotes ({', '.join(row)}) VALUES"
                                    f" ({', '.join('?' * len(row))})", list(row.values())).lastrowid
            assert quote_id is not None
            conn.executemany("INSERT INTO quote_spans VALUES (?, ?, ?, ?, ?, ?)",
                             store.span_rows(quote_id, quote))
    conn.commit()
    conn.close()


def test_version_1_is_upgraded_to_the_same_speakers(tmp_path: Path) -> None:
    old, new = tmp_path / "old.db", tmp_path / "new.db"
    make_version_1(old, ARTICLES)
    with pytest.raises(store.StoreError, match="old schema 1; run 'quotes index' to upgrade"):
        store.connect(str(old), create=False)
    store.connect(str(old), create=True).close()
    run_index(new, *(doc(doc_id, text) for doc_id, text in ARTICLES.items()))
    assert outputs(old) == outputs(new)
    with sqlite3.connect(old) as conn:
        assert [v for (v,) in conn.execute("SELECT version FROM schema_version")] == [1, 2]
        assert conn.execute("SELECT COUNT(*) FROM speakers WHERE key = 'smith:'").fetchone() == (1,)
    conn.close()
    assert_consistent(old)
    run_index(old, doc("m1", MOROTTO_1))  # and it is indexed into as usual
    assert count(old, "documents") == len(ARTICLES)


def _opener(db: str, number: int, barrier: Any, results: Any) -> None:
    try:
        barrier.wait()
        store.connect(db, create=True).close()
        results.put((number, ""))
    except (store.StoreError, sqlite3.Error) as err:
        results.put((number, f"{type(err).__name__}: {err}"))


def test_several_processes_upgrade_one_file(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    make_version_1(db, ARTICLES)
    assert start_together(_opener, str(db)) == [(n, "") for n in range(WRITERS)]
    with sqlite3.connect(db) as conn:
        assert [v for (v,) in conn.execute("SELECT version FROM schema_version")] == [1, 2]
    conn.close()
    assert_consistent(db)


def test_the_schema_splits_into_statements() -> None:
    found = list(schema.statements(schema.SCHEMA))
    assert all(s.endswith(";") for s in found)
    assert all("IF NOT EXISTS" in s.split("(")[0] for s in found if s.startswith("CREATE"))
    triggers = [s for s in found if s.startswith("CREATE TRIGGER")]
    assert len(triggers) == 3 and all(s.endswith("END;") for s in triggers)
    with pytest.raises(ValueError, match="incomplete"):
        list(schema.statements("CREATE TABLE x (a"))
