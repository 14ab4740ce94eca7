"""Quotation extraction on a Dask cluster: ``pip install 'quotes[dask]'``.

>>> from distributed import Client
>>> import quotes.dask
>>> client = Client("tcp://scheduler:8786")    # or Client(quotes.dask.local_cluster(2))
>>> outcomes = quotes.dask.extract("s3://bucket/articles/*.jsonl")
>>> quotes.dask.to_parquet(outcomes, "s3://bucket/quotes-out")   # written by the workers
>>> quotes.dask.records(outcomes).take(5)

The public face of ``quotes/scale/`` (the implementation, which sits with the other wings).
"""

from __future__ import annotations

try:
    import dask.bag  # noqa: F401
    import distributed  # noqa: F401
except ImportError as err:  # pragma: no cover - depends on the installation
    raise ImportError(f"quotes.dask needs {err.name}: pip install 'quotes[dask]'") from None

from quotes.scale.run import (
    WORKER_CONFIG,
    errors,
    extract,
    iter_outcomes,
    local_cluster,
    records,
    to_parquet,
)
from quotes.scale.sources import documents_bag
from quotes.scale.worker import Settings, worker_stats

__all__ = ["WORKER_CONFIG", "Settings", "documents_bag", "errors", "extract", "iter_outcomes",
           "local_cluster", "records", "to_parquet", "worker_stats"]
