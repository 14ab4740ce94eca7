"""quotes.extract.names: where a person's name begins and ends in what the tagger gave."""

from __future__ import annotations

from quotes.extract.names import family_name_after, trade_before_given_name


def test_a_trade_before_a_given_name_opens_no_name(extractor) -> None:
    assert trade_before_given_name(list(extractor.nlp("Lobsterman Ray Dunphy said so.")[:3]))
    assert not trade_before_given_name(list(extractor.nlp("Fisher Price said so.")[:2]))
    # a given name opening the name is the name's own
    assert not trade_before_given_name(list(extractor.nlp("Tyler Ray Dunphy said so.")[:3]))


def test_the_family_name_a_tagged_given_name_is_compounded_into(extractor) -> None:
    doc = extractor.nlp("Health Secretary Dr Rhiannon Tulliver said the drug could help.")
    tagged = next(e for e in doc.ents if e.label_ == "PERSON")
    assert doc[tagged.start:family_name_after(doc, tagged.end)].text.endswith("Rhiannon Tulliver")
