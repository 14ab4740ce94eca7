"""quotes.extract.mention_mends: a described mention mended once it is apart."""

from __future__ import annotations

from conftest import word_of

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
