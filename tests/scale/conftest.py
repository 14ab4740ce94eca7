"""One real LocalCluster (2 worker processes, one thread each) for the scale tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def cluster() -> Iterator[Any]:
    """The cluster ``quotes extract --scheduler local:2`` makes."""
    pytest.importorskip("distributed")
    from quotes.scale.run import local_cluster

    with local_cluster(2) as local:
        yield local


@pytest.fixture
def client(cluster: Any) -> Iterator[Any]:
    """A client on the session's cluster, the current one for this test."""
    from distributed import Client

    with Client(cluster) as connected:
        yield connected
