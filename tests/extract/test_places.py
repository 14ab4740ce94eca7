"""quotes.extract.places: where someone comes from or is posted is no organisation."""

from __future__ import annotations

from conftest import run, word_of

from quotes.extract.places import from_place, hometown, where_based


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


def test_where_a_body_is_based_or_listed_is_no_role_of_it(extractor) -> None:  # type: ignore[no-untyped-def]
    assert where_based("Dublin-based") and where_based("Toronto-listed")
    assert not where_based("state-owned") and not where_based("payments company")
    text = ("Oslo-based Nordvik Shipping will cut 200 jobs. The layoffs were needed, Nordvik "
            "said in a statement.")
    speaker = run(extractor, text)[-1].speaker
    assert (speaker.name, speaker.role) == ("Nordvik Shipping", None)


def test_near_a_place_is_never_an_organisation(extractor) -> None:
    text = "Gerrit Van Leeuwen, a dairy farmer near Picture Butte, said the water was gone."
    assert run(extractor, text)[0].speaker.organization is None


def test_a_name_the_text_calls_a_city_is_a_place_whatever_the_tagger_says(extractor) -> None:
    from quotes.extract.places import named_as_places
    from quotes.extract.segments import Segment, TextView

    text = ("A plane landed in the western Indian city of Nashik on Friday. The City of "
            "Toronto said it would help.")
    view = TextView(text, [Segment(extractor.nlp(text), 0)])
    assert named_as_places(view) == {"Nashik"}  # (the council's own name is no place)


def test_a_town_the_tagger_took_for_a_body_is_where_a_trade_is_practised(extractor) -> None:
    text = "Marguerite Coetzee, a cookery-school owner in Stellenbosch, said the food was good."
    assert run(extractor, text)[0].speaker.role == "cookery-school owner"
    # (a body with its article is where one works: "a spokeswoman in the Pentagon")
