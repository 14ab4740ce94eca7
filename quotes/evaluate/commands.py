"""``quotes eval``: read gold (our JSONL or PolNeAR BRAT), run the systems, print the scores."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quotes.evaluate.brat import read_polnear, speech_only
from quotes.evaluate.evaluation import (
    TEXTACY_MISSING,
    as_json,
    evaluate,
    format_table,
    predict_all,
    textacy_available,
    textacy_quotes,
)
from quotes.evaluate.gold import GoldQuote, read_quotes_gold
from quotes.evaluate.gum import held_out, parse_documents, read_gum, score_resolution
from quotes.evaluate.scoring import Predictor
from quotes.evaluate.wire_coref import is_wire_set, read_wire_coreference
from quotes.io.console import add_min_confidence, report


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
    gold, texts = Path(args.gold), Path(args.texts)
    for path in (gold, texts):
        if not path.exists():
            report(f"{path}: no such file or folder")
            return 2
    if (args.limit is not None and args.limit < 0) or not 0 < args.min_overlap <= 1:
        report("--limit must be >= 0 and --min-overlap in (0, 1]")
        return 2
    if args.baseline == "textacy" and not textacy_available():
        report(TEXTACY_MISSING)
        return 2
    if args.gold_format == "brat":
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
    parser.add_argument("--format", choices=["table", "json"], default="table",
                        help="output format (default: %(default)s)")
    parser.add_argument("--gold-format", choices=["quotes", "brat"], default="quotes",
                        help="quotes: our JSONL gold; brat: PolNeAR's attribution files "
                             "(default: %(default)s)")
    parser.add_argument("--baseline", choices=["textacy"], default=None,
                        help="also score textacy's direct_quotations, side by side (default: "
                             "none; needs pip install 'quotes[eval]')")
    parser.add_argument("--model", default=None,
                        help="spaCy pipeline name (default: as for quotes extract)")
    parser.add_argument("--scope", choices=["statements", "attributions"], default="statements",
                        help="what the extractor lists, see quotes extract --help (default: "
                             "%(default)s)")
    add_min_confidence(parser, "score only records at or above this confidence, 0 to 1 "
                               "(default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None,
                        help="score only the first N docs (default: all)")
    parser.add_argument("--min-overlap", type=float, default=0.5,
                        help="share of the longer span two spans must share (default: "
                             "%(default)s)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list misses, false positives and wrong speakers (default: off)")
    parser.set_defaults(func=run_eval_command)


def run_speaker_eval(args: argparse.Namespace) -> int:
    """``quotes eval-speakers``: the resolver on GUM coreference gold, or on a wire set's pronoun
    and nominal speakers (``quotes.evaluate.wire_coref``), as at run time."""
    folder = Path(args.gum)
    if not folder.is_dir():
        report(f"{folder}: no such folder")
        return 2
    wire = is_wire_set(folder)
    docs, errors = read_wire_coreference([folder]) if wire else read_gum(folder)
    for error in errors:
        report(error)
    if wire:
        args.split = "all"  # a wire set is train or held out as a whole
    elif args.split != "all":
        test = held_out(docs)
        docs = [d for d in docs if (d.doc_id in test) == (args.split == "held-out")]
    try:
        extractor = load_extractor(args.model)
        parse = extractor.parse
    except (ImportError, OSError, ValueError) as err:
        report(f"cannot load the extractor: {err}")
        return 2
    from quotes.extract.resolver import load_model as load_resolver

    scores = score_resolution(parse_documents(docs, parse), load_resolver())
    if args.format == "json":
        json.dump({"documents": len(docs), "split": args.split,
                   "scores": {subset: {kind: s.as_dict() for kind, s in kinds.items()}
                              for subset, kinds in scores.items()}}, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(f"{len(docs)} document(s) ({args.split}); a case is right when the speaker "
              "named is the gold entity\n")
        print(f"{'':22}{'cases':>7}{'right':>7}{'wrong':>7}{'unres.':>7}{'no cand.':>9}"
              f"{'accuracy':>10}")
        for subset, kinds in scores.items():
            for kind, s in kinds.items():
                print(f"{subset + ' ' + kind + 's':22}{s.cases:7}{s.right:7}{s.wrong:7}"
                      f"{s.unresolved:7}{s.no_candidate:9}{s.accuracy:10.3f}")
    return 1 if errors else 0


def register_speaker_eval(subparsers: Any) -> None:
    """Add ``quotes eval-speakers`` to the command line."""
    parser = subparsers.add_parser(
        "eval-speakers", help="score the speaker resolver on GUM coreference gold or a wire set")
    parser.add_argument("gum", metavar="FOLDER",
                        help="folder of <doc>.txt with <doc>.entities.jsonl (GUM, converted), "
                             "or a wire set: <doc>.txt with gold.jsonl (its speakers)")
    parser.add_argument("--split", choices=["held-out", "train", "all"], default="held-out",
                        help="documents to score: the fixed held-out split, the training "
                             "split, or all, for a folder that is all held out; a wire set is "
                             "scored whole (default: %(default)s)")
    parser.add_argument("--model", default=None,
                        help="spaCy pipeline name (default: as for quotes extract)")
    parser.add_argument("--format", choices=["table", "json"], default="table",
                        help="output format (default: %(default)s)")
    parser.set_defaults(func=run_speaker_eval)
