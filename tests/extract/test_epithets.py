"""quotes.extract.epithets: what else the text calls a person by what it says they did."""

from __future__ import annotations

import pytest
from conftest import run, word_of

from quotes.extract.epithets import epithets_of


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ann Lee founded the charity in 2001.", "Lee", {"founder"}),
    ("Marrow Foods was started in 1998 by Ingrid Solberg with two boats.", "Solberg", {"founder"}),
    ("Joe Barr, who spent 38 years as a boilermaker at the yard, said it was sad.", "Barr",
     {"boilermaker"}),
    ("Neil went to Sydney and became an accountant.", "Neil", {"accountant"}),
    ("Ann Lee started the race in fourth place.", "Lee", set()),  # a race is no body
    ("Ann Lee set the record in 2001.", "Lee", set()),  # "set", not "set up"
])
def test_epithets_of(extractor, text: str, name: str, expected: set[str]) -> None:
    assert epithets_of(word_of(extractor, text, name)) == expected


def test_the_founder_is_who_started_the_company(extractor) -> None:
    text = ("Marrow Foods was started in 1998 by Ingrid Solberg with two boats, and she has run "
            "it ever since.\n\nMs Solberg will join the board of the new group. The founder "
            "said the decision had been the hardest of her life.")
    record = next(r for r in run(extractor, text) if r.text.startswith("the decision"))
    assert record.speaker.name == "Ingrid Solberg"
    assert record.speaker.mention.text == "The founder"
