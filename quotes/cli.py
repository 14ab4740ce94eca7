"""Command line: ``quotes extract``, ``schema`` and ``render`` here, and the wings' commands.

The archive and the evaluation add their own sub-commands through ``register_cli(subparsers)``
in their ``commands`` module; each parser's ``func`` takes the parsed arguments and returns the
exit code.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Iterable, Iterator, Sequence
from io import StringIO
from pathlib import Path
from typing import TextIO

from quotes.archive import commands as archive_commands
from quotes.evaluate import commands as evaluate_commands
from quotes.io.console import add_input_options, option_problem, progress, report
from quotes.io.inputs import Document, InputError, iter_documents
from quotes.io.output import write_outcomes
from quotes.io.render import render_html, write_html
from quotes.records import Quote, quote_schema


def run_extract(args: argparse.Namespace) -> int:
    if (args.format == "parquet") != (args.output is not None):
        report("--format parquet writes to a folder: give both it and -o DIR" if args.output
               is None else "-o DIR is for --format parquet (other formats go to stdout)")
        return 2
    if args.scheduler:
        from quotes.scale.commands import run_on_cluster

        return run_on_cluster(args)
    from quotes.pipeline import Extractor

    try:
        extractor = Extractor(model=args.model, jobs=args.jobs, scope=args.scope,
                              min_confidence=args.min_confidence)
    except (OSError, ValueError) as err:
        report(str(err))
        return 2
    documents = iter_documents(args.paths, text_field=args.text_field, id_field=args.id_field,
                               encoding=args.encoding, stdin_id=args.stdin_id)
    outcomes = progress(extractor.process(documents), args.quiet)
    if args.format != "parquet":
        return 1 if write_outcomes(outcomes, args.format, sys.stdout, report) else 0
    return write_parquet(outcomes, args)


def write_parquet(outcomes: Iterable[tuple[Document, list[Quote]] | InputError],
                  args: argparse.Namespace) -> int:
    """``--format parquet`` from this process; the same folder a cluster writes."""
    from quotes.io.arrow import ParquetUnavailable
    from quotes.io.parquet import describe_manifest, write_output

    def reported() -> Iterator[tuple[Document, list[Quote]] | InputError]:
        for outcome in outcomes:
            if isinstance(outcome, InputError):
                report(outcome)
            yield outcome

    settings = {"model": args.model, "scope": args.scope,
                "min_confidence": args.min_confidence}
    try:
        manifest = write_output(args.output, reported(), args.partition_size, settings)
    except (ParquetUnavailable, FileExistsError) as err:
        report(str(err))
        return 2
    except OSError as err:
        report(f"{args.output}: {err.strerror or err}")
        return 2
    print(describe_manifest(args.output, manifest))
    return 1 if manifest["errors"] else 0


def run_schema(args: argparse.Namespace) -> int:
    if args.arrow:
        from quotes.io.arrow import ParquetUnavailable, arrow_schema_text

        try:
            sys.stdout.write(arrow_schema_text())
        except ParquetUnavailable as err:
            report(str(err))
            return 2
        return 0
    json.dump(quote_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


def run_render(args: argparse.Namespace) -> int:
    read = list(iter_documents([args.file], encoding=args.encoding))
    failures = [d for d in read if isinstance(d, InputError)]
    for failure in failures:
        report(failure)
    if failures:
        return 1
    documents = [d for d in read if isinstance(d, Document)]
    try:
        from quotes.pipeline import Extractor

        extractor = Extractor(model=args.model)
    except ImportError as err:
        report(f"the extractor is not available ({err})")
        return 2
    except (OSError, ValueError) as err:
        report(str(err))
        return 2
    results = []
    for doc in documents:
        quotes = extractor.extract(doc.text, doc_id=doc.doc_id)
        for quote in quotes:
            try:
                quote.check_offsets(doc.text)
            except ValueError as err:
                report(f"{doc.source}: {err}")
                return 1
        results.append((doc.doc_id, doc.text, quotes))
    title = args.title or (f"Who said what: {Path(args.file).name}" if args.file != "-"
                           else "Who said what")
    if len(results) == 1:
        page = render_html(results[0][1], results[0][2], title=title)
    else:
        buffer = StringIO()
        write_html(results, buffer, title=title)
        page = buffer.getvalue()
    if args.output in (None, "-"):
        sys.stdout.write(page)
        return 0
    try:
        Path(args.output).write_text(page, encoding="utf-8")
    except OSError as err:
        report(f"{args.output}: {err.strerror or 'cannot be written'}")
        return 1
    return 0


def add_render_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("render", help="an HTML page of who said what in an article")
    parser.add_argument("file", metavar="FILE",
                        help="a .txt article (or a .jsonl file / folder / - for stdin)")
    parser.add_argument("-o", "--output", default=None, metavar="PAGE",
                        help="where to write the page (default: stdout)")
    parser.add_argument("--model", default=None,
                        help="spaCy pipeline name (default: as for quotes extract)")
    parser.add_argument("--encoding", default="utf-8",
                        help="input encoding (default: %(default)s)")
    parser.add_argument("--title", default=None,
                        help="page title (default: 'Who said what: ' and the file name)")
    parser.set_defaults(func=run_render)


def package_version() -> str:
    """The installed distribution's version (the same as ``quotes.__version__``)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("quotes")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"
def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quotes", description="Who said what in news text.")
    parser.add_argument("--version", action="version", version=f"quotes {package_version()}",
                        help="print the version and exit")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="list the quotations in articles")
    add_input_options(extract)
    extract.add_argument("--format", choices=["jsonl", "json", "csv", "table", "html",
                                              "parquet"], default="jsonl",
                         help="output format (default: %(default)s; csv cells that start with "
                              "= + - @ get a leading '; parquet writes the folder -o DIR)")
    extract.add_argument("-o", "--output", default=None, metavar="DIR",
                         help="the folder --format parquet writes, local or an fsspec URL "
                              "(default: none; needed with --format parquet)")
    extract.add_argument("--scheduler", default=None, metavar="ADDR",
                         help="run on a Dask cluster: tcp://HOST:PORT of its scheduler, or "
                              "local:N for a LocalCluster of N worker processes "
                              "(default: this process; pip install 'quotes[dask]')")
    extract.add_argument("--partition-size", type=_positive, default=256, metavar="N",
                         help="documents per Dask partition and per Parquet file, for JSONL "
                              "about N lines (default: %(default)s)")
    extract.set_defaults(func=run_extract)

    schema = commands.add_parser("schema", help="print the JSON Schema of a record")
    schema.add_argument("--arrow", action="store_true",
                        help="the Arrow schema of --format parquet instead (default: the "
                             "JSON Schema)")
    schema.set_defaults(func=run_schema)

    add_render_command(commands)
    evaluate_commands.register_cli(commands)
    evaluate_commands.register_speaker_eval(commands)
    archive_commands.register_cli(commands)
    for command in commands.choices.values():
        command.set_defaults(command_parser=command)
    return parser


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    args, unknown = build_parser().parse_known_args(argv)
    if unknown:  # argparse would blame the top-level parser and print its usage
        args.command_parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    problem = option_problem(args)
    if problem:
        report(problem)
        return 2
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
