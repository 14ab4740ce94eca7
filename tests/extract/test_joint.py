"""quotes.extract.joint: speakers named together are one record with all their names."""

from __future__ import annotations

import pytest
from conftest import run

from quotes.extract.joint import conjoined_names


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The Red Cross and the United Nations said the convoy was hit.",
     "Red Cross and United Nations", "organization"),
    (('Donald Trump met Paul Ryan on Thursday. Trump and Ryan said they had a "very positive" '
     "meeting."), "Donald Trump and Paul Ryan", "group"),
])
def test_speakers_named_together_are_one_record_with_both_names(extractor, text: str, name: str,
                                                                kind: str) -> None:
    speaker = run(extractor, text)[-1].speaker
    assert (speaker.name, speaker.type, speaker.title) == (name, kind, None)


def test_a_list_without_and_is_no_joint_speaker(extractor) -> None:
    text = ("William Wilkin, a history teacher, spoke last. His allegiance has shifted from Carly "
            "Fiorina to Rubio to, now, Cruz, Wilkin said.")
    assert run(extractor, text)[-1].speaker.name == "William Wilkin"


@pytest.mark.parametrize(("text", "others"), [
    ("Sen. Ted Cruz, Gov. Jeb Bush and Donald Trump said so.", ["Jeb Bush", "Donald Trump"]),
    ("Neither Cruz nor Christie said so.", []),  # no one of them said it
    ("Trump or Ryan said so.", []),
])
def test_the_names_a_subject_is_joined_to(extractor, text: str, others: list[str]) -> None:
    doc = extractor.nlp(text)
    head = next(c for c in next(t for t in doc if t.text == "said").children
                if c.dep_ == "nsubj")
    assert conjoined_names(head) == others


def test_a_surname_the_tagger_missed_still_joins_the_names_after_it(extractor) -> None:
    text = ("Republican Sens. Pat Toomey and Kelly Ayotte face tough races. Toomey and Sen. Kelly "
            "Ayotte (R-N.H.) said they would not attend the convention.")
    assert run(extractor, text)[-1].speaker.name == "Pat Toomey and Kelly Ayotte"
    # (a portfolio's words joined before an office are no second speaker)
    text = "Oceans and Fisheries Minister Fiona Galbraith said the quota would be cut."
    assert run(extractor, text)[-1].speaker.name == "Fiona Galbraith"


def test_both_names_said_together_are_one_record(extractor) -> None:
    text = ("Ted Cruz chose Carly Fiorina as his running mate on Wednesday. Both Cruz and Fiorina "
            "criticized Trump and his rhetoric, saying it was \"sexist.\"")
    assert run(extractor, text)[-1].speaker.name.startswith("Ted Cruz and ")


def test_one_name_with_and_in_it_is_not_said_twice(extractor) -> None:
    speaker = run(extractor, "Smith and Jones said the deal was done.")[-1].speaker
    assert speaker.name == "Smith and Jones"
