"""quotes.extract.resolver: the shipped weights, the features, the ranking and the fitter.

Nothing here reads GUM: training is ``scripts/train_resolver.py``'s job (``make
train-resolver``); tests/evaluate/test_gum.py runs it end to end on a tiny corpus of its own.
"""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest
from anaphor_helpers import document, entity, nominal, she

from quotes.extract.anaphora import pronoun_anaphor
from quotes.extract.candidates import Anaphor
from quotes.extract.lexicon import referent_nouns
from quotes.extract.resolver import (
    FEATURE_NAMES,
    MODEL_FILE,
    ResolverModel,
    candidate_features,
    load_model,
    resolve,
)


def test_weights_ship_in_the_package_with_a_threshold_per_kind() -> None:
    raw = json.loads(resources.files("quotes.extract").joinpath("data", MODEL_FILE).read_text())
    model = load_model()
    assert set(model.weights) <= set(FEATURE_NAMES) and len(model.weights) > 20
    assert all(math.isfinite(w) for w in model.weights.values())
    assert set(model.min_probability) == {"pronoun", "nominal"}
    assert all(0.0 <= t < 1.0 for t in model.min_probability.values())
    meta = raw["metadata"]
    assert meta["train_documents"] > 50 and meta["cases"] > 500
    assert meta["cross_validated"]["pronoun"]["accuracy"] > 0.75  # run-time mode, train folds
    assert meta["wire_documents"] >= 100  # news speakers: the wire train sets
    for source in ("gum", "wire"):
        named = meta["speakers_named_cross_validated"][source]["pronoun"]
        assert named["right"] > 10 * named["wrong"]


def test_candidates_are_people_mentioned_before_for_he_and_she() -> None:
    ann = entity("Ann Lee", mentions=((100, 1, "subject"),))
    later = entity("Rosa Vint", mentions=((600, 6, "subject"),))
    bank = entity("World Bank", "organization", mentions=((300, 3, "subject"),))
    candidates, features = candidate_features(she(), document(ann, later, bank))
    assert candidates == [ann]
    assert features[0]["person_pronoun*person"] == 1.0


def test_a_person_known_to_be_of_the_other_gender_is_no_candidate() -> None:
    tom = entity("Tom Hale", gender="male", mentions=((400, 4, "subject"),))
    ann = entity("Ann Lee", gender="female", mentions=((100, 1, "subject"),))
    candidates, features = candidate_features(she(), document(tom, ann))
    assert candidates == [ann]  # agreement is a constraint: Tom Hale is no candidate
    assert features[0]["nearest_subject"] == 1.0
    best, _ = resolve(she(), document(tom, ann))
    assert best is ann


def test_a_nominal_finds_the_entity_whose_title_it_names() -> None:
    mayor = entity("Ann Lee", title="Mayor", mentions=((100, 1, "object"),))
    other = entity("Tom Hale", role="teacher", mentions=((300, 3, "subject"),))
    the_mayor = Anaphor(500, 509, 5, 5, "mayor", True, frozenset({"mayor"}), subject=True,
                        function="subject", speaker=True)
    candidates, features = candidate_features(the_mayor, document(mayor, other))
    assert dict(zip([e.name for e in candidates], features, strict=True))["Ann Lee"][
        "head_in_role"] == 1.0
    assert resolve(the_mayor, document(mayor, other))[0] is mayor


def test_an_abbreviated_title_is_the_office_a_nominal_names() -> None:
    governor = entity("Dana Whitlock", title="Gov.", mentions=((100, 1, "subject"),))
    other = entity("Tom Hale", mentions=((300, 3, "subject"),))
    assert "governor" in governor.described_words()
    candidates, features = candidate_features(nominal("governor"), document(governor, other))
    assert candidates == [governor]
    assert features[0]["head_in_role"] == 1.0


def test_probabilities_are_a_distribution_and_nobody_is_found_without_candidates() -> None:
    model = ResolverModel({"rank_0": 1.0}, {"pronoun": 0.5, "nominal": 0.5}, {})
    probabilities = model.probabilities([{"rank_0": 1.0}, {}, {}])
    assert sum(probabilities) == pytest.approx(1.0)
    assert probabilities[0] > probabilities[1] == probabilities[2]
    assert resolve(she(), document(), model) == (None, 0.0)


def test_the_threshold_is_per_kind() -> None:
    model = ResolverModel({}, {"pronoun": 0.5, "nominal": 0.8}, {})
    nominal = Anaphor(0, 3, 0, 0, "mayor", True)
    assert model.confident(she(), 0.6) and not model.confident(nominal, 0.6)


def test_a_subject_pronoun_finds_its_clause_mate_in_the_parse(extractor) -> None:
    (_, view, _), = extractor.parse(["It accused the agency of hiding the hack."])
    doc = view.segments[0].doc
    it = pronoun_anaphor(doc[0], 0, 0, 0, set())
    assert it is not None and it.clause_mate == doc[3].idx  # "agency", its object


def test_the_shipped_referent_nouns_were_learned_for_people_and_organisations() -> None:
    nouns = referent_nouns()
    assert len(nouns) > 500 and set(nouns.values()) == {"person", "organization", "other"}


def test_what_news_also_calls_an_office_describes_its_holder() -> None:
    manager = entity("Steve Brannigan", role="manager", mentions=((100, 1, "subject"),))
    captain = entity("Liam Fairweather", role="captain", mentions=((300, 3, "subject"),))
    assert {"boss", "manager"} <= manager.described_words()
    assert "skipper" in captain.described_words() and "boss" not in captain.described_words()
