"""``quotes index DIR`` of a Parquet output: the same archive as indexing the articles, no
extraction, still idempotent (fake records, as in test_index.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_index import (
    MOROTTO_1,
    MOROTTO_2,
    MOROTTO_3,
    SMITHS,
    assert_consistent,
    count,
    doc,
    fake_quotes,
    find,
    run_index,
    speakers,
)

import quotes.archive.commands as archive_commands
from quotes.cli import main
from quotes.io.inputs import InputError

pytest.importorskip("pyarrow")


def test_index_of_a_parquet_output_is_the_archive_of_its_articles(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from quotes.io.parquet import write_output

    docs = [doc("a", MOROTTO_1), doc("b", MOROTTO_2), doc("c", MOROTTO_3), doc("d", SMITHS)]
    out = tmp_path / "out"
    write_output(str(out), [(d, fake_quotes(d.text, d.doc_id)) for d in docs[:2]]
                 + [InputError("x.txt", "not utf-8 text")]
                 + [(d, fake_quotes(d.text, d.doc_id)) for d in docs[2:]],
                 partition_size=2, settings={})

    def no_extractor(*args: object, **kwargs: object) -> None:
        raise AssertionError("a Parquet output is indexed without extracting")

    monkeypatch.setattr(archive_commands, "make_extractor", no_extractor)
    from_parquet = tmp_path / "parquet.db"
    assert main(["index", str(out), "--db", str(from_parquet), "--quiet"]) == 1  # the error row
    output = capsys.readouterr()
    assert output.err == "quotes: x.txt: not utf-8 text\n"
    assert "4 document(s) indexed (0 replaced)" in output.out

    direct = tmp_path / "direct.db"
    run_index(direct, *docs)
    assert find(from_parquet) == find(direct)
    assert speakers(from_parquet) == speakers(direct)

    tables = ("documents", "quotes", "quote_spans", "speakers", "speaker_aliases")
    before = {t: count(from_parquet, t) for t in tables}
    assert main(["index", str(out), "--db", str(from_parquet), "--quiet"]) == 1
    assert "4 document(s) indexed (4 replaced)" in capsys.readouterr().out
    assert {t: count(from_parquet, t) for t in tables} == before
    assert_consistent(from_parquet)
