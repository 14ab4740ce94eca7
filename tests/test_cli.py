"""The command line: formats, folders, stdin, and bad input that never ends in a traceback."""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.cli import build_parser, main
from quotes.io.inputs import text_id
from quotes.records import Quote

ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "fixtures" / "syria-troops.txt"
GOOD = '"We will rebuild the bridge by spring," Mayor Ana Ruiz told reporters on Monday.\n'


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_jsonl_records_validate_against_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["extract", str(SAMPLE)], capsys)
    assert code == 0 and err == ""
    source = SAMPLE.read_text(encoding="utf-8")
    lines = out.strip().splitlines()
    assert len(lines) >= 10
    for line in lines:
        record = Quote.model_validate_json(line, context={"source": source})
        assert record.doc_id == "syria-troops"
        assert source[record.start : record.end] == record.text


def test_json_csv_and_table_formats(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(GOOD, encoding="utf-8")
    code, out, _ = run(["extract", str(path), "--format", "json"], capsys)
    data = json.loads(out)
    assert code == 0 and len(data) == 1 and data[0]["speaker"]["name"] == "Ana Ruiz"
    code, out, _ = run(["extract", str(path), "--format", "csv"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["speaker"] == "Ana Ruiz" and rows[0]["kind"] == "direct"
    assert rows[0]["addressee"] == "reporters"
    code, out, _ = run(["extract", str(path), "--format", "table"], capsys)
    assert "Ana Ruiz" in out and "1 quotation(s)" in out


def test_folder_is_read_in_sorted_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD.replace("Ana Ruiz", "Tom Berg"), encoding="utf-8")
    (tmp_path / "notes.md").write_text(GOOD, encoding="utf-8")
    code, out, _ = run(["extract", str(tmp_path)], capsys)
    ids = [json.loads(line)["doc_id"] for line in out.splitlines()]
    assert code == 0 and ids == ["a", "b"]


def test_bad_files_are_named_and_the_rest_goes_on(capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path) -> None:
    (tmp_path / "1-good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "2-binary.txt").write_bytes(b"\xff\xfe\x00\x01 not text \x80\x81")
    (tmp_path / "3-good.txt").write_text(GOOD, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, out, err = run(["extract", str(tmp_path), str(missing)], capsys)
    assert code == 1
    assert len(out.strip().splitlines()) == 2
    err_lines = err.strip().splitlines()
    assert err_lines == [
        f"quotes: {tmp_path / '2-binary.txt'}: not utf-8 text",
        f"quotes: {missing}: no such file",
    ]
    assert "Traceback" not in err


def test_empty_file_gives_no_records(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    code, out, err = run(["extract", str(path)], capsys)
    assert (code, out, err) == (0, "", "")


def test_jsonl_input_keeps_ids(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(
        json.dumps({"id": "n-1", "body": GOOD}) + "\n" + "{broken\n"
        + json.dumps({"id": "n-2", "body": GOOD}) + "\n", encoding="utf-8")
    code, out, err = run(["extract", str(path), "--text-field", "body"], capsys)
    assert code == 1
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["n-1", "n-2"]
    assert err.startswith(f"quotes: {path}:2: not JSON")


def test_unknown_model_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["extract", str(SAMPLE), "--model", "xx_no_such_model"], capsys)
    assert code == 2 and out == ""
    assert err.strip().startswith("quotes: spaCy model xx_no_such_model is not installed (")
    assert len(err.strip().splitlines()) == 1


def test_schema_is_the_published_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema"], capsys)
    schema = json.loads(out)
    assert code == 0 and schema["title"] == "Quote"
    assert {"text", "start", "end", "kind", "speaker", "cue", "confidence"} <= set(schema["properties"])
    # the speaker fields say what goes where (GUIDELINES.md: a portfolio office is a role)
    speaker = schema["$defs"]["Speaker"]["properties"]
    assert all(speaker[field].get("description") for field in ("name", "title", "role",
                                                                 "organization", "party"))
    assert "Interior Minister" in speaker["role"]["description"]


def test_stdin_and_closed_pipe_in_a_real_process() -> None:
    done = subprocess.run([sys.executable, "-m", "quotes.cli", "extract", "-"], input=GOOD,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert json.loads(done.stdout)["doc_id"] == text_id(GOOD)
    named = subprocess.run([sys.executable, "-m", "quotes.cli", "extract", "-", "--id", "n-1"],
                           input=GOOD, capture_output=True, text=True, check=False)
    assert json.loads(named.stdout)["doc_id"] == "n-1"
    shell = f"{sys.executable} -m quotes.cli extract {SAMPLE} {SAMPLE} {SAMPLE} | head -n 1"
    piped = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, check=False)
    assert len(piped.stdout.splitlines()) == 1
    assert "Traceback" not in piped.stderr and "BrokenPipe" not in piped.stderr


def test_html_format_is_one_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(GOOD + "<script>alert(1)</script>\n", encoding="utf-8")
    code, out, _ = run(["extract", str(path), "--format", "html"], capsys)
    assert code == 0 and out.startswith("<!DOCTYPE html>")
    assert "Ana Ruiz" in out and "<script>alert(1)" not in out


def test_jobs_keep_the_output_identical_and_in_order(capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path) -> None:
    for i, name in enumerate(["Ana Ruiz", "Tom Berg", "Li Wei", "Sara Cole", "Jon Park"] * 4):
        (tmp_path / f"{i:02}.txt").write_text(GOOD.replace("Ana Ruiz", name), encoding="utf-8")
    code_one, one, _ = run(["extract", str(tmp_path), "--quiet"], capsys)
    code_two, two, _ = run(["extract", str(tmp_path), "--jobs", "2", "--quiet"], capsys)
    assert code_one == code_two == 0
    assert one == two
    assert [json.loads(line)["doc_id"] for line in two.splitlines()] == [f"{i:02}" for i in range(20)]


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotes.cli import progress

    items = [1, 2, 3]
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert progress(items, quiet=False) is items
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert progress(items, quiet=True) is items
    bar = progress(items, quiet=False)
    assert bar is not items and list(bar) == items


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    import quotes

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"quotes {quotes.__version__}\n"
    assert quotes.__version__ == "0.1.0"


def subcommand_parsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(commands.choices)


def test_every_option_has_help_and_its_default() -> None:
    commands = subcommand_parsers()
    assert {"extract", "schema", "render", "eval", "index", "search", "speakers"} <= set(commands)
    for name, parser in commands.items():
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            where = f"quotes {name} {'/'.join(action.option_strings) or action.dest}"
            assert action.help and action.help.strip(), where
            if action.option_strings and not action.required:
                assert "default" in action.help, where


@pytest.mark.parametrize(("args", "message"), [
    (["--jobs", "0"], "quotes: --jobs must be 1 or more (got 0)\n"),
    (["--min-confidence", "2"], "quotes: --min-confidence must be between 0 and 1 (got 2)\n"),
    (["--min-confidence", "-0.1"], "quotes: --min-confidence must be between 0 and 1 (got -0.1)\n"),
    (["--id", "x"], ("quotes: --id names the document read from stdin: give - as a PATH and a "
                     "non-empty ID\n")),
])
@pytest.mark.parametrize("command", ["extract", "index"])
def test_bad_option_values_are_one_line(command: str, args: list[str], message: str,
                                        capsys: pytest.CaptureFixture[str],
                                        tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(GOOD, encoding="utf-8")
    db = ["--db", str(tmp_path / "unused.db")] if command == "index" else []
    assert main([command, *db, str(path), *args]) == 2
    assert capsys.readouterr() == ("", message)
    assert not (tmp_path / "unused.db").exists()


@pytest.mark.parametrize("argv", [["extract", "--bogus", "x.txt"], ["search", "--db", "x", "y"],
                                  ["speakers", "--db", "x", "--format", "csv"], ["extract"]])
def test_usage_errors_print_the_subcommand_usage(argv: list[str],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert err.startswith(f"usage: quotes {argv[0]} ")
    assert f"\nquotes {argv[0]}: error: " in err
