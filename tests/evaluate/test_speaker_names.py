"""quotes.evaluate.speaker_names: whether a record names the gold speaker."""

from __future__ import annotations

import pytest

from quotes.evaluate.speaker_names import described_body, names_match, unnamed


@pytest.mark.parametrize(("speaker", "kind", "is_unnamed", "is_described_body"), [
    ("teacher", "person", True, False),
    ("Broadway resident", "person", True, False),
    ("Norwegian government", "organization", False, True),
    ("Kowalczyk's office", "organization", False, True),
    ("Federal Cartel Office", "organization", False, False),  # a name
    ("Dana Voss", "person", False, False),
    ("Amal Saeed el-Nubi", "person", False, False),  # a particle before the family name
    ("senior Republican aide", "person", True, False),
])
def test_what_the_gold_names_and_what_it_describes(speaker: str, kind: str, is_unnamed: bool,
                                                   is_described_body: bool) -> None:
    assert unnamed(speaker, kind) is is_unnamed
    assert described_body(speaker, kind) is is_described_body


def test_a_surname_names_the_full_name_unless_two_share_it() -> None:
    assert names_match("Mr. Kowal", "Brian Kowal")
    assert not names_match("Kowal", "Brian Kowal", ambiguous={"kowal"})
