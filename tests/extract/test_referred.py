"""quotes.extract.referred: which organisation a speaker phrase refers to without naming it."""

from __future__ import annotations

import pytest
from conftest import run

from quotes.extract.referents import Entity
from quotes.extract.referred import body_found_likely


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


def test_its_opening_a_sentence_is_the_body_the_sentence_before_was_about(extractor) -> None:
    text = ("Shannonvale University Hospital said the new unit would open in 2026.\n\n"
            "The charity, Harbour Light Trust, has pledged 3 million euros towards the build.\n\n"
            "Its founder, Bernadette Coughlan, said the families had waited long enough.")
    speaker = run(extractor, text)[-1].speaker
    assert (speaker.name, speaker.organization) == ("Bernadette Coughlan", "Harbour Light Trust")
