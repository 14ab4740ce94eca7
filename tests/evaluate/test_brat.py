"""BRAT standoff reading and PolNeAR derivations, on hand-made snippets (no corpus text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.evaluate.brat import (
    derive_kind,
    is_speech,
    parse_ann,
    pick_annotations,
    quoted_regions,
    read_polnear,
    source_name,
    speech_only,
)

TEXT = (
    'The mayor said the bridge would reopen in May. "We are on schedule," she told '
    'reporters, "and under budget." Critics believe the plan is doomed.\n'
)


def off(fragment: str) -> str:
    """BRAT offsets of a fragment of TEXT, so the snippets below cannot drift from it."""
    start = TEXT.index(fragment)
    return f"{start} {start + len(fragment)}"


def ann() -> str:
    first, second = '"We are on schedule,"', '"and under budget."'
    return "\n".join([
        # E lines first: they refer to T ids defined further down.
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
        "E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9",
        f"T1\tSource {off('The mayor')}\tThe mayor",
        f"T2\tCue {off('said')}\tsaid",
        f"T3\tContent {off('the bridge would reopen in May')}\tthe bridge would reopen in May",
        f"T4\tAttribution {off('said')}\tsaid",
        f"T5\tSource {off('she')}\tshe",
        f"T6\tCue {off('told')}\ttold",
        f"T7\tContent {off(first)};{off(second)}\t{first} {second}",
        f"T8\tAttribution {off('told')}\ttold",
        f"T9\tSource {off('Critics')}\tCritics",
        f"T10\tCue {off('believe')}\tbelieve",
        f"T11\tContent {off('the plan is doomed')}\tthe plan is doomed",
        f"T12\tAttribution {off('believe')}\tbelieve",
        "#1\tAnnotatorNotes T7\tsplit by the attribution",
        "A1\tNegated E3",
        "stray line that is not standoff",
    ]) + "\n"


def test_discontinuous_span_keeps_every_fragment() -> None:
    doc = parse_ann(ann())
    content = doc.spans["T7"]
    assert len(content.fragments) == 2
    pieces = [TEXT[s:e] for s, e in content.fragments]
    assert pieces == ['"We are on schedule,"', '"and under budget."']
    assert TEXT[content.start : content.end].startswith('"We are') and content.end < len(TEXT)


def test_events_may_refer_to_later_ids_and_other_lines_are_skipped() -> None:
    doc = parse_ann(ann())
    assert [a.id for a in doc.attributions] == ["E1", "E2", "E3"]
    first = doc.attributions[0]
    assert first.source is not None and first.source.text == "The mayor"
    assert first.cue is not None and first.cue.text == "said"
    assert doc.problems == []


def test_unknown_reference_is_reported_and_event_dropped() -> None:
    doc = parse_ann("E1\tAttribution:T2 Content:T9 Cue:T1\nT1\tCue 0 4\tsaid\nT2\tAttribution 0 4\tsaid\n")
    assert doc.attributions == []
    assert any("T9" in problem for problem in doc.problems)


def test_content2_joins_the_content_and_bare_no_source_is_ignored() -> None:
    text = "T1\tContent 0 5\tabcde\nT2\tContent 10 12\tkl\nT3\tCue 6 8\tsa\n" \
           "E1\tAttribution-no-source:T3 Content:T1 Cue:T3 Content2:T2\n" \
           "E2\tAttribution-no-source:T3 \nT4\tCue 0 2;x y\tbad\n"
    doc = parse_ann(text)
    assert len(doc.attributions) == 1
    assert doc.attributions[0].fragments == [(0, 5), (10, 12)]
    assert doc.attributions[0].source is None
    assert any("malformed" in p for p in doc.problems)


@pytest.mark.parametrize(("text", "kind"), [
    ('"We are on schedule and under budget."', "direct"),
    ("“We are on schedule and under budget.”", "direct"),
    ("''We are on schedule and under budget.''", "direct"),
    ("that the works were “on schedule” and nearly done", "mixed"),
    ("that Clinton’s team didn’t want the escort", "indirect"),
    ("that the voters’ mood was sour", "indirect"),
    ("that the bridge would reopen in May", "indirect"),
])
def test_kind_from_quotation_marks(text: str, kind: str) -> None:
    assert derive_kind(text, [(0, len(text))]) == kind


def test_kind_sees_marks_just_outside_the_content() -> None:
    source = 'She said: "We are on schedule." Then she left.'
    start = source.index("We")
    end = source.index('."')
    assert derive_kind(source, [(start, end)]) == "direct"


def test_quoted_regions_pairs_nested_marks() -> None:
    text = "“He said ‘never’ twice”"
    assert (1, len(text) - 1) in quoted_regions(text)
    assert any(text[a:b] == "never" for a, b in quoted_regions(text))


def test_speech_cues() -> None:
    assert is_speech("said", "indirect")
    assert is_speech("has repeatedly denied", "indirect")
    assert is_speech("according to", "indirect")
    assert is_speech("tweeted", "indirect")
    assert not is_speech("believes", "indirect")
    assert not is_speech(None, "indirect")
    assert is_speech("believes", "mixed")  # quoted words make it speech


def test_read_polnear_picks_one_annotator_and_builds_gold(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "ann").mkdir()
    (tmp_path / "text" / "paper_2016-01-01_bridge.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "ann" / "paper_2016-01-01_bridge_b2.ann").write_text("", encoding="utf-8")
    (tmp_path / "ann" / "paper_2016-01-01_bridge_a1.ann").write_text(ann(), encoding="utf-8")
    chosen = pick_annotations(tmp_path / "ann", tmp_path / "text")
    assert list(chosen) == ["paper_2016-01-01_bridge"]
    assert chosen["paper_2016-01-01_bridge"].name.endswith("_a1.ann")

    docs, errors = read_polnear(tmp_path / "ann", tmp_path / "text")
    assert errors == []
    records = docs[0].records
    assert [r.kind for r in records] == ["indirect", "direct", "indirect"]
    assert [r.speech for r in records] == [True, True, False]
    split = records[1]
    assert split.mention is not None and split.mention.text == "she"
    assert len(split.parts) == 2 and TEXT[split.start : split.end] == split.text
    assert [r.required for r in speech_only(records)] == [True, True, False]


def test_read_polnear_reports_a_missing_text(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "ann").mkdir()
    (tmp_path / "ann" / "gone_x.ann").write_text(ann(), encoding="utf-8")
    docs, errors = read_polnear(tmp_path / "ann", tmp_path / "text")
    assert docs == [] and len(errors) == 1 and errors[0].reason == "no such file"


@pytest.mark.parametrize(("source", "name"), [
    ("Trump", "Trump"),
    ("Trump campaign manager Corey Lewandowski", "Corey Lewandowski"),
    ("Sen. Ted Cruz (R-Texas)", "Sen. Ted Cruz"),
    ("Sanders, who spoke in Iowa", "Sanders"),
    ("the Republican National Committee", "Republican National Committee"),
    ("He", None),
    ("the campaign", None),
    ("Clinton's campaign", None),
    ("A spokesman for the Clinton campaign", None),
    ("officials", None),
])
def test_source_name_is_the_name_a_source_ends_with(source: str, name: str | None) -> None:
    assert source_name(source) == name
