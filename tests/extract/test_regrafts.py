"""quotes.extract.regrafts: a source's description after ``according to X,`` is X's."""

from __future__ import annotations

from conftest import run


def test_the_source_of_according_to_keeps_its_appositive(extractor) -> None:
    text = ("European tyre makers have lost about 15 percent of their home market since 2019, "
            "according to Eurotyre, an industry lobby group based in Brussels.")
    record = run(extractor, text)[0]
    assert record.text.endswith("since 2019")  # the quotation stops before its source
    assert (record.speaker.name, record.speaker.role) == ("Eurotyre", "industry lobby group")


def test_a_clause_after_the_source_is_left_alone(extractor) -> None:
    from quotes.extract.regrafts import regraft

    doc = regraft(extractor.nlp("According to Ann Lee, the company will close the plant."))
    company = next(t for t in doc if t.text == "company")
    assert company.dep_ == "nsubj"
    record = run(extractor, "According to Ann Lee, the company will close the plant.")[0]
    assert record.text == "the company will close the plant"
