"""quotes.extract.resolve: a speaker mention resolved to the name the document gives it."""

from __future__ import annotations

import pytest
from conftest import run

from quotes.extract.referents import Entity
from quotes.extract.resolve import body_found_likely


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


def test_a_role_of_a_body_by_its_kind_is_at_the_body_not_a_part_of_it(extractor) -> None:
    records = run(extractor, (
        "Students at Marrow Bay University camped in the library on Monday.\n\n"
        "Leah Ono, president of the Marrow Bay University Students' Union, said fees were too "
        "high.\n\nThe university's vice-president of finance, Tom Reyes, said the budget was "
        "tight."))
    assert records[-1].speaker.organization == "Marrow Bay University"


def test_a_clubs_officer_is_at_the_club_the_story_named(extractor) -> None:
    records = run(extractor, (
        "Dundee Athletic rejected a bid on Monday for striker Ian Moir.\n\n"
        "The club's chairman, Ross Dunn, said the offer was too low."))
    assert (records[-1].speaker.name, records[-1].speaker.organization) == (
        "Ross Dunn", "Dundee Athletic")


class _Likely:
    """A resolver that finds ``entity`` likely, with ``probability``."""

    def __init__(self, entity, probability: float) -> None:  # type: ignore[no-untyped-def]
        self.entity, self.probability = entity, probability

    def resolve_at(self, token):  # type: ignore[no-untyped-def]
        return self.entity, self.probability


@pytest.mark.parametrize(("name", "probability", "taken"), [
    ("Inverclyde Athletic", 0.6, True),  # a name that says nothing of its kind
    ("Inverclyde Athletic", 0.4, False),  # too unlikely
    ("Cascade Pacific Rail", 0.6, False),  # a railway, not "the food bank"
])
def test_a_roles_body_may_be_the_one_found_likely(name: str, probability: float,
                                                  taken: bool) -> None:
    entity = Entity(name=name, type="organization", words=tuple(name.casefold().split()))
    found = body_found_likely(_Likely(entity, probability), None)  # type: ignore[arg-type]
    assert (found is entity) is taken
