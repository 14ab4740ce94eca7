"""Corpus scale: the extractor on a Dask cluster (public as ``quotes.dask``); optional extra."""
