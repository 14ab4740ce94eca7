"""quotes.extract.segments: token look-ups by character offset over parsed pieces of a text."""

from __future__ import annotations

import spacy

from quotes.extract.segments import Segment, TextView

TEXT = "Ann Lee spoke.\n\nTom Hale left early."


def view() -> TextView:
    nlp = spacy.blank("en")
    second = TEXT.index("Tom")
    return TextView(TEXT, [Segment(nlp(TEXT[second:]), second), Segment(nlp(TEXT[:14]), 0)])


def test_tokens_are_made_once_and_walked_in_text_order() -> None:
    v = view()
    words = [t.text for t in v.all_tokens()]
    assert words == ["Ann", "Lee", "spoke", ".", "Tom", "Hale", "left", "early", "."]
    first = list(v.all_tokens())
    assert all(a is b for a, b in zip(first, v.all_tokens(), strict=True))  # the same objects
    for seg in v.segments:
        assert [t.i for t in seg.tokens] == [t.i for t in seg.doc]


def test_offsets_find_tokens_across_segments() -> None:
    v = view()
    hale = v.token_at(TEXT.index("Hale") + 2)
    assert hale is not None and hale.text == "Hale"
    assert v.start(hale) == TEXT.index("Hale") and v.end(hale) == TEXT.index("Hale") + 4
    assert v.token_at(TEXT.index("\n")) is None  # the break between paragraphs is no token
    assert [t.text for t in v.words(0, TEXT.index("left"))] == ["Ann", "Lee", "spoke", ".",
                                                                 "Tom", "Hale"]
