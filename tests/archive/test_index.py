"""The SQLite archive: indexing, re-indexing, search, speakers, crashes and the CLI.

A fake extractor (``archive_helpers``) stands in for the spaCy pipeline so these tests are
fast and exact.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from archive_helpers import (
    MOROTTO_1,
    MOROTTO_2,
    MOROTTO_3,
    SMITHS,
    FakeExtractor,
    assert_consistent,
    count,
    doc,
    fake_quotes,
    find,
    run_index,
    speakers,
)

import quotes.archive.commands as archive_commands
from quotes.archive import index, store
from quotes.cli import main
from quotes.io.inputs import Document, InputError
from quotes.records import Quote


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "quotes.db"


@pytest.fixture
def archive(db: Path) -> Path:
    run_index(db, doc("a", MOROTTO_1), doc("b", MOROTTO_2), doc("c", MOROTTO_3),
              doc("d", SMITHS))
    return db


def test_fts5_is_available() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5 (x)")


def test_schema_is_plain_versioned_sqlite(archive: Path) -> None:
    with sqlite3.connect(archive) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 2
        rows = conn.execute("SELECT doc_id, speaker, kind FROM quote_list").fetchall()
    assert {"documents", "speakers", "article_speakers", "speaker_aliases", "speaker_roles",
            "organizations",
            "quotes", "quote_spans", "quotes_fts", "quote_list", "speaker_counts"} <= names
    assert ("a", "Wayne Morotto", "direct") in rows
    assert_consistent(archive)


def test_records_round_trip_with_every_field(archive: Path) -> None:
    stored = [q for q in find(archive) if q.doc_id == "b"]
    assert stored == fake_quotes(MOROTTO_2, "b")
    assert stored[0].addressee is not None and stored[1].kind == "mixed"
    for record in stored:
        record.check_offsets(MOROTTO_2)


def test_documents_row(archive: Path, db: Path) -> None:
    run_index(db, doc("e", SMITHS), title="Hiring news", date="2020-11-17", model="m1")
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT source, title, date, text_length, length(text_sha256), model"
                           " FROM documents WHERE doc_id = 'e'").fetchone()
    assert row == ("e.txt", "Hiring news", "2020-11-17", len(SMITHS), 64, "m1")


def test_reindexing_the_same_documents_never_duplicates(archive: Path) -> None:
    before = {t: count(archive, t) for t in ("documents", "quotes", "quote_spans", "speakers",
                                             "speaker_aliases", "speaker_roles", "organizations")}
    stats = run_index(archive, doc("a", MOROTTO_1), doc("b", MOROTTO_2), doc("c", MOROTTO_3),
                      doc("d", SMITHS))
    assert stats.replaced == 4
    assert {t: count(archive, t) for t in before} == before
    assert len(find(archive, text="mission")) == 1
    assert_consistent(archive)


def test_changed_text_replaces_the_rows(archive: Path) -> None:
    new = 'Mary Smith said: "The ministry rejects the plan."\n'
    run_index(archive, doc("d", new), title="Updated")
    assert find(archive, text="approves") == []
    assert [q.text for q in find(archive, text="rejects")] == ["The ministry rejects the plan."]
    assert find(archive, speaker="John Smith") == []  # John was only in the old text
    assert "John Smith" not in {s["name"] for s in speakers(archive)}
    with sqlite3.connect(archive) as conn:
        assert conn.execute("SELECT COUNT(*) FROM organizations WHERE name = 'Acme Corp'"
                            ).fetchone()[0] == 0
        assert conn.execute("SELECT title FROM documents WHERE doc_id='d'").fetchone()[0] == \
            "Updated"
    assert count(archive, "documents") == 4
    assert_consistent(archive)


def test_title_and_date_kept_when_not_given_again(db: Path) -> None:
    run_index(db, doc("a", MOROTTO_1), title="Coalition", date="2020-11-17")
    run_index(db, doc("a", MOROTTO_1))
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT title, date FROM documents").fetchall() == [
            ("Coalition", "2020-11-17")]


def test_another_file_with_the_same_id_is_refused(db: Path) -> None:
    run_index(db, doc("a", MOROTTO_1))
    stats = run_index(db, Document("a", SMITHS, "other/a.txt"))
    assert [str(e) for e in stats.errors] == [  # type: ignore[attr-defined]
        ("other/a.txt: not indexed: id 'a' is already in the archive, from a.txt with another"
        " text (--replace to replace it)")]
    assert (stats.documents, stats.failures) == (0, 1)
    assert [q.doc_id for q in find(db, text="mission")] == ["a"]  # the first is kept
    assert run_index(db, Document("a", MOROTTO_1, "moved/a.txt")).failures == 0  # same text
    stats = run_index(db, Document("a", SMITHS, "other/a.txt"), replace=True)
    assert (stats.documents, stats.replaced, stats.failures) == (1, 1, 0)
    assert find(db, text="mission") == [] and count(db, "documents") == 1


def test_search_by_surname_alias_and_case(archive: Path) -> None:
    everyone = {q.text for q in find(archive, speaker="Wayne Morotto")}
    assert len(everyone) == 3
    for name in ("morotto", "MOROTTO", "Col. Wayne Morotto", "colonel wayne morotto", "Morotto's"):
        assert {q.text for q in find(archive, speaker=name)} == everyone, name
    assert find(archive, speaker="Daniel Morotto") == []
    assert find(archive, speaker="Nobody") == []
    assert len(find(archive, speaker="pentagon")) == 1  # the organisation as a speaker


def test_search_text_uses_fts(archive: Path) -> None:
    assert [q.doc_id for q in find(archive, text="withdrawal planned")] == ["b"]
    assert [q.doc_id for q in find(archive, text="WITHDRAWALS")] == ["b"]  # stemmed, any case
    assert [q.doc_id for q in find(archive, text='"defeat Daesh"')] == ["a"]
    assert find(archive, text='"Daesh defeat"') == []
    assert [q.doc_id for q in find(archive, text="withdr*")] == ["b"]
    assert find(archive, text="withdrawal Acme") == []


@pytest.mark.parametrize("words", ['"', 'NEAR(a b', "a OR", "-x", "*", "^", "AND", "col:x", "'",
                                   "(", '"unclosed', "", "   "])
def test_search_text_never_breaks_the_query(archive: Path, words: str) -> None:
    assert isinstance(find(archive, text=words), list)


def test_fts_query_quotes_every_term() -> None:
    assert index.fts_query('troops "full-scale withdrawal" NEAR(x) pull*') == \
        '"troops" "full-scale withdrawal" "NEAR(x)" "pull"*'
    assert index.fts_query('say "it" ok"') == '"say" "it" "ok"""'
    assert index.fts_query("... --") == ""


def test_search_by_kind_and_org(archive: Path) -> None:
    assert {q.kind for q in find(archive, kind="mixed")} == {"mixed"}
    assert len(find(archive, kind="indirect")) == 2
    coalition = find(archive, org="coalition")
    assert {q.doc_id for q in coalition} == {"a", "c"}
    assert {q.doc_id for q in find(archive, org="US-led COALITION")} == {"a"}
    assert {q.speaker.organization for q in find(archive, org="pentagon")} == {"Pentagon", None}
    assert find(archive, org="us", kind="indirect") == []
    assert [q.speaker.name for q in find(archive, org="acme", speaker="smith")] == ["John Smith"]


def test_search_results_are_ordered_by_date_then_article(db: Path) -> None:
    run_index(db, doc("x", MOROTTO_1), date="2021-01-01")
    run_index(db, doc("y", MOROTTO_2), date="2020-01-01")
    run_index(db, doc("z", MOROTTO_3))
    assert [q.doc_id for q in find(db, speaker="morotto")] == ["y", "x", "z"]


def test_morotto_variants_are_one_speaker(archive: Path) -> None:
    entry = next(s for s in speakers(archive) if s["name"] == "Wayne Morotto")
    assert entry["aliases"] == ["Col. Wayne Morotto", "Colonel Wayne Morotto", "Morotto",
                                "Wayne Morotto"]
    assert (entry["quotes"], entry["documents"], entry["type"]) == (3, 3, "person")
    assert entry["organizations"] == ["US-led coalition", "coalition"]
    assert {(r["title"], r["role"]) for r in entry["roles"]} == {
        ("Col.", "spokesperson"), ("Colonel", None), (None, "coalition spokesman")}


def test_people_sharing_a_surname_stay_apart(archive: Path, db: Path) -> None:
    run_index(db, doc("e", 'Smith said: "Nobody knows which Smith I am."\n'))
    entries = {s["name"]: s for s in speakers(db)}
    assert {"John Smith", "Mary Smith", "Smith"} <= set(entries)
    assert entries["John Smith"]["organizations"] == ["Acme Corp"]
    assert entries["Mary Smith"]["organizations"] == ["Beta Ltd"]
    assert [q.speaker.name for q in find(db, speaker="mary smith")] == ["Mary Smith"]
    assert len(find(db, speaker="smith")) == 3
    # A later full-name mention with Mary's organisation joins Mary, not the bare Smith.
    run_index(db, doc("f", 'Mary Smith said: "Still approved."\n'))
    assert next(s for s in speakers(db) if s["name"] == "Mary Smith")["documents"] == 2


def test_speakers_most_quoted_first(archive: Path) -> None:
    listed = speakers(archive)
    assert [s["quotes"] for s in listed] == sorted((s["quotes"] for s in listed), reverse=True)
    assert listed[0]["name"] == "Wayne Morotto"
    assert {s["name"] for s in listed} == {"Wayne Morotto", "the Pentagon", "John Smith",
                                            "Mary Smith"}


def test_extractor_crash_leaves_no_partial_document(db: Path) -> None:
    with pytest.raises(RuntimeError):
        run_index(db, doc("a", MOROTTO_1), doc("boom", "BOOM\n" + SMITHS), doc("c", MOROTTO_3))
    with sqlite3.connect(db) as conn:
        assert [r[0] for r in conn.execute("SELECT doc_id FROM documents")] == ["a"]
    assert count(db, "quotes") == 2
    assert_consistent(db)


def test_crash_while_writing_keeps_the_previous_version(db: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    run_index(db, doc("a", MOROTTO_1), doc("d", SMITHS))
    before = find(db)
    real = store._insert_quote
    calls = []

    def failing(*args: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt  # mid-document, after one quotation was written
        real(*args, **kwargs)

    monkeypatch.setattr(store, "_insert_quote", failing)
    changed = 'Mary Smith said: "One."\nJohn Smith said: "Two."\nPeter Smith said: "Three."\n'
    with pytest.raises(KeyboardInterrupt):
        run_index(db, doc("d", changed), doc("new", MOROTTO_2))
    assert find(db) == before
    assert "Peter Smith" not in {s["name"] for s in speakers(db)}
    assert count(db, "documents") == 2
    assert_consistent(db)


def test_bad_documents_are_reported_and_the_rest_goes_on(db: Path) -> None:
    stats = run_index(db, doc("a", MOROTTO_1), InputError("gone.txt", "no such file"),
                      doc("u", "UNREADABLE"), doc("d", SMITHS))
    assert (stats.documents, stats.failures) == (2, 2)
    assert [str(e) for e in stats.errors] == [  # type: ignore[attr-defined]
        "gone.txt: no such file", "u.txt: extractor refused it"]


def test_offsets_that_do_not_fit_the_text_are_refused(db: Path) -> None:
    class Shifting(FakeExtractor):
        def extract(self, text: str, doc_id: str | None = None) -> list[Quote]:
            return fake_quotes("x" + text, doc_id)

    errors: list[Any] = []
    with store.connect(str(db), create=True) as conn:
        stats = index.index_documents(conn, Shifting(), [doc("a", MOROTTO_1)],
                                      on_error=errors.append)
    conn.close()
    assert stats.failures == 1 and "not indexed" in str(errors[0])
    assert count(db, "documents") == 0


# --- command line -----------------------------------------------------------------------


@pytest.fixture
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(archive_commands, "make_extractor", FakeExtractor)
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in (("a", MOROTTO_1), ("b", MOROTTO_2), ("c", MOROTTO_3), ("d", SMITHS)):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_cli_index_search_and_speakers(articles: Path, db: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["index", str(articles), str(articles / "missing.txt"), "--db", str(db),
                 "--date", "2020-11-17"])
    out, err = capsys.readouterr()
    assert code == 1
    assert err == f"quotes: {articles / 'missing.txt'}: no such file\n"
    assert out == (f"{db}: 4 document(s) indexed (0 replaced), 8 quotation(s); the archive "
                   "holds 4 document(s), 8 quotation(s)\n")

    assert main(["search", "--db", str(db), "--speaker", "morotto", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [Quote.model_validate_json(line).doc_id for line in lines] == ["a", "b", "c"]

    assert main(["search", "--db", str(db), "--text", "mission", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("doc_id,") and "Col. Wayne Morotto" in out and len(out.splitlines()) == 2

    assert main(["search", "--db", str(db), "--kind", "mixed", "--org", "pentagon"]) == 0
    assert capsys.readouterr().out.endswith("1 quotation(s)\n")

    assert main(["speakers", "--db", str(db), "--format", "jsonl"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert (first["name"], first["quotes"], first["first_seen"]) == ("Wayne Morotto", 3,
                                                                    "2020-11-17")
    assert main(["speakers", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Wayne Morotto [person] - 3 quotation(s) in 3 document(s)")
    assert out.endswith("4 speaker(s)\n")

    assert main(["index", str(articles), "--db", str(db)]) == 0
    assert "4 document(s) indexed (4 replaced)" in capsys.readouterr().out
    assert count(db, "quotes") == 8


def test_cli_jsonl_fields(tmp_path: Path, articles: Path, db: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    rows = tmp_path / "news.jsonl"
    rows.write_text(json.dumps({"body": SMITHS, "url": "http://x/1"}) + "\nnot json\n",
                    encoding="utf-8")
    code = main(["index", str(rows), "--db", str(db), "--text-field", "body", "--id-field", "url"])
    assert code == 1
    assert capsys.readouterr().err == f"quotes: {rows}:2: not JSON (Expecting value)\n"
    assert {q.doc_id for q in find(db)} == {"http://x/1"}


def test_cli_missing_or_foreign_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                         ) -> None:
    missing = tmp_path / "none.db"
    assert main(["search", "--db", str(missing), "--speaker", "x"]) == 2
    assert capsys.readouterr().err == (
        f"quotes: {missing}: no such database (make one with 'quotes index')\n")
    assert not missing.exists()
    assert main(["speakers", "--db", str(missing)]) == 2
    capsys.readouterr()

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert main(["search", "--db", str(other)]) == 2
    assert capsys.readouterr().err == f"quotes: {other}: not a quotes database\n"
    text = tmp_path / "text.db"
    text.write_text("hello " * 200)
    assert main(["speakers", "--db", str(text)]) == 2
    assert "file is not a database" in capsys.readouterr().err


def test_cli_rejects_a_bad_date(articles: Path, db: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["index", str(articles), "--db", str(db), "--date", "17/11/2020"])
    assert exit_.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert not db.exists()


def test_newer_schema_is_refused(db: Path) -> None:
    run_index(db, doc("a", MOROTTO_1))
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'later')")
    conn.close()
    with pytest.raises(store.StoreError, match="newer"):
        store.connect(str(db), create=True)
