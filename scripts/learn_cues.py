"""Learn a cue lexicon from PolNeAR train: which verb and noun lemmas head gold ``Cue`` spans.

Every train article is parsed (paragraph by paragraph, ``nlp.pipe``, no NER).  Each verb or noun
occurrence gets a dependency pattern (what content it governs: a that-clause, another clausal
complement, an infinitive, a direct object, a prepositional object, or none), and is labelled a
cue when it is the syntactic head of a gold ``Cue`` span -- by default only the cue of a speech
attribution (``quotes.evaluate.brat.is_speech``), since the speech-only score is the one to raise and a
cue of a belief earns nothing there; ``--target all`` counts every cue.  Per (lemma, pos,
pattern), and per (lemma, pos, "any"), we count occurrences and the share that are cues.

Support and precision thresholds are chosen by 5-fold cross-validation over train articles: a
lexicon learned on four folds, joined to the hand-written cue lexicon, must find the cue heads
of the fifth among content-bearing tokens with the best F1.  Dev is never read.

Usage: .venv/bin/python scripts/learn_cues.py [--target speech|all] [--limit N] [--out PATH]
(about one minute on one core).  The corpus stays outside the repository: POLNEAR (default
../shared/corpus/polnear); no corpus text is written, only lemmas and counts.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from spacy.tokens import Token

from quotes.evaluate.brat import derive_kind, is_speech, parse_ann, pick_annotations
from quotes.extract.cues import pattern_of
from quotes.extract.lexicon import PATTERNS, cue_entries, noun_cue_entries
from quotes.pipeline import load_model

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = Path(os.environ.get("POLNEAR", ROOT.parent / "shared" / "corpus" / "polnear"))
OUT = ROOT / "quotes" / "extract" / "data" / "learned_cues_en.tsv"
MIN_COUNTS = (3, 5, 8, 12, 20)
MIN_SHARES = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
FOLDS = 5

# one observation: (doc index, lemma, pos, pattern, heads a cue, heads a speech cue)
Row = tuple[int, str, str, str, bool, bool]
TARGETS = ("speech", "all")  # which gold cues count: every attribution's, or speech ones only


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield start, line
        start += len(line) + 1


def observations(corpus: Path, limit: int | None) -> list[Row]:
    """Every verb and noun of the train articles, with its pattern and gold cue label."""
    nlp = load_model()
    disabled = [p for p in ("ner",) if p in nlp.pipe_names]
    chosen = list(pick_annotations(corpus / "attributions", corpus / "text").items())[:limit]
    cue_bounds: list[list[tuple[int, int, bool]]] = []
    pieces: list[tuple[str, tuple[int, int]]] = []
    for number, (doc_id, ann_path) in enumerate(chosen):
        text = (corpus / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")
        parsed = parse_ann(ann_path.read_text(encoding="utf-8"))
        speech = {a.cue.id: is_speech(a.cue.text, derive_kind(text, a.fragments))
                  for a in parsed.attributions if a.cue is not None}
        cue_bounds.append([(start, end, speech.get(s.id, False))
                           for s in parsed.spans.values() if s.label == "Cue"
                           for start, end in s.fragments])
        pieces += [(line, (number, base)) for base, line in _paragraphs(text)]
    rows: list[Row] = []
    for doc, (number, base) in nlp.pipe(pieces, as_tuples=True, batch_size=64,
                                        disable=disabled):
        bounds = cue_bounds[number]
        for token in doc:
            if token.pos_ not in ("VERB", "NOUN"):
                continue
            span = _cue_head(token, base, bounds)
            rows.append((number, token.lemma_.lower(), token.pos_, pattern_of(token),
                         span is not None, bool(span and span[2])))
    return rows


def _cue_head(token: Token, base: int, bounds: list[tuple[int, int, bool]]
              ) -> tuple[int, int, bool] | None:
    """The gold cue fragment the token heads: it lies inside and its syntactic head does not."""
    def inside(t: Token) -> tuple[int, int, bool] | None:
        start, end = base + t.idx, base + t.idx + len(t.text)
        return next((b for b in bounds if b[0] <= start and end <= b[1]), None)
    span = inside(token)
    if span is None:
        return None
    head = token.head
    return span if head.i == token.i or inside(head) != span else None


def tally(rows: Sequence[Row], target: str = "all"
          ) -> dict[tuple[str, str, str], tuple[int, int]]:
    """(lemma, pos, pattern) -> (occurrences, cue heads), with "any" summing the patterns."""
    seen: Counter[tuple[str, str, str]] = Counter()
    cues: Counter[tuple[str, str, str]] = Counter()
    for _, lemma, pos, pattern, any_cue, speech_cue in rows:
        is_cue = speech_cue if target == "speech" else any_cue
        for key in ((lemma, pos, pattern), (lemma, pos, "any")):
            seen[key] += 1
            cues[key] += is_cue
    return {key: (n, cues[key]) for key, n in seen.items()}


def select(counts: dict[tuple[str, str, str], tuple[int, int]], min_count: int,
           min_share: float) -> dict[tuple[str, str, str], tuple[float, int]]:
    return {key: (cue / n, n) for key, (n, cue) in counts.items()
            if n >= min_count and cue / n >= min_share}


def _in_base(lemma: str, pos: str, pattern: str) -> bool:
    if pos == "VERB":
        entry = cue_entries().get(lemma)
        return entry is not None and entry.pos == "VERB"
    return lemma in noun_cue_entries() and pattern == "that"


def predicted(lexicon: dict[tuple[str, str, str], tuple[float, int]], lemma: str, pos: str,
              pattern: str) -> bool:
    """How the extractor reads the lexicon: verbs by pattern or "any", nouns by that-clause."""
    if _in_base(lemma, pos, pattern):
        return True
    if pos == "NOUN":
        return pattern == "that" and (lemma, pos, pattern) in lexicon
    return (lemma, pos, pattern) in lexicon or (lemma, pos, "any") in lexicon


def cross_validate(rows: Sequence[Row], target: str = "all") -> dict[tuple[int, float], float]:
    """Held-out cue-head F1 (content-bearing tokens) for every threshold pair."""
    results: dict[tuple[int, float], list[int]] = {}
    for fold in range(FOLDS):
        train = [r for r in rows if r[0] % FOLDS != fold]
        held = [r for r in rows if r[0] % FOLDS == fold and r[3] != "none"]
        counts = tally(train, target)
        for min_count in MIN_COUNTS:
            for min_share in MIN_SHARES:
                lexicon = select(counts, min_count, min_share)
                tp = fp = fn = 0
                for _, lemma, pos, pattern, any_cue, speech_cue in held:
                    is_cue = speech_cue if target == "speech" else any_cue
                    guess = predicted(lexicon, lemma, pos, pattern)
                    tp += guess and is_cue
                    fp += guess and not is_cue
                    fn += is_cue and not guess
                total = results.setdefault((min_count, min_share), [0, 0, 0])
                total[0] += tp
                total[1] += fp
                total[2] += fn
    return {key: 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            for key, (tp, fp, fn) in results.items()}


def write(path: Path, lexicon: dict[tuple[str, str, str], tuple[float, int]], min_count: int,
          min_share: float, cv_f1: float, n_docs: int, target: str, command: str) -> None:
    lines = [
        "# Cue lexicon learned from PolNeAR train (never dev) by scripts/learn_cues.py.",
        f"# Generated {date.today().isoformat()} with: {command}",
        (f"# {n_docs} train articles; kept entries with count >= {min_count} and share >= "
         f"{min_share} (chosen by {FOLDS}-fold CV on train, held-out cue-head F1 {cv_f1:.3f})."),
        ("# share: of this lemma's occurrences with this pattern in train, the part that heads "
         f"a gold Cue span ({'of a speech attribution' if target == 'speech' else 'any'})."),
        "# pattern: " + ", ".join(PATTERNS) + ", or any (all patterns).",
        "# lemma\tpos\tpattern\tshare\tcount",
    ]
    for (lemma, pos, pattern), (share, n) in sorted(lexicon.items()):
        lines.append(f"{lemma}\t{pos}\t{pattern}\t{share:.3f}\t{n}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=POLNEAR / "train")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--target", choices=TARGETS, default="speech",
                        help="gold cues to learn: of speech attributions (default: what the "
                             "speech-only score rewards), or of all attributions")
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep the parsed observations in this pickle (faster reruns)")
    args = parser.parse_args(argv)
    if not (args.corpus / "attributions").is_dir():
        print(f"learn_cues: no PolNeAR train split under {args.corpus}", file=sys.stderr)
        return 2
    began = time.time()
    if args.cache and args.cache.exists():
        rows = pickle.loads(args.cache.read_bytes())
    else:
        rows = observations(args.corpus, args.limit)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(rows))
    n_docs = len({r[0] for r in rows})
    print(f"{len(rows)} verb/noun tokens from {n_docs} articles in {time.time() - began:.0f}s")
    scores = cross_validate(rows, args.target)
    (min_count, min_share), best = max(scores.items(), key=lambda kv: (kv[1], kv[0]))
    for (c, s), f1 in sorted(scores.items()):
        print(f"  count>={c:<3} share>={s:.1f}  CV F1 {f1:.3f}")
    lexicon = select(tally(rows, args.target), min_count, min_share)
    command = "python scripts/learn_cues.py" + "".join(f" {a}" for a in (argv or sys.argv[1:]))
    write(args.out, lexicon, min_count, min_share, best, n_docs, args.target, command)
    print(f"chosen count>={min_count} share>={min_share} (CV F1 {best:.3f}): "
          f"{len(lexicon)} entries -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
