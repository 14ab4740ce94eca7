"""quotes.extract.clusters: a record's speaker fields as the whole document gives them."""

from __future__ import annotations

from conftest import run


def test_a_speakers_fields_come_from_the_whole_document(extractor) -> None:
    records = run(extractor, '"We will win," Donald Trump said.\n\n"It is rigged," said Trump, '
                             'the Republican presidential front-runner.')
    assert [(r.speaker.name, r.speaker.role) for r in records] == \
        [("Donald Trump", "Republican presidential front-runner")] * 2
    own = run(extractor, '"We will win," said Jonah Okoye, the captain.\n\nOkoye, a rookie '
                         'defenceman in 2019, scored twice.')[0]
    assert own.speaker.role == "captain"  # what the quote's own words say stays


def test_a_stray_modifier_is_no_role_to_spread(extractor) -> None:
    records = run(extractor, '"We will win," Okoye said.\n\nJonah Okoye, the younger, was '
                             'mobbed by teammates.')
    assert records[0].speaker.role is None
