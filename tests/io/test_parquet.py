"""Parquet out and in: the Arrow schema follows quotes.Quote, the output folder round-trips,
DuckDB and pandas read it as it is, a partition written twice is one partition."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args

import pytest
from pydantic import BaseModel

from quotes.cli import main
from quotes.io import arrow, parquet
from quotes.io.inputs import Document, InputError, iter_documents
from quotes.records import Cue, Quote, Span, Speaker

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "fixtures" / "syria-troops.txt"


def models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for inner in get_args(annotation):
        yield from models_in(inner)


def field_paths(model: type[BaseModel], prefix: str = "") -> set[str]:
    """Every field of a pydantic model, nested models and lists of them included."""
    found = set()
    for name, info in model.model_fields.items():
        found.add(prefix + name)
        for nested in models_in(info.annotation):
            found |= field_paths(nested, prefix + name + ".")
    return found


def arrow_paths(fields: Any, prefix: str = "") -> set[str]:
    found = set()
    for field in fields:
        found.add(prefix + field.name)
        kind = field.type
        if pa.types.is_list(kind):
            kind = kind.value_type
        if pa.types.is_struct(kind):
            found |= arrow_paths(kind, prefix + field.name + ".")
    return found


def test_arrow_schema_has_every_field_of_the_record() -> None:
    schema = arrow.quote_arrow_schema()
    assert arrow_paths(schema) == field_paths(Quote)
    assert {"speaker.mention.start", "parts.text", "cue.lemma"} <= arrow_paths(schema)
    assert pa.types.is_struct(schema.field("speaker").type)
    assert pa.types.is_list(schema.field("parts").type)
    assert not schema.field("text").nullable and schema.field("cue").nullable


def test_a_field_added_to_the_record_reaches_the_schema_or_fails_loudly() -> None:
    class Wider(Quote):
        language: str | None = None

    class Odd(Quote):
        when: complex = 0j

    names = [f.name for f in arrow.model_fields(Wider)]
    assert names[-1] == "language" and len(names) == len(Quote.model_fields) + 1
    with pytest.raises(TypeError, match="no Arrow type"):
        arrow.model_fields(Odd)


def record(doc_id: str, text: str, start: int, end: int) -> Quote:
    return Quote(text=text[start:end], start=start, end=end, kind="direct",
                 parts=[Span(text=text[start:end], start=start, end=end)],
                 speaker=Speaker(name="Ana Ruiz", type="person",
                                 mention=Span(text=text[0:8], start=0, end=8)),
                 attribution="explicit", cue=Cue(text=text[9:13], start=9, end=13, lemma="say"),
                 paragraph=0, confidence=0.9, doc_id=doc_id)


TEXT = 'Ana Ruiz said: "The bridge will be rebuilt by spring."\n'
OUTCOMES: list[Any] = [
    (Document("a", TEXT, "a.txt"), [record("a", TEXT, 16, 53)]),
    InputError("b.txt", "not utf-8 text"),
    (Document("c", "Nothing quoted.", "c.txt"), []),
    (Document("d", TEXT, "d.txt"), [record("d", TEXT, 16, 53), record("d", TEXT, 16, 22)]),
]


def test_output_folder_round_trips_in_order_with_error_rows(tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    manifest = parquet.write_output(out, OUTCOMES, partition_size=3, settings={"model": None})
    assert (manifest["partitions"], manifest["documents"], manifest["records"],
            manifest["errors"]) == (2, 3, 3, 1)
    assert sorted(p.name for p in (tmp_path / "out" / "records").iterdir()) == [
        "part-00000.parquet", "part-00001.parquet"]
    assert list(parquet.read_output(out)) == OUTCOMES
    assert parquet.is_output(out) and not parquet.is_output(str(tmp_path))


def test_duckdb_and_pandas_read_the_output_as_it_is(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    pandas = pytest.importorskip("pandas")
    out = tmp_path / "out"
    parquet.write_output(str(out), OUTCOMES, partition_size=2, settings={})
    rows = duckdb.sql(
        f"SELECT doc_id, speaker.name, len(parts), cue.lemma, text FROM read_parquet("
        f"'{out}/records/*.parquet') ORDER BY doc_id, start DESC").fetchall()
    assert rows == [("a", "Ana Ruiz", 1, "say", TEXT[16:53]), ("d", "Ana Ruiz", 1, "say",
                    TEXT[16:53]), ("d", "Ana Ruiz", 1, "say", TEXT[16:22])]
    errors = duckdb.sql(f"SELECT source, error FROM read_parquet('{out}/documents/*.parquet')"
                        " WHERE error IS NOT NULL").fetchall()
    assert errors == [("b.txt", "not utf-8 text")]
    frame = pandas.read_parquet(out / "records")
    assert list(frame.columns) == list(Quote.model_fields)
    assert frame["speaker"].iloc[0]["mention"]["text"] == "Ana Ruiz"


def test_a_partition_written_twice_is_one_partition(tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    parquet.prepare_output(out)
    for _ in range(2):  # a retried task writes the same file again
        summary = parquet.write_partition(out, 0, OUTCOMES[:2])
    parquet.finish_output(out, [summary], {})
    files = sorted(p.name for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert files == ["_manifest.json", "part-00000.parquet", "part-00000.parquet"]
    assert list(parquet.read_output(out)) == OUTCOMES[:2]


def test_a_folder_with_an_earlier_output_is_refused(tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    parquet.write_output(out, OUTCOMES, partition_size=10, settings={})
    with pytest.raises(FileExistsError, match="earlier run"):
        parquet.prepare_output(out)


def test_an_unfinished_output_says_so(tmp_path: Path) -> None:
    out = tmp_path / "out"
    parquet.write_output(str(out), OUTCOMES, partition_size=1, settings={})
    (out / "records" / "part-00001.parquet").unlink()
    manifest = json.loads((out / "_manifest.json").read_text())
    manifest["partitions"] = 5
    (out / "_manifest.json").write_text(json.dumps(manifest))
    found = list(parquet.read_output(str(out)))
    errors = [str(e) for e in found if isinstance(e, InputError)]
    assert any("part-00001.parquet: missing" in e for e in errors)
    assert errors[-1].endswith("4 partition(s) of 5")
    (out / "_manifest.json").unlink()
    assert str(list(parquet.read_output(str(out)))[-1]).endswith("did not finish")


def test_articles_in_a_parquet_file_are_read_like_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "news.parquet"
    pq.write_table(pa.table({"id": [7, None, 9], "text": ["One.", "Two.", None]}), path)
    found = list(iter_documents([str(path)]))
    assert found == [Document("7", "One.", f"{path}:1"), Document("news:2", "Two.", f"{path}:2"),
                     InputError(f"{path}:3", "no string field 'text'")]
    assert [str(e) for e in iter_documents([str(path)], text_field="body")] == [
        f"{path}: no string column 'body'"]


def test_cli_writes_parquet_and_prints_the_arrow_schema(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["extract", str(SAMPLE), "--format", "parquet", "-o", str(out), "--quiet"]) == 0
    assert capsys.readouterr().out.startswith(f"{out}: 1 document(s), ")
    (doc, found), = parquet.read_output(str(out))
    assert doc.doc_id == "syria-troops" and len(found) >= 10
    for quote in found:
        quote.check_offsets(SAMPLE.read_text(encoding="utf-8"))
    assert main(["extract", str(SAMPLE), "--format", "parquet", "-o", str(out)]) == 2
    assert "earlier run" in capsys.readouterr().err
    assert main(["extract", str(SAMPLE), "-o", str(out)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["schema", "--arrow"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert {line.split()[0] for line in lines if line and not line.startswith("#")} >= {
        p.replace(".", "[].", 1) if p.split(".")[0] in ("parts", "quoted") else p
        for p in field_paths(Quote)}


def test_without_pyarrow_parquet_is_one_line_naming_the_extra(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    assert main(["schema", "--arrow"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'quotes[parquet]'" in err
