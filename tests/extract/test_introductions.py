"""quotes.extract.introductions: what the text says of a named person where it introduces them."""

from __future__ import annotations

import pytest
from conftest import run, word_of

from quotes.extract.introductions import predicate_role


@pytest.mark.parametrize(("text", "name", "said"), [
    ("Grace Okafor has been chief executive of the Harbourside Food Bank Network since 2019.",
     "Okafor", ("chief executive", "Harbourside Food Bank Network")),
    ("Ann Lee is a nurse at the Halton Rotary Club.", "Lee", ("nurse", "Halton Rotary Club")),
    ("Barack Obama was a good president.", "Obama", None),  # an opinion, at no body
    ("Tom Hale was not a member of the Halton Rotary Club.", "Hale", None),  # not so
    ("Lisa Moy has been Finance Minister since 2019.", "Moy", None),  # a title, read at the name
    ("Tom Hale met a nurse.", "Hale", None),
])
def test_what_a_sentence_says_its_subject_is(extractor, text: str, name: str,
                                             said: tuple[str, str] | None) -> None:
    assert predicate_role(word_of(extractor, text, name)) == said


def test_a_transcript_label_gives_what_the_introduction_said(extractor) -> None:
    records = run(extractor, (
        "Dr Grace Okafor has been chief executive of the Harbourside Food Bank Network, a "
        "charity, since 2019.\n\nINTERVIEWER: Is use falling?\n\nOKAFOR: No. We handed out "
        "3.1 million parcels last year."))
    okafor = records[-1].speaker
    assert (okafor.name, okafor.title, okafor.role, okafor.organization) == (
        "Grace Okafor", "Dr", "chief executive", "Harbourside Food Bank Network")
