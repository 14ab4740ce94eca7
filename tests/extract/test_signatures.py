"""quotes.extract.signatures: speakers named by a label, a bare name and colon, or a dash signature."""

from __future__ import annotations

import pytest
from conftest import one, run


def test_verbless_colon_attribution(extractor):
    q = one(extractor, 'Mayor Tom Reed: "The budget is balanced."')
    assert q.attribution == "explicit" and q.speaker.name == "Tom Reed"
    assert q.cue is None and q.speaker.title == "Mayor"


def test_dash_signature_names_the_speaker(extractor):
    q = one(extractor, '"The budget is balanced." \u2015 Tom Reed')
    assert q.attribution == "explicit" and q.speaker.name == "Tom Reed" and q.cue is None


def test_colon_after_a_sentence_with_a_verb_is_no_signature(extractor):
    records = run(extractor, 'The council met on Monday: "The budget is balanced."')
    assert all(r.speaker.name != "Monday" for r in records)


def test_transcript_lines_are_attributed_to_their_labels(extractor):
    text = ('"PENCE: Well, look, the other side thinks this is a game show.\n\n'
            '"WALLACE: If I may, sir, let me ask about the debate.')
    first, second = run(extractor, text)
    assert (first.speaker.name, second.speaker.name) == ("PENCE", "WALLACE")
    assert first.text.startswith("Well, look") and second.text.startswith("If I may")
    assert first.cue is None and first.attribution == "explicit"


def test_a_lone_label_in_capitals_opening_the_story_is_a_dateline(extractor):
    text = ("Commuting children breathe unsafe air, study finds\n\n"
            "BENGALURU: One in three schoolchildren in Bengaluru is exposed to fine pollution, "
            "according to the Clean Commute Study, released on Monday.")
    records = run(extractor, text)
    assert all(r.speaker.name != "BENGALURU" for r in records)
    assert any(r.speaker.name == "Clean Commute Study" for r in records)
    kicker = "BOOM: Trump just fired a warning shot at the party's leaders\n\nHe spoke late."
    assert all(r.speaker.name != "BOOM" for r in run(extractor, kicker))  # a headline's kicker
    # a name in capitals the text never writes otherwise is a transcript's label
    (label,) = run(extractor, "OKAFOR: We will not be moved on the price, not this year.")
    assert label.speaker.name == "OKAFOR"
    # two turns in capitals are a transcript, even at the story's top
    first, second = run(extractor, "KLEIN: Welcome back, and thanks for coming in today.\n\n"
                                   "OKAFOR: Thanks for having me on the show again.")
    assert (first.speaker.name, second.speaker.name) == ("KLEIN", "OKAFOR")


def test_headline_with_a_named_label(extractor):
    (q,) = run(extractor, "Pat Caddell: Voters Worried About the Economy\n\nThe poll came out.")
    assert q.speaker.name == "Pat Caddell" and q.text == "Voters Worried About the Economy"


def test_headline_label_named_later_in_the_article(extractor):
    text = ("Warren: Bank Chief Should Be \u2018Criminally Investigated\u2019\n"
            "Indiana Gov. Mike Pence and Sen. Elizabeth Warren spoke to reporters on Sunday.")
    (q,) = [r for r in run(extractor, text) if r.paragraph == 0]
    assert q.speaker.name == "Elizabeth Warren"
    assert q.speaker.mention is not None and q.speaker.mention.text == "Warren"


def test_a_word_before_a_colon_named_nowhere_else_is_no_label(extractor):
    text = "Poll: Clinton and Trump in a dead heat before the first debate\nThe race is tight."
    assert run(extractor, text) == []


@pytest.mark.parametrize("text", [
    "UPDATE: New details emerged on Monday.",
    "Note: the figures were revised after publication.",
    "Editor's note: This story has been corrected.",
])
def test_notes_and_imperatives_are_not_speakers(extractor, text):
    assert run(extractor, text) == []


def test_a_headline_quotation_before_a_colon_is_said_by_the_clauses_named_subject(
        extractor) -> None:
    text = ("'That's on me': Ferrante pulls TV ad after veterans group objects\n\nPHOENIX — "
            "Republican gubernatorial candidate Nina Ferrante pulled an ad on Tuesday.")
    record = run(extractor, text)[0]
    assert (record.text, record.speaker.name) == ("That's on me", "Nina Ferrante")
    unnamed = "'That's on me': a candidate pulls TV ad\n\nThe ad ran in Phoenix."
    assert all(r.speaker.name is None for r in run(extractor, unnamed))


def test_a_qa_answers_are_the_interviewees(extractor) -> None:
    text = ("Seabird counter retires after 40 years\n\n"
            "For 40 years, Margaret Hollis has counted shearwaters on a granite islet. Hollis, "
            "a volunteer, says this season will be her last.\n\n"
            "Hollis spoke to reporter Ben Carver about rats and radios.\n\n"
            "Q: How did you end up on the island?\n\n"
            "A: By accident, really. I answered a notice on a university board in 1985.\n\n"
            "Q: What has changed most?\n\n"
            "A: The numbers, obviously. There were about 4,200 burrows when I started.")
    answers = [r for r in run(extractor, text) if r.text.startswith(("By accident", "The num"))]
    assert [r.speaker.name for r in answers] == ["Margaret Hollis"] * 2
    no_questions = text.replace("Q: ", "")
    assert not [r for r in run(extractor, no_questions) if r.text.startswith("By accident")]


def test_a_quote_signed_on_the_line_below(extractor) -> None:
    text = ("Fact check: what the candidates said\n\n"
            "The senator has repeated the claim at every stop.\n\n"
            '"I helped write that bill, every line of it."\n\n'
            "- Marlow.\n\n"
            "Marlow wrote one amendment.")
    record = next(r for r in run(extractor, text) if r.text.startswith("I helped"))
    assert record.speaker.name == "Marlow"
    placed = text.replace("- Marlow.", "-Helen Ward, Leeds.")
    record = next(r for r in run(extractor, placed) if r.text.startswith("I helped"))
    assert record.speaker.name == "Helen Ward"  # the person, not where she is from
    unsigned = text.replace("- Marlow.", "Marlow.")
    record = next(r for r in run(extractor, unsigned) if r.text.startswith("I helped"))
    assert record.speaker.name != "Marlow" or record.attribution != "explicit"
