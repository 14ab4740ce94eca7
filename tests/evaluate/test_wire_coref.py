"""quotes.evaluate.wire_coref: a wire set's speakers read as coreference gold for the resolver."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.cli import main
from quotes.evaluate.gold import GoldDoc, GoldQuote
from quotes.evaluate.gum import cases, parse_documents
from quotes.evaluate.wire_coref import (
    coreference_gold,
    is_wire_set,
    read_wire_coreference,
)

TEXT = ("Mayor Ann Lee opened the bridge on Monday. Pekka Laine and Mikko Laine watched.\n\n"
        '"It was late," she said. Lee thanked the builders.\n\n'
        '"We are proud," the mayor said. "Fine work," a bystander said.')


def record(text: str, speaker: str, kind: str, mention: str, nth: int = 0) -> dict:
    start = TEXT.index(text)
    at = -1
    for _ in range(nth + 1):
        at = TEXT.index(mention, at + 1)
    return {"doc": "bridge", "kind": "direct", "start": start, "end": start + len(text),
            "text": text, "speaker": speaker, "speaker_type": kind,
            "mention": {"start": at, "end": at + len(mention), "text": mention}}


RECORDS = [record("It was late,", "Ann Lee", "person", "she"),
           record("We are proud,", "Ann Lee", "person", "mayor"),
           record("Fine work,", "bystander", "person", "bystander"),
           record("It was late,", "Pekka Laine", "person", "Pekka Laine")]


def gold_doc() -> GoldDoc:
    return GoldDoc("bridge", TEXT, [GoldQuote.model_validate(r) for r in RECORDS])


def test_named_speakers_become_entities_with_their_names_and_site_mentions() -> None:
    gold = coreference_gold(gold_doc())
    by_text = {(m.text, m.start): m.entity for m in gold.mentions}
    lee = by_text[("Ann Lee", TEXT.index("Ann Lee"))]
    assert by_text[("Lee", TEXT.index("Lee thanked"))] == lee  # the family name, written alone
    assert by_text[("she", TEXT.index("she said"))] == lee
    assert by_text[("mayor", TEXT.index("mayor said"))] == lee
    assert [m.start for m in gold.mentions] == sorted(m.start for m in gold.mentions)
    texts = [m.text for m in gold.mentions]
    assert "bystander" not in texts  # an unnamed speaker is no entity
    assert "Laine" not in texts  # "Mikko Laine" is another Laine, though no speaker
    assert gold.genre == "wire"


def test_only_a_family_name_no_other_speaker_shares_is_taken_alone() -> None:
    records = RECORDS + [record("Fine work,", "Mikko Laine", "person", "Mikko Laine")]
    gold = coreference_gold(GoldDoc("bridge", TEXT, [GoldQuote.model_validate(r)
                                                     for r in records]))
    assert not any(m.text == "Laine" for m in gold.mentions)
    assert {m.text for m in gold.mentions} >= {"Pekka Laine", "Mikko Laine"}


@pytest.fixture
def wire_set(tmp_path: Path) -> Path:
    folder = tmp_path / "train-tiny"
    folder.mkdir()
    (folder / "bridge.txt").write_text(TEXT, encoding="utf-8")
    (folder / "gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS),
                                       encoding="utf-8")
    return folder


def test_a_wire_set_is_read_with_its_set_in_the_document_ids(wire_set: Path) -> None:
    assert is_wire_set(wire_set) and not is_wire_set(wire_set.parent)
    docs, errors = read_wire_coreference([wire_set])
    assert not errors and [d.doc_id for d in docs] == ["train-tiny/bridge"]


def test_pronoun_and_nominal_speakers_are_ranking_cases(wire_set: Path, extractor) -> None:
    docs, _ = read_wire_coreference([wire_set])
    parsed = list(parse_documents(docs, extractor.parse))
    found = list(cases(parsed[0], teacher=True))
    assert [c.kind for c in found] == ["pronoun", "nominal"]
    assert all(any(c.correct) for c in found)
    assert all(c.candidates[c.correct.index(True)].name == "Ann Lee" for c in found)


def test_eval_speakers_scores_a_wire_set(wire_set: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval-speakers", str(wire_set), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 1 and out["split"] == "all"
    assert out["scores"]["speakers"]["pronoun"]["cases"] == 1
    assert out["scores"]["speakers"]["nominal"]["cases"] == 1
