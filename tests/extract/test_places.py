"""quotes.extract.places: where someone comes from or is posted is no organisation."""

from __future__ import annotations

from quotes.extract.places import from_place, hometown


def _doc(extractor, text: str):  # type: ignore[no-untyped-def]
    return extractor.nlp(text)


def _token(doc, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == word)


def test_a_place_after_an_age_or_said_to_be_nearby_is_a_home_town(extractor) -> None:
    doc = _doc(extractor, "Wes Tanner, 54, of Corbin Flats, said the road gave way.")
    assert hometown(_token(doc, "Flats")) and from_place(_token(doc, "Flats"))
    doc = _doc(extractor, "Ann Lee of the Norland Consumer Council said so.")
    assert not hometown(_token(doc, "Council"))


def test_a_town_the_tagger_took_for_a_body_is_where_someone_is_from(extractor) -> None:
    doc = _doc(extractor, "Elena Marchetti, 73, a retired nurse from Mesa, said so.")
    assert from_place(_token(doc, "Mesa"))  # (the tagger: ORG; an age says home town)
    doc = _doc(extractor, "Dr. Samuel Akintola, a pediatrician in Parker, said so.")
    assert from_place(_token(doc, "Parker"))  # one works at a body, in a town
    # a body with its article, or someone of no stated age from a company, stays a body
    doc = _doc(extractor, "Jane Roe, a spokeswoman in the Pentagon, said so.")
    assert not from_place(_token(doc, "Pentagon"))
    doc = _doc(extractor, "Jane Roe, an engineer from Google, said the code was fine.")
    assert not from_place(_token(doc, "Google"))
