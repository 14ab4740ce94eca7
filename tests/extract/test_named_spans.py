"""quotes.extract.named_spans: a local government's name the tagger cut in two is one name."""

from __future__ import annotations

import pytest
from conftest import run


@pytest.mark.parametrize(("text", "name"), [
    (("Chief Dolores Beardy said Monday that the Rural Municipality of Elk Hollow signed a "
      "preliminary agreement."), "the Rural Municipality of Elk Hollow"),
    ("The Town of Bedford said it would appeal the ruling.", "The Town of Bedford"),
])
def test_kind_of_place_is_one_organisation(extractor, text: str, name: str) -> None:
    doc = extractor.nlp(text)
    from quotes.extract.named_spans import join_government_names

    spans = [(e.text, e.label_) for e in join_government_names(doc).ents]
    assert (name.removeprefix("the ").removeprefix("The "), "ORG") in [
        (t.removeprefix("the ").removeprefix("The "), label) for t, label in spans]


def test_a_name_the_tagger_keeps_whole_and_a_place_of_a_district_stay() -> None:
    import spacy

    from quotes.extract.named_spans import join_government_names

    nlp = spacy.blank("en")
    doc = nlp("He moved to the District of Columbia.")
    assert list(join_government_names(doc).ents) == []  # "District" opens no government


def test_the_reeve_speaks_for_the_municipality_by_its_full_name(extractor) -> None:
    records = run(extractor, "Chief Dolores Beardy said Monday that the Rural Municipality of "
                             "Elk Hollow signed a deal without her council. Elk Hollow Reeve "
                             "Gordon Thiessen said the municipality had followed every rule.")
    assert records[-1].speaker.organization == "Rural Municipality of Elk Hollow"
