"""Running systems over gold documents and printing their scores side by side.

The scoring rules live in :mod:`quotes.evaluate.scoring`, the gold readers in
:mod:`quotes.evaluate.gold` and :mod:`quotes.evaluate.brat`, the command in
:mod:`quotes.evaluate.commands`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from quotes.evaluate.gold import GoldDoc, GoldQuote
from quotes.evaluate.scoring import (
    KINDS,
    METRICS,
    Predictor,
    Scores,
    calibration_error,
    reliability_table,
    score,
)
from quotes.io.inputs import InputError
from quotes.records import Cue, Quote, Span, Speaker

# ------------------------------------------------------------------------------ textacy baseline

TEXTACY_MISSING = ("--baseline textacy needs textacy, an optional extra: "
                   "pip install 'quotes[eval]'")


def textacy_available() -> bool:
    """textacy is an extra (``quotes[eval]``): it pulls in scipy, scikit-learn and networkx."""
    try:
        import textacy.extract.triples  # noqa: F401
    except ImportError:
        return False
    return True


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


ACCURACIES = ("kind", "name", "title", "role", "organization", "fields")


def format_table(results: dict[str, dict[str, Scores]], verbose: bool = False) -> str:
    """Systems side by side per subset, then the first system's reliability table (and errors)."""
    names = list(results)
    lines: list[str] = []
    for subset in results[names[0]]:
        lines += [f"== {subset} ==", " " * 26 + "".join(f"{n:^22}" for n in names),
                  " " * 26 + "     P     R    F1    " * len(names)]
        rows: list[tuple[str, str, str | None]] = [
            (label, key, None) for key, label in METRICS.items()]
        rows += [(f"  {kind} {METRICS[key]}", key, kind)
                 for kind in KINDS for key in ("span_overlap", "attribution")]
        for label, key, kind in rows:
            prfs = [(results[n][subset].by_kind[kind] if kind else results[n][subset].metrics)[key]
                    for n in names]
            lines.append(f"{label:26}" + "".join(
                f"{m.precision:6.3f}{m.recall:6.3f}{m.f1:6.3f}    " for m in prfs))
        for attr in ACCURACIES:
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
            lines += [f"  NAME {g.doc} [{g.start}:{g.end}] gold {g.gold_name!r}, got "
                      f"{p.speaker.name!r} ({p.speaker.mention.text if p.speaker.mention else '-'})"
                      for g, p in main.wrong_name]
        lines.append("")
    return "\n".join(lines)


def as_json(results: dict[str, dict[str, Scores]], verbose: bool = False) -> dict[str, Any]:
    def one(s: Scores) -> dict[str, Any]:
        out: dict[str, Any] = {k: v.as_dict() for k, v in s.metrics.items()}
        out["by_kind"] = {k: {m: v.as_dict() for m, v in d.items()} for k, d in s.by_kind.items()}
        out.update({f"{a}_accuracy": vars(getattr(s, a))
                    for a in ACCURACIES})
        out["reliability"] = [b._asdict() for b in reliability_table(s.outcomes)]
        if verbose:
            keep = {"doc", "doc_id", "start", "end", "kind", "text"}
            out["misses"] = [g.model_dump(include=keep) for g in s.misses]
            out["false_positives"] = [p.model_dump(include=keep) for p in s.false_positives]
            out["wrong_names"] = [
                {"doc": g.doc, "start": g.start, "end": g.end, "gold_name": g.gold_name,
                 "name": p.speaker.name,
                 "mention": p.speaker.mention.text if p.speaker.mention else None,
                 "attribution": p.attribution}
                for g, p in s.wrong_name]
        return out

    return {name: {subset: one(s) for subset, s in subs.items()} for name, subs in results.items()}
