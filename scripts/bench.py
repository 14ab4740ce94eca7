"""Benchmark: quotes against the bare spaCy parse it is built on, in one run on the same texts.

    python scripts/bench.py [--docs 200] [--memory-docs 100 2000] [--model NAME]

Prints words/second for a bare ``nlp.pipe``, for ``quotes`` with one process and with
``--jobs 2``, and for textacy's ``direct_quotations`` on top of the parse; the quotes/bare time
ratio; and the peak memory (RSS) of ``quotes extract`` over JSONL corpora of two sizes.
The corpus is the bundled Wikinews articles and sample article, repeated.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus(count: int) -> list[str]:
    files = sorted((ROOT / "fixtures" / "wikinews").glob("*.txt")) + [
        ROOT / "fixtures" / "syria-troops.txt"]
    texts = [f.read_text(encoding="utf-8") for f in files]
    return list(islice(cycle(texts), count))


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def peak_rss_mb(docs: int, model: str | None) -> float:
    """Peak RSS of a fresh ``quotes extract`` over a JSONL corpus of ``docs`` articles."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i, text in enumerate(corpus(docs)):
                out.write(json.dumps({"id": f"d{i}", "text": text}) + "\n")
        args = [sys.executable, "-c",
                ("import resource, subprocess, sys; "
                "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"),
                sys.executable, "-m", "quotes.cli", "extract", str(path), "--quiet"]
        if model:
            args += ["--model", model]
        done = subprocess.run(args, capture_output=True, text=True, check=True)
        return int(done.stdout.strip()) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--memory-docs", type=int, nargs=2, default=[100, 2000])
    parser.add_argument("--model", default=None)
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()

    import textacy.extract

    from quotes.io.inputs import Document
    from quotes.pipeline import Extractor

    texts = corpus(args.docs)
    words = sum(len(t.split()) for t in texts)
    extractor = Extractor(model=args.model)
    nlp = extractor.nlp
    list(nlp.pipe(texts[:5]))  # warm up

    def documents() -> list[Document]:
        return [Document(str(i), t, "bench") for i, t in enumerate(texts)]

    rows: list[tuple[str, float]] = []
    bare = timed(lambda: [None for _ in nlp.pipe(texts, batch_size=64)])
    rows.append(("bare nlp.pipe", bare))
    extractor.prefilter = False
    unfiltered = timed(lambda: list(extractor.extract_documents(documents())))
    extractor.prefilter = True
    rows.append(("quotes, parse everything (1 process)", unfiltered))
    one = timed(lambda: list(extractor.extract_documents(documents())))
    rows.append(("quotes (1 process)", one))
    extractor.jobs = 2
    two = timed(lambda: list(extractor.extract_documents(documents())))
    extractor.jobs = 1
    rows.append(("quotes --jobs 2", two))
    textacy_time = timed(lambda: [list(textacy.extract.direct_quotations(doc))
                                  for doc in nlp.pipe(texts, batch_size=64)])
    rows.append(("textacy direct_quotations (+parse)", textacy_time))

    print(f"corpus: {len(texts)} documents, {words} words (model {nlp.meta['name']})")
    for name, seconds in rows:
        print(f"  {name:36} {words / seconds:9.0f} words/s  ({seconds:.2f} s)")
    print(f"  quotes/bare time ratio               {one / bare:9.2f}   (target <= 1.10)")
    print(f"  prefilter speed-up                   {unfiltered / one:9.2f}x")
    print(f"  --jobs 2 speed-up                    {one / two:9.2f}x  (target >= 1.8)")
    if not args.skip_memory:
        small, large = args.memory_docs
        small_mb, large_mb = peak_rss_mb(small, args.model), peak_rss_mb(large, args.model)
        print(f"  peak RSS {small:5} docs                   {small_mb:9.0f} MB")
        print(f"  peak RSS {large:5} docs                   {large_mb:9.0f} MB"
              f"  ({(large_mb / small_mb - 1) * 100:+.1f}%, target within 10%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
