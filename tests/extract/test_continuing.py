"""quotes.extract.continuing: who goes on speaking as he or she, through the extractor."""

from __future__ import annotations

from bisect import bisect_right
from types import SimpleNamespace

import pytest
from conftest import run

from quotes.extract.continuing import inside, paragraphs_apart, section_head


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


def test_an_epithet_names_whom_the_sentence_before_was_about(extractor) -> None:
    text = ('"We looked at every option," Mayor Ann Lee said.\n\nAcross town, the Ironhawks\' '
            'newest player, Mikael Lindqvist, was still learning the city. "The fans are loud," '
            'the rookie defenceman said.')
    assert run(extractor, text)[-1].speaker.name == "Mikael Lindqvist"


def test_he_is_a_person_of_no_known_gender_whom_the_text_described(extractor) -> None:
    # (no census gender for "Dmitri": the title and the appositive say a person was meant)
    text = ('Head coach Pascal Bérubé said he had told Jonah Okoye to shoot. "He passes it up '
            'every time," Bérubé said.\n\nBérubé said the win was his team’s most complete game '
            'of the season.\n\nCaptain Dmitri Volkov, a centre in his 13th season, scored '
            'Hamilton’s first goal and set up its second. He said the younger player had been '
            'the hardest worker.')
    assert run(extractor, text)[-1].speaker.name == "Dmitri Volkov"


def test_an_epithet_that_names_an_organisation_is_someone_of_it(extractor) -> None:
    text = ('"It is not the answer," said Priya Raghunathan, Kestrel\'s chief executive.\n\n'
            '"Making a million of them is hard," said Hannah Stolz, the Tidewater analyst who led '
            'the research.\n\nAsked about that risk, the 39-year-old founder of Kestrel said the '
            'company had already produced 40,000 cells.')
    assert run(extractor, text)[-1].speaker.name == "Priya Raghunathan"
    other = text.replace("founder of Kestrel", "founder of Brightline")
    assert run(extractor, other)[-1].speaker.name != "Hannah Stolz"


@pytest.mark.parametrize(("line", "head"), [
    ("THE BREAK", True), ("– Country less safe –.", True), ("Related news", True),
    ("Pascal Hess, 50.", True), ("Sanders wasn't impressed.", False),
    ("He said the vote would be close.", False), ('"No," she said.', False)])
def test_a_section_head_or_caption_is_a_short_line_no_sentence(line: str, head: bool) -> None:
    assert section_head(line) is head


def test_a_section_head_does_not_part_a_speaker_from_the_he_that_goes_on() -> None:
    text = '"A," Biden said.\n\n– Country less safe –.\n\n"B," he said.'
    starts = [0, text.index("–"), text.index('"B')]
    coref = SimpleNamespace(view=SimpleNamespace(text=text),
                            paragraph_at=lambda offset: bisect_right(starts, offset) - 1)
    assert paragraphs_apart(coref, 5, len(text) - 3) == 1  # type: ignore[arg-type]
    told = text.replace("– Country less safe –.", "Trump campaigned in Ohio that day.")
    coref.view.text = told
    starts[2] = told.index('"B')
    assert paragraphs_apart(coref, 5, len(told) - 3) == 2  # type: ignore[arg-type]


def test_the_company_that_speaks_after_an_organisation_was_quoted_is_that_organisation(
        extractor) -> None:
    text = ('Minera Altiplano, a unit of Toronto-listed Halvorsen Resources, said its offer was '
            '"fair."\n\nThe company said contingency plans would keep the mine open.')
    records = run(extractor, text)
    assert [(r.speaker.name, r.speaker.organization) for r in records] == \
        [("Minera Altiplano", "Halvorsen Resources")] * 2
    union = text.replace("The company said", "The union said")
    assert run(extractor, union)[-1].speaker.name != "Minera Altiplano"


def test_someone_named_in_a_new_paragraph_before_the_pronoun_stops_the_speaker_going_on(
        extractor) -> None:
    text = ('Donald Trump appears in a clip. "We need a total shutdown," Trump says.\n\n'
            'Footage of Anwar al-Awlaki appears again. "The West will turn on you," he says.')
    assert run(extractor, text)[-1].speaker.name == "Anwar al-Awlaki"
    about = ('Donald Trump thanked his supporters. "Let\'s win," Trump said.\n\nTrump also '
             'congratulated his rivals Marco Rubio and Ted Cruz. "Just one minute," he urged them.')
    assert run(extractor, about)[-1].speaker.name == "Donald Trump"


def test_of_two_subjects_before_a_pronoun_the_main_clauses_names_it(extractor) -> None:
    text = ('Just after the attack, Donald Trump was calling for change.\n\nIn the wake of '
            'President Obama’s remarks, Trump called for the president to resign. He said the '
            'time for being politically correct is over.')
    assert run(extractor, text)[-1].speaker.name == "Donald Trump"


def test_a_he_opening_a_paragraph_is_whom_the_last_sentence_before_was_about(extractor) -> None:
    text = ('"It is over," Sen. Bernie Sanders said.\n\nAs for the Clinton campaign, the staff '
            'are irritated. Campaign manager Robby Mook released a memo on Monday.\n\nIn it, he '
            'says Clinton has built a nearly insurmountable lead.')
    assert run(extractor, text)[-1].speaker.name == "Robby Mook"
    # not when its own sentence names someone: that one is the candidate
    own = ('"It is over," Sen. Bernie Sanders said on Sunday.\n\nVice President Joe Biden weighed '
           'in as well, telling Mic, "They are both qualified," he said.')
    assert run(extractor, own)[-1].speaker.name == "Joe Biden"


def test_the_person_the_sentence_before_is_about_speaks_in_a_new_paragraph(extractor) -> None:
    text = ('Tomas Hruska, a defenceman, had been scratched twice. Kwame Asante, the rookie, '
            'said he had barely slept. "I kept replaying it," Asante said.\n\n'
            'Hruska\'s shot from the point with four minutes left sealed it. "I don\'t score '
            'many, so I\'ll take that one," he said.')
    assert run(extractor, text)[-1].speaker.name == "Tomas Hruska"
    # a name deep inside the sentence before is not what it is about
    text = ('"We will win this," said Ann Marsh, the mayor.\n\nThe rise of Tomas Hruska\'s '
            'party worried many. "We are ready," she said.')
    assert run(extractor, text)[-1].speaker.name != "Tomas Hruska"


def test_an_office_that_speaks_right_after_its_holder_was_quoted_is_that_holder(extractor) -> None:
    # the other team's coach was named and quoted before: "the coach" is the one just quoted
    text = ("Head coach Jim Sauvé said the Red Tails never panicked.\n\n"
            'Miners coach Pat Rourke said his team had nothing to hang its head about. "It '
            'stings," Rourke said.\n\n'
            "Sauvé said Ferland would be in the lineup.\n\n"
            '"He\'s 16. He\'ll remember this one," the coach said.')
    assert run(extractor, text)[-1].speaker.name == "Jim Sauvé"


def test_a_body_written_short_is_no_other_body(extractor) -> None:
    records = run(extractor, (
        "Thornbury Athletic beat Castlemere United 3-1. Thornbury manager Steve Brannigan "
        "said his side had been second best. Thornbury captain Liam Fairweather headed the "
        "third.\n\n\"I'd pay to watch him,\" said the Thornbury boss."))
    assert records[-1].speaker.name == "Steve Brannigan"


def test_an_unnamed_speaker_named_again_by_the_same_noun_goes_on(extractor) -> None:
    records = run(extractor, (
        "Vantrix Infotech Ltd cut 900 jobs. A Vantrix spokesperson said all exits were "
        "voluntary.\n\n\"We have not asked anyone to resign,\" the spokesperson added."))
    assert [(r.speaker.name, r.speaker.role, r.speaker.organization) for r in records] == [
        (None, "spokesperson", "Vantrix Infotech Ltd")] * 2


def test_she_after_the_unnamed_spokeswoman_is_hers_not_the_one_named_in_her_words(extractor):
    text = ("Fernanda Lobo, the union's general secretary, said the strike would go on.\n\n"
            "A spokeswoman for the operator said the company regretted the disruption.\n\n"
            "The spokeswoman said the latest offer had been rejected by Lobo within an hour. "
            '"We did not even receive a counter-proposal," she said.')
    record = next(r for r in run(extractor, text) if r.text.startswith("We did not"))
    assert (record.speaker.name, record.speaker.role) == (None, "spokeswoman")
    # "the spokeswoman" with no unnamed one before it stays the model's to resolve
    named = text.replace("A spokeswoman for the operator", "Operator spokeswoman Rita Sousa")
    record = next(r for r in run(extractor, named) if r.text.startswith("We did not"))
    assert record.speaker.name == "Rita Sousa"
