"""quotes.extract.names: where a person's name begins and ends in what the tagger gave."""

from __future__ import annotations

import pytest

from quotes.extract.names import (
    family_name_after,
    hyphen_joined_before,
    hyphened_given_name_before,
    possessive_name_bounds,
    role_word_capitalised,
    shaped_like_person,
    trade_before_given_name,
)


def test_a_trade_before_a_given_name_opens_no_name(extractor) -> None:
    assert trade_before_given_name(list(extractor.nlp("Lobsterman Ray Dunphy said so.")[:3]))
    assert not trade_before_given_name(list(extractor.nlp("Fisher Price said so.")[:2]))
    # a given name opening the name is the name's own
    assert not trade_before_given_name(list(extractor.nlp("Tyler Ray Dunphy said so.")[:3]))


@pytest.mark.parametrize(("text", "given"), [
    ("Hyun-woo Park said so.", "Hyun-woo Park"),
    ("On Monday Ji-woo Park said so.", "Ji-woo Park"),
    ("Self-described Park said so.", "Park"),  # a long lower-case half: a word, no name
    ("Vice-president Park said so.", "Park"),  # an office
    ("Co-op Park said so.", "Park"),  # a prefix
])
def test_a_hyphened_given_name_before_a_one_word_name(extractor, text: str, given: str) -> None:
    doc = extractor.nlp(text)
    park = next(t for t in doc if t.text == "Park")
    assert doc[hyphened_given_name_before(doc, park.i) : park.i + 1].text == given


def test_the_family_name_a_tagged_given_name_is_compounded_into(extractor) -> None:
    doc = extractor.nlp("Health Secretary Dr Rhiannon Tulliver said the drug could help.")
    tagged = next(e for e in doc.ents if e.label_ == "PERSON")
    assert doc[tagged.start:family_name_after(doc, tagged.end)].text.endswith("Rhiannon Tulliver")


@pytest.mark.parametrize(("text", "shaped"), [
    ("Rodel Pascual", True),
    ("Marie-\u00c8ve Th\u00e9riault-Roy", True),
    ("Global News", False),  # a body's word
    ("Harbour Credit Union", False),
    ("Mayor Pascual", False),  # an office
    ("Pascual", False),  # one word is no full name
])
def test_shaped_like_a_person(extractor, text: str, shaped: bool) -> None:
    doc = extractor.nlp(f"We met {text} yesterday.")
    tokens = [t for t in doc if t.text not in ("We", "met", "yesterday", ".")]
    assert shaped_like_person(tokens) is shaped


def test_a_name_the_tagger_began_after_a_hyphen_begins_before_it(extractor) -> None:
    doc = extractor.nlp("Thériault-Roy says she will be there.")
    assert hyphen_joined_before(doc, 2) == 0  # "Roy" -> "Thériault-Roy"
    assert hyphen_joined_before(extractor.nlp("the Clinton - Trump race"), 3) == 3  # spaced


def test_a_name_the_tagger_ended_before_a_hyphen_ends_after_it(extractor) -> None:
    doc = extractor.nlp("ONA president Adaeze Nwachukwu-Bell said at a news conference.")
    assert family_name_after(doc, 4) == 6  # "[Adaeze Nwachukwu]-Bell"
    spaced = extractor.nlp("Anna Kovacs - Bell Media's anchor - said so.")
    assert family_name_after(spaced, 2) == 2  # a spaced dash joins nothing
    lower = extractor.nlp("Adaeze Nwachukwu-era rules were dropped.")
    assert family_name_after(lower, 2) == 2  # nor a word in lower case


def test_a_bodys_name_cut_at_a_possessive_inside_it_runs_over_it(extractor) -> None:
    doc = extractor.nlp("The Manitoba Seniors' Advocacy Network said so.")
    assert possessive_name_bounds(doc, 4, 6) == (1, 6)  # "[Advocacy Network]"
    court = extractor.nlp("Court of King's Bench Justice Ann Roy said so.")
    assert possessive_name_bounds(court, 2, 4) == (0, 5)  # "Court of [King's] Bench"
    # a person's name after an owner's possessive stays the person's
    owned = extractor.nlp("Selkirk Power's Yvonne Cormack said so.")
    assert possessive_name_bounds(owned, 3, 5) == (3, 5)


@pytest.mark.parametrize(("text", "opens"), [
    ("Rookie Laine stops 41 shots.", True),  # the sentence's start capitalised a role word
    ("Baker Mayfield threw for 300 yards.", False),  # a given name that is also a word
    ("On Monday Rookie Laine stopped 41 shots.", False),  # capitalised inside: kept
])
def test_a_role_word_capitalised_opens_no_name(extractor, text: str, opens: bool) -> None:
    doc = extractor.nlp(text)
    start = next(t.i for t in doc if t.text in ("Rookie", "Baker"))
    assert role_word_capitalised(doc[start : start + 2], headline=False) is opens


def test_a_portfolios_last_words_are_no_part_of_the_name_after_them(extractor) -> None:
    from conftest import one

    for text, name, role in (
            ("Minister of Education and Child Care Tomasz Wieczorek said the plan was fair.",
             "Tomasz Wieczorek", "Minister of Education and Child Care"),
            ("Minister of Municipal Affairs and Housing Paul Calandra said the plan was fair.",
             "Paul Calandra", "Minister of Municipal Affairs and Housing")):
        speaker = one(extractor, text).speaker
        assert (speaker.name, speaker.role) == (name, role)
    # a given name the tagger left out is still taken in; a capitalised word before a given
    # and a family name is none
    for text, name in (("Brightline Chief Executive Annika Sorvald said the plan was fair.",
                        "Annika Sorvald"),
                       ("Mayor Rahm Emanuel said he understands their fear.", "Rahm Emanuel"),
                       ("Rival Hillary Clinton said she would not go above $12.",
                        "Hillary Clinton")):
        assert one(extractor, text).speaker.name == name


@pytest.mark.parametrize(("text", "expected"), [
    # after a lower-case office, a title word that is a given name opens the name
    ("CTU state secretary Dean Morrow said directors should face jail.", True),
    # opening the phrase it is the title
    ("Dean Morrow of the law school said it was ready.", False),
])
def test_a_given_name_after_an_office_is_no_title(extractor, text: str, expected: bool) -> None:
    from quotes.extract.names import given_name_after_office

    doc = extractor.nlp(text)
    dean = next(t for t in doc if t.text == "Dean")
    name = [dean, doc[dean.i + 1]]
    assert given_name_after_office(name, list(doc[: dean.i])) is expected


@pytest.mark.parametrize(("words", "gender"), [
    (("andrea", "lowe"), "female"),
    (("ford",), None),
    (("lim", "hui", "shan"), None),  # her family name first: no given name says her sex
    (("tan", "wei", "ming"), None),
])
def test_the_given_name_says_the_gender_unless_the_family_name_opens(
        words: tuple[str, ...], gender: str | None) -> None:
    from quotes.extract.names import gender_of_given_name

    assert gender_of_given_name(words) == gender


def test_a_given_name_before_a_surname_the_tagger_took_for_a_place(extractor) -> None:
    from conftest import run
    text = ("Commuters queued for buses all morning.\n\nAna Ferreira, a nurse who lives in "
            "Amadora, said it had taken her two hours to reach the hospital.")
    record = run(extractor, text)[0]
    assert (record.speaker.name, record.speaker.role) == ("Ana Ferreira", "nurse")
    # a place after "in" keeps its own name: "in Santa Clara"
    assert not any(r.speaker.name and "Santa" in r.speaker.name for r in run(
        extractor, "Voters in Santa Clara said the count was slow."))


def test_a_bodys_portfolios_listed_after_a_comma_stay_in_its_name(extractor) -> None:
    from quotes.extract.names import portfolios_listed
    doc = extractor.nlp("the Department of Fisheries, Forestry and Agriculture said")
    assert portfolios_listed(doc, 1, 4, 8)
    doc = extractor.nlp("Lehigh, Bruce Turry said")
    assert not portfolios_listed(doc, 0, 1, 4)
