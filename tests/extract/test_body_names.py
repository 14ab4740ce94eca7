"""quotes.extract.body_names: the name of a body inside the phrase an office gives it."""

from __future__ import annotations

import pytest
from conftest import run

from quotes.extract.body_names import name_in_phrase, role_without_body
from quotes.extract.entities import DocumentEntities


@pytest.mark.parametrize(("text", "organization"), [
    # what describes a body, or where it is, is no part of its name
    (("Dr Tobi Ade, head of research at the Accra investment firm Kelso Capital, said the "
      "deal was fair."), "Kelso Capital"),
    (("Chief Minister Ravi Desai of the ruling Lok Seva Party said the count was clean."),
     "Lok Seva Party"),
    (("Ana Prieto, an economist at the Andean Centre for Fiscal Studies in Lima, said prices "
      "would rise."), "Andean Centre for Fiscal Studies"),
    # a unit of a body named with its possessive is at the body
    (("Cllr Ruth Dale, chair of Hull City Council's transport committee, said the buses were "
      "late."), "Hull City Council"),
    # a place's possessive before a body says where it is
    (("A spokesperson for Chile's Ministry of Mines and Energy said the permit would be "
      "reviewed."), "Ministry of Mines and Energy"),
])
def test_the_body_inside_a_phrase_about_it(extractor, text: str, organization: str) -> None:
    assert run(extractor, text)[-1].speaker.organization == organization


def test_a_phrase_that_is_all_name_or_names_no_body_is_left_alone() -> None:
    nothing = DocumentEntities()
    assert name_in_phrase("University of California, San Diego", nothing, 0) is None
    assert name_in_phrase("the Lagos investment firm Meridian Capital", nothing, 0) is None


@pytest.mark.parametrize(("role", "organization", "left"), [
    ("senior DGCA official", "Directorate General of Civil Aviation", "senior official"),
    ("former Blackjacks captain", "Estevan Blackjacks", "former captain"),
    ("president of Acme", "Acme", "president of Acme"),  # the role's own words
    ("chief executive", "Acme", "chief executive"),
    ("Fire Chief", "Burlington Fire Department", "Fire Chief"),  # a portfolio stays
    ("Elections Director", "Lackawanna County Elections", "Elections Director"),
])
def test_a_bodys_short_name_inside_a_role_is_no_word_of_it(role: str, organization: str,
                                                          left: str) -> None:
    assert role_without_body(role, organization) == left


def test_an_official_of_an_acronym_is_of_the_body_in_full(extractor) -> None:
    records = run(extractor, "The Directorate General of Civil Aviation (DGCA) opened an "
                             "inquiry. A senior DGCA official said the engine had been "
                             "inspected.")
    assert (records[-1].speaker.role, records[-1].speaker.organization) == (
        "senior official", "Directorate General of Civil Aviation")
