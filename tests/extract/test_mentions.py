"""quotes.extract.mentions: a speaker mention taken apart into name, title, role and organisation."""

from __future__ import annotations

import pytest
from conftest import run

from quotes.extract.mentions import describe


@pytest.fixture(scope="module")
def nlp(extractor):
    return extractor.nlp


def subject_parts(nlp, text, verb="say"):
    """``describe`` on the subject of the first ``verb`` in ``text``; also the mention text."""
    doc = nlp(text)
    cue = next(t for t in doc if t.lemma_ == verb)
    subject = next(c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass"))
    parts = describe(subject)
    assert parts.first.i <= subject.i <= parts.last.i
    return parts, doc[parts.first.i : parts.last.i + 1].text


def fields(parts):
    return parts.name, parts.title, parts.role, parts.organization, parts.speaker_type


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Colonel Maria Vance, a spokeswoman for the Northern Command, said the drill was routine.",
     "Colonel Maria Vance, a spokeswoman for the Northern Command",
     ("Maria Vance", "Colonel", "spokeswoman", "Northern Command", "person")),
    ("Dr. Samuel Adeyemi said the vaccine works.", "Dr. Samuel Adeyemi",
     ("Samuel Adeyemi", "Dr.", None, None, "person")),
    ("Mr. Hale said the vote was rigged.", "Mr. Hale", ("Hale", "Mr.", None, None, "person")),
    ("Governor Ellen Marsh of Vermont said the roads were icy.", "Governor Ellen Marsh of Vermont",
     ("Ellen Marsh", "Governor", None, "Vermont", "person")),
    ("Pope Francis said the war must end.", "Pope Francis",
     ("Francis", "Pope", None, None, "person")),
])
def test_named_people_with_title_role_and_organisation(nlp, text, mention, expected):
    parts, written = subject_parts(nlp, text)
    assert written == mention
    assert fields(parts) == expected
    assert parts.pronoun is None


def test_possessive_organisation_and_an_office_named_by_its_portfolio(nlp):
    # GUIDELINES.md: an office named by its portfolio is a role ("Home Secretary")
    parts, _ = subject_parts(
        nlp, "Labour's Shadow Health Secretary Jonathan Ashworth said the NHS was stretched.")
    assert parts.name == "Jonathan Ashworth"
    assert (parts.title, parts.role) == (None, "Shadow Health Secretary")
    assert parts.organization == "Labour"


def test_role_before_an_appositive_name(nlp):
    parts, written = subject_parts(
        nlp, "Former US ambassador to Spain, Robert Kline, said the deal was fair.")
    assert parts.name == "Robert Kline"
    assert parts.role == "Former US ambassador to Spain"
    assert parts.speaker_type == "person"
    assert written == "Former US ambassador to Spain, Robert Kline"


def test_title_head_with_the_name_further_on(extractor):
    text = '"We will act," said Speaker of the House Rep. Paul Ryan (R-WI).'
    (q,) = extractor.extract(text)
    assert q.speaker.name == "Paul Ryan"
    assert q.speaker.role == "Speaker" and q.speaker.organization == "House"


def test_name_after_its_description(nlp):
    parts, _ = subject_parts(nlp, "Syrian state news agency SANA said the convoy was hit.")
    assert (parts.name, parts.role, parts.speaker_type) == (
        "SANA", "Syrian state news agency", "organization")


def test_unnamed_role_keeps_its_organisation(nlp):
    parts, written = subject_parts(
        nlp, "A senior official at the Treasury said the plan was costly.")
    assert written == "A senior official at the Treasury"
    assert parts.name is None
    assert (parts.role, parts.organization, parts.speaker_type) == (
        "senior official", "Treasury", "person")
    assert not parts.definite_nominal


@pytest.mark.parametrize(("text", "name"), [
    ("Microsoft said the outage was fixed.", "Microsoft"),
    ("The WHO said the outbreak was over.", "WHO"),
])
def test_organisations(nlp, text, name):
    parts, _ = subject_parts(nlp, text)
    assert parts.name == name
    assert parts.speaker_type == "organization"
    assert parts.pronoun is None  # "WHO" is not the pronoun "who"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Police said the suspect had fled.", "Police", "organization"),
    ("Local residents said the water smelled strange.", "Local residents", "group"),
    ("Military experts said the attack was planned.", "Military experts", "group"),
    ("Consumer groups said the fine was too small.", "Consumer groups", "group"),
    ("Authorities said the fire was contained.", "Authorities", "group"),
])
def test_groups_have_no_name_and_are_described_as_written(nlp, text, name, kind):
    parts, _ = subject_parts(nlp, text)
    assert (parts.name, parts.role, parts.speaker_type) == (None, name, kind)


@pytest.mark.parametrize(("text", "lemma", "kind"), [
    ("The spokesman said the talks would continue.", "spokesman", "person"),
    ("The ministry said the talks would continue.", "ministry", "organization"),
])
def test_definite_nominals_are_left_for_coreference(nlp, text, lemma, kind):
    parts, _ = subject_parts(nlp, text)
    assert parts.name is None
    assert parts.definite_nominal
    assert parts.head_lemma == lemma
    assert parts.speaker_type == kind


@pytest.mark.parametrize(("text", "pronoun"), [
    ("She said the talks would continue.", "she"),
    ("They said the talks would continue.", "they"),
    ("He said the talks would continue.", "he"),
])
def test_pronouns(nlp, text, pronoun):
    parts, written = subject_parts(nlp, text)
    assert parts.pronoun == pronoun
    assert parts.name is None and parts.role is None
    assert written.lower() == pronoun


def test_councillor_is_a_title(nlp):
    parts, _ = subject_parts(nlp, "Councillor Ruth Ames said the park would stay open.")
    assert (parts.name, parts.title) == ("Ruth Ames", "Councillor")


def test_kin_is_no_role_and_whose_kin_no_organisation(extractor) -> None:
    record = run(extractor, 'Thunderchild\'s uncle, Elder Joseph Bearchief, opened with a '
                            'prayer. "This land remembers," he said.')[-1]
    assert (record.speaker.name, record.speaker.title, record.speaker.role,
            record.speaker.organization) == ("Joseph Bearchief", "Elder", None, None)


def test_a_description_before_a_name_is_a_role_the_person_keeps(extractor) -> None:
    record = run(extractor, 'Outside, activist Maya Thunderchild led the crowd. "We are not '
                            'going anywhere," she said.')[-1]
    assert (record.speaker.name, record.speaker.role) == ("Maya Thunderchild", "activist")


@pytest.mark.parametrize(("text", "fields"), [
    # a party's member with a person set beside it: the person, the member their role
    (("The committee's top Republican, Sen. Dale Hutchins of Kansas, argued that the bill "
      "was rushed."), ("Dale Hutchins", "Sen.", "top Republican", "person")),
    # a party's member with "a" before it: someone unnamed, no name of the party's word
    ('"Trump will rebound," said a New Hampshire Republican, who was granted anonymity.',
     (None, None, "New Hampshire Republican", "person")),
    ('"He is done," said a Nevada Democrat.', (None, None, "Nevada Democrat", "person")),
])
def test_a_party_member_is_no_name(extractor, text: str, fields: tuple) -> None:
    speaker = run(extractor, text)[0].speaker
    assert (speaker.name, speaker.title, speaker.role, speaker.type) == fields
    assert speaker.organization is None


@pytest.mark.parametrize(("text", "fields"), [
    # the body parsed as the head, the officeholder as its appositive
    (("The City of Winnipeg's interim chief administrative officer, Paul Gagnon, said the "
     "increase was the largest single item."),
     ("Paul Gagnon", "interim chief administrative officer", "City of Winnipeg")),
    (("The City of Saskatoon's director of transportation, Jane Doe, said the bridge would "
     "reopen."), ("Jane Doe", "director of transportation", "City of Saskatoon")),
])
def test_a_body_s_office_before_its_holder(extractor, text: str, fields: tuple) -> None:
    speaker = run(extractor, text)[0].speaker
    assert (speaker.name, speaker.role, speaker.organization) == fields


def test_a_stance_before_a_bodys_name_is_no_role(nlp):
    parts, _ = subject_parts(nlp, "The nonpartisan Better Government Association said the city "
                                  "spent too much.")
    assert (parts.name, parts.role, parts.speaker_type) == (
        "Better Government Association", None, "organization")
    # a descriptor noun is one
    parts, _ = subject_parts(nlp, "Syrian state news agency SANA said the convoy was hit.")
    assert parts.role == "Syrian state news agency"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Data from the U.S. Department of Education said borrowers owed more.",  # lemma "datum"
     "U.S. Department of Education", "organization"),
    ("An email from Neera Tanden, meanwhile, reveals that the donor regretted it.",  # tagged
     "Neera Tanden", "person"),  # a building
    ("A 2014 examination by the Better Government Association said the city overspent.",
     "Better Government Association", "organization"),
])
def test_a_document_speaks_for_its_named_source(nlp, text, name, kind):
    parts, _ = subject_parts(nlp, text, "reveal" if "reveals" in text else "say")
    assert (parts.name, parts.speaker_type) == (name, kind)


def test_a_places_possessive_is_no_part_of_a_bodys_name(extractor) -> None:
    text = ("JOHANNESBURG (Reuters) - South Africa's Kroonvaal Mining said on Monday it would buy "
            "a smaller rival.")
    speaker = run(extractor, text)[0].speaker
    assert (speaker.name, speaker.organization) == ("Kroonvaal Mining", None)


def test_a_relatives_own_appositive_says_what_they_do(extractor) -> None:
    text = ("Ms. Gallant's father, Robert Gallant, 71, a retired lobsterman, said the sea was "
            "rough that winter.")
    speaker = run(extractor, text)[0].speaker
    assert (speaker.name, speaker.role) == ("Robert Gallant", "retired lobsterman")
    text = ("His neighbour, retired dairy farmer Colin Aperahama, sees it differently. "
            "Mr Aperahama says his bore went dry.")
    assert run(extractor, text)[0].speaker.role == "retired dairy farmer"  # (its own words)
    # (kinship alone is still no role)
    text = "His mother, Chantal Gagnon, said the boy was kind to everyone."
    assert run(extractor, text)[0].speaker.role is None


def test_a_hyphened_surname_the_tagger_took_for_a_work_stays_whole(extractor) -> None:
    text = ("Josée Martel-Pike, the team's third, said she was shaking badly.\n\n"
            "\"My legs were jelly. Tanya was the only calm person in the building,\" Martel-Pike "
            "said.")
    speaker = run(extractor, text)[-1].speaker
    assert (speaker.name, speaker.type) == ("Josée Martel-Pike", "person")


def test_a_capitalised_office_heading_the_phrase_leaves_its_appositive_the_name(extractor) -> None:
    text = ("INEC declared Governor Olusegun Fashakin of the Grand Progressive Congress (GPC) the "
            "winner.\n\nThe GPC's Director of Media and Publicity, Femi Alabi, said the claims "
            "were false.")
    speaker = run(extractor, text)[-1].speaker
    assert (speaker.name, speaker.role) == ("Femi Alabi", "Director of Media and Publicity")


def test_where_a_relatives_trade_is_practised_and_whose_it_is_are_no_part_of_it(
        extractor) -> None:
    text = ("Their sister, Karen Blundell, a nurse in Orange, received no land. \"I have "
            "stopped picking sides,\" she says.")
    assert run(extractor, text)[-1].speaker.role == "nurse"
    text = ("Graham Fairweather's solicitor, Tessa Marr, said the will was valid.")
    speaker = run(extractor, text)[0].speaker
    assert (speaker.name, speaker.role) == ("Tessa Marr", "solicitor")


def test_a_title_word_opening_a_bodys_name_is_no_title(extractor) -> None:
    speaker = run(extractor, "General Electric says that in 2012 it paid $3.2 billion in "
                             "income taxes.")[0].speaker
    assert (speaker.name, speaker.title, speaker.type) == ("General Electric", None,
                                                           "organization")


def test_an_american_party_right_before_a_title_is_the_party_not_a_role(extractor) -> None:
    speaker = run(extractor, "Democratic state Sen. Terrence Okafor of Cleveland said the bill "
                             "was a mistake.")[0].speaker
    assert (speaker.title, speaker.role, speaker.party) == ("state Sen.", None, "Democratic")
    # (a party before a candidacy is the candidacy's: part of the role)
    speaker = run(extractor, "Democratic presidential candidate Sen. Bernie Sanders said the "
                             "system was rigged.")[0].speaker
    assert speaker.party is None
