"""quotes.extract.body_names: the name of a body inside the phrase an office gives it."""

from __future__ import annotations

import pytest
from conftest import run

from quotes.extract.body_names import name_in_phrase
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
