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


def test_names_the_census_never_saw_come_from_the_locale_lists_where_all_agree() -> None:
    build = load_script("build_given_names")
    fi = """class Provider:\n    first_names_male = OrderedDict(((\"Mikko\", 0.01), (\"Nicola\", 0.1)))
    first_names_female = (\"Aino\", \"Said\")\n"""
    it = """class Provider:\n    first_names_female = {\"Nicola\": 1, \"Andrea\": 1}
    first_names_male = [\"\u00c9tienne\", \"\u0414\u043c\u0438\u0442\u0440\u0438\u0439\"]\n"""
    genders = build.faker_genders({"fi_FI": fi, "it_IT": it})
    assert genders["nicola"] == {"male", "female"} and "\u0434\u043c\u0438\u0442\u0440\u0438\u0439" not in genders
    census = {"andrea": "female"}
    names = build.merged(census, {"andrea", "jean"}, genders, english={"said"})
    # the census decides its own names; a name both genders bear, or an English word, is out;
    # an accented name also comes without its accents
    assert names == {"aino": "female", "andrea": "female", "etienne": "male",
                     "mikko": "male", "\u00e9tienne": "male"}


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
