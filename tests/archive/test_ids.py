"""Document ids in the archive: nothing replaced silently, the summary says what is stored."""

from __future__ import annotations

import io
from pathlib import Path
from types import SimpleNamespace

import pytest
from archive_helpers import MOROTTO_1, SMITHS, FakeExtractor, count, find

import quotes.archive.commands as archive_commands
from quotes.cli import main
from quotes.io.inputs import text_id


@pytest.fixture
def news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """news/a/report.txt and news/b/report.txt: two articles with one file name."""
    monkeypatch.setattr(archive_commands, "make_extractor", FakeExtractor)
    for folder, text in (("a", MOROTTO_1), ("b", SMITHS)):
        (tmp_path / "news" / folder).mkdir(parents=True)
        (tmp_path / "news" / folder / "report.txt").write_text(text, encoding="utf-8")
    return tmp_path / "news"


def test_two_files_of_one_name_never_replace_each_other(news: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    assert main(["index", str(news / "a"), str(news / "b"), "--db", str(db)]) == 1
    out, err = capsys.readouterr()
    assert err == (f"quotes: {news / 'b' / 'report.txt'}: id 'report' is already used by "
                   f"{news / 'a' / 'report.txt'}; ids must be unique (give their common folder,"
                   " or rename one)\n")
    assert out == (f"{db}: 1 document(s) indexed (0 replaced), 2 quotation(s); the archive "
                   "holds 1 document(s), 2 quotation(s)\n")
    # A later run with the other file alone is refused too: the stored one is kept.
    assert main(["index", str(news / "b" / "report.txt"), "--db", str(db)]) == 1
    out, err = capsys.readouterr()
    assert "not indexed: id 'report' is already in the archive" in err
    assert "the archive holds 1 document(s), 2 quotation(s)" in out
    assert [q.doc_id for q in find(db, text="mission")] == ["report"]
    # Their common folder gives each its own id.
    assert main(["index", str(news), "--db", str(db)]) == 0
    assert "the archive holds 3 document(s), 6 quotation(s)" in capsys.readouterr().out
    assert {q.doc_id for q in find(db)} == {"report", "a/report", "b/report"}


def test_texts_piped_on_stdin_are_kept_apart(news: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    for text, extra in ((MOROTTO_1, []), (SMITHS, []), (MOROTTO_1, []), (SMITHS, ["--id", "s"])):
        monkeypatch.setattr("sys.stdin", SimpleNamespace(buffer=io.BytesIO(text.encode())))
        assert main(["index", "-", "--db", str(db), *extra]) == 0
    assert count(db, "documents") == 3  # the same text twice is one article
    assert "the archive holds 3 document(s), 6 quotation(s)" in capsys.readouterr().out.splitlines()[-1]
    assert sorted(q.doc_id or "" for q in find(db, speaker="mary smith")) == ["s", text_id(SMITHS)]


def test_replace_is_asked_for(news: Path, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    assert main(["index", str(news / "a" / "report.txt"), "--db", str(db)]) == 0
    assert main(["index", str(news / "b" / "report.txt"), "--db", str(db), "--replace"]) == 0
    assert "1 document(s) indexed (1 replaced)" in capsys.readouterr().out.splitlines()[-1]
    assert find(db, text="mission") == [] and len(find(db, speaker="smith")) == 2
