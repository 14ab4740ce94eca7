"""Fit the confidence model of ``quotes/extract/confidence.py`` on PolNeAR train and write its weights.

The extractor runs over the train articles; each record it makes is labelled right when its
span overlap-matches a gold attribution ("all attributions") and the speaker is right, exactly
as ``quotes eval`` counts an attribution true positive.  An L2-regularised logistic regression
(Newton's method, numpy only) is fitted to those labels, its strength chosen by cross-validation
over train articles.  A ``--min-confidence`` per scope is chosen on train as well (held-out
confidences, speech-only F1).  Dev is only measured, after fitting, for the figures in the
metadata.

Usage: .venv/bin/python scripts/train_confidence.py [--limit N] [--jobs 2] [--no-dev]
(about 2.5 minutes on two cores: all 840 articles in both scopes, then dev).
The corpus stays outside the repository: POLNEAR (default ../shared/corpus/polnear).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from quotes.evaluate.brat import read_polnear, speech_only
from quotes.evaluate.gold import GoldDoc, read_quotes_gold
from quotes.evaluate.scoring import Scores, calibration_error, reliability_table, score
from quotes.extract.confidence import FEATURE_NAMES, probability, record_features
from quotes.io.inputs import Document
from quotes.pipeline import Extractor
from quotes.records import Quote

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = Path(os.environ.get("POLNEAR", ROOT.parent / "shared" / "corpus" / "polnear"))
OUT = ROOT / "quotes" / "extract" / "data" / "confidence_model.json"
WIKINEWS = (ROOT / "fixtures" / "gold" / "wikinews-dev.jsonl", ROOT / "fixtures" / "wikinews")
L2_GRID = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0)
THRESHOLDS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7)
FOLDS = 5

# ------------------------------------------------------------------------------ extraction

_EXTRACTOR: Extractor | None = None
Rows = list[dict[str, float]]


def _extract_batch(batch: list[Document]) -> list[tuple[str, list[Quote], Rows]]:
    """Records of a few documents, each beside the feature rows ``score`` saw for it."""
    assert _EXTRACTOR is not None
    out = []
    with record_features() as rows:
        seen = 0
        for result in _EXTRACTOR.process(batch):
            document, records = result  # type: ignore[misc]
            mine = rows[seen : seen + len(records)]
            seen += len(records)
            if len(mine) != len(records):
                raise RuntimeError(f"{document.doc_id}: {len(records)} records, {len(mine)} rows")
            out.append((document.doc_id, records, mine))
    return out


def extract(docs: Sequence[GoldDoc], jobs: int, scope: str = "statements"
            ) -> tuple[list[Quote], Rows]:
    """Run the extractor over ``docs``: every record (doc ids set) and its feature row."""
    global _EXTRACTOR
    if _EXTRACTOR is None or _EXTRACTOR.scope != scope:
        _EXTRACTOR = Extractor(model=_EXTRACTOR.nlp if _EXTRACTOR else None, scope=scope)
    items = [Document(d.doc_id, d.text, d.source) for d in docs]
    batches = [items[i : i + 8] for i in range(0, len(items), 8)]
    if jobs > 1:  # forked workers share the loaded pipeline
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            results = [r for part in pool.imap(_extract_batch, batches) for r in part]
    else:
        results = [r for batch in batches for r in _extract_batch(batch)]
    records: list[Quote] = []
    rows: Rows = []
    for doc_id, found, found_rows in results:
        records += [q.model_copy(update={"doc_id": doc_id}) for q in found]
        rows += found_rows
    return records, rows


def labels(docs: Sequence[GoldDoc], records: Sequence[Quote]) -> np.ndarray:
    """1 where a record is an attribution true positive against all gold, else 0."""
    gold = [g for d in docs for g in d.records]
    outcomes = score(gold, records).outcomes
    if len(outcomes) != len(records):
        raise RuntimeError("expected one outcome per record (all gold required)")
    return np.array([float(o.span_ok and o.speaker_ok) for o in outcomes])


def matrix(rows: Rows) -> np.ndarray:
    return np.array([[row.get(name, 0.0) for name in FEATURE_NAMES] for row in rows], dtype=float)


# ------------------------------------------------------------------------------ fitting


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float, iterations: int = 100
                 ) -> tuple[np.ndarray, float]:
    """Weights and bias minimising log loss + l2/2 * |w|^2 (bias unpenalised), by Newton steps."""
    n, d = x.shape
    design = np.hstack([x, np.ones((n, 1))])
    penalty = np.full(d + 1, l2)
    penalty[-1] = 1e-6  # keeps the bias step defined when every label is the same
    theta = np.zeros(d + 1)
    for _ in range(iterations):
        p = _sigmoid(design @ theta)
        gradient = design.T @ (p - y) + penalty * theta
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return theta[:-1], float(theta[-1])


def log_loss(y: np.ndarray, p: np.ndarray) -> float:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def held_out(x: np.ndarray, y: np.ndarray, groups: Sequence[str], l2: float,
             folds: int = FOLDS) -> np.ndarray:
    """Each record's confidence from a model fitted without its article's fold."""
    names = sorted(set(groups))
    fold_of = {name: i % folds for i, name in enumerate(names)}
    fold = np.array([fold_of[g] for g in groups])
    held = np.zeros(len(y))
    for k in range(folds):
        w, b = fit_logistic(x[fold != k], y[fold != k], l2)
        held[fold == k] = _sigmoid(x[fold == k] @ w + b)
    return held


def choose_l2(x: np.ndarray, y: np.ndarray, groups: Sequence[str],
              grid: Sequence[float] = L2_GRID, folds: int = FOLDS
              ) -> tuple[float, dict[str, float]]:
    """The L2 strength with the lowest held-out log loss, folds split by article."""
    losses = {str(l2): round(log_loss(y, held_out(x, y, groups, l2, folds)), 5) for l2 in grid}
    best = min(grid, key=lambda l2: losses[str(l2)])
    return best, losses


# ------------------------------------------------------------------------------ measuring


def figures(docs: Sequence[GoldDoc], records: Sequence[Quote], subsets: dict[str, Any]
            ) -> dict[str, Any]:
    """Attribution P/R/F1, reliability and calibration per gold subset, and F1 if records under
    a confidence threshold were dropped."""
    gold = [g for d in docs for g in d.records]
    out: dict[str, Any] = {}
    for subset, pick in subsets.items():
        chosen = pick(gold)
        scores: Scores = score(chosen, records)
        table = reliability_table(scores.outcomes)
        high = [o for o in scores.outcomes if o.confidence >= 0.8]
        y = np.array([float(o.span_ok and o.speaker_ok) for o in scores.outcomes])
        p = np.array([o.confidence for o in scores.outcomes])
        out[subset] = {
            "attribution": scores.metrics["attribution"].as_dict(),
            "reliability": [[round(b.low, 1), round(b.high, 1), b.count, b.correct,
                             round(b.mean_confidence, 3)] for b in table],
            "ece": round(calibration_error(table), 4),
            "ece_10_bins": round(calibration_error(reliability_table(scores.outcomes, 10)), 4),
            "brier": round(float(np.mean((p - y) ** 2)), 4),
            "log_loss": round(log_loss(y, p), 4),
            "auc": round(auc(y, p), 4),
            "at_least_0.8": {"records": len(high),
                             "share_right": round(sum(o.span_ok and o.speaker_ok for o in high)
                                                  / len(high), 4) if high else None},
            "f1_if_dropped_below": {str(t): round(score(chosen, [q for q in records
                                                                 if q.confidence >= t]
                                                        ).metrics["attribution"].f1, 4)
                                    for t in THRESHOLDS},
        }
    return out


def auc(y: np.ndarray, p: np.ndarray) -> float:
    """Area under the ROC curve: how well confidence ranks right records above wrong ones."""
    right, wrong = p[y == 1], p[y == 0]
    if not len(right) or not len(wrong):
        return float("nan")
    above = (right[:, None] > wrong[None, :]).sum() + 0.5 * (right[:, None] == wrong[None, :]).sum()
    return float(above / (len(right) * len(wrong)))


def rescored(records: Sequence[Quote], rows: Rows, model: dict[str, Any]) -> list[Quote]:
    """The records with the confidence the given model would give them."""
    return [q.model_copy(update={"confidence": round(probability(r, model), 3)})
            for q, r in zip(records, rows)]


def print_figures(name: str, result: dict[str, Any]) -> None:
    for subset, f in result.items():
        a = f["attribution"]
        print(f"{name} / {subset}: attribution P {a['precision']:.3f} R {a['recall']:.3f} "
              f"F1 {a['f1']:.3f}; ECE {f['ece']:.3f} (10 bins {f['ece_10_bins']:.3f}); "
              f"Brier {f['brier']:.3f}; AUC {f['auc']:.3f}; >= 0.8: {f['at_least_0.8']}",
              file=sys.stderr)
        for low, high, n, right, mean in f["reliability"]:
            share = f"{right / n:.3f}" if n else "-"
            print(f"  {low:.1f}-{high:.1f} n {n:5} right {right:5} mean conf {mean:.3f} "
                  f"share right {share}", file=sys.stderr)
        print(f"  F1 if dropped below: {f['f1_if_dropped_below']}", file=sys.stderr)


# ------------------------------------------------------------------------------ main


def training_data(docs: Sequence[GoldDoc], scopes: Sequence[str], jobs: int
                  ) -> tuple[np.ndarray, np.ndarray, list[str], dict[str, list[Quote]]]:
    """Features, labels and article of every record the extractor makes in each scope, and
    the records themselves per scope.

    One model serves both scopes, so it learns from both: a record both scopes make counts
    twice, which weighs the default scope (statements) the more.
    """
    xs, ys, groups = [], [], []
    made: dict[str, list[Quote]] = {}
    for scope in scopes:
        records, rows = extract(docs, jobs, scope)
        xs.append(matrix(rows))
        ys.append(labels(docs, records))
        groups += [q.doc_id or "" for q in records]
        made[scope] = records
    return np.vstack(xs), np.concatenate(ys), groups, made


def choose_thresholds(docs: Sequence[GoldDoc], made: dict[str, list[Quote]],
                      held: np.ndarray) -> dict[str, dict[str, Any]]:
    """Per scope, the ``--min-confidence`` that maximises speech-only attribution F1 on
    train, from held-out confidences (so dev never picks it)."""
    gold = speech_only([g for d in docs for g in d.records])
    out: dict[str, dict[str, Any]] = {}
    at = 0
    for scope, records in made.items():
        scored = [q.model_copy(update={"confidence": round(float(p), 3)})
                  for q, p in zip(records, held[at : at + len(records)])]
        at += len(records)
        f1 = {str(t): round(score(gold, [q for q in scored if q.confidence >= t]
                                  ).metrics["attribution"].f1, 4) for t in THRESHOLDS}
        best = max(THRESHOLDS, key=lambda t: (f1[str(t)], -t))
        out[scope] = {"min_confidence": best, "train_speech_f1_if_dropped_below": f1}
        print(f"train, scope {scope}: speech-only F1 if dropped below {f1}; chosen {best}",
              file=sys.stderr)
    return out


def measure(corpus: Path, scopes: Sequence[str], model: dict[str, Any], jobs: int
            ) -> dict[str, Any]:
    """The new model's figures on PolNeAR dev and our Wikinews dev gold, per scope."""
    dev_docs, _ = read_polnear(corpus / "dev" / "attributions", corpus / "dev" / "text")
    wiki_docs, _ = read_quotes_gold(*WIKINEWS)
    out: dict[str, Any] = {"dev_polnear": {}, "dev_wikinews": {}}
    for scope in scopes:
        records, rows = extract(dev_docs, jobs, scope)
        dev = figures(dev_docs, rescored(records, rows, model),
                      {"all attributions": list, "speech only": speech_only})
        records, rows = extract(wiki_docs, 1, scope)
        wiki = figures(wiki_docs, rescored(records, rows, model), {"all": list})
        out["dev_polnear"][scope], out["dev_wikinews"][scope] = dev, wiki
        print_figures(f"PolNeAR dev, scope {scope}", dev)
        print_figures(f"Wikinews dev, scope {scope}", wiki)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=POLNEAR, help="PolNeAR folder")
    parser.add_argument("--limit", type=int, default=None, help="first N train articles only")
    parser.add_argument("--scopes", default="statements,attributions",
                        help="extractor scopes whose records are trained on (comma-separated)")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--l2", type=float, default=None, help="skip cross-validation")
    parser.add_argument("--no-dev", action="store_true", help="do not measure on dev")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    scopes = [s.strip() for s in args.scopes.split(",") if s.strip()]
    train_dir = args.corpus / "train"
    if not (train_dir / "attributions").is_dir():
        print(f"train_confidence: no PolNeAR train split under {args.corpus}", file=sys.stderr)
        return 2
    began = time.time()
    docs, errors = read_polnear(train_dir / "attributions", train_dir / "text", args.limit)
    x, y, groups, made = training_data(docs, scopes, args.jobs)
    print(f"{len(docs)} train articles, {len(y)} records, {int(y.sum())} right, "
          f"extracted in {time.time() - began:.0f}s", file=sys.stderr)
    l2, cv = (args.l2, {}) if args.l2 is not None else choose_l2(x, y, groups)
    weights, bias = fit_logistic(x, y, l2)
    thresholds = choose_thresholds(docs, made, held_out(x, y, groups, l2))
    model: dict[str, Any] = {
        "model": "logistic regression: confidence = 1 / (1 + exp(-(bias + sum weight * feature)))",
        "bias": round(bias, 4),
        "weights": {name: round(float(w), 4) for name, w in zip(FEATURE_NAMES, weights)},
        "metadata": {
            "trained_on": f"PolNeAR v1.0.0 train split, "
                          f"{'first ' + str(args.limit) if args.limit else 'all'} articles; "
                          f"records of the extractor in scopes {', '.join(scopes)}",
            "label": "record right = span overlap-matches a gold attribution (all attributions) "
                     "and the speaker is right, as quotes eval counts it",
            "date": date.today().isoformat(),
            "articles": len(docs), "examples": len(y), "positives": int(y.sum()),
            "read_errors": len(errors), "l2": l2, "cv_log_loss": cv,
            "features_unseen_in_training": [name for name, used in zip(
                FEATURE_NAMES, np.abs(x).sum(axis=0) > 0) if not used],
            "train_log_loss": round(log_loss(y, _sigmoid(x @ weights + bias)), 5),
            "chosen_on_train": thresholds,
            "train_seconds": round(time.time() - began),
            "license": "MIT, as the package: fitted weights only, no corpus text",
        },
    }
    if not args.no_dev:
        model["metadata"].update(measure(args.corpus, scopes, model, args.jobs))
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (l2 {l2}, {time.time() - began:.0f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
