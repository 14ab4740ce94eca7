"""quotes.extract.missed: names the tagger missed or mislabelled, through the extractor."""

from __future__ import annotations

import pytest
from conftest import one, run

from quotes.extract.missed import (
    acronym_follows,
    credited,
    kin_named,
    mononyms,
    surnames_taken_for_places,
)
from quotes.extract.surnames import full_name_surnames


@pytest.mark.parametrize(("text", "name"), [
    # left untagged, then the surname speaks alone
    ('Rodel Pascual arrived from Manila in 2022. "I never imagined this," Pascual told CBC News.',
     "Rodel Pascual"),
    # tagged an organisation
    ('Harpreet Virk has run the sweet shop for 19 years. "Nineteen years," Virk told Global News.',
     "Harpreet Virk"),
    # the given name left out of an organisation's tag, an age beside the name
    ('Taras Yaremko, 34, came to Winnipeg from Kharkiv. "We are grateful," Yaremko says.',
     "Taras Yaremko"),
    # hyphens join the words of a name
    (("Marie-\u00c8ve Th\u00e9riault-Roy found out by email. \"She cries when we leave,\" says "
      "Th\u00e9riault-Roy, a 38-year-old graphic designer."), "Marie-\u00c8ve Th\u00e9riault-Roy"),
    ('Jean-Luc Ouellet-Brassard runs the food bank. "We are out of rice," Ouellet-Brassard says.',
     "Jean-Luc Ouellet-Brassard"),
    # a child called by the given name, which the tagger took for a body
    (('Amara Sesay, 11, has played the trumpet for seven months. "I was just getting good," '
      'Amara said.'), "Amara Sesay"),
])
def test_a_person_the_tagger_missed_is_named_in_full(extractor, text: str, name: str) -> None:
    q = one(extractor, text)
    assert (q.speaker.name, q.speaker.type) == (name, "person")


def test_a_body_that_speaks_by_a_word_it_modifies_with_is_no_surname(extractor) -> None:
    """``Outside Carrier's plant``: a name that modifies a noun is no person's full name."""
    q = one(extractor, 'Outside Carrier\'s plant, a Carrier executive waited. "We will keep the '
                       'plant open," Carrier said.')
    assert q.speaker.name == "Carrier"


@pytest.mark.parametrize(("text", "name", "credit"), [
    ("Kendra Yuzicappi \u00b7 CBC News \u00b7 Posted: Jul 08, 2025 7:30 PM CST", "Kendra Yuzicappi", True),
    ("Evacuees rest at a hotel on Tuesday. (Kendra Yuzicappi/CBC)", "Kendra Yuzicappi/CBC", True),
    ("By Marisol Quiroga Staff Reporter", "Marisol Quiroga", True),
    ("Mayor Ann Lee said the bridge would open.", "Ann Lee", False),
    ("By Tuesday, Ann Lee had left the city.", "Ann Lee", False),  # a sentence, with a verb
    ("The AFL/CIO said it would appeal.", "AFL/CIO", False),  # a slash in a name, no credit
])
def test_a_byline_or_photo_credit_names_no_one_in_the_story(extractor, text: str, name: str,
                                                           credit: bool) -> None:
    doc = extractor.nlp(text)
    span = next(e for e in doc.ents if name in e.text)
    assert credited(span) is credit


def test_a_photo_credit_is_no_one_a_pronoun_can_be(extractor) -> None:
    text = ("At the hotel, nurse Brittany Sinclair has set up a pharmacy.\n\n"
            "Evacuees rest at a hotel on Tuesday. (Kendra Yuzicappi/CBC)\n\n"
            "She says four dialysis patients were flown to Saskatoon.")
    (q,) = run(extractor, text)
    assert q.speaker.name == "Brittany Sinclair"


def test_an_office_the_tagger_ran_into_a_persons_name_is_the_title(extractor) -> None:
    q = one(extractor, "Trustee Ifeoma Nwachukwu, who voted against the cuts, said the board "
                       "chose the easiest thing to cut.")
    assert (q.speaker.name, q.speaker.title, q.speaker.role, q.speaker.organization,
            q.speaker.type) == ("Ifeoma Nwachukwu", "Trustee", None, None, "person")


def test_a_facility_given_an_acronym_is_a_body_and_kin_names_a_person(extractor) -> None:
    doc = extractor.nlp("Tariq Malik, chair of the Kennedy Road Business Improvement Area (BIA), "
                        "spoke.")
    facilities = [e for e in doc.ents if e.label_ == "FAC" and "Business" in e.text]
    assert facilities and acronym_follows(facilities[0])
    plain = extractor.nlp("The team met at Kennedy Road Arena on Monday.")
    assert not any(acronym_follows(e) for e in plain.ents)
    mother = extractor.nlp("His mother, Chantal Gagnon, drove six hours to the game.")
    span = mother[3:5]
    assert span.text == "Chantal Gagnon" and kin_named(span)
    father = extractor.nlp("His father, Chantal Gagnon, drove six hours to the game.")
    assert not kin_named(father[3:5])  # the kin word's gender and the given name's disagree


def test_a_title_before_a_name_the_tagger_missed_is_no_part_of_it(extractor) -> None:
    records = run(extractor, 'Coach Brent Tally liked what he saw. "He skates like a veteran," '
                             'Tally said. "He has a lot to learn," he added.')
    assert [(r.speaker.name, r.speaker.title) for r in records] == [("Brent Tally", "Coach")] * 2


def test_a_team_the_tagger_left_untagged_is_a_body_with_its_city(extractor) -> None:
    records = run(extractor, 'The Regina Ironhawks beat the Calgary Vipers 3-2 on Saturday. '
                             '"We earned it," Ironhawks coach Dale Sauvé said. Vipers captain '
                             'Jordan Achebe said his team was tired.')
    assert [r.speaker.organization for r in records] == ["Regina Ironhawks", "Calgary Vipers"]


def test_a_body_whose_first_words_the_tagger_took_for_a_place_is_named_whole(extractor) -> None:
    records = run(extractor, "Harmon Valley City Schools will close two buildings in June. At "
                             "the meeting, schools superintendent Kevin Lasko said the closures "
                             "would save $3 million.")
    assert (records[-1].speaker.organization, records[-1].speaker.role) == (
        "Harmon Valley City Schools", "superintendent")


def test_a_name_untagged_but_said_of_with_who_is_a_person(extractor) -> None:
    # "who" is said of people: the name is remembered, and "he" finds it
    records = run(extractor, "Kwabena Asante, who runs a bicycle shop on Tranquille Road, said "
                             "the new units would bring him customers. \u201cMore neighbours is "
                             "good for every business on this strip,\u201d he said.")
    assert [r.speaker.name for r in records] == ["Kwabena Asante"] * 2


def test_a_person_called_by_a_given_name_alone_is_a_person_a_pronoun_can_be(extractor) -> None:
    text = ("Byron received his early education at a grammar school in Aberdeen. Byron was "
            "then sent to Harrow, where he remained until 1805. Placed under the care of Dr. "
            'Bailey, he was encouraged to exercise. "I was always violent," he wrote later.')
    records = run(extractor, text)
    assert (records[-1].speaker.name, records[-1].speaker.type) == ("Byron", "person")
    assert mononyms_of(extractor, text) == {"Byron"}
    # a word also written in lower case, or said once, is no one's name
    assert mononyms_of(extractor, "Grant said the grant was late. Grant left.") == set()
    assert mononyms_of(extractor, "Byron received his early education in Aberdeen.") == set()


def mononyms_of(extractor, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    _, view, _ = next(extractor.parse([text]))
    return set(mononyms(view))


def full_surnames(view) -> frozenset[str]:  # type: ignore[no-untyped-def]
    return full_name_surnames(seg.doc for seg in view.segments)


def test_a_surname_the_tagger_took_for_a_place_is_the_persons(extractor) -> None:
    text = ("Tomas Hruska has played 300 games for the club.\n\n"
            "Hruska's shot from the point with 4:12 left sealed it.")
    _, view, _ = next(extractor.parse([text]))
    assert {e.text: e.label_ for e in view.entities()}["Hruska"] == "GPE"  # the small model's
    assert surnames_taken_for_places(view, full_surnames(view)) == {"Hruska"}
    # a place the text also names as one stays a place
    text = ("Andrew Jackson spoke first. Jackson's voters came from Memphis. "
            "The rally was held in Jackson.")
    _, view, _ = next(extractor.parse([text]))
    assert "Jackson" not in surnames_taken_for_places(view, full_surnames(view))


def test_a_companys_name_the_tagger_left_untagged_is_a_body(extractor) -> None:
    text = ("HALIFAX \u2014 Oceanwise Analytics, which uses underwater sensors to track fish stocks, "
            "has raised $42 million in a funding round.\n\n"
            "The company said the money would double its staff.")
    assert run(extractor, text)[-1].speaker.name == "Oceanwise Analytics"


def test_a_surname_the_tagger_took_for_a_work_after_a_quotation_still_speaks(extractor) -> None:
    # '"...," Brandt responded': the tagger's WORK_OF_ART is still Walter Brandt, so the
    # epithet after it is his, not the interviewer's who spoke before
    text = ("Walter Brandt sat down with CNN's Gloria Borger. He is running for president.\n\n"
            "\"Let's go back six months,\" Brandt said in the interview. \"No money, no "
            "volunteers.\"\n\n\"That would be the governor,\" Borger said.\n\n\"Oh well, I don't "
            "wanna say so, but if you say it,\" Brandt responded.\n\nSix months ago, the "
            "independent Vermont senator said, the media called him a fringe candidate.")
    assert [r.speaker.name for r in run(extractor, text)][-2:] == ["Walter Brandt"] * 2
