"""quotes.extract.merging: quotations found by different rules folded into one list."""

from __future__ import annotations

from conftest import run

from quotes.extract.attribution import Candidate
from quotes.extract.marks import QuotedSpan
from quotes.extract.merging import attach_fragments, dedupe


def _reported(start: int, end: int) -> Candidate:
    return Candidate("indirect", start, end, 0, [(start, end)])


def _quoted(start: int, end: int) -> QuotedSpan:
    return QuotedSpan(start=start, end=end, open_mark=start - 1, close_mark=end, paragraph=0)


def test_a_fragment_inside_a_reported_clause_makes_it_mixed() -> None:
    found = _reported(10, 60)
    consumed: set[int] = set()
    fragment = _quoted(30, 40)
    attach_fragments(found, [fragment, _quoted(70, 80)], consumed)
    assert found.kind == "mixed" and found.quoted == [(30, 40)]
    assert consumed == {id(fragment)}  # the one outside the clause is left for others


def test_a_reported_clause_that_is_all_quotation_is_direct() -> None:
    found = _reported(10, 40)
    attach_fragments(found, [_quoted(11, 39)], set())
    assert found.kind == "direct" and found.parts == [(11, 39)] and found.quoted == []
    assert (found.start, found.end) == (11, 39)


def test_a_quotation_the_clause_stops_inside_carries_the_clause_on() -> None:
    found = _reported(10, 40)
    attach_fragments(found, [_quoted(30, 55)], set())
    assert found.kind == "mixed" and found.end == 56  # through the closing mark
    assert found.parts[-1] == (10, 56)


def test_a_used_fragment_is_not_taken_twice() -> None:
    fragment = _quoted(30, 40)
    consumed = {id(fragment)}
    found = _reported(10, 60)
    attach_fragments(found, [fragment], consumed)
    assert found.kind == "indirect" and found.quoted == []


def test_dedupe_keeps_the_first_candidate_of_a_span() -> None:
    first, second, other = _reported(0, 10), _reported(0, 10), _reported(0, 12)
    assert dedupe([first, second, other]) == [first, other]
    assert dedupe([first, second, other])[0] is first


def test_a_quotation_inside_a_reported_clause_is_its_fragment(extractor) -> None:
    text = 'The minister said the plan was "dead in the water" and would be withdrawn.'
    (q,) = run(extractor, text)
    assert q.kind == "mixed" and [s.text for s in q.quoted] == ["dead in the water"]


def test_a_quote_after_a_reported_one_goes_on_with_it(extractor) -> None:
    text = 'Europe did "too little," he added. "Without change, it risks a lot."'
    (q,) = run(extractor, text)
    assert q.kind == "mixed" and q.quoted[-1].text == "Without change, it risks a lot."
