"""quotes.extract.mention_mends: a described mention mended once it is apart."""

from __future__ import annotations

import pytest
from conftest import run, word_of

from quotes.extract.anatomy import MentionParts
from quotes.extract.mention_mends import campaign_mended, office_mended, whole_portfolio
from quotes.extract.mentions import describe


def test_an_office_written_short_is_someone_unnamed(extractor) -> None:
    head = word_of(extractor, '"We are building," the MD said.', "MD")
    named = MentionParts(head, head, "MD", (head,), None, None, None, "organization")
    mended = office_mended(named, head)
    assert (mended.name, mended.role, mended.speaker_type, mended.definite_nominal) == (
        None, "MD", "person", True)
    head = word_of(extractor, "GM said sales fell.", "GM")  # (no article: the company)
    named = MentionParts(head, head, "GM", (head,), None, None, None, "organization")
    assert office_mended(named, head) is named


def test_a_candidates_name_before_campaign_names_the_campaign(extractor) -> None:
    head = word_of(extractor, "Strand campaign spokeswoman Keisha Morrow said so.", "Morrow")
    parts = describe(head)
    assert (parts.role, parts.organization) == ("spokeswoman", "Strand campaign")
    head = word_of(extractor, "Delane's campaign manager, Olivia Strand, said so.", "manager")
    before = describe(head)
    assert campaign_mended(before).organization != "Delane campaign"


def test_a_portfolio_joined_by_and_is_one_office(extractor) -> None:
    text = ("Oceans and Fisheries Minister Tama Reid announced on Thursday that the catch would "
            "fall from 293 tonnes to 195 tonnes.")
    head = word_of(extractor, text, "Reid")  # (the parser's conjunct of "Oceans")
    parts = MentionParts(head, head, "Tama Reid", (head.nbor(-1), head), None,
                         "Fisheries Minister", "Oceans", "person")
    whole_portfolio(parts, head)
    assert (parts.role, parts.organization) == ("Oceans and Fisheries Minister", None)


def test_a_body_s_acronym_the_parser_hung_elsewhere_opens_the_office(extractor) -> None:
    text = ("(Bloomberg) -- The Czech National Bank left borrowing costs unchanged on Thursday."
            "\n\n\"Risks remain,\" CNB Governor Tomas Vrabec said at a press conference in "
            "Prague.")
    speaker = run(extractor, text)[-1].speaker
    assert (speaker.title, speaker.organization) == ("Governor", "Czech National Bank")
    # (a dateline's capitals are no body)
    text = "LONDON (Reuters) - Trade Secretary Mark Dunn said the talks would resume on Monday."
    assert run(extractor, text)[0].speaker.organization is None


@pytest.mark.parametrize(("text", "name", "role"), [
    # a body's capitalised opening the tagger left out of its name opens it again
    ("The Liberal Democrats said the target was unrealistic.", "Liberal Democrats", None),
    ("PT Sulawesi Prima Nikel said output would rise this year.", "PT Sulawesi Prima Nikel", None),
    # a people's adjective, a kind of body in lower case, a place's possessive do not
    ("The Norwegian government said the ships would stay.", None, "Norwegian government"),
    ("French tyre maker Vellard said it would close the plant.", "Vellard", "French tyre maker"),
    ("Cambodia's Ministry of Health said the syrup was unsafe.", "Ministry of Health", None),
])
def test_a_body_s_name_takes_back_its_opening(extractor, text: str, name: str | None,
                                              role: str | None) -> None:
    speaker = run(extractor, text)[0].speaker
    assert (speaker.name, speaker.role) == (name, role)
