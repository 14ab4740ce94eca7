"""The sample article: every quotation a fact-checker would list, with the right speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.pipeline import default_extractor
from quotes.records import Quote

FIXTURE = Path(__file__).parent.parent / "fixtures" / "syria-troops.txt"


@pytest.fixture(scope="module")
def source() -> str:
    return FIXTURE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def records(source: str) -> list[Quote]:
    return default_extractor().extract(source, doc_id="syria-troops")


def find(records: list[Quote], words: str) -> Quote:
    hits = [r for r in records if words in r.text]
    assert len(hits) == 1, f"expected one record containing {words!r}, got {len(hits)}"
    return hits[0]


def test_every_record_points_at_its_text(source: str, records: list[Quote]) -> None:
    assert records
    for record in records:
        record.check_offsets(source)
        Quote.model_validate(record.model_dump(), context={"source": source})
        assert record.doc_id == "syria-troops"


def test_about_a_dozen_quotations(records: list[Quote]) -> None:
    assert 11 <= len(records) <= 16
    assert {r.kind for r in records} == {"direct", "indirect", "mixed"}


def test_morotto_direct_quote_with_title_role_organisation_addressee(records: list[Quote]) -> None:
    q = find(records, "continues its mission")
    assert q.kind == "direct" and q.attribution == "explicit"
    assert q.text.startswith("[The coalition] continues") and q.text.endswith("stability")
    assert q.speaker.name == "Wayne Morotto"
    assert q.speaker.title == "Colonel"
    assert q.speaker.role == "spokesperson"
    assert q.speaker.organization == "US-led coalition"
    assert q.speaker.type == "person"
    assert q.addressee is not None and q.addressee.text == "Rudaw English"
    assert q.cue is not None and q.cue.text == "told" and q.cue.lemma == "tell"
    assert q.confidence >= 0.8


def test_paragraph_after_morotto_is_a_continuation(records: list[Quote]) -> None:
    q = find(records, "routinely move about NE Syria")
    assert q.kind == "direct"
    assert q.attribution == "continuation"
    assert q.speaker.name == "Wayne Morotto"
    assert q.cue is None


def test_jeffrey_direct_quote_carries_role_and_addressee(records: list[Quote]) -> None:
    q = find(records, "playing shell games")
    assert q.kind == "direct"
    assert q.speaker.name == "James Jeffrey"  # "Jeffrey" at the site, full name from the text
    assert q.speaker.mention is not None and q.speaker.mention.text == "Jeffrey"
    assert q.speaker.role is not None and "special representative in Syria" in q.speaker.role
    assert q.addressee is not None and q.addressee.text == "Defence One"


def test_jeffrey_mixed_quote(records: list[Quote]) -> None:
    q = find(records, "much higher")
    assert q.kind == "mixed"
    assert q.speaker.name == "James Jeffrey"
    assert [fragment.text for fragment in q.quoted] == ["much higher"]


def test_miller_mixed_quote_and_the_two_paragraphs_after_he_wrote(records: list[Quote]) -> None:
    mixed = find(records, "should now")
    assert mixed.kind == "mixed" and [f.text for f in mixed.quoted] == ["come home"]
    assert mixed.speaker.name == "Christopher Miller"
    assert mixed.speaker.role == "Acting Pentagon chief"
    assert mixed.speaker.organization == "Pentagon"
    assert mixed.medium is not None and mixed.medium.text == "a memo"

    wrote = find(records, "perpetual war")
    assert wrote.kind == "direct"
    assert wrote.speaker.name == "Christopher Miller"
    assert wrote.attribution == "coreference"
    assert wrote.speaker.mention is not None and wrote.speaker.mention.text == "he"
    assert wrote.cue is not None and wrote.cue.lemma == "write"
    assert wrote.addressee is not None and wrote.addressee.text == "agency staff"

    after = find(records, "We met the challenge")
    assert after.speaker.name == "Christopher Miller"
    assert after.attribution == "continuation"


def test_media_organisations_are_speakers_with_roles(records: list[Quote]) -> None:
    sana = find(records, "convoy consisted")
    assert sana.kind == "indirect"
    assert sana.speaker.name == "SANA"
    assert sana.speaker.type == "organization"
    assert sana.speaker.role == "Syrian state news agency"
    sputnik = find(records, "two withdrawals")
    assert sputnik.speaker.name == "Sputnik Arabic"
    assert sputnik.speaker.type == "organization"
    assert sputnik.speaker.role == "Russian-government media outlet"


def test_coalition_denial_is_attributed_to_the_coalition(records: list[Quote]) -> None:
    q = find(records, "standard military practice")
    assert q.kind == "indirect"
    assert q.speaker.name is None  # described, not named: the role says who
    assert q.speaker.role == "US-led coalition"
    assert q.speaker.type == "organization"


def test_no_quote_from_the_article_furniture(records: list[Quote]) -> None:
    assert not [r for r in records if "Follow us" in r.text or "min read" in r.text]
