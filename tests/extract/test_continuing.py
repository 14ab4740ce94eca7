"""quotes.extract.continuing: who goes on speaking as he or she, through the extractor."""

from __future__ import annotations

from conftest import run

from quotes.extract.continuing import inside


def test_inside() -> None:
    assert inside(5, [(0, 3), (4, 6)])
    assert not inside(6, [(0, 3), (4, 6)])  # ends are open


def test_a_quoted_speaker_goes_on_as_she_until_another_is_the_subject(extractor) -> None:
    goes_on = run(extractor, '"The wards are full," said Dr. Ann Lee, who runs the clinic.\n\n'
                             '"We need more beds," she said.')
    assert goes_on[-1].speaker.name == "Ann Lee"
    interrupted = run(extractor, '"The wards are full," said Dr. Ann Lee, who runs the clinic. '
                                 'Mayor Ruth Vance attended.\n\n"We need more beds," she said.')
    assert interrupted[-1].speaker.name == "Ruth Vance"


def test_an_unnamed_speaker_goes_on_only_while_no_one_else_is_the_subject(extractor) -> None:
    gone_on = run(extractor, 'One parent said she had priced private lessons.\n\n'
                             '"That is not happening on my salary," she said.')
    assert (gone_on[-1].speaker.name, gone_on[-1].speaker.role) == (None, "parent")
    interrupted = run(extractor, 'One parent said she had priced private lessons. Trustee Ann '
                                 'Lee voted against the cuts.\n\n"That is not fair," she said.')
    assert interrupted[-1].speaker.role != "parent"


def test_where_no_quoted_speaker_goes_on_he_is_whom_the_sentence_before_was_about(
        extractor) -> None:
    records = run(extractor, '"I would not vote for her," Mary Paradis said.\n\nRuth Vance, '
                             'the town clerk, agreed. Tom Bennett does not feel the same way '
                             'about Senator Hal Ortiz. He said he would back a rival if Ortiz '
                             'loses.')
    assert records[-1].speaker.name == "Tom Bennett"


def test_the_statement_that_speaks_is_the_one_its_issuer_was_just_quoted_from(
        extractor) -> None:
    records = run(extractor, 'The Halden Port Authority said in a statement that fees would '
                             'rise. "Costs have doubled since 2019," the statement said.')
    assert [r.speaker.name for r in records] == ["Halden Port Authority"] * 2
    assert records[-1].attribution == "coreference"
    named = run(extractor, 'In a victim impact statement read aloud by his son, Walter Kaspar, '
                           '84, said he had paid in full.\n\n"I still have a hole in my floor," '
                           'the statement said.')
    assert named[-1].speaker.name == "Walter Kaspar"
    # a statement its last speaker never spoke of is nobody's
    nobody = run(extractor, 'Mayor Ann Lee said the plan works.\n\n"It is a bad plan," the '
                            'statement said.')
    assert nobody[-1].speaker.name is None


def test_the_texts_pronoun_outweighs_a_given_names_census_gender(extractor) -> None:
    # Carmel is a woman's name in the US census, a man's in Malta: the text says which
    records = run(extractor, 'Maltese Prime Minister Carmel Zammit, who hosted the meeting, told '
                             'reporters the deal was "the most serious thing we have done."\n\n'
                             '"Nobody here pretends this solves everything," he said.')
    assert [r.speaker.name for r in records] == ["Carmel Zammit", "Carmel Zammit"]


def test_a_census_gender_holds_once_another_person_is_named(extractor) -> None:
    records = run(extractor, 'Donald Trump said the interview was fair. Kelly had asked him about '
                             'his remarks.\n\n"You don\'t want to be the story," she said.')
    assert records[-1].speaker.name != "Donald Trump"
