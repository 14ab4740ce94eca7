"""quotes.extract.phrases: what a role or a mention leaves off at its edges."""

from __future__ import annotations

from quotes.extract.phrases import (
    contiguous,
    focus_adverb,
    not_nationalities,
    phrase_text,
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
