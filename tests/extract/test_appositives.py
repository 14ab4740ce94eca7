"""quotes.extract.appositives: which appositive names the speaker, which says what they are."""

from __future__ import annotations

import pytest
from conftest import one, run

from quotes.extract.appositives import name_tokens_at, role_in_appositives


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


def test_a_role_the_parser_split_into_two_appositives_is_one(extractor) -> None:
    doc = extractor.nlp("“Our members found out from a memo,” said Gurpreet Dhillon, Ontario "
                        "director of the Canadian Freight and Transport Union (CFTU).")
    appositives = [c for c in _word(doc, "Dhillon").children if c.dep_ == "appos"]
    described = role_in_appositives(appositives)  # the parser: Dhillon <- Ontario <- director
    assert described.head is not None and described.head.text == "director"
    assert [t.text for t in described.opening] == ["Ontario"]
    record = one(extractor, "“Our members found out from a memo taped to a lunchroom wall,” "
                            "said Gurpreet Dhillon, Ontario director of the Canadian Freight "
                            "and Transport Union (CFTU).")
    assert (record.speaker.role, record.speaker.organization) == (
        "Ontario director", "Canadian Freight and Transport Union")


def test_a_name_and_an_acronym_beside_a_name_describe_no_one(extractor) -> None:
    doc = extractor.nlp("Trump, Sen. John McCain (R-Ariz.) and others said so.")
    appositives = [c for c in _word(doc, "Trump").children if c.dep_ == "appos"]
    assert role_in_appositives(appositives).head is None


def test_a_hyphened_family_name_the_tagger_did_not_tag_is_whole(extractor) -> None:
    doc = extractor.nlp("‘It was worthless,’ Mr Adeyemi-Clarke said.")
    assert [t.text for t in name_tokens_at(_word(doc, "Clarke"))] == [
        "Mr", "Adeyemi", "-", "Clarke"]
    records = run(extractor, "Laurence Adeyemi-Clarke, the Conservative MP for Tewkesbury, said "
                             "he had written to the minister. ‘My constituents were given "
                             "assurances, and those assurances turned out to be worthless,’ "
                             "Mr Adeyemi-Clarke said.")
    assert [r.speaker.name for r in records] == ["Laurence Adeyemi-Clarke"] * 2
    assert records[-1].speaker.title == "Mr"


def test_a_name_in_the_appositive_of_an_unnamed_head(extractor) -> None:
    record = one(extractor, "Outgoing US special representative in Syria, James Jeffrey, said "
                            "the troops would stay through the winter.")
    assert record.speaker.name == "James Jeffrey"


@pytest.mark.parametrize("text", [
    # a work's title in quotation marks
    "His book ''The Art of the Deal'' describes how he bought the jet for a bargain.",
    # a state set beside its town
    ("An article on Monday about the attack in San Bernardino, Calif., reported that the "
     "couple had planned it for months."),
])
def test_a_title_or_a_place_in_apposition_names_no_speaker(extractor, text: str) -> None:
    speaker = run(extractor, text)[0].speaker
    assert speaker.name is None
    assert speaker.type != "person"


def test_a_nickname_in_quotation_marks_is_no_title(extractor) -> None:
    text = ('The deal was the idea of the nuclear physicist George "Jay" Keyworth, who said '
            'it would "double the company."')
    speaker = run(extractor, text)[0].speaker
    assert speaker.name is not None and speaker.name.endswith("Keyworth")
    assert speaker.role == "nuclear physicist"


def test_a_possessors_office_title_is_the_persons(extractor) -> None:
    text = ('Mayor Frank Dorado\'s proposed budget ran into trouble. Dorado said it was fine. '
            '"We will pass it," the mayor said.')
    assert {(q.speaker.name, q.speaker.title) for q in run(extractor, text)} == {
        ("Frank Dorado", "Mayor")}
    text = "Prime Minister Ana Ruiz's government fell on Monday. Ruiz said she would stay."
    assert run(extractor, text)[0].speaker.title == "Prime Minister"


def test_an_office_with_an_article_is_a_role_though_tagged_a_person(extractor) -> None:
    text = "Jeannie Akpalialuk, the MLA for Pangnirtung, said residents were frightened."
    assert run(extractor, text)[0].speaker.role == "MLA"


def test_a_party_tag_is_no_name_in_a_phrase(extractor) -> None:
    text = ("Democrats gained momentum after a statement by House Majority Leader Kevin McCarthy "
            "(R-Calif.) suggested the panel was created.")
    assert run(extractor, text)[0].speaker.name == "Kevin McCarthy"
    text = "A letter from Rep. Bob Goodlatte (R-Va.) said the agency had failed."
    assert run(extractor, text)[0].speaker.name == "Bob Goodlatte"
