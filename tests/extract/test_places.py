"""quotes.extract.places: where someone comes from or is posted is no organisation."""

from __future__ import annotations

from conftest import word_of

from quotes.extract.places import from_place, hometown


def test_a_place_after_an_age_or_said_to_be_nearby_is_a_home_town(extractor) -> None:
    flats = word_of(extractor, "Wes Tanner, 54, of Corbin Flats, said the road gave way.",
                    "Flats")
    assert hometown(flats) and from_place(flats)
    assert not hometown(word_of(extractor, "Ann Lee of the Norland Consumer Council said so.",
                                "Council"))


def test_a_town_the_tagger_took_for_a_body_is_where_someone_is_from(extractor) -> None:
    # (the tagger: ORG; an age says home town; one works at a body, in a town)
    assert from_place(word_of(extractor, "Elena Marchetti, 73, a retired nurse from Mesa, "
                                         "said so.", "Mesa"))
    assert from_place(word_of(extractor, "Dr. Samuel Akintola, a pediatrician in Parker, said "
                                         "so.", "Parker"))
    # a body with its article, or someone of no stated age from a company, stays a body
    assert not from_place(word_of(extractor, "Jane Roe, a spokeswoman in the Pentagon, said "
                                             "so.", "Pentagon"))
    assert not from_place(word_of(extractor, "Jane Roe, an engineer from Google, said the code "
                                             "was fine.", "Google"))
