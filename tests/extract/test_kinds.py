"""quotes.extract.kinds: which body a kind of body names."""

from __future__ import annotations

import pytest

from quotes.extract.kinds import completes, kind_nouns, of_its_kind, says_its_kind
from quotes.extract.referents import Entity, name_words


def body(name: str) -> Entity:
    return Entity(name=name, type="organization", words=tuple(name.casefold().split()))


@pytest.mark.parametrize(("name", "kind", "is_of_it"), [
    ("Winnipeg Police Service", ("police",), True),
    ("Indigenous Services Canada", ("department",), True),  # Canada's federal departments
    ("Air Canada", ("department",), False),
    ("Denver Public Schools", ("district",), True),
    ("Market Oversight Agency", ("regulator",), True),
    ("Halvorsen Bank", ("union",), False),
    ("Kroonvaal Mineral Resources", ("company",), True),  # a company's words end its name
    ("Ministry of Energy and Mineral Resources", ("company",), False),  # a public body's
])
def test_a_body_is_of_a_kind_by_its_name(name: str, kind: tuple[str, ...], is_of_it: bool) -> None:
    assert of_its_kind(body(name), kind) is is_of_it


def test_the_kinds_a_nominal_may_name_a_body_by() -> None:
    assert {"union", "district", "regulator", "bank"} <= kind_nouns()
    assert "spokesperson" not in kind_nouns()


@pytest.mark.parametrize(("short", "longer", "completed"), [
    ("Reserve Bank", "Reserve Bank of New Zealand", True),
    ("Carver State", "Carver State University", True),
    ("St. Brendan's", "St. Brendan\u2019s Hospital", True),  # the kind of body it is
    ("Democratic", "Democratic Party", False),  # an adjective, one word
    ("Clinton", "Clinton Foundation", False),
    ("Harmon Valley", "Harmon Valley Board of Education", False),
])
def test_a_longer_name_completes_a_short_one(short: str, longer: str, completed: bool) -> None:
    assert completes(name_words(short), name_words(longer)) is completed


@pytest.mark.parametrize(("name", "says"), [
    ("Clare County Council", True),
    ("Cascade Pacific Rail", True),  # a company's word
    ("Inverclyde Athletic", False),
    ("Oxfam", False),
])
def test_a_name_may_say_what_kind_of_body_it_is(name: str, says: bool) -> None:
    assert says_its_kind(body(name)) is says


@pytest.mark.parametrize(("name", "kind", "of_it"), [
    # a sports club's name says it is a club (or a team) by its ending
    ("Cwm Tawe Harlequins RFC", "club", True),
    ("St Fintan's AFC", "team", True),
    ("Redwater United", "club", True),
    ("Liga Profesional de Futbol Unido", "league", True),
    ("Cascade Pacific Rail", "club", False),
    ("Club Blu Bar", "team", False),  # (a bar of that name is no team)
])
def test_a_club_by_its_name(name: str, kind: str, of_it: bool) -> None:
    assert of_its_kind(body(name), (kind,)) is of_it
