"""quotes.extract.lexicon: the word lists and the given-name genders shipped as data."""

from __future__ import annotations

import pytest
from conftest import load_script

from quotes.extract.lexicon import company_noun, given_name_gender


@pytest.mark.parametrize(("word", "gender"), [
    ("Donald", "male"), ("ANDREA", "female"), ("maria", "female"),
    ("Kim", None), ("Jean", None),  # names both give
    ("Jagmeet", None),  # one the census list never saw
])
def test_given_name_gender(word: str, gender: str | None) -> None:
    assert given_name_gender(word) == gender


def test_the_given_name_list_keeps_names_one_gender_nearly_always_holds() -> None:
    build = load_script("build_given_names")
    male = build.read_census("ALEX  0.100  0.1  1\nDONALD  0.931  1.0  2\n")
    female = build.read_census("ALEX  0.050  0.05  1\nMARY  2.629  2.6  1\nDONALD 0.002 2.6 2\n")
    assert male == {"alex": 0.1, "donald": 0.931}
    assert build.given_names(male, female) == {"donald": "male", "mary": "female"}
    assert build.given_names(male, female, share=0.6) == {
        "alex": "male", "donald": "male", "mary": "female"}


def test_the_shipped_list_is_what_the_script_writes_from_the_census_lists() -> None:
    from importlib.resources import files

    build = load_script("build_given_names")
    shipped = (files("quotes.extract") / "data" / "given_names_en.tsv").read_text("utf-8")
    assert shipped.startswith(build.HEADER)
    rows = [line.split("\t") for line in shipped.splitlines() if not line.startswith("#")]
    assert len(rows) > 4000 and all(g in ("male", "female") for _, g in rows)
    assert [n for n, _ in rows] == sorted(n for n, _ in rows)


@pytest.mark.parametrize(("lemma", "company"), [
    ("lender", True), ("carmaker", True), ("drugmaker", True),
    ("lawmaker", False), ("policymaker", False), ("filmmaker", False),  # people who make
    ("spokesman", False),
])
def test_company_nouns(lemma: str, company: bool) -> None:
    assert company_noun(lemma) is company
