"""quotes.extract.holders: who holds the office a speaker phrase names."""

from __future__ import annotations

import pytest
from conftest import run, word_of

from quotes.extract.holders import heads_an_office, office_holder, set_off_by_comma
from quotes.extract.offices import phrase_tokens


def _holder(extractor, text: str, office: str) -> str | None:  # type: ignore[no-untyped-def]
    head = word_of(extractor, text, office)
    person = office_holder(head, phrase_tokens(head, set()))
    return " ".join(t.text for t in person) if person else None


@pytest.mark.parametrize(("text", "office", "holder"), [
    ("The chief executive of the Refugee Council, Enver Solomon, said no.", "executive",
     "Enver Solomon"),
    # a title between the comma and the name; a name the tagger left untagged
    ("The Executive Director of the Green Earth Network, Dr. Ifeoma Nwachukwu-Obi, said no.",
     "Director", "Ifeoma Nwachukwu - Obi"),
    # an office no lexicon lists, named with "the ... of"
    ("But the Baale of Oke-Ila community, Chief Bayo Adisa, said no.", "Baale", "Bayo Adisa"),
    # a friend of someone is not that someone
    ("A friend of Tom Hale said no.", "friend", None),
])
def test_the_holder_of_an_office_ends_its_phrase(extractor, text: str, office: str,
                                                 holder: str | None) -> None:
    assert _holder(extractor, text, office) == holder


def test_what_heads_an_office(extractor) -> None:
    text = "But the Baale of Oke-Ila community and Ada Lee, Dr. Kemi Obi, met the Lagos Times."
    assert heads_an_office(word_of(extractor, text, "Baale"))
    assert not heads_an_office(word_of(extractor, text, "Times"))
    assert set_off_by_comma(word_of(extractor, text, "Kemi"))
    assert not set_off_by_comma(word_of(extractor, text, "Ada"))


def test_a_scene_the_parser_took_for_the_subject_is_no_speaker(extractor) -> None:
    records = run(extractor, "Outside court, the trust's chairwoman, Isobel Rennie, said the "
                             "verdict was fair.")
    assert (records[0].speaker.name, records[0].speaker.role) == ("Isobel Rennie", "chairwoman")
