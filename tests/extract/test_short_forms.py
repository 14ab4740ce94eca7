"""quotes.extract.short_forms: a surname or an acronym the tagger missed, through the extractor."""

from __future__ import annotations

from conftest import run


def test_a_surname_opening_a_sentence_that_the_tagger_took_for_a_noun_is_the_person(
        extractor) -> None:
    text = ('Defense attorney Craig Millbank asked for eight years. "He cooperated," Millbank '
            'said.\n\nBradley Voss, 58, pleaded guilty in September.\n\nVoss, wearing a tan jail '
            'uniform, turned to face the court.\n\n"I lied to you," he said.')
    assert run(extractor, text)[-1].speaker.name == "Bradley Voss"


def test_a_word_the_text_also_writes_in_lower_case_stays_a_common_word(extractor) -> None:
    # "Price" opens a sentence as a noun: no mention of Tom Price, so "he" is the one quoted
    text = ('Farmer Tom Price grows wheat.\n\n"Prices are low," Judge Ken Bell said of the '
            'market.\n\nPrice, not volume, drove the fall; the price was low.\n\n"It is a bad '
            'year," he said.')
    assert run(extractor, text)[-1].speaker.name == "Ken Bell"


def test_an_acronym_given_in_brackets_is_the_organisation(extractor) -> None:
    text = ('The Nova Scotia Library Association (NSLA) said in a statement that it was '
            '"deeply concerned." NSLA said it would appeal.')
    assert [r.speaker.name for r in run(extractor, text)] == \
        ["Nova Scotia Library Association"] * 2
