"""quotes.extract.matching: which entity a name written in a document refers to."""

from __future__ import annotations

from conftest import run

from quotes.extract.matching import match_entity, team_of
from quotes.extract.referents import Entity, Mention


def test_a_surname_finds_a_person_the_tagger_took_for_an_organisation() -> None:
    host = Entity("Sean Hallory", "organization", ("sean", "hallory"))
    host.mentions = [Mention(0, 12, 0, 0)]
    assert match_entity([host], ("hallory",), "unknown", 100) is host
    # a body's name ending in the word is no person's, and a bare organisation word finds none
    bank = Entity("Halden Bank", "organization", ("halden", "bank"))
    bank.mentions = [Mention(0, 11, 0, 0)]
    assert match_entity([bank], ("bank",), "unknown", 100) is None
    assert match_entity([host], ("hallory",), "place", 100) is None


def test_a_team_is_named_by_its_plural_though_the_tagger_took_it_for_a_place() -> None:
    team = Entity("Regina Ironhawks", "place", ("regina", "ironhawks"))
    team.mentions = [Mention(0, 16, 0, 0)]
    assert team_of(team, ("ironhawks",))
    assert match_entity([team], ("ironhawks",), "organization", 100) is team
    # not a place's other words, nor a word that only looks plural
    assert not team_of(team, ("regina",))
    pass_ = Entity("Brenner Pass", "place", ("brenner", "pass"))
    assert not team_of(pass_, ("pass",))


def test_a_body_is_no_short_form_of_its_members_own_body() -> None:
    trust = Entity("Inverclyde Athletic Supporters' Trust", "organization",
                   ("inverclyde", "athletic", "supporters'", "trust"))
    trust.mentions = [Mention(0, 37, 0, 0)]
    assert match_entity([trust], ("inverclyde", "athletic"), "organization", 100) is None
    company = Entity("Corvane Resources Ltd.", "organization", ("corvane", "resources", "ltd"))
    company.mentions = [Mention(0, 22, 0, 0)]
    assert match_entity([company], ("corvane",), "organization", 100) is company


def test_a_newspaper_by_its_last_word(extractor) -> None:
    records = run(extractor, "The Washington Post reported it first.\n\n"
                             "\u201cWe stand by the story,\u201d the Post said in a statement.")
    assert records[0].speaker.name == "Washington Post"


def test_a_lone_family_name_after_an_english_given_name_names_the_speaker(extractor) -> None:
    text = ("Gary Tan Wei Ming, 52, had pleaded guilty in March to eight charges.\n\n"
            "Asked if he wished to address the court, Tan, dressed in a white shirt, stood and "
            "said: \u201cI am sorry to every one of them.\u201d")
    record = run(extractor, text)[-1]
    assert (record.speaker.name, record.speaker.mention.text if record.speaker.mention
            else None) == ("Gary Tan Wei Ming", "Tan")
    # a given name and a surname still find their person
    person = Entity("Ann Tan", "person", ("ann", "tan"))
    person.mentions = [Mention(0, 7, 0, 0)]
    assert match_entity([person], ("ann",), "person", 100, given_names=True) is person
    two = Entity("Rita Moreno", "person", ("rita", "moreno"))
    two.mentions = [Mention(0, 11, 0, 0)]
    assert match_entity([two], ("moreno",), "person", 100, given_names=True) is two
