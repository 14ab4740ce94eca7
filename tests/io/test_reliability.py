"""Whatever was scraped: bad bytes, odd characters, stray marks, huge texts. Never a traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quotes.cli import main
from quotes.pipeline import default_extractor
from quotes.records import Quote

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = (ROOT / "fixtures" / "syria-troops.txt").read_text(encoding="utf-8")
LINE = '"We will rebuild the bridge by spring," Mayor Ana Ruiz told reporters.'


def extract_file(tmp_path: Path, data: bytes, capsys: pytest.CaptureFixture[str],
                 *extra: str) -> tuple[int, list[Quote], str, str]:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    code = main(["extract", str(path), *extra])
    out, err = capsys.readouterr()
    text = data.decode("utf-8", errors="replace")
    records = [Quote.model_validate_json(line) for line in out.splitlines()]
    return code, records, err, text


def assert_exact(text: str, records: list[Quote]) -> None:
    for record in records:
        record.check_offsets(text)


@pytest.mark.parametrize("name,data", [
    ("windows line ends", ("Intro line.\r\n\r\n" + LINE + "\r\n\r\nShe said the work starts soon.\r\n")
     .encode()),
    ("byte-order mark", ("\ufeff" + LINE + "\n").encode()),
    ("NUL bytes", ("Intro.\x00\n\n" + LINE.replace("bridge", "bri\x00dge") + "\n").encode()),
    ("zero-width and non-breaking spaces",
     LINE.replace("Mayor ", "Mayor\u00a0").replace("Ruiz", "Ru\u200biz").encode()),
    ("HTML entities", LINE.replace('"', "&quot;", 2).replace("We", "&#87;e").encode()),
    ("curly entities", LINE.replace('"', "&ldquo;", 1).replace('spring,"', "spring,&rdquo;").encode()),
    ("two apostrophes as double quotes", LINE.replace('"', "''").encode()),
    ("backticks and apostrophes", LINE.replace('"', "``", 1).replace('"', "''").encode()),
])
def test_scraped_text_keeps_exact_offsets(name: str, data: bytes, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, records, err, text = extract_file(tmp_path, data, capsys)
    assert code == 0 and err == ""
    direct = [r for r in records if r.kind == "direct"]
    assert len(direct) == 1, name
    assert direct[0].speaker.name is not None and "Ruiz" in direct[0].speaker.name
    assert "rebuild the" in direct[0].text
    assert_exact(text, records)


def test_latin1_file_is_named_and_can_be_read_with_encoding(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ('"Ça suffit," said the café owner, Hélène Dubois.\n').encode("latin-1")
    code, records, err, _ = extract_file(tmp_path, data, capsys)
    assert code == 1 and records == []
    assert err.strip() == f"quotes: {tmp_path / 'article.txt'}: not utf-8 text"
    code, records, err, _ = extract_file(tmp_path, data, capsys, "--encoding", "latin-1")
    assert code == 0 and err == ""
    assert records and records[0].speaker.name == "Hélène Dubois"
    text = data.decode("latin-1")
    assert_exact(text, records)


def test_unknown_encoding_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err, _ = extract_file(tmp_path, LINE.encode(), capsys, "--encoding", "klingon")
    assert code == 1 and err.strip().endswith("unknown encoding 'klingon'")


def test_binary_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, records, err, _ = extract_file(tmp_path, bytes(range(256)) * 4, capsys)
    assert code == 1 and records == [] and "not utf-8 text" in err and "Traceback" not in err


@pytest.mark.parametrize("text", [
    'He is 5\'10" tall and she is 6\' even.',
    'The \'90s were the band\'s best years, said Jones\' manager.',
    ('"Never closed, said the stray mark.\n\nThe rest of the article goes on for a while.\n\n'
    'Officials said the bridge would reopen.'),
    'A lone closing mark here" and another ” there.',
    '““Doubled open marks,” she said.',
    "\u00bb Reversed guillemets \u00ab and » more » marks.",
])
def test_stray_marks_never_swallow_the_article(text: str) -> None:
    records = default_extractor().extract(text)
    assert_exact(text, records)
    for record in records:
        assert "rest of the article" not in record.text
        if record.kind == "direct" and record.end - record.start > 0:
            paragraphs_crossed = text[record.start:record.end].count("\n\n")
            assert paragraphs_crossed == 0 or record.confidence < 0.8


def test_unclosed_quote_gets_lower_confidence() -> None:
    closed = default_extractor().extract('"We are leaving now," said the minister, Ana Ruiz.')
    unclosed = default_extractor().extract('"We are leaving now, said the minister, Ana Ruiz.')
    assert closed and closed[0].kind == "direct" and closed[0].speaker.name == "Ana Ruiz"
    assert all(r.confidence < closed[0].confidence for r in unclosed if r.kind == "direct")


def test_text_longer_than_the_parser_limit_is_processed_in_pieces() -> None:
    extractor = default_extractor()
    saved = extractor.nlp.max_length
    extractor.nlp.max_length = 20_000  # stands in for spaCy's 1,000,000 to keep the test quick
    try:
        one_paragraph = (SAMPLE.replace("\n", " ") + " ") * 20
        many = "\n\n".join([SAMPLE] * 20)
        for text in (one_paragraph, many):
            assert len(text) > extractor.nlp.max_length
            records = extractor.extract(text)
            assert len(records) >= 20 * 10
            assert_exact(text, records)
    finally:
        extractor.nlp.max_length = saved


def test_bad_document_in_a_jsonl_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\n".join([
        json.dumps({"id": "a", "text": LINE}).encode(),
        b"\xff\xfe not utf-8",
        json.dumps({"id": "b", "text": 42}).encode(),
        json.dumps({"id": "c", "text": ""}).encode(),
        json.dumps({"id": "d", "text": LINE}).encode(),
    ]) + b"\n")
    code = main(["extract", str(path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["a", "d"]
    assert err.splitlines() == [f"quotes: {path}:2: not utf-8 text",
                                f"quotes: {path}:3: no string field 'text'"]


def test_interrupt_ends_cleanly(tmp_path: Path) -> None:
    for i in range(400):  # more than the 0.2 s before the interrupt can finish
        (tmp_path / f"{i:03}.txt").write_text(SAMPLE, encoding="utf-8")
    # as from a terminal: a test run started in the background inherits SIGINT ignored, and
    # Python then never raises KeyboardInterrupt in the child, so the child sets it back
    command = ("import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
               "from quotes.cli import main; sys.exit(main())")
    process = subprocess.Popen([sys.executable, "-c", command, "extract", str(tmp_path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    process.stdout.readline()  # it is running and writing
    time.sleep(0.2)
    os.kill(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "Traceback" not in err and err.strip() == "quotes: interrupted"


def test_offset_map_keeps_runs_not_a_number_per_character() -> None:
    """A long text with a few edits costs a few numbers (memory flat in text length)."""
    from quotes.io.normalize import OffsetMap

    original = ("word " * 200_000) + "caf&eacute;\r\nit\u00a0is ''fine''" + ("word " * 1000)
    mapping = OffsetMap(original)
    assert len(mapping._clean) < 20
    at = mapping.text.index("café")
    assert original[mapping.start(at):mapping.end(at + 4)] == "caf&eacute;"
    quoted = mapping.text.index('"fine"')
    assert original[mapping.start(quoted):mapping.end(quoted + 6)] == "''fine''"
    tail = len(mapping.text) - 5
    assert original[mapping.start(tail):mapping.end(tail + 5)] == "word "
