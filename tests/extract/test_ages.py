"""quotes.extract.ages: ages beside a name, run into a role, or standing for a person."""

from __future__ import annotations

import pytest
from conftest import run

from quotes.extract.ages import age_given, epithet_after_article, epithet_age, year_old


@pytest.mark.parametrize(("text", "word", "age"), [
    ("Ken Iverson, 54, a driver, said so.", "Iverson", "54"),
    ("Edna Moss, now 81, said so.", "Moss", "81"),
    ("Ken Iverson, a driver, said so.", "Iverson", None),
    ("The Group of 20, a forum, said so.", "Group", None),  # a number no age is set off after
])
def test_the_age_set_off_beside_a_name(extractor, text: str, word: str, age: str | None) -> None:
    doc = extractor.nlp(text)
    assert age_given(next(t for t in doc if t.text == word)) == age


@pytest.mark.parametrize(("text", "word", "age"), [
    ("Asked again, the 61-year-old said he would stay.", "old", "61"),
    ("The 39-year-old founder of Acme Press said so.", "founder", "39"),
    ("The old founder of Acme Press said so.", "founder", None),
])
def test_an_epithet_gives_the_age_it_calls_someone_by(extractor, text: str, word: str,
                                                      age: str | None) -> None:
    doc = extractor.nlp(text)
    assert epithet_age(next(t for t in doc if t.text == word)) == age


def test_a_year_old_run_into_a_role_is_set_aside(extractor) -> None:
    doc = extractor.nlp("The 52-year-old retired teacher said so.")
    assert {doc[i].text for i in year_old(list(doc))} == {"52", "-", "year", "old"}


def test_an_epithet_hung_on_the_cue_keeps_its_article(extractor) -> None:
    """The parser may make ``old`` an adjective of ``said``, ``the`` the cue's own child."""
    doc = extractor.nlp('"I am not against trees," the 24-year-old said.')
    old = next(t for t in doc if t.text == "old")
    assert epithet_after_article(old, frozenset({"the"}))
    assert not epithet_after_article(old, frozenset({"this"}))
    assert not epithet_after_article(next(t for t in doc if t.text == "trees"), frozenset({"the"}))


def test_an_age_hung_on_the_office_beside_the_name_is_the_persons(extractor) -> None:
    text = ("The housing minister, Claire Ashworth, 52, dismissed the findings. Her opposite "
            "number, Priya Nandakumar, said the minister had been warned. \"Every quarter "
            "she promises,\" Nandakumar said.\n\n"
            "The 52-year-old said the previous government had left nothing.")
    assert run(extractor, text)[-1].speaker.name == "Claire Ashworth"
