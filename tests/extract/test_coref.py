"""quotes.extract.coref: the rule-based registry of referents, alone and inside extraction."""

from __future__ import annotations

import pytest
from conftest import check_offsets, one

from quotes.extract.coref import LOOKBACK_PARAGRAPHS, Registry

# --- the registry on its own ------------------------------------------------------------------


def test_surname_joins_the_full_name():
    reg = Registry()
    reg.add_entity("James Jeffrey", "person", 0, 0, True, False)
    assert reg.key_for("Jeffrey", "person") == "james jeffrey"
    assert reg.full_name("Jeffrey", "person") == "James Jeffrey"
    reg.add_entity("Jeffrey", "person", 40, 1, True, False)
    assert list(reg.referents) == ["james jeffrey"]
    assert [m.key for m in reg.mentions] == ["james jeffrey", "james jeffrey"]


def test_unknown_short_name_stays_itself():
    reg = Registry()
    reg.add_entity("James Jeffrey", "person", 0, 0, True, False)
    assert reg.full_name("Smith", "person") == "Smith"
    assert reg.key_for("Smith", "person") == "smith"


def test_a_person_surname_does_not_join_an_organisation():
    reg = Registry()
    reg.add_entity("Ford Motor Company", "organization", 0, 0, True, False)
    assert reg.full_name("Company", "person") == "Company"


def test_note_speaker_keeps_what_was_said_of_them_and_gender_from_title():
    reg = Registry()
    ref = reg.note_speaker("Helen Carter", "person", 10, 0, "Ms.", None, "City Council")
    assert (ref.title, ref.organization, ref.gender, ref.quoted) == (
        "Ms.", "City Council", "female", 1)
    again = reg.note_speaker("Carter", "person", 90, 1, None, "councillor", None)
    assert again is ref and ref.quoted == 2
    assert ref.title == "Ms." and ref.role == "councillor"


def test_gender_from_role_word():
    reg = Registry()
    ref = reg.note_speaker("Sam Doe", "person", 0, 0, None, "chief spokeswoman", None)
    assert ref.gender == "female"


def gendered_registry() -> Registry:
    reg = Registry()
    reg.note_speaker("Helen Carter", "person", 100, 1, "Ms.", None, None)
    reg.note_speaker("Tom Briggs", "person", 150, 1, "Mr.", None, None)
    return reg


def test_pronoun_gender_picks_the_matching_person():
    reg = gendered_registry()
    assert reg.resolve_pronoun("she", 200, 2).name == "Helen Carter"
    assert reg.resolve_pronoun("he", 200, 2).name == "Tom Briggs"


def test_only_mentions_before_the_pronoun_count():
    reg = gendered_registry()
    assert reg.resolve_pronoun("he", 120, 1) is None  # Tom Briggs is named later
    assert reg.resolve_pronoun("she", 120, 1).name == "Helen Carter"


def test_plural_and_neuter_pronouns_skip_people():
    reg = gendered_registry()
    assert reg.resolve_pronoun("they", 200, 2) is None
    assert reg.resolve_pronoun("it", 200, 2) is None
    reg.note_speaker("Acme Corp", "organization", 170, 1, None, None, None)
    assert reg.resolve_pronoun("it", 200, 2).name == "Acme Corp"
    assert reg.resolve_pronoun("they", 200, 2).name == "Acme Corp"


def test_unknown_pronoun_resolves_to_nothing():
    assert gendered_registry().resolve_pronoun("you", 200, 2) is None


def test_referents_beyond_the_lookback_window_are_forgotten():
    reg = gendered_registry()
    far = 1 + LOOKBACK_PARAGRAPHS + 1
    assert reg.resolve_pronoun("she", 1000, far) is None
    assert reg.resolve_pronoun("she", 1000, far - 1).name == "Helen Carter"


def test_quoted_subject_beats_a_name_inside_quotation_marks():
    reg = Registry()
    reg.add_entity("Paul Grant", "person", 0, 0, True, False)
    reg.add_entity("Simon West", "person", 60, 0, False, True)  # named inside someone's quote
    assert reg.resolve_pronoun("he", 100, 1).name == "Paul Grant"


def test_nominal_resolves_by_role():
    reg = Registry()
    reg.note_speaker("Wayne Morotto", "person", 0, 0, "Colonel", "spokesman", "coalition")
    reg.note_speaker("Ann Lee", "person", 50, 0, None, "analyst", None)
    assert reg.resolve_nominal("spokesperson", 100, 1, "person").name == "Wayne Morotto"
    assert reg.resolve_nominal("analyst", 100, 1, "person").name == "Ann Lee"
    assert reg.resolve_nominal("mayor", 100, 1, "person") is None


def test_organisation_nominal_falls_back_to_the_last_quoted_organisation():
    reg = Registry()
    reg.note_speaker("Acme Corp", "organization", 0, 0, None, None, None)
    assert reg.resolve_nominal("company", 50, 1, "organization").name == "Acme Corp"
    assert reg.resolve_nominal("company", 50, 1, "person") is None


# --- coreference inside extraction -----------------------------------------------------------


def test_pronoun_takes_the_person_named_before(extractor):
    text = ("Maria Lopez, the mayor of Riverton, opened the new library on Friday.\n"
            '"Reading changes lives," she said.')
    q = one(extractor, text)
    assert q.attribution == "coreference"
    assert q.speaker.name == "Maria Lopez" and q.speaker.type == "person"
    assert q.speaker.mention.text == "she"
    assert text[q.speaker.mention.start : q.speaker.mention.end] == "she"


def test_pronoun_prefers_the_nearest_subject(extractor):
    text = ("Laura Chen spoke first.\nPaul Wright spoke next.\n"
            '"I disagree with everything," he said.')
    assert one(extractor, text).speaker.name == "Paul Wright"


def test_it_takes_an_organisation(extractor):
    text = ("The Ministry of Health published new figures on Monday.\n"
            '"The numbers are falling," it said.')
    q = one(extractor, text)
    assert q.attribution == "coreference"
    assert q.speaker.type == "organization"
    assert "Ministry of Health" in q.speaker.name


def test_surname_takes_the_full_name(extractor):
    text = ("James Jeffrey, the US special envoy, visited Ankara.\n"
            '"The talks went well," Jeffrey said.')
    q = one(extractor, text)
    assert q.speaker.name == "James Jeffrey"
    assert q.speaker.mention.text == "Jeffrey"


def test_he_added_keeps_title_of_the_earlier_speaker(extractor):
    text = ('"The vote is a disgrace," said Senator Mark Ellis.\n'
            '"It will be challenged in court," he added.')
    records = extractor.extract(text)
    check_offsets(text, records)
    assert [q.speaker.name for q in records] == ["Mark Ellis", "Mark Ellis"]
    assert records[1].attribution == "coreference"
    assert records[1].speaker.title == "Senator"
    assert records[1].cue.lemma == "add"


def test_the_spokesman_takes_the_earlier_spokesman(extractor):
    text = ('"Our troops will stay," said Colonel Wayne Morotto, spokesman for the coalition.\n'
            'Later, "We will review the mission in June," the spokesman said.')
    records = extractor.extract(text)
    check_offsets(text, records)
    assert len(records) == 2
    second = records[1]
    assert second.attribution == "coreference"
    assert (second.speaker.name, second.speaker.title) == ("Wayne Morotto", "Colonel")
    assert second.speaker.mention.text == "the spokesman"


def test_pronoun_with_no_antecedent_is_unresolved(extractor):
    text = '"The water is safe to drink," she said.'
    q = one(extractor, text)
    assert q.attribution == "unresolved"
    assert q.speaker.name is None
    assert q.speaker.mention is not None and q.speaker.mention.text == "she"


def test_gendered_speakers_resolved_by_pronoun(extractor):
    text = ('"The plan is sound," said Ms. Helen Carter.\n'
            '"The plan is reckless," said Mr. Tom Briggs.\n'
            '"We will see who is right," she added.')
    records = extractor.extract(text)
    check_offsets(text, records)
    assert [q.speaker.name for q in records] == ["Helen Carter", "Tom Briggs", "Helen Carter"]


@pytest.mark.xfail(strict=True, reason="Registry.resolve_pronoun knows no gender for a referent "
                   "without a gendered title or role, so with a man and a woman named together "
                   "'she' goes by position (subject or latest), right for one order only")
def test_she_after_a_man_and_a_woman_in_either_order(extractor):
    for pair in ("Tom Briggs and Helen Carter", "Helen Carter and Tom Briggs"):
        text = f'{pair} met on Monday.\n"We need more money," she said.'
        assert one(extractor, text).speaker.name == "Helen Carter", pair


def test_the_company_takes_the_company_named_before(extractor):
    text = 'Acme Corp cut 200 jobs last week.\n"We had no choice," the company said.'
    q = one(extractor, text)
    assert q.attribution == "coreference"
    assert q.speaker.name == "Acme Corp"


def test_they_takes_a_group_named_before(extractor):
    text = 'Union leaders met ministers on Tuesday.\n"We will strike in March," they said.'
    q = one(extractor, text)
    assert q.attribution == "coreference"
    assert q.speaker.name is not None and "Union leaders" in q.speaker.name
