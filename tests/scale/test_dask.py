"""quotes.dask on a real LocalCluster (2 worker processes): the same records as one process,
record for record; one pipeline per worker; a worker killed mid-run loses and doubles nothing."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import quotes.dask as qd
from quotes.cli import main
from quotes.io.inputs import Document, InputError, iter_documents
from quotes.io.parquet import read_output
from quotes.scale.worker import worker_stats

ROOT = Path(__file__).resolve().parent.parent.parent


# The fixtures live here rather than in a conftest.py of this folder: the test modules import
# tests/conftest.py as ``conftest``, and a second one would take its name.
@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """The cluster ``quotes extract --scheduler local:2`` makes: 2 processes, 1 thread each."""
    from quotes.scale.run import local_cluster

    with local_cluster(2) as local:
        yield local


@pytest.fixture
def client(cluster: Any) -> Iterator[Any]:
    """A client on the module's cluster, the current one for this test."""
    from distributed import Client

    with Client(cluster) as connected:
        yield connected

CORPUS = [str(ROOT / "fixtures" / "wikinews"), str(ROOT / "fixtures" / "syria-troops.txt")]


@pytest.fixture(scope="module")
def single(extractor: Any) -> list[Any]:
    """The one-process answer for the corpus: what every cluster run must equal."""
    return list(extractor.process(iter_documents(CORPUS)))


def test_cluster_gives_the_single_process_records_in_order(client: Any, single: list[Any]
                                                           ) -> None:
    outcomes = qd.extract(CORPUS, partition_size=2)
    assert outcomes.npartitions == 7
    assert list(qd.iter_outcomes(outcomes)) == single
    records = qd.records(outcomes).compute()
    assert records == [q for _, found in single for q in found]
    for doc, found in single:
        for quote in found:
            quote.check_offsets(doc.text)


def test_jsonl_blocks_number_lines_as_one_reader_does(client: Any, tmp_path: Path,
                                                      single: list[Any], extractor: Any) -> None:
    path = tmp_path / "news.jsonl"
    lines = [json.dumps({"id": doc.doc_id, "text": doc.text}) for doc, _ in single[:4]]
    lines[1:1] = ["{not json", json.dumps({"text": single[4][0].text})]
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    outcomes = qd.extract(str(path), partition_size=1)
    assert outcomes.npartitions >= 4  # several byte blocks, each numbering its own lines
    got = list(qd.iter_outcomes(outcomes))
    assert got == list(extractor.process(iter_documents([str(path)])))
    assert InputError(f"{path}:2", "not JSON (Expecting property name enclosed in double "
                      "quotes)") in got
    assert [o[0].doc_id for o in got if not isinstance(o, InputError)][1] == "news:3"
    assert qd.errors(outcomes).count().compute() == 1


def test_bags_and_dataframes_of_documents(client: Any) -> None:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    texts = ['"We will rebuild the bridge," Mayor Ana Ruiz said.',
             'Tom Berg, the minister, said the plan was "a good start".', "No quotes here."]
    bag = db.from_sequence([{"id": f"t{i}", "text": t} for i, t in enumerate(texts)] + [3],
                           npartitions=2)
    got = list(qd.iter_outcomes(qd.extract(bag)))
    assert [o[0].doc_id for o in got[:3]] == ["t0", "t1", "t2"]
    assert "not a text" in got[3].reason
    assert got[0][1][0].speaker.name == "Ana Ruiz" and got[2][1] == []
    frame = dd.from_pandas(pd.DataFrame({"id": ["a", "b", "c"], "text": texts}), npartitions=2)
    from_frame = list(qd.iter_outcomes(qd.extract(frame)))
    assert [found for _, found in from_frame] == [
        [q.model_copy(update={"doc_id": new}) for q in found]
        for new, (_, found) in zip("abc", got[:3], strict=True)]


def test_one_spacy_pipeline_per_worker(client: Any) -> None:
    list(qd.iter_outcomes(qd.extract(CORPUS[1:] * 6, partition_size=1)))
    stats = client.run(worker_stats)
    assert len(stats) == 2
    assert sum(s["partitions"] for s in stats.values()) > 2 * len(stats)
    for entry in stats.values():
        assert entry["loads"] == (1 if entry["partitions"] else 0), stats


def _worker_settings() -> dict[str, Any]:
    import dask

    return {key: dask.config.get(key) for key in qd.WORKER_CONFIG
            if not key.startswith("distributed.nanny.")} | {
        "MALLOC_TRIM_THRESHOLD_": os.environ.get("MALLOC_TRIM_THRESHOLD_")}


def test_local_cluster_workers_run_with_the_extractors_settings(client: Any) -> None:
    # the profiler, the watchdog tick and the monitors read less often, and glibc left to
    # size its own mmap threshold: set in the worker processes, not only in this one
    wanted = {key: value for key, value in qd.WORKER_CONFIG.items()
              if not key.startswith("distributed.nanny.")} | {"MALLOC_TRIM_THRESHOLD_": None}
    found = client.run(_worker_settings)
    assert len(found) == 2 and all(settings == wanted for settings in found.values()), found


def test_cli_on_the_cluster_writes_parquet_that_indexes(client: Any, tmp_path: Path,
                                                        single: list[Any],
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "out"
    address = client.scheduler.address
    code = main(["extract", *CORPUS, "--scheduler", address, "--format", "parquet",
                 "-o", str(out), "--quiet"])
    output = capsys.readouterr()
    assert code == 0 and output.err == "", output.err
    assert output.out.startswith(f"{out}: 13 document(s), ")
    assert list(read_output(str(out))) == single
    count = sum(len(found) for _, found in single)
    assert duckdb.sql(f"SELECT count(*) FROM '{out}/records/*.parquet'").fetchall() == [(count,)]
    assert main(["extract", CORPUS[1], "--scheduler", address, "--quiet"]) == 0
    jsonl = capsys.readouterr().out.splitlines()
    assert jsonl == [q.model_dump_json() for q in single[-1][1]]
    db = tmp_path / "q.db"
    assert main(["index", str(out), "--db", str(db), "--quiet"]) == 0
    assert f"13 document(s) indexed (0 replaced), {count} quotation(s)" in capsys.readouterr().out


def test_bad_scheduler_addresses_are_one_line(capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from quotes.scale import commands

    monkeypatch.setattr(commands, "CONNECT_TIMEOUT", "1s")
    for address in ("local:0", "tcp://127.0.0.1:9"):
        assert main(["extract", CORPUS[1], "--scheduler", address, "--quiet"]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"quotes: {address}: ") and err.count("\n") == 1, err


def test_a_worker_killed_mid_run_loses_and_doubles_nothing(client: Any, tmp_path: Path,
                                                          single: list[Any]) -> None:
    """SIGKILL one worker once the first partitions are written: Dask recomputes what it held
    and what it was doing; the partitions written twice replace themselves."""
    corpus = tmp_path / "corpus.jsonl"
    docs = [doc for doc, _ in single] * 2
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": d.text}) + "\n"
                              for i, d in enumerate(docs)), encoding="utf-8")
    out = tmp_path / "out"
    outcomes = qd.extract(str(corpus), partition_size=1)
    result: dict[str, Any] = {}
    run = threading.Thread(target=lambda: result.update(done=qd.to_parquet(outcomes, str(out))))
    run.start()
    deadline = time.monotonic() + 60
    while len(list((out / "records").glob("part-*.parquet"))) < 2:
        assert time.monotonic() < deadline and run.is_alive()
        time.sleep(0.05)
    assert run.is_alive()  # partitions are still to come
    before = client.run(os.getpid)
    victim = max(before, key=lambda worker: len(client.has_what().get(worker, ())))
    os.kill(before[victim], signal.SIGKILL)
    run.join(timeout=120)
    assert not run.is_alive()
    manifest, messages = result["done"]
    assert messages == [] and manifest["lost_partitions"] == []
    assert manifest["documents"] == len(docs) and manifest["partitions"] == outcomes.npartitions
    client.wait_for_workers(2, timeout=60)
    assert set(client.run(os.getpid).values()) != set(before.values())  # it really died
    read = list(read_output(str(out)))
    assert [doc.doc_id for doc, _ in read] == [f"d{i}" for i in range(len(docs))]
    expected = [q for _, found in single for q in found] * 2
    got = [q.model_copy(update={"doc_id": None}) for _, found in read for q in found]
    assert got == [q.model_copy(update={"doc_id": None}) for q in expected]
    assert not [p for p in out.rglob(".*")]  # no temporary file left behind


def test_a_failing_document_is_its_own_error_row() -> None:
    """A document the extractor raises on costs its records only, never its partition's."""
    from quotes.scale import worker

    class Brittle:
        def process(self, items: Any) -> Any:
            for item in items:
                if "BOOM" in item.text:
                    raise RuntimeError("parser\ncrashed")
                yield item, []

    settings = worker.Settings(model="brittle-test-model")
    worker._EXTRACTORS[settings] = Brittle()  # type: ignore[assignment]
    try:
        items = [Document("a", "fine", "a.txt"), Document("b", "BOOM", "b.txt"),
                 InputError("c.txt", "not utf-8 text"), Document("d", "fine", "d.txt")]
        got = worker.extract_partition(items, settings)
    finally:
        del worker._EXTRACTORS[settings]
    assert got == [(items[0], []), InputError("b.txt", "extraction failed (RuntimeError: "
                                              "parser crashed)", "b"), items[2], (items[3], [])]


def _unreadable() -> list[Any]:
    raise OSError("the disk went away")


def test_a_partition_that_fails_for_good_is_reported_never_dropped(client: Any,
                                                                   tmp_path: Path) -> None:
    import dask.bag as db
    from dask import delayed

    fine = '"We will rebuild the bridge," Mayor Ana Ruiz said.'
    bag = db.from_delayed([delayed(list)([fine]), delayed(_unreadable)(), delayed(list)([fine])])
    got = list(qd.iter_outcomes(qd.extract(bag)))
    assert len(got) == 3 and isinstance(got[1], InputError)
    assert str(got[1]) == ("<partition 1>: failed on the cluster (OSError: the disk went away)")
    out = tmp_path / "out"
    manifest, messages = qd.to_parquet(qd.extract(bag), str(out))
    assert manifest["lost_partitions"] == messages == [str(got[1])]
    assert (manifest["partitions"], manifest["documents"]) == (3, 2)
    assert str(list(read_output(str(out)))[-1]).endswith("2 partition(s) of 3")
