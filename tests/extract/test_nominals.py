"""quotes.extract.nominals: whom a nominal names."""

from __future__ import annotations

from conftest import run

from quotes.extract.nominals import in_headline


def test_a_headline_is_a_first_line_with_no_full_stop_and_a_story_after_it() -> None:
    text = "'We were never asked,' chief says\n\nChief Dolores Beardy said so."
    assert in_headline(text, 24) and not in_headline(text, 40)
    assert not in_headline("The chief said so.\n\nMore.", 4)  # a sentence, no headline
    assert not in_headline("'We were never asked,' chief says", 24)  # nothing after it


def test_a_headlines_bare_nominal_is_the_first_person_the_story_describes_so(extractor) -> None:
    records = run(extractor, "\u2018We were never asked,\u2019 chief says of pipeline plan\n\nSandy Creek "
                             "Chief Dolores Beardy said Monday that the municipality signed a "
                             "deal without her council.\n\nGrand Chief Samuel Kakegamic said "
                             "the province should step in.")
    assert records[0].speaker.name == "Dolores Beardy"
    assert records[0].attribution == "coreference"
    # a nominal the story describes no one by stays unnamed
    alone = run(extractor, "\u2018We were never asked,\u2019 chief says of pipeline plan\n\nThe "
                           "municipality signed a deal in June, officials said.")
    assert alone[0].speaker.name is None
