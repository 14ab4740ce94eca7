"""quotes.extract.affiliations: whom a speaker belongs to where the story says it by context."""

from __future__ import annotations

from conftest import run

GAME = ("The Moncton Herons beat the Halifax Gulls 4-2 on Friday.\n\n"
        "The Herons got two goals from veteran winger Pavel Sorensen.\n\n"
        "Rookie centre Luc Daigle added a third for the Herons late in the game.\n\n"
        '"We kept it simple," Sorensen said. "It felt good," said Daigle.')


def test_a_player_belongs_to_the_team_of_the_sentence_that_names_him(extractor) -> None:
    records = run(extractor, GAME)
    assert [(r.speaker.name, r.speaker.role, r.speaker.organization) for r in records] == [
        ("Pavel Sorensen", "veteran winger", "Moncton Herons"),
        ("Luc Daigle", "Rookie centre", "Moncton Herons")]


def test_the_side_beaten_is_not_the_players_team(extractor) -> None:
    records = run(extractor, "The Moncton Herons beat the Halifax Gulls 3-1 on Friday.\n\n"
                             "Goaltender Ilya Marchand made 40 saves in the win for the "
                             "Herons over the Gulls.\n\n"
                             '"They never stopped coming," Marchand said.')
    assert records[0].speaker.organization == "Moncton Herons"
    beaten = run(extractor, "Goaltender Ilya Marchand made 40 saves in a 3-1 loss to the "
                            "Moncton Herons.\n\n"
                            '"They never stopped coming," Marchand said.')
    assert beaten[0].speaker.organization is None  # not said which side he plays for


def test_a_team_another_person_holds_in_the_sentence_is_not_the_players(extractor) -> None:
    records = run(extractor, "Defenceman Ravi Kohli beat Halifax Gulls goaltender Sam Berg "
                             "to give the Moncton Herons the lead.\n\n"
                             '"I saw a lane," Kohli said.')
    assert records[0].speaker.organization == "Moncton Herons"


def test_two_teams_in_the_sentence_give_no_team(extractor) -> None:
    records = run(extractor, "Winger Pavel Sorensen was the best player on the ice as the "
                             "Moncton Herons and the Halifax Gulls played to a draw.\n\n"
                             '"It was a good game," Sorensen said.')
    assert records[0].speaker.organization is None


def test_a_trade_that_is_no_position_gets_no_team(extractor) -> None:
    records = run(extractor, "Security guard Tom Reyes watched the Moncton Herons arrive.\n\n"
                             '"It was loud," Reyes said.')
    assert records[0].speaker.organization is None


def test_a_chief_leads_the_one_first_nation_the_story_names(extractor) -> None:
    text = ("Sturgeon Bay First Nation lifts water advisory\n\n"
            "Families in Sturgeon Bay First Nation can drink tap water again.\n\n"
            '"It took too long," Chief Ada Whitecloud said.')
    assert run(extractor, text)[0].speaker.organization == "Sturgeon Bay First Nation"
    two = text.replace("again.", "again, as can those of Red Pine Cree Nation.")
    assert run(extractor, two)[0].speaker.organization is None  # which one: not said
    fire = text.replace("Chief Ada", "Fire Chief Ada")
    assert run(extractor, fire)[0].speaker.organization != "Sturgeon Bay First Nation"


def test_the_first_nation_is_no_second_nation_and_a_band_councillor_is_its(extractor) -> None:
    text = ("Sturgeon Bay First Nation lifts water advisory\n\n"
            '"It took too long," Chief Ada Whitecloud said. Band councillor Tom Kejick said '
            "the First Nation had written to Ottawa nine times.")
    records = run(extractor, text)
    assert [r.speaker.organization for r in records] == ["Sturgeon Bay First Nation"] * 2


def test_a_teams_short_form_the_tagger_kept_apart_is_the_team_in_full(extractor) -> None:
    text = ("Ferland's winner sends Red Tails past Miners\n\n"
            "REGINA — Noah Ferland sent the Regina Red Tails to the league final on Sunday.\n\n"
            "Goaltender Ethan Park made 29 saves for the Red Tails in the third period.\n\n"
            '"Nobody in here cared about the standings," Park said.')
    assert run(extractor, text)[-1].speaker.organization == "Regina Red Tails"


def test_a_nation_only_the_headline_names_is_where_one_is_not_which(extractor) -> None:
    text = ("Ontario First Nation marks 10 years under advisory\n\n"
            "Residents of Makoosin Lake First Nation still boil their water.\n\n"
            '"Think about that," Chief Lorraine Keesick said.')
    assert run(extractor, text)[0].speaker.organization == "Makoosin Lake First Nation"
