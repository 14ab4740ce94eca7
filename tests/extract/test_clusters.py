"""quotes.extract.clusters: a record's speaker fields as the whole document gives them."""

from __future__ import annotations

from conftest import run


def test_a_speakers_fields_come_from_the_whole_document(extractor) -> None:
    records = run(extractor, '"We will win," Donald Trump said.\n\n"It is rigged," said Trump, '
                             'the Republican presidential front-runner.')
    assert [(r.speaker.name, r.speaker.role) for r in records] == \
        [("Donald Trump", "Republican presidential front-runner")] * 2
    own = run(extractor, '"We will win," said Jonah Okoye, the captain.\n\nOkoye, a rookie '
                         'defenceman in 2019, scored twice.')[0]
    assert own.speaker.role == "captain"  # what the quote's own words say stays


def test_a_stray_modifier_is_no_role_to_spread(extractor) -> None:
    records = run(extractor, '"We will win," Okoye said.\n\nJonah Okoye, the younger, was '
                             'mobbed by teammates.')
    assert records[0].speaker.role is None


def test_an_office_said_with_the_full_name_is_the_title_on_every_record(extractor) -> None:
    records = run(extractor, 'Cllr Siobhán Keane said the library would stay open. "We will '
                             'fight this," Ms Keane said. "It is ours," she added.')
    assert [r.speaker.title for r in records] == ["Cllr"] * 3
    # an office said with the surname alone may be a namesake's: the son, not the father
    khan = run(extractor, 'Khizr Khan spoke at the convention. "He sacrificed nothing," Mr. '
                          'Khan said. Captain Khan was killed in 2004. "He was a hero," Mr. Khan '
                          'said.')
    assert [r.speaker.title for r in khan] == ["Mr.", "Mr."]


def test_an_office_an_epithet_gives_holds_for_the_persons_other_quotes(extractor) -> None:
    records = run(extractor, 'Jonah Okoye scored in overtime. "I just shot it," Okoye said.\n\n'
                             'The rookie defenceman had missed 11 weeks. "It was hard," the '
                             'rookie defenceman said.')
    assert [(r.speaker.name, r.speaker.role) for r in records] == \
        [("Jonah Okoye", "rookie defenceman")] * 2
    # a bare "official" an epithet says names no one in particular: it does not spread
    bare = run(extractor, 'Ann Lee spoke first. "We will see," Lee said.\n\nLee left early. '
                          '"Nothing is decided," the official said.')
    assert bare[1].speaker.name == "Ann Lee" and bare[0].speaker.role is None


def test_a_short_form_of_the_organisation_gives_way_to_its_full_name(extractor) -> None:
    records = run(extractor, 'For two periods, the Regina Ironhawks looked tired.\n\nIronhawks '
                             'captain Derek Sauve scored twice. "We kept going," Sauve said.')
    assert {r.speaker.organization for r in records} == {"Regina Ironhawks"}


def test_an_epithet_naming_a_kind_of_body_gives_its_one_body(extractor) -> None:
    text = ("Workers at the Velmo plant walked out on Monday.\n\n"
            "Krzysztof Nowicki, who chairs the branch of the Lower Vistula Metalworkers' Union at "
            "the plant, told reporters the strike would continue.\n\n"
            "\"Our members build 4,000 machines a day,\" Nowicki said.\n\n"
            "The union leader said he expected an answer by Friday.")
    speakers = {(q.speaker.name, q.speaker.role, q.speaker.organization)
                for q in run(extractor, text)}
    assert speakers == {("Krzysztof Nowicki", "leader", "Lower Vistula Metalworkers' Union")}


def test_a_place_before_the_office_is_no_organisation_when_a_style_is_written_later(
        extractor) -> None:
    # "Mr. Giroux" later is still Sutton's mayor: the town is where the office is, not the
    # citizens' group whose name ends with the town's
    text = ("Residents of Sutton packed the hall on Monday.\n\n\"The water is ours,\" said Lise "
            "Roy, spokesperson for the citizens' group Sauvons Sutton, which has 900 members.\n\n"
            "Sutton Mayor Paul Giroux said council would vote next month.\n\n\"I have nothing "
            "against mining,\" Mr. Giroux said.")
    giroux = [r.speaker for r in run(extractor, text) if r.speaker.name == "Paul Giroux"]
    assert [(s.title, s.organization) for s in giroux] == [("Mayor", None)] * 2


def test_a_trade_an_epithet_names_in_one_word_holds_for_the_persons_other_quotes(
        extractor) -> None:
    records = run(extractor, 'Thandiwe Mokoena opens her restaurant on Friday. The chef says '
                             'the menu is her grandmother\'s.\n\n"I cook what I grew up with," '
                             'Mokoena said.')
    assert [(r.speaker.name, r.speaker.role) for r in records] == \
        [("Thandiwe Mokoena", "chef")] * 2
    # a word for what someone is at one point of the story holds for that quote only
    witness = run(extractor, 'Ann Lee saw the crash. The witness said the car was fast.\n\n'
                             '"It was awful," Lee said.')
    assert [r.speaker.role for r in witness if r.speaker.name == "Ann Lee"][-1] is None
