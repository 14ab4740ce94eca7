"""quotes.extract.reported: indirect and mixed quotations, through the extractor."""

from __future__ import annotations

import pytest
from conftest import one, run

from quotes.extract.lexicon import CUE_CLASSES
from quotes.pipeline import Extractor

# --- X said (that) CLAUSE ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "content", "mention"), [
    ("The mayor said that the bridge would reopen next week.",
     "the bridge would reopen next week", "The mayor"),
    ("Finance Minister Laura Chen said the budget would be balanced by 2026.",
     "the budget would be balanced by 2026", "Finance Minister Laura Chen"),
    ("The coach said he was proud of the players.", "he was proud of the players", "The coach"),
    ("The regulator claimed the bank had hidden losses of $2 billion.",
     "the bank had hidden losses of $2 billion", "The regulator"),
])
def test_said_that(extractor, text, content, mention):
    q = one(extractor, text)
    assert q.kind == "indirect" and q.attribution == "explicit"
    assert q.text == content  # no "that", no final full stop
    assert q.speaker.mention.text == mention
    assert q.cue.end <= q.start


def test_named_speaker_fields_on_an_indirect_quote(extractor):
    q = one(extractor, "Finance Minister Laura Chen said the budget would be balanced by 2026.")
    assert (q.speaker.name, q.speaker.title, q.speaker.role, q.speaker.type) == (
        "Laura Chen", None, "Finance Minister", "person")


def test_clause_ends_where_the_report_ends(extractor):
    q = one(extractor,
            "The senator argued that the law was unconstitutional, and the judge agreed.")
    assert q.text == "the law was unconstitutional"
    assert q.cue.lemma == "argue"


@pytest.mark.parametrize(("text", "addressee", "medium", "content"), [
    ("The minister told reporters the talks had collapsed.", "reporters", None,
     "the talks had collapsed"),
    ("Maria Lopez told the BBC that she would not seek re-election.", "the BBC", None,
     "she would not seek re-election"),
    ("The ministry said in a statement that all flights were cancelled.", None, "a statement",
     "all flights were cancelled"),
    ("Peter Novak wrote on his blog that the merger was a mistake.", None, "his blog",
     "the merger was a mistake"),
])
def test_addressee_and_medium(extractor, text, addressee, medium, content):
    q = one(extractor, text)
    assert q.text == content
    assert (q.addressee.text if q.addressee else None) == addressee
    assert (q.medium.text if q.medium else None) == medium


# --- CLAUSE, X said / CLAUSE, said X -------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention"), [
    ("The bridge will reopen next week, the mayor said.", "the mayor"),
    ("The bridge will reopen next week, said the mayor.", "the mayor"),
])
def test_clause_before_its_cue(extractor, text, mention):
    q = one(extractor, text)
    assert q.kind == "indirect"
    assert q.text == "The bridge will reopen next week"
    assert q.speaker.mention.text == mention and q.speaker.role == "mayor"
    assert q.cue.start > q.end


def test_inverted_cue_with_named_speaker_and_relative_clause(extractor):
    q = one(extractor,
            "It's an outrage, said local farmer Tom Hale, who lost his barn in the storm.")
    assert q.text == "It's an outrage"
    assert (q.speaker.name, q.speaker.role) == ("Tom Hale", "local farmer")


def test_inverted_cue_with_title(extractor):
    q = one(extractor, "Taxes will not rise this year, said Finance Minister Laura Chen.")
    assert q.text == "Taxes will not rise this year"
    assert q.speaker.name == "Laura Chen"


# --- passive with an agent ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "content", "mention"), [
    ("It was announced by the ministry that schools would close early.",
     "schools would close early", "the ministry"),
    ("Residents were told by the council that the water was unsafe.",
     "the water was unsafe", "the council"),
])
def test_passive_agent_is_the_speaker(extractor, text, content, mention):
    q = one(extractor, text)
    assert q.text == content
    assert q.speaker.mention.text == mention
    assert q.speaker.type == "organization"


# --- X said: CLAUSE ------------------------------------------------------------------------------

def test_colon_without_quotation_marks(extractor):
    q = one(extractor, "The health minister said: the hospitals are running out of beds.")
    assert q.kind == "indirect"
    assert q.text == "the hospitals are running out of beds"
    assert q.speaker.role == "health minister"


# --- according to X ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "content"), [
    ("According to police, the fire was started deliberately.",
     "the fire was started deliberately"),
    ("The fire was started deliberately, according to police.",
     "The fire was started deliberately"),
])
def test_according_to_front_and_back(extractor, text, content):
    q = one(extractor, text)
    assert q.kind == "indirect"
    assert q.text == content
    assert q.cue.lemma == "according to" and q.cue.text.lower() == "according to"
    assert q.speaker.name is None  # no name: a common noun says who
    assert q.speaker.role == "police" and q.speaker.type == "organization"
    assert "according" not in q.text.lower()


def test_according_to_a_report_by_an_organisation(extractor):
    q = one(extractor, "According to a new report by the World Bank, poverty has fallen "
                       "in the region.")
    assert q.text == "poverty has fallen in the region"
    assert q.speaker.name == "World Bank" and q.speaker.type == "organization"


# --- noun-phrase reports -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "content", "lemma"), [
    ("The agency reported two new cases of measles in the capital.",
     "two new cases of measles in the capital", "report"),
    ("The company announced a sweeping restructuring of its European business.",
     "a sweeping restructuring of its European business", "announce"),
])
def test_noun_phrase_report(extractor, text, content, lemma):
    q = one(extractor, text)
    assert q.kind == "indirect" and q.text == content and q.cue.lemma == lemma
    clause = one(extractor, "The agency said that two new cases of measles were found.")
    assert q.confidence < clause.confidence  # a noun-phrase report is weaker than a clause


# --- mixed: a reported clause with quoted words ------------------------------------------------

def test_mixed_quote_with_a_fragment_in_the_middle(extractor):
    text = 'Peter Novak said the economy was "running on empty" after the floods.'
    q = one(extractor, text)
    assert q.kind == "mixed"
    assert q.text == 'the economy was "running on empty" after the floods'
    assert [s.text for s in q.quoted] == ["running on empty"]
    assert q.speaker.name == "Peter Novak"
    assert q.quoted[0].start > q.start and q.quoted[0].end < q.end


def test_mixed_quote_ending_in_the_fragment(extractor):
    text = 'The mayor said he would veto the bill because it was "reckless and cruel".'
    q = one(extractor, text)
    assert q.kind == "mixed"
    assert [s.text for s in q.quoted] == ["reckless and cruel"]
    assert q.text.startswith("he would veto the bill")


def test_reporting_participle_after_the_clause_is_a_statement_of_its_own(extractor):
    text = 'The mayor said he would veto the bill, calling it "reckless and cruel".'
    said, calling = run(extractor, text)
    assert said.text == "he would veto the bill" and said.cue.text == "said"
    assert calling.cue.text == "calling" and "reckless and cruel" in calling.text
    assert calling.speaker.mention is not None and calling.speaker.mention.text == "The mayor"


def test_writers_aside_closing_the_clause_is_left_out(extractor):
    q = one(extractor, "Mr. Schultz said he did not support Mr. Trump, the presumed favorite.")
    assert q.text == "he did not support Mr. Trump"


def test_mixed_quote_stops_before_the_speakers_next_act(extractor):
    q = one(extractor, 'The union leader said the offer was "an insult to every nurse" and '
                       "vowed to strike.")
    assert q.kind == "mixed"
    assert q.text == 'the offer was "an insult to every nurse"'


# --- not reports ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The witness said nothing.",
    "The report said little about the causes of the crash.",
    "The officer told him to leave the building.",
    "She asked him to sign the form.",
    "The said document was signed in 1990.",
    "Officials have not said why the road was closed.",
    "The coach said.",
])
def test_not_a_report(extractor, text):
    assert run(extractor, text) == []


@pytest.mark.parametrize("text", [
    "She thinks the plan will fail.",
    "Many economists believe that interest rates will rise.",
    "The farmers fear that the river will flood again.",
])
def test_thinking_verbs_are_off_by_default(extractor, text):
    assert run(extractor, text) == []


def test_thinking_verbs_when_asked_for(extractor):
    believing = Extractor(model=extractor.nlp, cue_classes=CUE_CLASSES)
    text = "Many economists believe that interest rates will rise."
    q = one(believing, text)
    assert q.kind == "indirect" and q.text == "interest rates will rise"
    assert q.cue.lemma == "believe"
    said = one(believing, "Many economists said that interest rates will rise.")
    assert q.confidence < said.confidence


# --- paragraphs ----------------------------------------------------------------------------------

def test_paragraph_index_and_offsets_in_a_later_paragraph(extractor):
    text = ("The first paragraph has no quote at all.\n"
            "Officials said the border crossing would reopen on Monday.")
    q = one(extractor, text)
    assert q.paragraph == 1
    assert q.text == "the border crossing would reopen on Monday"
    assert q.start > text.index("\n")


# --- reporting nouns -----------------------------------------------------------------------------

def test_reporting_noun_with_a_that_clause(extractor):
    q = one(extractor, "Critics rejected the mayor's claim that the budget was balanced.")
    assert q.kind == "indirect" and q.text == "the budget was balanced"
    assert q.cue is not None and q.cue.lemma == "claim"
    assert q.speaker.mention is not None and q.speaker.mention.text == "the mayor"
    assert q.speaker.role == "mayor"


def test_reporting_noun_without_a_clause_is_no_cue(extractor):
    assert run(extractor, "The report that he read was long.") == []
    assert run(extractor, "Her statement was brief.") == []


def test_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker(extractor):
    q = one(extractor, "Ted Cruz endorsed Maria Lopez, who says the race is close.")
    assert q.text == "the race is close"
    assert q.speaker.name == "Maria Lopez" and q.attribution == "coreference"
    assert q.speaker.mention is not None and q.speaker.mention.text == "who"


@pytest.mark.parametrize(("text", "parts", "mention"), [
    ("Too often, Mr. Clarke said, the debate over coal is infected with tribalism.",
     ["Too often", "the debate over coal is infected with tribalism"], "Mr. Clarke"),
    ("That is why, he argued, the party should be prepared.",
     ["That is why", "the party should be prepared"], "he"),
    ("The difference now, she told me on Friday, is that she runs a news program.",
     ["The difference now", "is that she runs a news program"], "she"),
])
def test_attribution_interjected_mid_sentence(extractor, text, parts, mention):
    q = one(extractor, text)
    assert q.kind == "indirect" and [p.text for p in q.parts] == parts
    assert q.speaker.mention is not None and q.speaker.mention.text == mention


@pytest.mark.parametrize(("text", "content", "fragment"), [
    ("Senator Reid blasted the media for being \u201cunbelievably dishonest.\u201d",
     "the media for being \u201cunbelievably dishonest", "unbelievably dishonest."),
    ('The governor branded the plan a "dangerous gamble" in a speech.',
     'the plan a "dangerous gamble', "dangerous gamble"),
    ('Critics dismissed the plan as "unworkable".', 'the plan as "unworkable', "unworkable"),
])
def test_quoted_words_in_the_object_make_a_mixed_quote(extractor, text, content, fragment):
    q = one(extractor, text)
    assert q.kind == "mixed" and q.text.startswith(content)
    assert [f.text for f in q.quoted] == [fragment]


@pytest.mark.parametrize("text", [
    "Senator Reid blasted the media for its coverage of the race.",
    'Residents call the new tower "the pencil" because it is so thin.',  # naming, not saying
])
def test_no_mixed_quote_from_an_object_without_quoted_speech(extractor, text):
    assert run(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Liz Wahl said when she resigned from the network in 2014.",
    "The senator called when she was home sick with pneumonia.",
])
def test_a_time_clause_is_not_what_was_said(extractor, text):
    assert run(extractor, text) == []


def test_object_report_inside_a_reported_clause_is_part_of_it(extractor):
    broad = Extractor(model=extractor.nlp, scope="attributions")
    text = "Her spokesman says that Ms. Ortiz called Ana Ruiz on Friday to thank her."
    (q,) = run(broad, text)
    assert q.cue is not None and q.cue.text == "says"
    assert q.text.startswith("Ms. Ortiz called Ana Ruiz")


@pytest.mark.parametrize(("text", "ending"), [
    ('The mayor said that it was too early to tell, and there was "no evidence" of a plot.',
     '"no evidence" of a plot'),
    ("Ortiz says she hopes to win, but she knows that \u201cthe champion is still the champion.\u201d",
     "the champion is still the champion."),
])
def test_a_quoting_clause_conjoined_to_the_cue_goes_on_with_the_content(extractor, text, ending):
    q = one(extractor, text)
    assert q.kind == "mixed" and q.text.rstrip("\u201d\"") .endswith(ending.rstrip('"'))


def test_quote_right_after_a_reported_clause_and_its_attribution_joins_it(extractor):
    text = ('Europe had done too little, Mayor Ana Ortiz said on Twitter. '
            '"Without new policies, Europe risks a lot."')
    q = one(extractor, text)
    assert q.kind == "mixed" and q.speaker.name == "Ana Ortiz"
    assert [p.text for p in q.parts] == ["Europe had done too little",
                                         "Without new policies, Europe risks a lot."]
    assert [f.text for f in q.quoted] == ["Without new policies, Europe risks a lot."]


def test_thinking_inside_a_reported_quote_is_part_of_it(extractor):
    broad = Extractor(model=extractor.nlp, scope="attributions")
    text = ("The mayor and her aides had words for the moderators, telling a reporter that "
            '"I am not okay with that host because I think he treats me unfairly."')
    (q,) = run(broad, text)
    assert q.kind == "direct" and q.text.startswith("I am not okay")
    assert q.speaker.mention is not None and q.speaker.mention.text == "The mayor and her aides"


def test_reported_clause_goes_on_past_a_colon(extractor):
    text = ("The analyst notes that three things are happening at once: home values are rising, "
            "rates are low and lenders are looser. Prices fell anyway.")
    q = one(extractor, text)
    assert q.text == ("three things are happening at once: home values are rising, rates are "
                      "low and lenders are looser")


def test_gerund_subject_of_the_reported_clause(extractor):
    q = one(extractor, "He said legalizing it could put thousands of people to work upstate.")
    assert q.text == "legalizing it could put thousands of people to work upstate"


def test_said_with_a_noun_phrase_object_in_the_attributions_scope(extractor):
    broad = Extractor(model=extractor.nlp, scope="attributions")
    text = "Six in 10 voters said Clinton is honest, and three-quarters said the same of Sanders."
    first, second = run(broad, text)
    assert first.text == "Clinton is honest" and second.text == "the same of Sanders"
    assert run(broad, "The mayor said on Monday.") == []


def test_as_clause_attribution(extractor):
    q = one(extractor, "As Heald told The Huffington Post, surface ozone has dropped since 1990.")
    assert q.text == "surface ozone has dropped since 1990"
    assert q.speaker.name == "Heald" and q.addressee is not None
    assert q.addressee.text == "The Huffington Post"


def test_a_statement_the_cue_was_made_in_is_one_report_by_the_cues_speaker(extractor):
    # the clause hangs on the noun; it is still the speaker's, and one record, not two
    q = one(extractor, 'Pell Dorsey, who is running for the seat, said in a statement that '
                       '"the town deserves better."')
    assert q.text == "the town deserves better." and q.speaker.name == "Pell Dorsey"
    q = one(extractor, "Pell Dorsey said in a statement that the town deserved better roads.")
    assert q.speaker.name == "Pell Dorsey" and q.text == "the town deserved better roads"


def test_a_relative_clause_joined_to_another_is_still_its_antecedents(extractor):
    records = run(extractor, '"We are ready," said Rep. Ada Kell, a party whip whose district '
                             'went for her but who suggested that turnout could fall.')
    suggested = next(q for q in records if q.text == "turnout could fall")
    assert suggested.speaker.name == "Ada Kell"


def test_a_quotation_ending_a_reported_clause_makes_it_mixed(extractor):
    # the clause leaves out the full stop that the quotation keeps, and its cue stands between
    # the quotation and the cue before it (a thinking verb, in the broad scope): one record
    broad = Extractor(model=extractor.nlp, scope="attributions")
    q = one(broad, 'Bo Tanner thought for a moment and said that in the current climate, '
                   '"I think it is an advantage not to be a celebrity."')
    assert q.kind == "mixed" and q.speaker.name == "Bo Tanner"
    assert q.text.endswith("celebrity.") and [s.text for s in q.quoted] == [
        "I think it is an advantage not to be a celebrity."]


@pytest.mark.parametrize(("text", "content"), [
    ("The board said in a statement it would review the plan in a year.",
     "it would review the plan in a year"),
    ("Vellard said on Monday it would close its plant.", "it would close its plant"),
    # with "that", what follows it is the clause's own
    ("Vellard said that on Monday it would close its plant.", "on Monday it would close its plant"),
])
def test_how_and_when_it_was_said_is_no_part_of_what_was_said(extractor, text: str,
                                                                content: str) -> None:
    assert one(extractor, text).text == content
