"""Reading inputs: ids unique by default, folders walked, unreadable paths one line each."""

from __future__ import annotations

import io
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from quotes.cli import main
from quotes.io import inputs
from quotes.io.inputs import Document, InputError, iter_documents, text_id

TEXT = '"We will rebuild the bridge," Mayor Ana Ruiz said.\n'


def ids(items: list[Document | InputError]) -> list[str | None]:
    return [item.doc_id if isinstance(item, Document) else f"error {item.source}"
            for item in items]


def test_flat_folder_and_single_file_keep_the_file_stem(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "notes.md").write_text(TEXT, encoding="utf-8")
    assert ids(list(iter_documents([str(tmp_path)]))) == ["a", "b"]
    assert ids(list(iter_documents([str(tmp_path / "a.txt")]))) == ["a"]


def test_nested_folders_give_relative_paths(tmp_path: Path) -> None:
    for folder in ("a", "b", "b/deep", ".git"):
        (tmp_path / folder).mkdir()
    for name in ("a/report.txt", "b/report.txt", "b/deep/report.txt", "top.txt", ".git/x.txt"):
        (tmp_path / name).write_text(TEXT + name, encoding="utf-8")
    items = list(iter_documents([str(tmp_path)]))
    assert ids(items) == ["a/report", "b/deep/report", "b/report", "top"]
    assert next(d.source for d in items if isinstance(d, Document)) == str(tmp_path / "a/report.txt")
    assert len({d.text for d in items if isinstance(d, Document)}) == 4


def test_two_paths_with_the_same_id_never_replace_each_other(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(TEXT + folder, encoding="utf-8")
    items = list(iter_documents([str(tmp_path / "a"), str(tmp_path / "b")]))
    assert isinstance(items[0], Document) and items[0].doc_id == "report"
    assert isinstance(items[1], InputError)
    assert str(items[1]) == (f"{tmp_path / 'b' / 'report.txt'}: id 'report' is already used by "
                             f"{tmp_path / 'a' / 'report.txt'}; ids must be unique (give their "
                             "common folder, or rename one)")
    # Their common folder gives each its own id; the same file named twice is no clash.
    assert ids(list(iter_documents([str(tmp_path)]))) == ["a/report", "b/report"]
    same = str(tmp_path / "a" / "report.txt")
    assert ids(list(iter_documents([same, same]))) == ["report", "report"]


def test_stdin_gets_a_content_hash_or_the_given_id(monkeypatch: pytest.MonkeyPatch) -> None:
    def read(text: str, **kwargs: str) -> list[Document | InputError]:
        monkeypatch.setattr("sys.stdin", SimpleNamespace(buffer=io.BytesIO(text.encode())))
        return list(iter_documents(["-"], **kwargs))

    first, second = read(TEXT), read(TEXT + "More.\n")
    assert ids(first) == [text_id(TEXT)] and ids(second) == [text_id(TEXT + "More.\n")]
    assert text_id(TEXT) != text_id(TEXT + "More.\n") and text_id(TEXT).startswith("stdin-")
    assert ids(read(TEXT)) == ids(first)  # the same text, the same id
    assert ids(read(TEXT, stdin_id="n-1")) == ["n-1"]


def test_jsonl_rows_with_the_same_id_are_refused(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": "x", "text": "one"}\n{"id": "x", "text": "two"}\n{"text": "3"}\n',
                    encoding="utf-8")
    items = list(iter_documents([str(rows)]))
    assert ids(items) == ["x", f"error {rows}:2", "rows:3"]


def test_an_unreadable_folder_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "open.txt").write_text(TEXT, encoding="utf-8")
    real = os.scandir

    def scandir(path: os.PathLike[str]) -> object:  # root may read anything: pretend not
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(inputs.os, "scandir", scandir)
    assert ids(list(iter_documents([str(tmp_path)]))) == [f"error {locked}", "open"]
    code = main(["extract", str(locked), str(tmp_path / "open.txt"), "--quiet"])
    out, err = capsys.readouterr()
    assert code == 1 and len(out.splitlines()) == 1
    assert err == f"quotes: {locked}: Permission denied\n"


def test_a_path_that_cannot_be_looked_at_is_one_line(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def is_dir(self: Path) -> bool:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "is_dir", is_dir)
    assert [str(e) for e in iter_documents([str(tmp_path / "x.txt")])] == [
        f"{tmp_path / 'x.txt'}: Permission denied"]
