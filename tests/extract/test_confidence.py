"""The confidence model: shipped weights, features of real records, sane orderings, the fitter.

Nothing here reads the PolNeAR corpus: training is ``scripts/train_confidence.py``'s job.
"""

from __future__ import annotations

import math
from importlib import resources
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from conftest import load_script

from quotes.extract.confidence import (
    FEATURE_NAMES,
    MODEL_FILE,
    load_model,
    probability,
    record_features,
)

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_confidence.py"
NAMED_DIRECT = '"We will rebuild the bridge by spring," Mayor Ana Ruiz told reporters.'
UNRESOLVED_DIRECT = '"Nobody expected the river to rise so quickly this spring."'
NAMED_INDIRECT = "Mayor Ana Ruiz said that the bridge would be rebuilt by spring."
UNRESOLVED_INDIRECT = "He said that the bridge would be rebuilt by spring."


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    return load_script("train_confidence")


def only(extractor, text: str):  # type: ignore[no-untyped-def]
    records = extractor.extract(text)
    assert len(records) == 1, [(q.kind, q.text) for q in records]
    return records[0]


def test_weights_ship_in_the_package_and_cover_every_feature() -> None:
    path = resources.files("quotes.extract").joinpath("data", MODEL_FILE)
    assert len(path.read_bytes()) < 20_000  # small and human-readable
    model = load_model()
    assert set(model["weights"]) == set(FEATURE_NAMES)
    assert all(isinstance(w, float) and math.isfinite(w) for w in model["weights"].values())
    assert isinstance(model["bias"], float)
    meta = model["metadata"]
    assert "PolNeAR" in meta["trained_on"] and meta["examples"] > 1000 and meta["date"]
    dev = meta["dev_polnear"]["statements"]
    assert {"all attributions", "speech only"} <= set(dev)
    # calibrated on dev (never fitted there): about nine in ten records at >= 0.8 are right
    assert dev["all attributions"]["at_least_0.8"]["share_right"] >= 0.88
    assert dev["all attributions"]["ece"] <= 0.03
    for scope in ("statements", "attributions"):  # chosen on train, never on dev
        assert 0.0 <= meta["chosen_on_train"][scope]["min_confidence"] < 1.0


def test_every_record_gets_one_full_feature_row(extractor) -> None:
    text = f"{NAMED_DIRECT}\n\n{NAMED_INDIRECT}\n\n{UNRESOLVED_DIRECT}"
    with record_features() as rows:
        records = extractor.extract(text)
    assert len(rows) == len(records) == 3
    for row, record in zip(rows, records):
        assert tuple(row) == FEATURE_NAMES
        assert all(math.isfinite(v) for v in row.values())
        assert 0.0 <= record.confidence <= 1.0
        assert record.confidence == round(probability(row), 3)
        assert row[f"kind={record.kind}"] == 1.0 and row[f"attribution={record.attribution}"] == 1.0
    assert rows[0]["cue=tell"] == rows[0]["has_name"] == 1.0
    assert rows[2]["no_cue"] == rows[2]["no_mention"] == 1.0


def test_no_rows_are_kept_outside_a_recording(extractor) -> None:
    with record_features() as rows:
        pass
    extractor.extract(NAMED_DIRECT)
    assert rows == []


@pytest.mark.parametrize(("better", "worse"), [
    (NAMED_DIRECT, UNRESOLVED_DIRECT),
    (NAMED_INDIRECT, UNRESOLVED_INDIRECT),
    (NAMED_DIRECT, '"We will rebuild the bridge by spring, Mayor Ana Ruiz told reporters.'),
])
def test_a_named_attributed_quote_is_trusted_more(extractor, better: str, worse: str) -> None:
    good, bad = only(extractor, better), only(extractor, worse)
    assert good.attribution == "explicit" and good.speaker.name == "Ana Ruiz"
    assert good.confidence > bad.confidence


def test_a_named_direct_quote_is_confident(extractor) -> None:
    assert only(extractor, NAMED_DIRECT).confidence >= 0.8
    assert only(extractor, UNRESOLVED_DIRECT).confidence < 0.5


def test_probability_ignores_unknown_features() -> None:
    model = {"bias": 0.0, "weights": {"known": 2.0}}
    assert probability({"known": 0.0, "unknown": 5.0}, model) == 0.5
    assert probability({"known": 1.0}, model) == pytest.approx(1 / (1 + math.exp(-2)))


def test_fitter_learns_a_separable_toy_problem(trainer: ModuleType) -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 3))
    y = (x[:, 0] - 0.5 * x[:, 1] > 0).astype(float)
    weights, bias = trainer.fit_logistic(x, y, l2=0.1)
    assert weights[0] > 0 > weights[1] and abs(weights[2]) < abs(weights[1])
    predicted = (x @ weights + bias > 0).astype(float)
    assert (predicted == y).mean() > 0.98
    stronger, _ = trainer.fit_logistic(x, y, l2=100.0)
    assert np.abs(stronger).sum() < np.abs(weights).sum()  # L2 shrinks


def test_cross_validation_picks_from_the_grid(trainer: ModuleType) -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=(300, 2))
    y = (rng.random(300) < 1 / (1 + np.exp(-2 * x[:, 0]))).astype(float)
    groups = [f"doc{i % 30}" for i in range(300)]
    l2, losses = trainer.choose_l2(x, y, groups, grid=(0.1, 10.0), folds=3)
    assert l2 in (0.1, 10.0) and set(losses) == {"0.1", "10.0"}


def test_threshold_is_chosen_on_train_records(trainer: ModuleType) -> None:
    from quotes.evaluate.evaluation import GoldDoc
    from quotes.evaluate.scoring import GoldQuote
    from quotes.records import Quote, Speaker

    text = "Ana said the bridge will open. Bo said the road will close. Cy said nothing new here."
    gold = [GoldQuote(doc="d", kind="indirect", start=9, end=29, text=text[9:29], speaker="Ana",
                      cue="said")]
    doc = GoldDoc("d", text, gold)

    def record(start: int, end: int, name: str) -> Quote:
        return Quote(text=text[start:end], start=start, end=end, kind="indirect", doc_id="d",
                     speaker=Speaker(name=name), attribution="explicit", confidence=0.5,
                     paragraph=0)

    made = {"attributions": [record(9, 29, "Ana"), record(39, 58, "Bo")]}
    # the right record is trusted, the false one is not: dropping under 0.5 keeps F1 at 1
    chosen = trainer.choose_thresholds([doc], made, np.array([0.9, 0.2]))
    assert chosen["attributions"]["min_confidence"] in (0.25, 0.3, 0.4, 0.5, 0.6, 0.7)
    assert chosen["attributions"]["train_speech_f1_if_dropped_below"]["0.0"] < 1.0
    assert chosen["attributions"]["train_speech_f1_if_dropped_below"]["0.5"] == 1.0


def test_auc_ranks(trainer: ModuleType) -> None:
    y = np.array([1.0, 1.0, 0.0, 0.0])
    assert trainer.auc(y, np.array([0.9, 0.8, 0.2, 0.1])) == 1.0
    assert trainer.auc(y, np.array([0.5, 0.5, 0.5, 0.5])) == 0.5
