"""quotes.extract.surnames: a surname the tagger read as a word is the name the text gave."""

from __future__ import annotations

import pytest
from conftest import run

from quotes.extract.surnames import full_name_surnames, mend_surnames

# (text, the speaker's name on every record)
CASES = [
    # "-ly" read as an adverb, after the verb and before it
    (("Bill Skelly, a longtime data operative, vouched for both.\n\n"
      "\u201cHaving access to the file is valuable,\u201d said Skelly, explaining his view."),
     "Bill Skelly"),
    ("Rep. David Jolly is running.\n\nJolly said he would be cautious with education money.",
     "David Jolly"),
    # a modal verb, and the past tense after it tagged a participle
    (("Columnist George Will is unhappy.\n\n"
      "\u201cThe eruption of war is a reminder,\u201d Will wrote."), "George Will"),
    # half of a hyphened name is no surname alone
    (("Desmond Akande-Price, 52, pleaded guilty.\n\n"
      "Akande-Price addressed the court. \u201cI'm sorry,\u201d he said."),
     "Desmond Akande-Price"),
    # a plural noun already the subject
    ("Gov. Mike Pence spoke.\n\nPence went on to say he is \u201cconfident\u201d about it.",
     "Mike Pence"),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_the_surname_speaks(extractor, text: str, name: str) -> None:
    records = run(extractor, text)
    assert records and all(r.speaker.name == name for r in records)


def test_without_the_full_name_the_word_is_left_alone(extractor) -> None:
    records = run(extractor, "\u201cThe eruption of war is a reminder,\u201d Will wrote.")
    assert records[0].speaker.name is None


def test_a_surname_two_people_share_is_nobodys(extractor) -> None:
    docs = [extractor.nlp("Jane Sanders and Bernie Sanders spoke. Mike Pence left.")]
    assert full_name_surnames(docs) == {"Pence"}


def test_a_word_with_another_subject_keeps_its_reading(extractor) -> None:
    doc = extractor.nlp("Ann Early spoke. Early voting began, she said.")
    mend_surnames([doc])
    early = [t for t in doc if t.text == "Early"][1]
    assert early.ent_type_ == "" and early.dep_ != "nsubj"
