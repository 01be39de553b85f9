"""``tiledb://`` through the data stack and the CLI: what a column read and a shell copy cost.

    python bench/datastack.py                  # 96 MB Parquet file, 256 MiB copies
    python bench/datastack.py --quick          # smaller sizes, two rounds

Cases, against a fake server running in a process of its own:

* Parquet column selection: 3 of 30 float64 columns of one file read by ``pyarrow.parquet`` through
  the fsspec filesystem, against ``files.download_file`` of the whole file. Bytes fetched (counted
  in every ranged request the filesystem makes) must be at most 0.2x the file, time at most 0.3x;
* ``tiledb-client cp`` up and down, each run as a new process, against a new Python process that
  logs in and calls ``files.upload_file`` / ``files.download_file``: within 10% (ratio at most 1.1).

Rounds alternate between the two sides of each comparison; the best round counts for the Parquet
case, the median for the copies. The table is printed and written to ``bench/datastack-results.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIB = 1 << 20

SERVER = """
import json, sys
from tiledb.client.testing import FakeServer
server = FakeServer().start()
print(json.dumps({"url": server.url, "token": server.token, "ws": server.workspace_name}), flush=True)
sys.stdin.read()
server.stop()
"""

PYTHON_COPY = """
import sys, tiledb.client as tc
from tiledb.client import files
direction, source, dest = sys.argv[1:4]
tc.login()
if direction == "up":
    files.upload_file(source, dest)
else:
    files.download_file(source, dest)
"""


def _parquet(path: Path, columns: int, rows: int) -> int:
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    generator = np.random.default_rng(1)
    table = pa.table({f"c{i}": generator.random(rows) for i in range(columns)})
    pq.write_table(table, path, compression="none", row_group_size=rows)
    return path.stat().st_size


def _column_case(info: dict[str, str], work: Path, rows: int, rounds: int) -> list[tuple[str, float, str]]:
    import pyarrow.parquet as pq

    import tiledb.client.fsspec as tfs
    from tiledb.client import files

    local = work / "wide.parquet"
    size = _parquet(local, 30, rows)
    url = f"tiledb://{info['ws']}/general/wide.parquet"
    files.upload_file(str(local), url)
    fetched = [0]
    original = tfs.read_range

    def counting(target, start, end, etag=None):  # type: ignore[no-untyped-def]
        data, seen = original(target, start, end, etag)
        fetched[0] += len(data)
        return data, seen

    tfs.read_range = counting
    column_times, whole_times = [], []
    wanted = ["c2", "c13", "c29"]
    for _ in range(rounds):
        fetched[0] = 0
        tfs.TileDBFileSystem.clear_instance_cache()
        fs = tfs.TileDBFileSystem()
        started = time.perf_counter()
        table = pq.read_table(url.removeprefix("tiledb://"), columns=wanted, filesystem=fs)
        column_times.append(time.perf_counter() - started)
        assert table.num_rows == rows
        started = time.perf_counter()
        files.download_file(url, str(work / "whole.parquet"))
        whole_times.append(time.perf_counter() - started)
        (work / "whole.parquet").unlink()
    tfs.read_range = original
    best_columns, best_whole = min(column_times), min(whole_times)
    return [
        (
            f"Parquet, 3 of 30 columns ({size / 1e6:.0f} MB file): bytes fetched / file size",
            fetched[0] / size,
            f"{fetched[0] / 1e6:.1f} MB of {size / 1e6:.1f} MB (target <= 0.2)",
        ),
        (
            "Parquet, 3 of 30 columns: time / download_file of the whole file",
            best_columns / best_whole,
            f"{best_columns * 1000:.0f} ms vs {best_whole * 1000:.0f} ms (target <= 0.3)",
        ),
    ]


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def _copy_case(info: dict[str, str], work: Path, size: int, rounds: int) -> list[tuple[str, float, str]]:
    source = work / "copy-source.bin"
    with open(source, "wb") as f:
        block = os.urandom(MIB)
        for index in range(size // MIB):
            f.write(index.to_bytes(8, "big") + block[8:])
    env = dict(os.environ)
    url = f"tiledb://{info['ws']}/general/copy.bin"
    cli = [sys.executable, "-m", "tiledb.client.cli"]
    python = [sys.executable, "-c", PYTHON_COPY]
    times: dict[str, list[float]] = {}
    for _ in range(rounds):
        times.setdefault("python up", []).append(_timed([*python, "up", str(source), url], env))
        times.setdefault("cli up", []).append(_timed([*cli, "cp", "--quiet", str(source), url], env))
        down = work / "down.bin"
        times.setdefault("python down", []).append(_timed([*python, "down", url, str(down)], env))
        down.unlink()
        times.setdefault("cli down", []).append(_timed([*cli, "cp", "--quiet", url, str(down)], env))
        down.unlink()
    rows = []
    for direction in ("up", "down"):
        # Medians: a copy lasts a second or two, and one slow round on a shared machine would
        # decide a best-of comparison on its own.
        cli_median = statistics.median(times[f"cli {direction}"])
        py_median = statistics.median(times[f"python {direction}"])
        rows.append(
            (
                f"tiledb-client cp {direction} {size / MIB:.0f} MiB / files from Python (new process each)",
                cli_median / py_median,
                f"medians {cli_median:.2f} s vs {py_median:.2f} s over {rounds} rounds; best "
                f"{min(times[f'cli {direction}']):.2f} / {min(times[f'python {direction}']):.2f} s "
                "(target <= 1.1)",
            )
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, two rounds")
    parser.add_argument("--output", default=str(HERE / "datastack-results.md"))
    args = parser.parse_args()
    rows_count, copy_mib, rounds = (100_000, 64, 2) if args.quick else (400_000, 256, 3)
    import tiledb.client as tc

    with tempfile.TemporaryDirectory(prefix="tiledb-datastack-bench-") as tmp:
        work = Path(tmp)
        os.environ["HOME"] = str(work / "home")
        (work / "home").mkdir()
        server = subprocess.Popen(
            [sys.executable, "-c", SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        try:
            assert server.stdout is not None
            info = json.loads(server.stdout.readline())
            tc.configure(token=info["token"], host=info["url"])  # the default profile, for the CLI too
            tc.login()
            rows = _column_case(info, work, rows_count, rounds)
            rows += _copy_case(info, work, copy_mib * MIB, rounds + 2)
        finally:
            if server.stdin is not None:
                server.stdin.close()
            server.wait(30)
    lines = [
        "# tiledb:// through pyarrow, and tiledb-client cp",
        "",
        "`make bench-datastack` (`bench/datastack.py`): fake server in its own process, loopback.",
        "",
        "| case | ratio | detail |",
        "| --- | --- | --- |",
        *(f"| {name} | {ratio:.2f} | {detail} |" for name, ratio, detail in rows),
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if not args.quick:
        Path(args.output).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
