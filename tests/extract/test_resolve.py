"""quotes.extract.resolve: a speaker mention resolved to the name the document gives it."""

from __future__ import annotations

import pytest
from conftest import run

from quotes.extract.candidates import a_trade


@pytest.mark.parametrize(("text", "name"), [
    # a place and a kind of body: the one body whose name holds both
    (("The Halton Regional Police Service closed the road on Tuesday.\n\n"
     "Halton police said the fire started in a loading bay."), "Halton Regional Police Service"),
    (("The Embassy of Nepal in Canberra issued a statement on Monday.\n\n"
     "Nepal\u2019s embassy said it was helping 300 students."), "Embassy of Nepal"),
    # two such bodies: neither
    (("The Halton Regional Police Service and the Halton Police Board met.\n\n"
     "Halton police said the fire started in a loading bay."), None),
])
def test_a_body_by_its_place_and_kind(extractor, text: str, name: str | None) -> None:
    record = run(extractor, text)[-1]
    assert record.speaker.name == name and record.speaker.type == "organization"


def test_one_of_them_is_no_role(extractor) -> None:
    record = run(extractor, "Three board members voted against the plan. One of them, Denise "
                            "Albright, said the board had moved too quickly.")[0]
    assert (record.speaker.name, record.speaker.role) == ("Denise Albright", None)


def test_a_kind_of_body_named_on_the_spot_refers_to_no_other(extractor) -> None:
    # "the Seattle firm Harrow & Bell" is that firm, not the company the story is about
    records = run(extractor, (
        "Cascade Pacific Rail was ordered to pay $4 million. Cascade Pacific Rail will appeal.\n\n"
        "Marcus Bell, an attorney with the Seattle firm Harrow & Bell, which represented the "
        "pantry, said the ruling should put railroads on notice."))
    bell = next(r for r in records if r.speaker.name == "Marcus Bell")
    assert bell.speaker.organization != "Cascade Pacific Rail"


def test_a_trade_names_the_one_person_introduced_with_it(extractor) -> None:
    text = ("Papaiti College principal Lisa Drummond, who put the proposal to the board, said "
            "both teachers had been offered other work.\n\nKereama said the board had accepted "
            "the plan unanimously.\n\n\"I did not bring this to the board lightly,\" the "
            "principal said.")
    assert run(extractor, text)[-1].speaker.name == "Lisa Drummond"


@pytest.mark.parametrize(("role", "trade"), [
    ("principal", True), ("headteacher", True), ("official", False), ("spokesman", False),
    ("lawyer", False), ("senior official", False)])
def test_a_trade_is_one_word_that_says_what_someone_does(role: str, trade: bool) -> None:
    assert a_trade(role) is trade
