"""quotes.extract.subjects: the speaker a parse left unlinked from its cue.

Each case parses a sentence with the project's spaCy pipeline and finds the cue by its word; the
parses these helpers repair are the small model's own (a name hung on an earlier phrase, a
colon cue read as a participle)."""

from __future__ import annotations

import pytest
from conftest import run

from quotes.extract.subjects import (
    author_after_title,
    colon_after_participle,
    named_right_after,
    named_right_before,
    office_holder_named_last,
    opens_quote,
    participle_read_as_clause,
    quoted_between,
)


@pytest.fixture(scope="module")
def nlp(extractor):  # type: ignore[no-untyped-def]
    return extractor.nlp


def _cue(nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


WARREN = ('But in a call with reporters on Dec. 2, Col. Steven H. Warren, a military spokesman '
          'in Baghdad, said, "A raid is a combat operation."')
RUIZ = ("When asked about the ruling, President Ana Ruiz said she expected the court to think "
        "again.")
AMAR = ('As Akhil Amar, professor of constitutional law at Yale, put it, "Senate Republicans '
        'should remember that."')
TAN = ("Asked if he wished to address the court, Tan, dressed in a white shirt, stood and "
       "said he was sorry.")
CANDIDATE = ("In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic "
             "presidential candidate stated that the comments were mean.")


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    (WARREN, "said", "Warren"),  # the parser hung the name on the date; the cue has no subject
    (RUIZ, "said", "Ruiz"),  # ... on the object of "about"
    (AMAR, "put", "Amar"),  # the person described, not the university
    (CANDIDATE, "stated", None),  # no comma: only a name right before the cue
    (TAN, "stood", "Tan"),  # past a participle aside set off by commas
])
def test_the_name_that_ends_right_before_a_subjectless_cue(nlp, text, cue, speaker):
    token = _cue(nlp, text, cue)
    found = named_right_before(token)
    assert (found.text if found is not None else None) == speaker


def test_a_colon_cue_read_as_a_participle(nlp):
    text = 'Mitt Romney, the 2012 nominee, tweeted in response: "An important distinction."'
    assert colon_after_participle(_cue(nlp, text, "tweeted"))
    # a participle with no colon after it modifies the name, as it says
    text = "The statement, issued on Monday, said the plant would close."
    assert not colon_after_participle(_cue(nlp, text, "issued"))


def test_opening_marks_are_told_from_closing_ones(nlp):
    doc = nlp('He said "yes" and left.')
    marks = [t.i for t in doc if t.is_quote]
    assert [opens_quote(doc, i) for i in marks] == [True, False]


def test_a_verb_inside_the_quotation_that_follows(nlp):
    doc = nlp('As Ann Amar put it, "Senate Republicans should remember that." Then she left.')
    put, remember, left = (next(t for t in doc if t.text == w) for w in ("put", "remember", "left"))
    assert quoted_between(put, remember)
    assert not quoted_between(put, left)  # the quotation closed before it


def test_a_participle_aside_the_parser_made_the_reported_clause(nlp):
    text = "Rosa Quintero, asked about the dispute, said the talks would resume."
    aside = participle_read_as_clause(_cue(nlp, text, "said"))
    assert aside is not None and aside.text == "asked"
    # a clause the cue does report is left alone
    text = "Rosa Quintero said the talks would resume."
    assert participle_read_as_clause(_cue(nlp, text, "said")) is None


@pytest.mark.parametrize(("text", "speaker"), [
    # the parser made the name the subject of the appositive's relative clause
    (('"It is a battle," said Dara Brock, a Vance confidant who heads the pro-Vance super PAC '
     'Correct the Record.'), "Brock"),
    # ... or ended the sentence after the abbreviated rank: the person, not the rank
    ('"We can," said Pentagon spokesman Navy Capt. Jon Dale, who was asked about the plan.',
     "Dale"),
    ('"We won," said the group\'s president.', "president"),
    ('"We won," said last Tuesday.', None),  # a date names nobody
])
def test_the_noun_phrase_right_after_an_inverted_cue(nlp, text, speaker):
    found = named_right_after(_cue(nlp, text, "said"))
    assert (found.text if found is not None else None) == speaker


def test_an_inverted_cue_not_after_a_quotation_takes_nothing_from_after_it(nlp):
    assert named_right_after(_cue(nlp, "Yesterday said Ann Lee nothing.", "said")) is None


def test_the_office_holder_an_organisation_heads_the_subject_of(nlp):
    council = _cue(nlp, "Council on American-Islamic Relations Executive Director Nihad Vardy "
                        "said the rhetoric crossed the line.", "Council")
    assert office_holder_named_last(council).text == "Vardy"
    # a spokesman for a person is the spokesman, not the person; a government is its own
    for text, word in [
        ("A spokesman for presidential candidate Ann Lee said the meeting was private.",
         "spokesman"),
        ("The government of President Petro Varenko said the talks would resume.", "government"),
    ]:
        subject = _cue(nlp, text, word)
        assert office_holder_named_last(subject) is subject


def test_the_author_after_a_quoted_title(nlp):
    to = _cue(nlp, 'According to "Perfect Enough: Carla Fiore and Halden-Packard" by George '
                   'Andrus, she called the directors.', "to")
    assert author_after_title(to).text == "Andrus"
    assert author_after_title(_cue(nlp, "According to the company, sales fell.", "to")) is None


def test_an_opening_participle_is_no_speaker(extractor) -> None:
    from conftest import one
    q = one(extractor, "Reacting, the chairman of the league, Mr. Tomas Berg, urged the clubs to "
                       "stay calm, saying the board would meet on Friday.")
    assert q.speaker.name == "Tomas Berg"


def test_the_holder_of_an_office_of_a_company_the_parser_headed_with_it(extractor) -> None:
    text = ("When contacted, the Community Relations Officer of Greenfield Highways Nigeria "
            "Limited, Mr Ibrahim Sule, denied that the firm had blocked any drains.")
    speaker = run(extractor, text)[0].speaker
    assert (speaker.name, speaker.role, speaker.organization) == (
        "Ibrahim Sule", "Community Relations Officer", "Greenfield Highways Nigeria Limited")
