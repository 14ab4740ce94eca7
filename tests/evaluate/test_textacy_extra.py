"""textacy is an optional extra: only ``quotes eval --baseline textacy`` needs it."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import requires
from pathlib import Path

import pytest

from quotes.cli import main


def test_textacy_is_an_extra_not_a_dependency() -> None:
    textacy = [r for r in requires("quotes") or [] if r.startswith("textacy")]
    assert textacy and all('extra == "eval"' in r or 'extra == "test"' in r for r in textacy)
    assert any('extra == "eval"' in r for r in textacy)


def test_baseline_without_textacy_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "d1.txt").write_text("Nothing here.\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "textacy", None)  # import textacy now raises ImportError
    assert main(["eval", str(gold), str(tmp_path), "--baseline", "textacy"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == ("quotes: --baseline textacy needs textacy, an optional extra: "
                   "pip install 'quotes[eval]'\n")


def test_extracting_never_imports_textacy(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text('"We leave," the minister said.\n', encoding="utf-8")
    code = ("import sys; from quotes.cli import main; main(['extract', sys.argv[1]]); "
            "sys.stdout.flush(); print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('textacy', 'scipy', 'sklearn', 'networkx')))")
    done = subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True,
                          text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[]"
