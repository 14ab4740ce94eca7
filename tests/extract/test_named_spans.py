"""quotes.extract.named_spans: a local government's name the tagger cut in two is one name."""

from __future__ import annotations

import pytest
from conftest import run

from quotes.extract.named_spans import join_cut_names


@pytest.mark.parametrize(("text", "name"), [
    (("Chief Dolores Beardy said Monday that the Rural Municipality of Elk Hollow signed a "
      "preliminary agreement."), "the Rural Municipality of Elk Hollow"),
    ("The Town of Bedford said it would appeal the ruling.", "The Town of Bedford"),
])
def test_kind_of_place_is_one_organisation(extractor, text: str, name: str) -> None:
    doc = extractor.nlp(text)
    from quotes.extract.named_spans import join_cut_names

    spans = [(e.text, e.label_) for e in join_cut_names(doc).ents]
    assert (name.removeprefix("the ").removeprefix("The "), "ORG") in [
        (t.removeprefix("the ").removeprefix("The "), label) for t, label in spans]


def test_a_name_the_tagger_keeps_whole_and_a_place_of_a_district_stay() -> None:
    import spacy

    from quotes.extract.named_spans import join_cut_names

    nlp = spacy.blank("en")
    doc = nlp("He moved to the District of Columbia.")
    assert list(join_cut_names(doc).ents) == []  # "District" opens no government


def test_the_reeve_speaks_for_the_municipality_by_its_full_name(extractor) -> None:
    records = run(extractor, "Chief Dolores Beardy said Monday that the Rural Municipality of "
                             "Elk Hollow signed a deal without her council. Elk Hollow Reeve "
                             "Gordon Thiessen said the municipality had followed every rule.")
    assert records[-1].speaker.organization == "Rural Municipality of Elk Hollow"


def test_a_campaign_committee_is_one_organisation(extractor) -> None:
    from quotes.extract.named_spans import join_cut_names

    for text, name in (("Hillary for America said the ad was false.", "Hillary for America"),
                       ("A spokesman for Whitfield for President said so.",
                        "Whitfield for President")):
        assert (name, "ORG") in [(e.text, e.label_)
                                 for e in join_cut_names(extractor.nlp(text)).ents]
    # a person named before "for" a place the sentence goes on about is still a person
    doc = join_cut_names(extractor.nlp("It was a big night for Clinton in Iowa."))
    assert ("Clinton", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_the_campaign_spokeswoman_speaks_for_the_committee(extractor) -> None:
    records = run(extractor, "Ferrante for Arizona, the candidate's campaign committee, said "
                             "the footage had been licensed. Campaign spokeswoman Jill Harker "
                             "said the campaign had every reason to believe it was cleared.")
    assert (records[-1].speaker.role, records[-1].speaker.organization) == (
        "spokeswoman", "Ferrante for Arizona")


def test_an_acronym_spells_the_words_the_tagger_left_out(extractor) -> None:
    from quotes.extract.named_spans import join_cut_names

    doc = join_cut_names(extractor.nlp("The Public and Border Services Union (PBSU) said 78% of "
                                       "members had backed the action."))
    assert ("Public and Border Services Union", "ORG") in [(e.text, e.label_) for e in doc.ents]
    # an acronym that spells the tagged name already, or no name at all, changes nothing
    doc = join_cut_names(extractor.nlp("The Border Services Union (BSU) said it would strike."))
    assert [(e.text, e.label_) for e in doc.ents] == [("The Border Services Union", "ORG")]


def test_an_officeholder_run_into_the_body_of_the_office_is_a_person(extractor) -> None:
    from quotes.extract.named_spans import join_cut_names

    doc = join_cut_names(extractor.nlp("Secretary of the Commonwealth Renee Castellano said the "
                                       "margin fell within the threshold."))
    assert ("Renee Castellano", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    record = run(extractor, "Secretary of the Commonwealth Renee Castellano said the margin "
                            "fell within the threshold.")[0]
    assert record.speaker.name == "Renee Castellano"
    # a body after "of" that ends in no given name stays whole
    doc = join_cut_names(extractor.nlp("Minister of the Northern Economic Development Agency "
                                       "Paul Roy said so."))
    assert not any(e.text == "Economic Development Agency" for e in doc.ents)


def test_a_union_local_keeps_its_number(extractor) -> None:
    from quotes.extract.named_spans import join_cut_names

    doc = join_cut_names(extractor.nlp("Derek Osei, president of Transit Workers Union Local "
                                       "417, wrote in an email."))
    assert ("Transit Workers Union Local 417", "ORG") in [(e.text, e.label_) for e in doc.ents]


def test_a_names_first_words_the_tagger_left_out_are_its_own(extractor) -> None:
    from quotes.extract.named_spans import join_cut_names

    doc = join_cut_names(extractor.nlp("GLASGOW, Mont. — Milk River Regional Medical Center "
                                       "will stop delivering babies next month."))
    assert ("Milk River Regional Medical Center", "ORG") in [(e.text, e.label_)
                                                              for e in doc.ents]
    # an office before a body's name is no part of it
    doc = join_cut_names(extractor.nlp("CNN President Jeff Zucker said the network would grow."))
    assert not any(e.text.startswith("CNN President") for e in doc.ents)


def test_a_name_cut_after_its_and_is_one(extractor) -> None:
    doc = join_cut_names(extractor.nlp("Members of the Canadian Freight and Transport Union "
                                       "voted to strike on Monday."))
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == [
        "the Canadian Freight and Transport Union"]


def test_a_clubs_name_runs_over_its_possessive_to_its_afc(extractor) -> None:
    text = ("Liam Doyle pleaded guilty to theft from St Kieran\u2019s AFC over four years.\n\n"
            "The club\u2019s chairman, Sean Moran, said members felt betrayed.")
    record = run(extractor, text)[0]
    assert record.speaker.organization == "St Kieran\u2019s AFC"


def test_a_nickname_in_quotation_marks_stays_inside_the_name(extractor) -> None:
    text = ("Thandiwe \u201cThandi\u201d Mokoena, 36, opens Lesedi in Woodstock on Friday. Her "
            "brother, Sipho Mokoena, built the oven.\n\n"
            "\u201cI cooked for tourists for years,\u201d Mokoena says.")
    record = next(r for r in run(extractor, text) if r.text.startswith("I cooked"))
    assert record.speaker.name == "Thandiwe Mokoena"


def test_a_names_opening_word_the_parser_hung_after_it(extractor) -> None:
    text = "Wapikun Lake First Nation band councillor Marcus Ducharme said the money was late."
    speaker = run(extractor, text)[0].speaker
    assert (speaker.role, speaker.organization) == ("band councillor", "Wapikun Lake First Nation")


def test_a_name_goes_on_to_the_acronym_that_spells_it(extractor) -> None:
    text = ("The European Consortium for Deep Ice Archives (ECDIA), which funded the project, "
            "said the core was intact.")
    assert run(extractor, text)[0].speaker.name == "European Consortium for Deep Ice Archives"


def test_two_person_spans_side_by_side_are_one_name(extractor) -> None:
    text = ("Nour El-Houda Ben Salah, president of the Higher Independent Commission for Local "
            "Elections (HICLE), told a press conference in Tunis that voting went smoothly.")
    speaker = run(extractor, text)[0].speaker
    assert (speaker.name, speaker.role) == ("Nour El-Houda Ben Salah", "president")


def test_a_department_named_by_two_portfolios_is_one_name(extractor) -> None:
    text = "A Department of Employment and Labour official said inspectors would visit the mine."
    speaker = run(extractor, text)[0].speaker
    assert (speaker.role, speaker.organization) == ("official", "Department of Employment and Labour")
    # (a second body after "and the" is its own)
    text = "The Department of Justice and the FBI said the case was closed."
    assert run(extractor, text)[0].speaker.name == "Department of Justice and FBI"


def test_a_club_s_name_goes_on_to_its_suffix(extractor) -> None:
    text = ("The court heard that Lloyd made 90 transfers from the accounts of Cwm Tawe Harlequins "
            "RFC between 2020 and 2022.\n\n"
            "In a statement, club chairman Alun Prosser said the theft had ripped the heart out.")
    speaker = run(extractor, text)[-1].speaker
    assert (speaker.role, speaker.organization) == ("chairman", "Cwm Tawe Harlequins RFC")


def test_a_family_name_the_tagger_took_for_a_place_goes_on_the_name(extractor) -> None:
    record = run(extractor, '"The alliance is fragile," said Gerson Tavares Lima, a researcher '
                            "at the Atlantic Institute for Policy Studies.")[0]
    assert (record.speaker.name, record.speaker.role) == ("Gerson Tavares Lima", "researcher")


@pytest.mark.parametrize(("text", "name"), [
    ("Det Con Sean Mulvaney, of Avon and Somerset Police, said more victims may come forward.",
     "Avon and Somerset Police"),
    ("A spokesman for Dumfries and Galloway Council said the road was shut.",
     "Dumfries and Galloway Council"),
])
def test_the_places_of_a_body_named_for_two_are_its_own(extractor, text: str, name: str) -> None:
    from quotes.extract.named_spans import join_cut_names

    doc = join_cut_names(extractor.nlp(text))
    assert (name, "ORG") in [(e.text, e.label_) for e in doc.ents]
    assert run(extractor, text)[-1].speaker.organization == name


@pytest.mark.parametrize("text", [
    "Also Monday, Goodlatte and Benghazi Committee Chairman Trey Gowdy wrote to the director.",
    "She thanked former Pennsylvania Gov. and Democratic National Committee head Ed Rendell.",
    "Donors gave to the Bill, Hillary and Chelsea Clinton Foundation last year.",
    "The judge let Judicial Watch depose former Clinton and State Department aides.",
])
def test_a_person_or_an_officer_joined_by_and_to_a_body_stays_apart(
        extractor, text: str) -> None:
    from quotes.extract.named_spans import join_cut_names

    doc = join_cut_names(extractor.nlp(text))
    assert not any(" and " in e.text for e in doc.ents if e.label_ == "ORG")


def test_the_places_of_a_trust_named_for_two_are_its_own(extractor) -> None:
    from quotes.extract.named_spans import join_cut_names

    text = "Wolds and Coast Hospitals NHS Trust told the committee that it could not staff the unit."
    doc = join_cut_names(extractor.nlp(text))
    assert ("Wolds and Coast Hospitals NHS Trust", "ORG") in [(e.text, e.label_) for e in doc.ents]
