"""quotes.extract.sites: where a direct quotation's cue stands (after the closing mark, before
the opening mark, closing the sentence before), through the extractor."""

from __future__ import annotations

import pytest
from conftest import one, run


@pytest.mark.parametrize(("text", "content", "name", "title", "cue"), [
    ('"The harvest was poor this year," Daniel Okafor said.',
     "The harvest was poor this year", "Daniel Okafor", None, "said"),
    ('"We have no plans to raise taxes," said Finance Minister Laura Chen.',
     "We have no plans to raise taxes", "Laura Chen", None, "said"),
    ("\u201cOur borders remain open to trade,\u201d Prime Minister Sarah Hill said on Tuesday.",
     "Our borders remain open to trade", "Sarah Hill", "Prime Minister", "said"),
    ('"Where is the money?" asked Mayor Tom Reed.',
     "Where is the money?", "Tom Reed", "Mayor", "asked"),
    ("'We have been betrayed,' said union leader Frank Dobbs.",
     "We have been betrayed", "Frank Dobbs", None, "said"),
])
def test_trailing_cue_with_named_speaker(extractor, text, content, name, title, cue):
    q = one(extractor, text)
    assert q.kind == "direct" and q.attribution == "explicit"
    assert q.text == content
    assert (q.speaker.name, q.speaker.title, q.speaker.type) == (name, title, "person")
    assert q.cue.text == cue
    assert q.speaker.mention is not None and name in q.speaker.mention.text
    assert q.paragraph == 0


def test_inverted_cue_keeps_role_and_organisation(extractor):
    q = one(extractor, '"Prices will keep rising," Peter Novak, chief economist at '
                       'Northgate Bank, said.')
    assert (q.speaker.name, q.speaker.role, q.speaker.organization) == (
        "Peter Novak", "chief economist", "Northgate Bank")
    assert q.speaker.mention.text == "Peter Novak, chief economist at Northgate Bank"


@pytest.mark.parametrize(("text", "content", "speaker_words"), [
    ('Daniel Okafor said: "The harvest was poor this year."',
     "The harvest was poor this year.", "Daniel Okafor"),
    ("Prime Minister Sarah Hill said on Tuesday: \u201cOur borders remain open to trade.\u201d",
     "Our borders remain open to trade.", "Prime Minister Sarah Hill"),
    ('Officials said, "The road will be closed until further notice."',
     "The road will be closed until further notice.", "Officials"),
    ('The coach told reporters: "We played badly and we deserved to lose."',
     "We played badly and we deserved to lose.", "The coach"),
])
def test_leading_cue(extractor, text, content, speaker_words):
    q = one(extractor, text)
    assert q.kind == "direct" and q.attribution == "explicit"
    assert q.text == content
    assert q.speaker.mention.text == speaker_words
    assert q.cue.start < q.start  # the cue comes before the quotation


@pytest.mark.parametrize("text", [
    'According to the fire chief, "The blaze started in the kitchen."',
    '"The blaze started in the kitchen," according to the fire chief.',
])
def test_according_to_direct(extractor, text):
    q = one(extractor, text)
    assert q.kind == "direct"
    assert q.text.rstrip(".") == "The blaze started in the kitchen"
    assert q.cue.lemma == "according to"
    assert q.speaker.role == "fire chief"
    assert q.addressee is None  # the "to" of "according to" names no addressee


@pytest.mark.parametrize("after", [" on Monday.", " and left.", " at a rally in Ohio."])
def test_quote_right_after_the_cue_with_a_trailing_phrase(extractor, after):
    text = f'The mayor said "this is the end of the road"{after}'
    q = one(extractor, text)
    assert q.kind == "direct" and q.text == "this is the end of the road"
    assert q.speaker.mention is not None and q.speaker.mention.text == "The mayor"


def test_trailing_cue_after_a_comma_ended_quote_whatever_the_parse(extractor):
    text = ('\u201cI will make this promise to you: we will achieve justice in this case,\u201d '
            'Tulsa police Chief Chuck Jordan said Monday.')
    q = one(extractor, text)
    assert q.speaker.name == "Chuck Jordan" and q.cue is not None and q.cue.text == "said"


def test_trailing_cue_followed_by_a_clause_of_its_own(extractor):
    text = ('\u201cYou should resign. You should be investigated,\u201d Senator Ana Ortiz told '
            'the banker, after he admitted that nobody had been held accountable.')
    q = run(extractor, text)[0]
    assert q.kind == "direct" and q.speaker.name == "Ana Ortiz" and q.cue.text == "told"


def test_colon_introduced_quote_with_a_trailing_cue(extractor):
    text = ('Senator Ana Ortiz scolded him: \u201cYou sold products you called \u2018miracles,\u2019\u201d '
            'she said. \u201cI do not understand why you need to go there.\u201d')
    (q,) = run(extractor, text)
    assert q.kind == "direct" and len(q.parts) == 2 and q.speaker.name == "Ana Ortiz"


def test_speaker_between_the_quote_and_its_cue_whatever_the_parse(extractor):
    text = ("\u201cThere is a severe disconnect between this White House and our military,\u201d "
            "Flynn, a top Trump surrogate, said Thursday morning on Fox News\u2019s "
            "\u201cFox and Friends.\u201d \u201cI mean, there is a lot of frustration.\u201d")
    (q,) = run(extractor, text)
    assert q.speaker.name == "Flynn" and len(q.parts) == 2


def test_new_sentence_after_a_finished_quote_is_not_its_cue(extractor):
    text = '"The storm is coming tonight." Forecasters said the warning was issued late.'
    records = run(extractor, text)
    direct = [q for q in records if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].attribution == "unresolved"
    assert direct[0].cue is None


def test_bracketed_tag_after_the_quote_does_not_block_the_cue(extractor):
    (q,) = run(extractor, 'The city reasoned, "because the schools charge a fee, this is '
                          'commercial activity" (in Italian).')
    assert q.cue is not None and q.cue.lemma == "reason" and q.speaker.role == "city"


def test_quote_whose_clause_runs_on_past_the_mark_is_mixed(extractor):
    text = ('Senator Ana Ruiz spoke on Monday.\n'
            '"The only way the banks will change is jail time" for fraud, she said.')
    (q,) = [r for r in run(extractor, text) if r.cue is not None]
    assert q.kind == "mixed" and q.text.endswith("for fraud")
    assert [f.text for f in q.quoted] == ["The only way the banks will change is jail time"]
    assert q.speaker.name == "Ana Ruiz" and q.speaker.mention.text == "she"


def test_a_new_sentence_with_an_object_of_its_own_is_no_trailing_cue(extractor):
    records = run(extractor, 'Ed Kray said it best when he blogged: "Ann Lee is as close to a '
                             'chosen candidate as we will see." He mentioned a long list of '
                             'candidates.')
    quote = next(q for q in records if q.kind == "direct")
    assert quote.cue is not None and quote.cue.text != "mentioned"
    assert quote.speaker.name == "Ed Kray"


@pytest.mark.parametrize("after", [" - and the crowd cheered.",
                                   ' - at which point the crowd chanted "Build it!"'])
def test_what_runs_on_after_a_quotation_is_not_what_its_cue_reports(extractor, after):
    records = run(extractor, 'Sheriff Joe Alpaca backed the wall.\n\nHe said, "Dana Vell will '
                             'build the wall"' + after)
    quote = next(q for q in records if q.text.startswith("Dana Vell will build"))
    assert quote.speaker.name == "Joe Alpaca" and quote.cue is not None


def test_a_question_put_to_the_speaker_is_not_the_cue_of_the_colon(extractor):
    q = one(extractor, "The decision lies with Attorney General Lena Marsh, who told Congress "
                       'when asked last month about the inquiry: "That matter is being handled '
                       'by career agents."')
    assert q.cue is not None and q.cue.text == "told"
    assert q.speaker.name == "Lena Marsh"


def test_a_sentence_of_speaker_and_cue_introduces_the_quotation_after_it(extractor):
    records = run(extractor, '"It is a two-person race," said Craig Robson, an editor.\n\n'
                             "Halden University's Diana Bystrow agreed. \"Mainstream Republicans "
                             'are running out of time."')
    second = next(q for q in records if q.text.startswith("Mainstream"))
    assert second.speaker.name == "Diana Bystrow" and second.cue is not None
    # a sentence whose verb is no cue introduces nothing: the quotation stays unattributed
    q = one(extractor, 'Ann Lee spoke first. "We are ready for this vote."')
    assert q.speaker.name is None


def test_a_quotation_that_runs_on_into_a_that_clause_before_its_cue(extractor):
    records = run(extractor, 'Tom Weller told reporters the fight would go on.\n\n"He can '
                             'assert it, but it seems extremely unlikely" that Hale can catch '
                             "Lund, said Steve Elman, a strategist.")
    q = next(q for q in records if "extremely unlikely" in q.text)
    assert q.kind == "mixed" and q.speaker.name == "Steve Elman"
    assert q.text.endswith("that Hale can catch Lund")


def test_a_sentence_glued_on_before_the_quotation_is_not_what_its_cue_reports(extractor):
    # the segmenter reads no break after "a.m." and the parser hangs both clauses on "said"
    text = ('For half a century, Dominic Ferraro has opened the doors of the bakery at 5 a.m. '
            '"I never missed a day," the affable proprietor said, wiping flour from his hands.')
    record = one(extractor, text)
    assert (record.kind, record.text, record.speaker.name) == \
        ("direct", "I never missed a day", "Dominic Ferraro")


def test_a_cue_in_a_clause_subordinate_to_another_verb_does_not_close_the_quotation(extractor):
    records = run(extractor, "'That's on me': the candidate pulls her ad after the veterans "
                             "group objects\n\nThe ad ran in Phoenix.")
    assert not any(r.speaker.role == "veterans group" or r.speaker.name == "veterans group"
                   for r in records)
    said = one(extractor, '"We will not back down," the mayor said after council voted.')
    assert said.speaker.role == "mayor"


def test_a_trailing_verb_with_an_object_of_its_own_does_not_report_the_quote(extractor):
    # "charged a fee" says something else; the cue inside the phrase ("what X called") does
    q = one(extractor, "Under what Mr. Lowry called \u201cthe old pricing model,\u201d the Cedar "
                       "Bay Golf Club charged a $90,000 fee.")
    assert (q.speaker.name, q.cue.lemma) == ("Lowry", "call")
    # a relative clause's verb with its object is passed over for the cue after it
    q = one(extractor, '"I am a delegate and I do not like it," Ross, who has not endorsed a '
                       'candidate, told reporters in Ohio.')
    assert (q.speaker.name, q.cue.lemma) == ("Ross", "tell")


def test_a_verb_of_manner_reports_a_quote(extractor):
    q = one(extractor, '"Silly rules for silly people," scoffed Pia Lund, 22, who helped found '
                       'the club in 2014.')
    assert (q.speaker.name, q.cue.lemma) == ("Pia Lund", "scoff")
