"""`quotes eval`: read gold (our JSONL or PolNeAR BRAT), run the systems, print the scores.

The scoring rules themselves live in :mod:`quotes.scoring`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from quotes.inputs import InputError, read_file
from quotes.records import Cue, Quote, Span, Speaker
from quotes.scoring import (  # noqa: F401 - re-exported for callers and tests
    KINDS,
    Accuracy,
    GoldQuote,
    HONORIFICS,
    Interval,
    METRICS,
    Outcome,
    PRF,
    Predictor,
    QUOTE_MARKS,
    ReliabilityBin,
    SUFFIXES,
    Scores,
    TRAILING_PUNCT,
    ambiguous_surnames,
    calibration_error,
    match,
    names_match,
    overlap,
    pieces,
    reliability_table,
    score,
    shared_chars,
    speaker_matches,
    trim,
)


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


def load_extractor(model: str | None, scope: str = "statements",
                   min_confidence: float = 0.0) -> Any:
    """The extractor under test (tests replace this)."""
    from quotes.pipeline import Extractor

    return Extractor(model=model, scope=scope, min_confidence=min_confidence)


def load_spacy(model: str | None) -> Any:
    """The same pipeline choice as the extractor's (``quotes.pipeline.load_model``)."""
    from quotes.pipeline import load_model

    return load_model(model)


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
        extractor = load_extractor(args.model, args.scope, args.min_confidence)
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
    parser.add_argument("--min-confidence", type=float, default=0.0, metavar="P",
                        help="score only records at or above this confidence")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N docs")
    parser.add_argument("--min-overlap", type=float, default=0.5,
                        help="share of the longer span two spans must share (default 0.5)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list misses, false positives and wrong speakers")
    parser.set_defaults(func=run_eval_command)
