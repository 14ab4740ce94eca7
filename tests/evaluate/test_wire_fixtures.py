"""The invented wire-style evaluation sets in fixtures/wire/: gold that reads, offsets that hold.

Each set's gold is read by the evaluator's own reader (which checks every span against its
text) and held to the guidelines' shape: sorted, not overlapping, parts inside the record, a
known kind and speaker type, and a count that matches fixtures/wire/README.md.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quotes.evaluate.gold import read_quotes_gold

WIRE = Path(__file__).resolve().parents[2] / "fixtures" / "wire"
SETS = sorted(p.name for p in WIRE.iterdir() if p.is_dir())


def test_the_sets_are_there() -> None:
    assert SETS == ["heldout-2", "heldout-3", "heldout-4", "heldout-5", "heldout-mixed",
                    "train-canada", "train-canada-2", "train-fields-5", "train-fields-7",
                    "train-mixed-10", "train-mixed-11", "train-mixed-12", "train-mixed-13",
                    "train-mixed-14", "train-mixed-15", "train-mixed-16", "train-mixed-17",
                    "train-mixed-18", "train-mixed-19", "train-mixed-20", "train-mixed-21",
                    "train-mixed-22", "train-mixed-23", "train-mixed-24", "train-mixed-25",
                    "train-mixed-26", "train-mixed-27", "train-mixed-28", "train-mixed-29",
                    "train-mixed-3", "train-mixed-30", "train-mixed-31", "train-mixed-32",
                    "train-mixed-33", "train-mixed-34", "train-mixed-35", "train-mixed-36",
                    "train-mixed-37", "train-mixed-6", "train-mixed-8",
                    "train-mixed-9", "train-names-4",
                    "train-us-2", "train-wire"]


@pytest.mark.parametrize("name", SETS)
def test_gold_offsets_hold_and_records_are_in_order(name: str) -> None:
    folder = WIRE / name
    docs, errors = read_quotes_gold(folder / "gold.jsonl", folder)
    assert errors == []
    assert len(docs) == 8 and all(d.records for d in docs)  # every article quotes someone
    for doc in docs:
        previous_end = -1
        for record in doc.records:
            assert record.start >= previous_end, f"{doc.doc_id}:{record.start} overlaps"
            previous_end = record.end
            assert record.parts and record.parts[0][0] == record.start
            assert record.parts[-1][1] == record.end
            assert all(record.start <= s < e <= record.end for s, e in record.parts)
            assert record.speaker_type in ("person", "organization", "group", "unknown")
            assert doc.text[record.start:record.end] == record.text


@pytest.mark.parametrize("name", SETS)
def test_the_readme_counts_the_records(name: str) -> None:
    row = next(line for line in (WIRE / "README.md").read_text().splitlines()
               if line.startswith(f"| `{name}/`"))
    articles, records = (int(n) for n in re.findall(r"\| (\d+) ", row)[:2])
    lines = (WIRE / name / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    assert (articles, records) == (len(list((WIRE / name).glob("*.txt"))), len(lines))
