"""quotes.extract.attribution: a cue's speaker, split and continued quotations, through the
extractor (where the cue stands: ``test_sites.py``)."""

from __future__ import annotations

import pytest
from conftest import one, run

# --- speaker, addressee and medium off the cue's dependents -------------------------------------

def test_unnamed_role_as_speaker(extractor):
    q = one(extractor, '"The bridge will reopen next week," the mayor said.')
    assert q.attribution == "explicit"
    assert q.speaker.name is None and q.speaker.role == "mayor"
    assert q.speaker.mention.text == "the mayor"
    assert q.cue.lemma == "say"


def test_organisation_speaker_with_medium(extractor):
    q = one(extractor, '"Prices will keep rising," the central bank warned in a statement.')
    assert q.cue.lemma == "warn"
    assert q.speaker.type == "organization"
    assert q.medium is not None and q.medium.text == "a statement"


@pytest.mark.parametrize(("text", "addressee"), [
    ('"Prices will keep rising," Peter Novak told the Financial Times.', "the Financial Times"),
    ('"This is a great day for science," the professor told students at the university.',
     "students"),
])
def test_addressee_of_told(extractor, text, addressee):
    q = one(extractor, text)
    assert q.cue.lemma == "tell"
    assert q.addressee is not None and q.addressee.text == addressee


# --- split quotations ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "parts", "name"), [
    ('"The plan is simple," the chief executive said, "but it will take years."',
     ["The plan is simple", "but it will take years."], None),
    ('"We lost the vote," said Tom Reyes, "but we won the argument."',
     ["We lost the vote", "but we won the argument."], "Tom Reyes"),
])
def test_split_quote_is_one_record(extractor, text, parts, name):
    q = one(extractor, text)
    assert [p.text for p in q.parts] == parts
    assert q.content == " ".join(parts)
    assert q.start == q.parts[0].start and q.end == q.parts[-1].end
    assert q.speaker.name == name
    assert q.parts[0].end < q.cue.start < q.parts[1].start


@pytest.mark.parametrize("text", [
    '"I am not going anywhere," Maria Lopez said, "and I intend to finish the job."',
    '"I\'m not a quitter," Jane Moss said, "and I won\'t quit now."',
])
def test_split_quote_whose_halves_are_both_clauses(extractor, text):
    q = one(extractor, text)
    assert len(q.parts) == 2
    assert q.speaker.name in ("Maria Lopez", "Jane Moss")


# --- quotations over several paragraphs ----------------------------------------------------------

def test_multi_paragraph_quote_with_cue_at_the_end(extractor):
    text = ('"The first part of the plan is simple.\n'
            '"The second part will take years," the architect said.')
    q = one(extractor, text)
    assert [p.text for p in q.parts] == ["The first part of the plan is simple.",
                                         "The second part will take years"]
    assert q.paragraph == 0
    assert q.speaker.role == "architect"


def test_multi_paragraph_quote_after_a_coreferent_cue(extractor):
    text = ("The old quarry closed in 1998.\n"
            '"It was the heart of this village and now it is gone," said resident Alan Price.\n'
            '"Nobody came to help us.\n'
            '"Nobody even wrote to us," he said.')
    first, second = run(extractor, text)
    assert first.speaker.name == "Alan Price" and first.speaker.role == "resident"
    assert first.paragraph == 1
    assert [p.text for p in second.parts] == ["Nobody came to help us.", "Nobody even wrote to us"]
    assert second.paragraph == 2
    assert second.attribution == "coreference" and second.speaker.name == "Alan Price"


# --- continuation and unresolved -----------------------------------------------------------------

def test_quote_after_the_attribution_sentence_joins_the_first(extractor):
    text = ('"We will rebuild every home," said Governor Ellen Marsh. '
            '"It will take time, but we will do it."')
    (q,) = run(extractor, text)
    assert q.attribution == "explicit" and q.kind == "direct"
    assert [p.text for p in q.parts] == ["We will rebuild every home",
                                         "It will take time, but we will do it."]
    assert q.speaker.name == "Ellen Marsh" and q.speaker.title == "Governor"


@pytest.mark.parametrize("attribution", [
    "Mr. Ortiz said.",  # an abbreviation's period is no sentence end
    "said Ortiz, speaking of the council’s vote.",  # nor an apostrophe a quotation mark
    ("said Dan Ortiz, a lawyer at Bailey & Glasser, who represents the state "
    "Department of Environmental Protection in the bankruptcy cases."),
])
def test_quote_after_a_longer_attribution_sentence_joins_the_first(extractor, attribution):
    text = f'"We will appeal," {attribution} "The ruling ignores the facts."'
    (q,) = run(extractor, text)
    assert [p.text for p in q.parts] == ["We will appeal", "The ruling ignores the facts."]
    assert q.speaker.name is not None and q.speaker.name.endswith("Ortiz")


@pytest.mark.parametrize(("text", "mention"), [
    (('Trump described the incident as a terrible situation, but stopped short of calling '
     'the actions "racially motivated."'), "Trump"),
    (('The Security Council issued a statement calling the test "a clear violation" of '
     'previous resolutions.'), "The Security Council"),
    (('The minister defended the record whilst promising "a formal update" from the Home Office '
     'soon.'), "The minister"),
])
def test_speaker_of_a_participle_cue_through_its_governor(extractor, text, mention):
    found = [q for q in run(extractor, text) if q.kind in ("mixed", "direct")]
    assert len(found) == 1
    assert found[0].speaker.mention is not None and found[0].speaker.mention.text == mention


def test_a_subject_inside_the_quote_is_not_the_speaker(extractor):
    text = ('Asked about a star likened to the Star of David, Speaker of the House Rep. Paul Ryan '
            '(R-WI) said \u201canti-Semitic images, they have got no place in a campaign.\u201d')
    (q,) = [r for r in run(extractor, text) if r.kind == "direct"]
    assert q.speaker.mention is None or "images" not in q.speaker.mention.text


def test_curly_quote_closed_by_a_straight_mark(extractor):
    text = ('\u201cThe deal is off," Mayor Ana Ortiz said in a statement, adding that talks were '
            '"going nowhere."')
    first, second = run(extractor, text)
    assert first.kind == "direct" and first.text == "The deal is off"
    assert first.speaker.name == "Ana Ortiz"
    assert second.kind == "mixed" and second.speaker.name == "Ana Ortiz"


def test_quoted_title_in_the_attribution_sentence(extractor):
    text = ('\u201cHe is absolutely right,\u201d Flynn, a former general, said on Fox\u2019s '
            '\u201cMorning Show.\u201d \u201cThere is a lot of frustration.\u201d')
    (q,) = run(extractor, text)
    assert [p.text for p in q.parts] == ["He is absolutely right", "There is a lot of frustration."]
    assert q.speaker.name == "Flynn"


def test_mention_keeps_its_closing_bracket(extractor):
    q = one(extractor, '"He would be a great senator," Rep. Elijah E. Cummings (D-Md.) said.')
    assert q.speaker.mention is not None
    assert q.speaker.mention.text == "Rep. Elijah E. Cummings (D-Md.)"


def test_quote_after_two_sentences_stays_apart(extractor):
    text = '"We will appeal," Mr. Ortiz said. He left. "The ruling ignores the facts."'
    first, second = run(extractor, text)
    assert [p.text for p in first.parts] == ["We will appeal"]
    assert second.text == "The ruling ignores the facts."


def test_quote_with_its_own_attribution_stays_apart(extractor):
    text = ('"We will rebuild every home," said Governor Ellen Marsh. '
            '"It will take years," said Tom Ruiz, the city engineer.')
    first, second = run(extractor, text)
    assert first.speaker.name == "Ellen Marsh"
    assert second.speaker.name == "Tom Ruiz" and second.attribution == "explicit"


def test_continuation_in_the_next_paragraph(extractor):
    text = ("Senator James Whitfield spoke at the rally.\n"
            '"We will not back down," he said.\n"This fight is only beginning."')
    first, second = run(extractor, text)
    assert first.speaker.name == second.speaker.name == "James Whitfield"
    assert second.attribution == "continuation"
    assert second.text == "This fight is only beginning."


def test_continuation_of_an_unnamed_organisation(extractor):
    text = ('"We are proud of our players," said the club in a statement.\n'
            '"They gave everything on the pitch tonight."')
    first, second = run(extractor, text)
    assert second.attribution == "continuation"
    assert second.speaker.role == first.speaker.role == "club"


def test_standalone_sentence_quote_is_unresolved(extractor):
    q = one(extractor, '"Nobody expected the river to rise so quickly this spring."')
    assert q.kind == "direct" and q.attribution == "unresolved"
    assert q.speaker.name is None and q.cue is None
    assert q.confidence < 0.5


# --- not quotations: titles, scare quotes, nicknames ------------------------------------------

@pytest.mark.parametrize("text", [
    'The band released its album "Long Road Home" in May.',
    '"Hamlet" opens at the Globe on Friday.',
    'The film "Gone with the Wind" was shown at the festival.',
    'Residents call the new tower "the pencil" because it is so thin.',
    'The so-called "reforms" have done little for farmers.',
    'John "the Hammer" Smith won the fight on Saturday.',
    'The boxer, known as "The Bull", retired on Sunday.',
    'The choir sang "Amazing Grace" at the funeral.',
])
def test_titles_scare_quotes_and_nicknames_are_not_output(extractor, text):
    assert run(extractor, text) == []


@pytest.mark.parametrize("text", [
    'She wrote "The Silent Coast" in 1990.',
    "He finished reading 'The Old Man and the Sea' last night.",
])
def test_title_right_after_a_writing_cue_is_not_output(extractor, text):
    assert run(extractor, text) == []


def test_agency_named_after_its_description(extractor):
    q = one(extractor, '"The ship has sunk," the French news agency AFP said.')
    assert q.speaker.name == "AFP"


# --- inverted cues and cited works ---------------------------------------------------------------

def test_inverted_said_before_a_colon(extractor):
    (q,) = run(extractor, 'Experts disagree. Said Ellis: "Nobody here wants a new tax."')
    assert q.speaker.name == "Ellis" and q.speaker.mention.text == "Ellis"
    assert q.cue is not None and q.cue.lemma == "say"


def test_according_to_a_quoted_title_is_its_authors(extractor):
    from quotes.pipeline import Extractor

    broad = Extractor(model=extractor.nlp, scope="attributions")
    records = run(broad, 'One Sunday in late 2001, according to "Perfect Enough: Carla Fiore '
                         'and the Reinvention of Halden-Packard" by George Andrus, Fiore sat in '
                         "the first-floor study of her mansion and called half a dozen "
                         "directors.")
    cited = [q for q in records if q.cue is not None and q.cue.text.lower() == "according to"]
    assert [q.speaker.name for q in cited] == ["George Andrus"]


@pytest.mark.parametrize(("text", "name", "role"), [
    (("The Globe and Mail quoted Canada's fisheries minister, Lucien Bellehumeur, as saying that "
     'Canada "will not sign anything that repeats the mistakes of 1992".'),
     "Lucien Bellehumeur", "fisheries minister"),
    ("Reuters quoted a senior official as saying the talks had collapsed.", None,
     "senior official"),
])
def test_the_one_quoted_as_saying_is_the_speaker_not_the_paper(extractor, text, name, role):
    q = one(extractor, text)
    assert (q.speaker.name, q.speaker.role) == (name, role)
    assert q.cue is not None and q.cue.text == "saying"


def test_a_question_put_to_the_subject_is_no_statement_of_theirs(extractor):
    records = run(extractor, "Kowalczyk, asked whether more money could follow in the spring "
                             "budget, would not commit.")
    assert records == []
    # the one asked then speaks: the subject of the participle is the speaker
    answer = run(extractor, "Trump, asked whether he would release his taxes, said he would do "
                            "so after the audit.")
    assert [(q.text, q.speaker.name) for q in answer] == [
        ("he would do so after the audit", "Trump")]
    conjunct = run(extractor, "Tilley, asked about the shake-up during a stop in Sioux City, "
                              "said he had no comment on other people's problems.")
    assert [q.speaker.name for q in conjunct] == ["Tilley"]


# --- subjects the parse hangs elsewhere (twenty-first round) ------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    # a conjunct of a passive verb: the one joined jokes, not the one who joined her
    (("As the crowd began to chant, Pryce was joined on stage again by Ohio Sen. Leo Hart and "
     "joked, \u201cCrowd of the year, you are being ridiculous,\u201d drawing loud jeers."), "Pryce"),
    # a participle hung on the object: it goes with the verb whose object that is
    (("On Sunday Mr. Calder made a second attempt to calm the row, writing on Twitter that the "
     "real issue was the budget."), "Calder"),
    # a participle hung on a noun's complement clause: the one who rejected the idea
    (("Campaign chief Nora Bright rejected the idea that the senator would hurt the ticket, "
     "saying the crowds prove he would energize the party."), "Nora Bright"),
    # "but added" run on from the clause "it takes time": the one who said it adds
    (("Gov. Tara Ames said in politics it takes time to build trust but added, \u201cI strongly "
     "support the mayor.\u201d"), "Tara Ames"),
])
def test_speaker_whose_subject_the_parse_hangs_elsewhere(extractor, text, name):
    records = run(extractor, text)
    assert records and {r.speaker.name for r in records} == {name}


def test_object_of_told_is_the_addressee_not_the_speaker(extractor):
    q = one(extractor, "And it was not a slip or an oversight \u2014 Daniel Okoro, an aide to "
                       "Lund, told the Herald that the minister had signed the order.")
    assert q.speaker.name == "Daniel Okoro" and q.cue.lemma == "tell"
    assert q.text == "the minister had signed the order"


def test_the_one_joined_by_a_host_with_a_relative_clause_is_not_the_asker(extractor):
    # the parser runs the host's relative clause ("who backs Renn, but has dismissed") out as
    # a conjunct of "was asked": the host asks
    records = run(extractor, "Aldo Renn was asked by host Kim Vass, who backs Renn, but has "
                             "long dismissed the story, \u201cHas it not moved?\u201d")
    assert records and {r.speaker.name for r in records} == {"Kim Vass"}


def test_a_participle_of_a_clause_with_its_own_subject_is_not_the_main_subjects(extractor):
    text = ("The fracas began two months after the tycoon entered the race, calling them "
            "criminals and vowing to build a wall.")
    assert all(r.speaker.role != "fracas" for r in run(extractor, text))


def test_the_end_of_a_bodys_name_the_parser_made_a_second_subject(extractor) -> None:
    text = ("A spokesperson for the provincial Department of Fisheries, Forestry and Agriculture "
            "said the panel is independent and that the department does not comment on it.")
    speaker = one(extractor, text).speaker
    assert (speaker.name, speaker.role, speaker.organization) == (
        None, "spokesperson", "Department of Fisheries, Forestry and Agriculture")


def test_who_after_a_persons_hometown_is_the_person(extractor) -> None:
    text = ("Among those watching from the gallery was Denise Kowalski, 58, of Scranton, who said "
            "she had been sued by a hospital over a $3,100 bill.")
    assert one(extractor, text).speaker.name == "Denise Kowalski"
