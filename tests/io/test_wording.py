"""quotes.io.wording: one wording of how a speaker was found, for the table and the page."""

from __future__ import annotations

from typing import Any

import pytest

from quotes.io.output import format_table_entry
from quotes.io.render import list_entry
from quotes.io.wording import attribution_note, how_found
from quotes.records import Cue, Quote, Span, Speaker

TEXT = '"We will leave," Colonel Wayne Morotto told Rudaw English in a statement.'


def span(fragment: str) -> Span:
    start = TEXT.index(fragment)
    return Span(text=fragment, start=start, end=start + len(fragment))


def record(attribution: str = "explicit", mention: str | None = "Colonel Wayne Morotto",
           name: str | None = "Wayne Morotto", cue: bool = True, **extra: Any) -> Quote:
    content = span("We will leave,")
    return Quote(text=content.text, start=content.start, end=content.end, kind="direct",
                 parts=[content], attribution=attribution, paragraph=0, confidence=0.9,
                 speaker=Speaker(name=name, mention=span(mention) if mention else None),
                 cue=Cue(**span("told").model_dump(), lemma="tell") if cue else None, **extra)


@pytest.mark.parametrize(("attribution", "mention", "name", "cue", "expected"), [
    ("explicit", "Colonel Wayne Morotto", "Wayne Morotto", True,
     "named at the cue as 'Colonel Wayne Morotto'"),
    ("explicit", "Colonel Wayne Morotto", "Colonel Wayne Morotto", True, "named at the cue"),
    ("explicit", "Colonel Wayne Morotto", "Wayne Morotto", False,
     "named as 'Colonel Wayne Morotto'"),
    ("coreference", "Morotto", "Wayne Morotto", True, "resolved from 'Morotto'"),
    ("coreference", None, "Wayne Morotto", True, "resolved by coreference"),
    ("continuation", None, "Wayne Morotto", False, "carried over from the previous quote"),
    ("continuation", "Morotto", "Wayne Morotto", False,
     "resolved from 'Morotto' (continues the previous quote)"),
    ("unresolved", "Colonel Wayne Morotto", None, True,
     "speaker not found (mention 'Colonel Wayne Morotto')"),
    ("unresolved", None, None, True, "speaker not found"),
])
def test_attribution_note(attribution: str, mention: str | None, name: str | None, cue: bool,
                          expected: str) -> None:
    assert attribution_note(record(attribution, mention, name, cue)) == expected


def test_how_found_lists_cue_addressee_and_medium_in_one_wording() -> None:
    quote = record(addressee=span("Rudaw English"), medium=span("a statement"))
    assert how_found(quote) == ["named at the cue as 'Colonel Wayne Morotto'", "cue 'told'",
                                "to 'Rudaw English'", "medium 'a statement'"]


def test_table_and_page_say_it_the_same_way() -> None:
    quote = record(addressee=span("Rudaw English"), medium=span("a statement"))
    table = format_table_entry(quote)
    page = list_entry(quote, 1)
    assert ", ".join(how_found(quote)) in table
    assert " · ".join(how_found(quote)).replace("'", "&#x27;") in page
