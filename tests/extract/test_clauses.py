"""quotes.extract.clauses: a cue's clause tokens as a candidate's trimmed character parts."""

from __future__ import annotations

from conftest import run

from quotes.extract.clauses import clause_candidate, excluded, has_verb
from quotes.extract.cues import find_cues
from quotes.extract.segments import Segment, TextView


def _parse(extractor, text: str):  # type: ignore[no-untyped-def]
    doc = extractor.nlp(text)
    cue = find_cues(list(doc), frozenset({"speech"}))[0]
    return doc, cue, TextView(text, [Segment(doc, 0)])


def test_the_clause_is_trimmed_of_its_complementizer_and_full_stop(extractor) -> None:
    text = "The mayor said that the bridge will reopen next week."
    doc, cue, view = _parse(extractor, text)
    clause = [t for t in doc if t.i > cue.head.i]
    found = clause_candidate(view, cue, clause, doc[1], paragraph=3)
    assert found is not None and found.kind == "indirect" and found.paragraph == 3
    assert text[found.start:found.end] == "the bridge will reopen next week"
    assert found.parts == [(found.start, found.end)] and not found.inverted


def test_a_clause_with_a_hole_gives_one_part_per_run(extractor) -> None:
    text = "The bridge, the mayor said, will reopen next week."
    doc, cue, view = _parse(extractor, text)
    speaker = next(t for t in doc if t.lower_ == "mayor")
    tokens = excluded(list(doc), speaker, cue.head)
    found = clause_candidate(view, cue, tokens, speaker, paragraph=0)
    assert found is not None
    assert [text[s:e] for s, e in found.parts] == ["The bridge", "will reopen next week"]


def test_too_few_words_are_no_clause(extractor) -> None:
    doc, cue, view = _parse(extractor, "She said no.")
    assert clause_candidate(view, cue, [doc[2], doc[3]], doc[0], paragraph=0) is None


def test_a_clause_says_something_only_with_a_verb(extractor) -> None:
    doc = extractor.nlp("more money for schools")
    assert not has_verb(list(doc))
    assert has_verb(list(extractor.nlp("schools need more money")))


def test_a_day_that_owns_the_clauses_subject_stays_in_it(extractor) -> None:
    record = run(extractor, 'Its director, Alan Fitch, said Thursday\'s order was "unusually '
                            'pointed."')[0]
    assert record.text.startswith("Thursday's order")
    said_then = run(extractor, "Its director, Alan Fitch, said Thursday that the order was "
                               "unusually pointed.")[0]
    assert said_then.text.startswith("the order")  # the day the saying was done
