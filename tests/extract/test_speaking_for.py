"""quotes.extract.speaking_for: whom an office that names no body speaks for."""

from __future__ import annotations

from conftest import run


def test_a_spokesperson_speaks_for_the_body_that_just_spoke(extractor) -> None:
    text = ("In a statement, the Alberta Energy Regulator said it takes the concerns of landowners "
            "seriously.\n\nSpokesperson Carla Dunsmore said crews closed 57 wells last year.\n\n"
            "The Environment Agency said its flood warning had been issued on time.\n\n"
            "A spokesperson added: \"We understand how distressing this is.\"")
    records = run(extractor, text)
    assert [q.speaker.organization for q in records if q.speaker.type == "person"] == [
        "Alberta Energy Regulator", "Environment Agency"]


def test_an_office_in_a_candidates_campaign_is_the_campaigns(extractor) -> None:
    text = ("State Sen. Amy Strand is running against Roy Calder.\n\n"
            "Strand campaign spokeswoman Keisha Morrow acknowledged that the figure was wrong.\n\n"
            "Calder campaign manager Brett Ostrowski said the race was close.")
    speakers = [q.speaker for q in run(extractor, text)]
    assert [(s.role, s.organization) for s in speakers] == [
        ("spokeswoman", "Strand campaign"), ("campaign manager", "Calder campaign")]
    # (a possessive's campaign is left unnamed, as the writers of the wire sets mostly have it)
    text = "Roy Calder spoke. Mr. Calder's campaign manager, Brett Ostrowski, said it was close."
    assert run(extractor, text)[-1].speaker.organization is None
