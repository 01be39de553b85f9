"""pandas, pyarrow and Dask reading and writing ``tiledb://`` paths on the fake server."""

from __future__ import annotations

import io
import pickle
from urllib.parse import unquote

import dask.dataframe as dd
import distributed
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tiledb.client.fsspec import TileDBFileSystem
from tiledb.client.testing import FakeServer

from .conftest import served_bytes


def test_pandas_csv_round_trip(base: str) -> None:
    frame = pd.DataFrame({"city": ["Oslo", "Lima", "Pune"], "people": [709_000, 10_000_000, 3_100_000]})
    frame.to_csv(f"{base}/pandas/cities.csv", index=False)
    back = pd.read_csv(f"{base}/pandas/cities.csv")
    pd.testing.assert_frame_equal(back, frame)


def test_pandas_parquet_round_trip(base: str) -> None:
    frame = pd.DataFrame({"x": range(1000), "y": [float(i) / 3 for i in range(1000)]})
    frame.to_parquet(f"{base}/pandas/numbers.parquet")
    back = pd.read_parquet(f"{base}/pandas/numbers.parquet", columns=["y"])
    pd.testing.assert_frame_equal(back, frame[["y"]])


def _wide_table(columns: int, rows: int) -> bytes:
    import numpy as np

    generator = np.random.default_rng(7)
    table = pa.table({f"c{i}": generator.random(rows) for i in range(columns)})
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="none", row_group_size=rows)
    return sink.getvalue()


def test_pyarrow_reads_only_the_columns_it_needs(base: str, server: FakeServer) -> None:
    content = _wide_table(30, 100_000)
    fs = TileDBFileSystem()
    fs.pipe(f"{base}/wide.parquet", content)
    server.clear_requests()
    table = pq.read_table(
        f"{base}/wide.parquet".removeprefix("tiledb://"), columns=["c3", "c14", "c27"], filesystem=fs
    )
    assert table.column_names == ["c3", "c14", "c27"] and table.num_rows == 100_000
    expected = pq.read_table(io.BytesIO(content), columns=["c3", "c14", "c27"])
    assert table.equals(expected)
    served = served_bytes(server, "/wide.parquet", len(content))
    assert served <= 0.2 * len(content), f"{served} of {len(content)} bytes fetched"


@pytest.mark.timeout(60)
def test_dask_reads_a_folder_of_csv_files_on_two_worker_processes(base: str, server: FakeServer) -> None:
    fs = TileDBFileSystem()
    for part in range(4):
        rows = "\n".join(f"{part},{i}" for i in range(50))
        fs.pipe(f"{base}/csvs/part-{part}.csv", f"part,value\n{rows}\n".encode())
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        import os

        pids = set(client.run(os.getpid).values())
        assert len(pids) == 2 and os.getpid() not in pids
        server.clear_requests()
        frame = dd.read_csv(f"{base}/csvs/*.csv")
        graph_keys = [str(k) for k in frame.__dask_graph__()]
        assert not any(server.token in k for k in graph_keys)
        total = frame["value"].sum().compute()
        assert total == 4 * sum(range(50))
        counts = frame.groupby("part")["value"].count().compute()
        assert sorted(counts.to_dict().items()) == [(p, 50) for p in range(4)]
        # The workers fetched the files themselves, with the session's credentials.
        reads = [r for r in server.requests if r.method == "GET" and "/csvs/part-" in unquote(r.path)]
        assert reads and all(r.status in (200, 206) for r in reads)
        assert {r.headers.get("x-tiledb-rest-api-key") for r in reads} == {server.token}
        for worker_log in client.get_worker_logs().values():
            assert server.token not in str(worker_log)


def test_the_pickled_filesystem_prints_no_secret(server: FakeServer) -> None:
    fs = TileDBFileSystem()
    state = pickle.loads(pickle.dumps(fs))
    assert server.token not in repr(state) and server.token not in repr(state.storage_options)
    assert server.token not in repr(vars(state))
