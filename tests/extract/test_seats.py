"""quotes.extract.seats: the place a public office is of is no organisation."""

from __future__ import annotations

import pytest
from conftest import one, run


@pytest.mark.parametrize(("text", "organization"), [
    # a place before or after its office is where the office is, no organisation
    ("New Mexico Gov. Marisol Archuleta said the session would start on Monday.", None),
    ("Carberry Mayor Dale Prychitko said the clinic must stay open all year.", None),
    ("Senator Ray Calloway of Ohio said he would vote against the bill.", None),
    # the place an office written in lower case is "of" is its organisation
    ("Pierre Estravo, a former mayor of Nice, said the driver had fired on the crowd.",
     "Nice"),
    # a party, a government by its name and an acronym are organisations still
    ("Fine Gael councillor Gearoid Hennessy said the greenway was needed.", "Fine Gael"),
    ("Weddin Shire Mayor Janine Probert said the farm dispute was settled.", "Weddin Shire"),
    ("CNB Governor Tomas Vrabec said rates would hold for the time being.", "CNB"),
])
def test_a_place_s_office(extractor, text: str, organization: str | None) -> None:
    assert one(extractor, text).speaker.organization == organization


def test_the_place_of_an_office_stays_with_the_person_for_an_epithet(extractor) -> None:
    text = ("Florida Sen. Marco Rubio said the plan would fail in the Senate next week.\n\n"
            "Donald Trump said the plan would pass easily in the end.\n\n"
            '"It is a disaster," the Florida senator said.')
    records = run(extractor, text)
    assert [(r.speaker.name, r.speaker.organization) for r in records] == [
        ("Marco Rubio", None), ("Donald Trump", None), ("Marco Rubio", None)]
