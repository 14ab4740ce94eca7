"""``quotes extract --scheduler ADDR``: the extract command on a Dask cluster.

``ADDR`` is a running scheduler (``tcp://HOST:PORT``) or ``local:N`` for a ``LocalCluster`` of
N single-threaded worker processes on this machine.  The same output formats as one process;
``--format parquet`` is written by the workers themselves.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from quotes.io.console import progress, report
from quotes.io.output import write_outcomes

T = TypeVar("T")
CONNECT_TIMEOUT = "20s"
WORKERS_TIMEOUT = 120  # seconds to wait for a scheduler's first worker


class ClusterError(Exception):
    """The cluster cannot be used; the message says why in one line."""


@contextmanager
def cluster_client(address: str, quiet: bool = True) -> Iterator[Any]:
    """A ``distributed.Client`` on ``address`` (``local:N`` starts a LocalCluster), closed after."""
    from distributed import Client

    from quotes.scale.run import local_cluster

    logging.getLogger("distributed").setLevel(logging.ERROR)  # a restarted worker is no news
    if address.startswith("local:"):
        count = address.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"{address}: say local:N with N workers, N at least 1")
        with local_cluster(int(count), _has_dashboard()) as cluster, Client(cluster) as client:
            _show_dashboard(client, quiet)
            yield client
        return
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as err:
        raise ClusterError(f"{address}: cannot reach the Dask scheduler ({err})") from None
    with client:
        try:
            client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
        except (TimeoutError, OSError):
            raise ClusterError(f"{address}: no worker joined the scheduler in "
                               f"{WORKERS_TIMEOUT} s") from None
        _show_dashboard(client, quiet)
        yield client


def _has_dashboard() -> bool:
    try:
        import bokeh  # noqa: F401 - the dashboard's one extra need
    except ImportError:
        return False
    return True


def _show_dashboard(client: Any, quiet: bool) -> None:
    if quiet:
        return
    link = client.dashboard_link if _has_dashboard() else None
    report(f"Dask dashboard: {link}" if link else
           "no Dask dashboard here (pip install bokeh for one); progress counts partitions")


def _load_on_workers(client: Any, settings: Any) -> None:
    """Load the pipeline on every worker now: a missing model is one line, not a line a task."""
    from quotes.scale.worker import preload

    try:
        client.run(preload, settings)
    except (OSError, ValueError) as err:
        raise ClusterError(str(err)) from None


def run_on_cluster(args: argparse.Namespace) -> int:
    """The extract command's cluster run; the exit code as for one process."""
    from quotes.io.arrow import ParquetUnavailable
    from quotes.io.parquet import describe_manifest
    from quotes.scale.run import extract, iter_outcomes, to_parquet
    from quotes.scale.worker import Settings

    settings = Settings(args.model, args.scope, args.min_confidence)

    def partitions(items: Iterable[T]) -> Iterable[T]:
        return progress(items, args.quiet, unit="partition")

    try:
        with cluster_client(args.scheduler, args.quiet) as client:
            _load_on_workers(client, settings)
            outcomes = extract(args.paths, model=args.model, scope=args.scope,
                               min_confidence=args.min_confidence, text_field=args.text_field,
                               id_field=args.id_field, encoding=args.encoding,
                               partition_size=args.partition_size)
            if args.format != "parquet":
                failures = write_outcomes(iter_outcomes(outcomes, partitions), args.format,
                                          sys.stdout, report)
                return 1 if failures else 0
            manifest, messages = to_parquet(outcomes, args.output, progress=partitions,
                                            settings=vars(settings))
    except (ClusterError, FileExistsError, ParquetUnavailable, ValueError) as err:
        report(str(err))
        return 2
    for message in messages:
        report(message)
    print(describe_manifest(args.output, manifest))
    return 1 if manifest["errors"] or manifest["lost_partitions"] else 0
