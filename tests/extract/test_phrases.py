"""quotes.extract.phrases: what a role or a mention leaves off at its edges."""

from __future__ import annotations

import pytest
from conftest import run

from quotes.extract.phrases import (
    an_act,
    contiguous,
    focus_adverb,
    kin_role,
    not_nationalities,
    phrase_text,
    without_kind_words,
)


def test_a_focus_adverb_and_an_article_are_no_part_of_a_role(extractor) -> None:
    doc = extractor.nlp("Even the organizer of the rally said so.")
    assert focus_adverb(doc[0]) and not focus_adverb(doc[2])
    assert phrase_text(list(doc[0:3])) == "organizer"
    # an adverb inside the phrase stays: "the now-retired chief" keeps what it says
    inner = extractor.nlp("The only witness said so.")
    assert phrase_text(list(inner[0:3])) == "only witness"


def test_a_title_the_parser_took_for_a_mark_stays(extractor) -> None:
    doc = extractor.nlp("Const. Arnel Villanueva said so.")
    assert phrase_text(list(doc[0:3])).startswith("Const.")
    assert phrase_text([doc[-1]]) is None  # a mark alone is nothing


def test_the_edges_of_a_mention(extractor) -> None:
    doc = extractor.nlp("Mayor Ann Lee, said so.")
    first, last = contiguous(list(doc[0:4]))
    assert (first.text, last.text) == ("Mayor", "Lee")


def test_faiths_and_parties_are_no_nationalities() -> None:
    assert {"christian", "republican"} <= not_nationalities()
    assert "tunisian" not in not_nationalities()


def test_office_words_right_before_a_name_the_parser_hung_elsewhere(extractor) -> None:
    from quotes.extract.phrases import role_run_before

    doc = extractor.nlp("Hamilton led until midway through the third period, when Laval captain "
                        "Marcus Thompson-Achebe tied the game.")
    first = next(t for t in doc if t.text == "Marcus")
    assert [t.text for t in role_run_before(first)] == ["Laval", "captain"]
    # a relative clause's subject, a verb's object, a possessor: no office of theirs
    for text, name in (("The federal judge Trump was referring to is Gonzalo Curiel.", "Trump"),
                       ("The conference is expected to host Trump's two rivals.", "Trump")):
        doc = extractor.nlp(text)
        assert role_run_before(next(t for t in doc if t.text == name)) == []


def test_an_office_the_parse_lost_still_describes_the_speaker(extractor) -> None:
    from conftest import run

    records = run(extractor, "Hamilton had led 2-1 until midway through the third period, when "
                             "Laval captain Marcus Thompson-Achebe tied the game. \"He brings a "
                             "different kind of energy,\" Thompson-Achebe said.")
    assert (records[-1].speaker.role, records[-1].speaker.organization) == ("captain", "Laval")
    board = run(extractor, "Board chair Vivian Cheung-Lau said trustees had simply run out of "
                           "good options.")
    assert board[0].speaker.role == "Board chair"


def test_a_name_is_in_apposition_only_when_set_off_or_right_after(extractor) -> None:
    from conftest import one

    spokesperson = one(extractor, '"We are reviewing the file," said a spokesperson for '
                                  "Municipal Affairs and Housing Minister Paul Lindqvist.")
    assert spokesperson.speaker.name is None and spokesperson.speaker.role == "spokesperson"
    for text, name in (
            ('"Libraries are living rooms," said the RLA\'s chairwoman, Dr Hanna Lind.',
             "Hanna Lind"),
            ('"We won," said Breitbart News editor Dr. Sebastian Gorka.', "Sebastian Gorka")):
        assert one(extractor, text).speaker.name == name


def test_a_body_named_by_its_kind_owns_the_role(extractor) -> None:
    from quotes.extract.phrases import kind_possessor

    doc = extractor.nlp("Jane Roe, the company's chief economist, said so.")
    economist = next(t for t in doc if t.text == "economist")
    assert kind_possessor(economist) == "company"
    mine = extractor.nlp("Jane Roe, my company's chief economist, said so.")
    assert kind_possessor(next(t for t in mine if t.text == "economist")) is None
    # a body the phrase describes ("the Afghan team") is its own organisation, no kind to look up
    team = extractor.nlp("According to the Afghan team's coach, Alireza Mehraban, it scored.")
    assert kind_possessor(next(t for t in team if t.text == "coach")) is None


def test_the_kind_of_body_may_be_the_parsers_nmod(extractor) -> None:
    # "the hospital's clinical director": the parser's nmod with its "'s", as a possessive
    record = run(extractor, "Crowds packed Lakeshore General Hospital on Monday.\n\nDr Fionnuala "
                            "Brennan, the hospital\u2019s clinical director for emergency "
                            "medicine, said the surge was driven by illness.")[-1]
    assert (record.speaker.role, record.speaker.organization) == (
        "clinical director for emergency medicine", "Lakeshore General Hospital")


def test_kinship_is_no_role_however_it_is_written() -> None:
    assert kin_role("mother") and kin_role("Mother-of-three") and kin_role("father-of-two")
    assert kin_role("Mother-of")  # (a hyphened word the parser cut)
    assert not kin_role("chief of staff") and not kin_role("head-of-state")
    assert kin_role("sister-in-law") and kin_role("Ms Hebden's sister-in-law")
    assert kin_role("wife of 49 years") and kin_role("mother of three")
    assert kin_role("neighbour") and kin_role("widow")  # (whom one stands beside)
    assert not kin_role("president of the union")
    assert not kin_role("nephew of the late king and fellow real estate investor")


def test_one_participle_is_what_someone_did_not_a_role() -> None:
    assert an_act("reacting") and an_act("responding")
    assert not an_act("managing director") and not an_act("king") and not an_act("Reading")


def test_a_participle_set_off_after_a_name_gives_no_role(extractor) -> None:  # type: ignore[no-untyped-def]
    text = 'Kemi Ajayi, reacting, said the party "does not speak for us".'
    assert run(extractor, text)[0].speaker.role is None


def test_the_words_for_a_bodys_kind_are_no_part_of_its_name(extractor) -> None:
    for text, body, name in [
        ("She leads the Civic Dawn party.", "Civic", "Civic Dawn"),
        ("He works for the charity Sea Lantern.", "Sea", "Sea Lantern"),
        ("He works for the Port Authority.", "Port", "Port Authority"),
    ]:
        doc = extractor.nlp(text)
        head = next(t for t in doc if t.text == body).head
        words = without_kind_words([t for t in head.subtree if t.dep_ != "det"])
        assert " ".join(t.text for t in words) == name


def test_a_title_the_parser_ended_a_sentence_at(extractor) -> None:
    text = "The vote failed. Coun. Travis Mueller said the municipality is out $2 million."
    speaker = run(extractor, text)[-1].speaker
    assert (speaker.name, speaker.title) == ("Travis Mueller", "Coun.")


def test_an_office_written_short_after_the_is_no_name(extractor) -> None:
    text = ("Ogun Quarry managing director Sani Abdulkadir spoke next.\n\n"
            "\"We are building,\" the MD said.\n\n"
            "GM said on Tuesday that sales fell 5 percent in Europe.")
    records = run(extractor, text)
    assert [q.speaker.name for q in records] == ["Sani Abdulkadir", "GM"]
    # (an office no one of the story holds stays unnamed, not a name made of the letters)
    text = ("The CS said an audit had flagged more than 11,000 claims.\n\n"
            "\"We will not back down,\" the CS said.")
    assert [(q.speaker.name, q.speaker.role) for q in run(extractor, text)] == [
        (None, "CS"), (None, "CS")]


@pytest.mark.parametrize(("text", "role"), [
    # where someone of a trade works is no part of the trade
    ("Ann Lee, a nurse in Orange, said it was bad for the children.", "nurse"),
    ("Ann Lee, a youth leader in the area, said it was bad for the children.", "youth leader"),
    # a posting is the office's
    ("Ann Lee, the special representative in Syria, said it was bad for the children.",
     "special representative in Syria"),
])
def test_a_trade_s_place_is_no_part_of_the_role(extractor, text: str, role: str) -> None:
    assert run(extractor, text)[0].speaker.role == role
