"""GUM coreference gold: reading, the fixed split, the resolver's score, and the training script
end to end on a small corpus made here (the real GUM stays in ../shared)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
from conftest import load_script

from quotes.cli import main
from quotes.evaluate.gum import (
    GumDocument,
    cases,
    held_out,
    parse_documents,
    read_gum,
    score_resolution,
)
from quotes.extract.resolver import load_model

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "train_resolver.py"
PEOPLE = [("Ann Lee", "She"), ("Tom Hale", "He"), ("Rosa Vint", "She"), ("Omar Diaz", "He")]


def write_document(folder: Path, name: str, person: str, pronoun: str, other: str) -> None:
    """``PERSON opened the bridge. OTHER watched. "It was late," PRONOUN said.`` with gold."""
    text = (f"{person} opened the new bridge on Monday.\n\n{other} watched from the bank.\n\n"
            f'"It was late," {pronoun.lower()} said. {pronoun} thanked the builders.')
    mentions = []
    for entity, surface in ((1, person), (2, other)):
        start = text.index(surface)
        mentions.append({"start": start, "end": start + len(surface), "text": surface,
                         "entity": entity, "type": "person"})
    for surface in (f"{pronoun.lower()} said", f"{pronoun} thanked"):
        start = text.index(surface)
        word = surface.split()[0]
        mentions.append({"start": start, "end": start + len(word), "text": word, "entity": 1,
                         "type": "person"})
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.entities.jsonl").write_text(
        "".join(json.dumps(m) + "\n" for m in mentions), encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("gum")
    other = root / "other"
    other.mkdir()
    for i in range(12):
        person, pronoun = PEOPLE[i % 4]
        bystander = "Mrs. Mary Cole" if pronoun == "He" else "Mr. Paul Grant"  # the other gender
        write_document(other, f"GUM_bio_doc{i:02}", person, pronoun, bystander)
    return root


def test_read_gum_checks_offsets(corpus: Path, tmp_path: Path) -> None:
    docs, errors = read_gum(corpus / "other")
    assert len(docs) == 12 and not errors
    assert docs[0].genre == "bio" and docs[0].mentions[0].text == "Ann Lee"
    bad = tmp_path / "GUM_bio_bad.txt"
    bad.write_text("Ann Lee spoke.", encoding="utf-8")
    (tmp_path / "GUM_bio_bad.entities.jsonl").write_text(
        json.dumps({"start": 0, "end": 3, "text": "Bob", "entity": 1, "type": "person"}) + "\n")
    docs, errors = read_gum(tmp_path)
    assert not docs and "do not match" in errors[0].reason


def test_held_out_is_every_fourth_document_of_each_genre() -> None:
    docs = [GumDocument(f"GUM_{genre}_{i}", genre, "", []) for genre in ("bio", "court")
            for i in range(8)]
    assert held_out(docs) == {"GUM_bio_3", "GUM_bio_7", "GUM_court_3", "GUM_court_7"}
    assert held_out(reversed(docs)) == held_out(docs)


def test_cases_and_score_of_the_shipped_resolver(corpus: Path, extractor) -> None:
    docs, _ = read_gum(corpus / "other")
    parsed = list(parse_documents(docs[:4], extractor.parse))
    found = [c for doc in parsed for c in cases(doc, teacher=True)]
    assert [c.kind for c in found] == ["pronoun"] * 8
    assert all(any(c.correct) for c in found)
    scores = score_resolution(parse_documents(docs[:4], extractor.parse), load_model())
    speakers = scores["speakers"]["pronoun"]
    assert speakers.cases == 4  # "she said"; "She thanked" is no speaker
    assert speakers.right == 4 and speakers.wrong == 0
    assert scores["all"]["pronoun"].cases == 8


def test_eval_speakers_command(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval-speakers", str(corpus / "other"), "--split", "all",
                 "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 12
    assert out["scores"]["speakers"]["pronoun"]["cases"] == 12
    assert main(["eval-speakers", str(corpus / "missing")]) == 2


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    return load_script("train_resolver")


def test_fit_learns_a_toy_ranking(trainer: ModuleType) -> None:
    np = pytest.importorskip("numpy")
    width = len(trainer.FEATURE_NAMES)
    right = trainer.FEATURE_NAMES.index("nearest_subject")
    data = []
    for n in range(20):
        rows = np.zeros((3, width))
        rows[n % 3, right] = 1.0
        data.append((rows, n % 3))
    w = trainer.fit(data, l2=0.1)
    assert w[right] > 1.0
    best, probability = trainer.predict(w, data[1][0])
    assert best == 1 and probability > 0.8


def _predictions(right_by_fold: list[int], per_fold: int = 10) -> list[tuple]:
    """Predictions whose fold ``i`` (document ``d{i}``) has ``right_by_fold[i]`` right cases."""
    out = []
    for fold, right in enumerate(right_by_fold):
        for n in range(per_fold):
            case = SimpleNamespace(doc_id=f"d{fold}", kind="pronoun", correct=[n < right])
            out.append((case, 0, 1.0))
    return out


def test_penalty_is_the_strongest_within_one_standard_error(trainer: ModuleType) -> None:
    fold_of = {f"d{i}": i for i in range(trainer.FOLDS)}
    noisy = _predictions([10, 6, 10, 6, 10])  # 0.84, folds spread wide
    slightly_worse = _predictions([10, 6, 10, 6, 9])  # 0.82: within one standard error
    results = {l2: noisy for l2 in trainer.L2_GRID}
    results[max(trainer.L2_GRID)] = slightly_worse
    assert trainer.chosen_l2(results, fold_of) == max(trainer.L2_GRID)
    results[max(trainer.L2_GRID)] = _predictions([5, 5, 5, 5, 5])  # 0.50: clearly worse
    assert trainer.chosen_l2(results, fold_of) == sorted(trainer.L2_GRID)[-2]
    steady = _predictions([9, 9, 9, 9, 9])  # no spread: only the best accuracy will do
    results = {l2: _predictions([8, 8, 8, 8, 8]) for l2 in trainer.L2_GRID}
    results[min(trainer.L2_GRID)] = steady
    assert trainer.chosen_l2(results, fold_of) == min(trainer.L2_GRID)


def write_wire_set(folder: Path) -> Path:
    """A one-document wire train set whose ``she said`` is Ann Lee's."""
    folder.mkdir()
    text = 'Ann Lee opened the bridge. Tom Hale watched.\n\n"It was late," she said.\n'
    start, at = text.index("It was"), text.index("she said")
    gold = {"doc": "bridge", "kind": "direct", "start": start, "end": start + 12,
            "text": "It was late,", "speaker": "Ann Lee", "speaker_type": "person",
            "mention": {"start": at, "end": at + 3, "text": "she"}}
    (folder / "bridge.txt").write_text(text, encoding="utf-8")
    (folder / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    return folder


def test_training_script_end_to_end_is_reproducible(corpus: Path, tmp_path: Path) -> None:
    outputs, noun_tables = [], []
    wire = write_wire_set(tmp_path / "train-tiny")
    for run in range(2):
        out, nouns = tmp_path / f"model{run}.json", tmp_path / f"nouns{run}.tsv"
        done = subprocess.run([sys.executable, str(SCRIPT), "--gum", str(corpus), "--out",
                               str(out), "--nouns-out", str(nouns), "--wire", str(wire)],
                              capture_output=True, text=True, timeout=600, check=False)
        assert done.returncode == 0, done.stderr
        outputs.append(out.read_bytes())
        noun_tables.append(nouns.read_bytes())
    assert outputs[0] == outputs[1]
    assert noun_tables[0] == noun_tables[1] and noun_tables[0].startswith(b"# lemma\t")
    model = json.loads(outputs[0])
    assert model["metadata"]["train_documents"] == 9
    assert model["metadata"]["wire_documents"] == 1
    assert model["metadata"]["speakers_named_cross_validated"]["wire"]["pronoun"]["cases"] == 1
    assert set(model["min_probability"]) == {"pronoun", "nominal"}


def test_training_script_learns_from_no_held_out_wire_set(tmp_path: Path) -> None:
    held = write_wire_set(tmp_path / "heldout-tiny")
    done = subprocess.run([sys.executable, str(SCRIPT), "--wire", str(held), "--out",
                           str(tmp_path / "m.json")], capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 2 and "only wire train sets" in done.stderr
    assert not (tmp_path / "m.json").exists()
