"""Scoring extracted quotations against gold records: matching, P/R/F1, reliability.

Rules (pure functions; reading and printing are kept apart so they are unit-testable):

* Spans are trimmed of whitespace and quotation marks at both ends and of ``. , ; : ! ? …`` at
  the end, on gold and prediction alike.
* **exact**: the trimmed extents (first part's start to last part's end) are identical.
* **overlap**: the characters the two share (over their parts, so an interrupting "he said" does
  not count) are at least half of the *longer* one: each covers >= 50% of the other.
* Matching is one-to-one within a document, greedy by shared characters; required gold is
  matched first.  Gold with ``required: false`` is optional: a prediction matched to it is
  neither TP nor FP, and missing it is no FN.
* **attribution**: span matched and speaker right: the predicted mention overlaps the gold
  mention (PolNeAR: the Source span), or the names match (:func:`names_match`).  Gold with no
  speaker is right only when the prediction names nobody.  A wrong speaker on a matched span
  is an attribution FN *and* FP.
* **per kind**: required gold and predictions of that kind only, so a direct quote labelled
  mixed counts against both kinds; kind accuracy is over overlap-matched pairs.
* **attribution (by name)**: span matched and the record's ``speaker.name`` matches the gold
  speaker's name (:func:`names_match`; a mention overlap alone does not count).  Only gold whose
  speaker has a name is scored (a person or organisation in our gold; a PolNeAR Source with a
  proper name in it); the rest neither rewards nor penalises.  A person the gold describes
  but does not name (``teacher``) wants no name and that noun in the role; a body it describes
  (``Norwegian government``) that phrase as the name, or no name and its noun in the role.  **name
  accuracy**: the share of overlap-matched pairs with a named gold speaker whose name the
  record gives.
* title / role / organization accuracy: overlap-matched pairs whose gold has one; case,
  punctuation and a leading "the" ignored.  **fields accuracy**: overlap-matched pairs with a
  named gold speaker whose record gets all four right: the name, and title, role and
  organization each equal to the gold's, an empty field only matching an empty one (what a
  fact-checker copies into a table must be right as a whole, and a role the text never gave is
  as wrong as a missing one).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from quotes.evaluate.gold import GoldQuote, Interval
from quotes.evaluate.speaker_names import (
    _label,
    _name_tokens,
    ambiguous_surnames,
    name_matches,
    names_match,
    unnamed,
)
from quotes.records import Quote, QuoteKind, Span

QUOTE_MARKS = "\"'“”‘’«»„‚‹›`"
TRAILING_PUNCT = ".,;:!?…"
KINDS: tuple[QuoteKind, ...] = ("direct", "indirect", "mixed")
METRICS = {"span_exact": "span exact", "span_overlap": "span overlap",
           "attribution_exact": "attribution (exact span)", "attribution": "attribution",
           "attribution_name": "attribution (by name)"}
Predictor = Callable[[str, str], list[Quote]]


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


class Outcome(NamedTuple):
    """One scored prediction, for the reliability table."""

    confidence: float
    span_ok: bool
    speaker_ok: bool


@dataclass
class Scores:
    """What :func:`score` measures; ``metrics`` (and each ``by_kind`` entry) keyed as METRICS."""

    metrics: dict[str, PRF]
    by_kind: dict[str, dict[str, PRF]] = field(default_factory=dict)
    kind: Accuracy = field(default_factory=Accuracy)
    name: Accuracy = field(default_factory=Accuracy)
    title: Accuracy = field(default_factory=Accuracy)
    role: Accuracy = field(default_factory=Accuracy)
    organization: Accuracy = field(default_factory=Accuracy)
    fields: Accuracy = field(default_factory=Accuracy)
    misses: list[GoldQuote] = field(default_factory=list)
    false_positives: list[Quote] = field(default_factory=list)
    wrong_speaker: list[tuple[GoldQuote, Quote]] = field(default_factory=list)
    # matched records whose gold speaker has a name the record does not give
    wrong_name: list[tuple[GoldQuote, Quote]] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)


def trim(text: str, start: int) -> Interval:
    """Offsets of ``text`` (found at ``start``) without surrounding marks and final punctuation."""
    lo, hi = 0, len(text)
    while lo < hi and (text[lo].isspace() or text[lo] in QUOTE_MARKS + "…"):
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in QUOTE_MARKS + TRAILING_PUNCT):
        hi -= 1
    return start + lo, start + hi


def pieces(record: GoldQuote | Quote) -> list[Interval]:
    """The trimmed parts of a record (its whole span when it lists none)."""
    parts = [(p.start, p.end) if isinstance(p, Span) else tuple(p) for p in record.parts]
    cut = [trim(record.text[s - record.start : e - record.start], s) for s, e in parts]
    return [p for p in cut if p[1] > p[0]] or [trim(record.text, record.start)]


def overlap(a: Interval, b: Interval) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def shared_chars(gold: Sequence[Interval], pred: Sequence[Interval], min_overlap: float) -> int:
    """Characters shared when they are >= ``min_overlap`` of the longer side, else 0."""
    shared = sum(overlap(g, p) for g in gold for p in pred)
    longer = max(sum(e - s for s, e in gold), sum(e - s for s, e in pred))
    return shared if shared and shared >= min_overlap * longer else 0


def speaker_matches(gold: GoldQuote, pred: Quote, ambiguous: Collection[str] = ()) -> bool:
    """Mention overlap, or matching names; no gold speaker means none should be predicted."""
    said = pred.speaker
    if gold.speaker is None and gold.mention is None:
        return said.name is None and said.mention is None
    if gold.mention and said.mention and overlap(
            (gold.mention.start, gold.mention.end), (said.mention.start, said.mention.end)):
        return True
    return bool(gold.speaker and said.name and names_match(said.name, gold.speaker, ambiguous))


def match(gold: Sequence[GoldQuote], pred: Sequence[Quote], *, exact: bool,
          min_overlap: float = 0.5) -> list[Interval]:
    """One-to-one (gold index, prediction index) pairs: required gold first, then optional gold,
    which absorbs what overlaps it even in exact scoring (no penalty near borderline cases)."""
    if exact:
        g_ext = [trim(g.text, g.start) for g in gold]
        p_ext = [trim(p.text, p.start) for p in pred]
    g_parts, p_parts = [pieces(g) for g in gold], [pieces(p) for p in pred]
    in_doc: dict[str, list[int]] = {}
    for pi, p in enumerate(pred):
        in_doc.setdefault(p.doc_id or "", []).append(pi)
    pairs: list[Interval] = []
    used_p: set[int] = set()
    for required in (True, False):
        candidates = []
        for gi, g in enumerate(gold):
            for pi in in_doc.get(g.doc, []) if g.required == required else []:
                p = pred[pi]
                if pi in used_p:
                    continue
                shared = shared_chars(g_parts[gi], p_parts[pi], min_overlap)
                if exact and required:
                    if g_ext[gi] != p_ext[pi]:
                        continue
                elif not shared:
                    continue
                gap = abs(g.start - p.start) + abs(g.end - p.end)
                candidates.append((-shared, gap, gi, pi))
        used_g: set[int] = set()
        for _, _, gi, pi in sorted(candidates):
            if gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
                pairs.append((gi, pi))
    return pairs


def _count(gold: Sequence[GoldQuote], pred: Sequence[Quote], pairs: list[Interval],
           ok: Callable[[GoldQuote, Quote], bool] | None = None,
           counts: Callable[[GoldQuote], bool] = lambda g: g.required) -> PRF:
    """P/R/F1 over matched pairs; gold that does not ``count`` neither rewards nor penalises."""
    ignored = sum(1 for gi, _ in pairs if not counts(gold[gi]))
    tp = sum(1 for gi, pi in pairs if counts(gold[gi]) and (ok is None or ok(gold[gi], pred[pi])))
    return PRF(tp=tp, fp=len(pred) - ignored - tp, fn=sum(counts(g) for g in gold) - tp)


def knows_name(gold: GoldQuote, ambiguous: Collection[str] = ()) -> bool:
    """The gold gives a name a record can be held to: not a bare surname that two people of
    the document share (gold "Clinton" with Bill and Hillary Clinton both quoted)."""
    tokens = _name_tokens(gold.gold_name or "")
    return bool(tokens) and not (len(tokens) == 1 and tokens[0] in ambiguous)


def _metrics(gold: Sequence[GoldQuote], pred: Sequence[Quote], min_overlap: float,
             ambiguous: Collection[str]) -> dict[str, PRF]:
    def ok(g: GoldQuote, p: Quote) -> bool:
        return speaker_matches(g, p, ambiguous)

    def named(g: GoldQuote, p: Quote) -> bool:
        return name_matches(g, p, ambiguous)

    exact = match(gold, pred, exact=True)
    loose = match(gold, pred, exact=False, min_overlap=min_overlap)
    return {"span_exact": _count(gold, pred, exact), "span_overlap": _count(gold, pred, loose),
            "attribution_exact": _count(gold, pred, exact, ok),
            "attribution": _count(gold, pred, loose, ok),
            "attribution_name": _count(gold, pred, loose, named,
                                       counts=lambda g: g.required and knows_name(g, ambiguous))}


def score(gold_records: Sequence[GoldQuote], predicted_records: Sequence[Quote],
          min_overlap: float = 0.5) -> Scores:
    """Score predictions against gold (any number of documents, paired by doc id)."""
    gold, pred = list(gold_records), list(predicted_records)
    ambiguous = ambiguous_surnames(gold)
    scores = Scores(metrics=_metrics(gold, pred, min_overlap, ambiguous))
    for kind in KINDS:  # optional gold of any kind still absorbs its predictions
        scores.by_kind[kind] = _metrics([g for g in gold if g.kind == kind or not g.required],
                                        [p for p in pred if p.kind == kind], min_overlap, ambiguous)
    to_gold = {pi: gi for gi, pi in match(gold, pred, exact=False, min_overlap=min_overlap)}
    matched = set(to_gold.values())
    scores.misses = [g for gi, g in enumerate(gold) if g.required and gi not in matched]
    scores.false_positives = [p for pi, p in enumerate(pred) if pi not in to_gold]
    for pi, p in enumerate(pred):
        g = gold[to_gold[pi]] if pi in to_gold else None
        if g is not None and not g.required:
            continue
        right = g is not None and speaker_matches(g, p, ambiguous)
        scores.outcomes.append(Outcome(p.confidence, g is not None, right))
        if g is None:
            continue
        if not right:
            scores.wrong_speaker.append((g, p))
        scores.kind.total += 1
        scores.kind.correct += g.kind == p.kind
        fields = ((scores.title, g.title, p.speaker.title), (scores.role, g.role, p.speaker.role),
                  (scores.organization, g.organization, p.speaker.organization))
        if knows_name(g, ambiguous):
            scores.name.total += 1
            scores.fields.total += 1
            if name_matches(g, p, ambiguous):
                scores.name.correct += 1
                # an unnamed speaker's phrase is the role (or its head noun is, beside an
                # organization): a gold role left empty then asks for nothing
                described = unnamed(g.gold_name or "", g.speaker_type) and g.role is None
                scores.fields.correct += all(_label(w) == _label(v) for acc, w, v in fields
                                             if not (described and acc is scores.role))
            else:
                scores.wrong_name.append((g, p))
        for acc, want, got in fields:
            if want:
                acc.total += 1
                acc.correct += _label(want) == _label(got)
    return scores


class ReliabilityBin(NamedTuple):
    low: float
    high: float
    # shadows tuple.count, but the name is part of `quotes eval --format json`
    count: int  # type: ignore[assignment]
    correct: int
    mean_confidence: float


def reliability_table(outcomes: Sequence[Outcome], bins: int = 5,
                      require_speaker: bool = True) -> list[ReliabilityBin]:
    """Confidence against share correct (span matched, and speaker right if
    ``require_speaker``), in equal-width bins; the last bin includes 1.0."""
    table = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [o for o in outcomes
                  if low <= o.confidence < high or (b == bins - 1 and o.confidence == high)]
        correct = sum(o.span_ok and (o.speaker_ok or not require_speaker) for o in inside)
        mean = sum(o.confidence for o in inside) / len(inside) if inside else 0.0
        table.append(ReliabilityBin(low, high, len(inside), correct, mean))
    return table


def calibration_error(table: Sequence[ReliabilityBin]) -> float:
    """Expected calibration error: count-weighted |share correct - mean confidence|."""
    total = sum(b.count for b in table)
    return sum(abs(b.correct - b.count * b.mean_confidence) for b in table) / total if total else 0.0


# the name rules, part of the scoring rules' public names (tests and tools import them here)
__all__ = ["KINDS", "METRICS", "Outcome", "Predictor", "Scores", "ambiguous_surnames",
           "calibration_error", "knows_name", "match", "name_matches", "names_match",
           "reliability_table", "score", "speaker_matches", "trim", "unnamed"]
