"""The cue lexicon learned from PolNeAR train: well-formed data, used only with the "learned"
cue class in the attributions scope (the default statements scope must not change)."""

from __future__ import annotations

import pytest

from quotes.extract.lexicon import (
    CUE_CLASSES,
    PATTERNS,
    cue_entries,
    cue_forms,
    learned_cues,
)
from quotes.pipeline import SCOPES, Extractor

TEXT = "Senator Mary Smith chanted that the new tax plan would hurt working families."
OBJECT = "Protesters chanted slogans against the new tax plan outside the building."


@pytest.fixture(scope="module")
def learning(extractor):
    """The attributions scope with the learned cues switched on."""
    return Extractor(model=extractor.nlp, scope="attributions",
                     cue_classes=SCOPES["attributions"] | {"learned"})


def test_learned_lexicon_loads_and_is_well_formed():
    entries = learned_cues()
    assert len(entries) > 50
    for (lemma, pos, pattern), entry in entries.items():
        assert (entry.lemma, entry.pos, entry.pattern) == (lemma, pos, pattern)
        assert lemma and lemma == lemma.lower() and "\t" not in lemma
        assert pos in ("VERB", "NOUN") and pattern in PATTERNS + ("any",)
        assert 0.0 < entry.share <= 1.0 and entry.count >= 1


def test_learned_class_never_in_the_statements_scope():
    assert "learned" in CUE_CLASSES and "learned" not in SCOPES["statements"]
    assert "chanted" in cue_forms(frozenset({"learned"}))
    assert "chanted" not in cue_forms(SCOPES["statements"])


def test_learned_verb_yields_a_record_only_with_learned_cues(extractor, learning):
    assert ("chant", "VERB", "any") in learned_cues() and "chant" not in cue_entries()
    records = learning.extract(TEXT)
    assert len(records) == 1
    q = records[0]
    assert q.cue is not None and q.cue.lemma == "chant"
    assert q.text == "the new tax plan would hurt working families"
    assert q.speaker is not None and "Smith" in q.speaker.name
    assert extractor.extract(TEXT) == []  # statements scope: no cue, no record


def test_learned_object_pattern_opens_the_broad_branch(extractor, learning):
    assert ("chant", "VERB", "dobj") in learned_cues()
    records = learning.extract(OBJECT)
    assert [q.text for q in records] == ["slogans against the new tax plan outside the building"]
    assert extractor.extract(OBJECT) == []
