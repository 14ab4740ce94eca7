"""Output formats: CSV safe to open in a spreadsheet, the table showing the exact words."""

from __future__ import annotations

import csv
import io

import pytest

from quotes.io.output import format_table_entry, write_records
from quotes.records import Quote, Span, Speaker

SPLIT = ('"We met the challenge, and we did it well," the minister said, "and the troops are\n'
         'coming home."')


def part(text: str, fragment: str) -> Span:
    start = text.index(fragment)
    return Span(text=fragment, start=start, end=start + len(fragment))


def split_quote() -> Quote:
    first = part(SPLIT, "We met the challenge, and we did it well,")
    second = part(SPLIT, "and the troops are\ncoming home.")
    return Quote(text=SPLIT[first.start:second.end], start=first.start, end=second.end,
                 kind="direct", parts=[first, second], attribution="explicit", paragraph=0,
                 confidence=0.9, speaker=Speaker(name="the minister"), doc_id="d")


def test_table_shows_each_part_verbatim_with_a_marker_between() -> None:
    table = format_table_entry(split_quote())
    body = [line for line in table.splitlines() if line.startswith(("    > ", "      "))]
    assert body == ["    > We met the challenge, and we did it well, … and the troops are",
                    "      coming home."]
    shown = " ".join(line[6:] for line in body)
    for piece in shown.split(" … "):  # every piece is words of the article, as written
        assert piece.replace(" coming", "\ncoming") in SPLIT
    assert "well, and the troops" not in table  # never joined over the attribution


def test_table_of_a_whole_quote_is_its_text() -> None:
    text = 'He said the plan "works" -- and it does.'
    quote = Quote(text=text, start=0, end=len(text), kind="indirect", attribution="unresolved",
                  paragraph=0, confidence=0.2, speaker=Speaker())
    assert format_table_entry(quote).splitlines()[-1] == "    > " + text


def quote_with(text: str, name: str) -> Quote:
    return Quote(text=text, start=0, end=len(text), kind="direct", attribution="explicit",
                 paragraph=0, confidence=0.5, speaker=Speaker(name=name, organization="@corp"))


@pytest.mark.parametrize("dangerous", ['=cmd|" /C calc"!A0', "+1+1", "-2+3", "@SUM(A1)",
                                       "\t=1", "\rx"])
def test_csv_cells_cannot_start_a_formula(dangerous: str) -> None:
    record = quote_with(dangerous, "=HYPERLINK(\"http://x\")")
    out = io.StringIO()
    write_records([record], "csv", out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["text"] == "'" + dangerous
    assert row["speaker"] == "'=HYPERLINK(\"http://x\")" and row["organization"] == "'@corp"
    assert row["confidence"] == "0.5" and row["start"] == "0"  # numbers are left alone
    jsonl = io.StringIO()
    write_records([record], "jsonl", jsonl)  # the raw text stays recoverable
    assert Quote.model_validate_json(jsonl.getvalue()).text == dangerous


def test_csv_leaves_ordinary_cells_alone() -> None:
    out = io.StringIO()
    write_records([quote_with("We will stay.", "Ana Ruiz")], "csv", out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["text"], row["speaker"]) == ("We will stay.", "Ana Ruiz")
