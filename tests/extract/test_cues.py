"""quotes.extract.cues: reporting verbs and ``according to`` matched on the parse."""

from __future__ import annotations

import pytest

from quotes.extract.cues import cue_text_span, find_cues
from quotes.extract.lexicon import CUE_CLASSES, cue_entries

ALL = frozenset(CUE_CLASSES)
DEFAULT = frozenset({"speech", "writing", "report"})


@pytest.fixture(scope="module")
def nlp(extractor):
    return extractor.nlp


def lemmas(nlp, text, classes=ALL):
    return [c.lemma for c in find_cues(nlp(text), classes)]


def written(cue) -> str:
    first, last = cue_text_span(cue)
    return first.doc[first.i : last.i + 1].text


def test_lexicon_entries_are_well_formed():
    entries = cue_entries()
    assert {"say", "tell", "according to", "think"} <= set(entries)
    assert entries["say"].cue_class == "speech"
    assert entries["according to"].pos == "ADP"
    assert entries["report"].takes_noun_phrase and not entries["say"].takes_noun_phrase
    assert {e.cue_class for e in entries.values()} <= set(CUE_CLASSES)


@pytest.mark.parametrize(("text", "lemma"), [
    ("The mayor said the bridge would reopen.", "say"),
    ("She told reporters the vote was close.", "tell"),
    ("The senator warned that prices would rise.", "warn"),
    ("He tweeted that the match was fixed.", "tweet"),
    ("The agency reported two new cases.", "report"),
    ("Officials have denied the claims.", "deny"),
])
def test_verb_cues(nlp, text, lemma):
    assert lemmas(nlp, text) == [lemma]


def test_cue_head_and_tokens_are_the_verb(nlp):
    doc = nlp("The coach insisted that the team was ready.")
    (cue,) = find_cues(doc, ALL)
    assert cue.head.text == "insisted" and cue.tokens == (cue.head,)
    assert not cue.is_phrase
    assert written(cue) == "insisted"


@pytest.mark.parametrize("text", [
    "According to the report, sales fell sharply.",
    "Sales fell sharply, according to the report.",
])
def test_according_to_is_a_phrase_cue(nlp, text):
    (cue,) = find_cues(nlp(text), ALL)
    assert cue.lemma == "according to" and cue.is_phrase
    assert [t.lower_ for t in cue.tokens] == ["according", "to"]
    assert written(cue).lower() == "according to"


def test_according_without_to_is_no_cue(nlp):
    assert lemmas(nlp, "The game went according as planned.") == []


def test_particle_cue_needs_its_particle(nlp):
    doc = nlp("She pointed out that the rules had changed.")
    (cue,) = find_cues(doc, ALL)
    assert cue.lemma == "point"
    assert written(cue) == "pointed out"
    assert lemmas(nlp, "He pointed at the map on the wall.") == []


def test_went_on_is_a_cue(nlp):
    assert lemmas(nlp, '"We will win the league," he went on.') == ["go"]


def test_went_on_to_do_is_not_a_cue(nlp):
    assert lemmas(nlp, "They went on to win the cup.") == []


def test_class_filter(nlp):
    text = "She thinks the plan will fail."
    assert lemmas(nlp, text, ALL) == ["think"]
    assert lemmas(nlp, text, DEFAULT) == []
    assert lemmas(nlp, "He tweeted that the match was fixed.", frozenset({"speech"})) == []
    assert lemmas(nlp, "According to police, the fire was deliberate.", frozenset({"speech"})) == []


def test_several_cues_in_text_order(nlp):
    doc = nlp("The minister said the plan was sound, but critics argued it would fail.")
    found = find_cues(doc, DEFAULT)
    assert [c.lemma for c in found] == ["say", "argue"]
    assert found[0].head.i < found[1].head.i


@pytest.mark.parametrize("text", [
    "The witness spoke softly to the jury.",
    "The report is on the desk.",
    "He sayeth nothing.",
])
def test_no_cue(nlp, text):
    assert lemmas(nlp, text, DEFAULT) == []


@pytest.mark.parametrize("text", [
    "The said document was signed in 1990.",
    "The said agreement expired last year.",
])
def test_attributive_said_is_not_a_cue(nlp, text):
    assert lemmas(nlp, text) == []
