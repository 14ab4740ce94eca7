"""quotes.extract.missed: names the tagger missed or mislabelled, through the extractor."""

from __future__ import annotations

import pytest
from conftest import one

from quotes.extract.missed import shaped_like_person


@pytest.mark.parametrize(("text", "name"), [
    # left untagged, then the surname speaks alone
    ('Rodel Pascual arrived from Manila in 2022. "I never imagined this," Pascual told CBC News.',
     "Rodel Pascual"),
    # tagged an organisation
    ('Harpreet Virk has run the sweet shop for 19 years. "Nineteen years," Virk told Global News.',
     "Harpreet Virk"),
    # the given name left out of an organisation's tag, an age beside the name
    ('Taras Yaremko, 34, came to Winnipeg from Kharkiv. "We are grateful," Yaremko says.',
     "Taras Yaremko"),
    # hyphens join the words of a name
    ("Marie-\u00c8ve Th\u00e9riault-Roy found out by email. \"She cries when we leave,\" says "
     "Th\u00e9riault-Roy, a 38-year-old graphic designer.", "Marie-\u00c8ve Th\u00e9riault-Roy"),
    ('Jean-Luc Ouellet-Brassard runs the food bank. "We are out of rice," Ouellet-Brassard says.',
     "Jean-Luc Ouellet-Brassard"),
    # a child called by the given name, which the tagger took for a body
    ('Amara Sesay, 11, has played the trumpet for seven months. "I was just getting good," '
     'Amara said.', "Amara Sesay"),
])
def test_a_person_the_tagger_missed_is_named_in_full(extractor, text: str, name: str) -> None:
    q = one(extractor, text)
    assert (q.speaker.name, q.speaker.type) == (name, "person")


def test_a_body_that_speaks_by_a_word_it_modifies_with_is_no_surname(extractor) -> None:
    """``Outside Carrier's plant``: a name that modifies a noun is no person's full name."""
    q = one(extractor, 'Outside Carrier\'s plant, a Carrier executive waited. "We will keep the '
                       'plant open," Carrier said.')
    assert q.speaker.name == "Carrier"


@pytest.mark.parametrize(("text", "shaped"), [
    ("Rodel Pascual", True),
    ("Marie-\u00c8ve Th\u00e9riault-Roy", True),
    ("Global News", False),  # a body's word
    ("Harbour Credit Union", False),
    ("Mayor Pascual", False),  # an office
    ("Pascual", False),  # one word is no full name
])
def test_shaped_like_a_person(extractor, text: str, shaped: bool) -> None:
    doc = extractor.nlp(f"We met {text} yesterday.")
    tokens = [t for t in doc if t.text not in ("We", "met", "yesterday", ".")]
    assert shaped_like_person(tokens) is shaped
