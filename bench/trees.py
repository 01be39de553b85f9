"""Tree benchmark: many small files up and down, several in flight versus one after another, and sync.

    python bench/trees.py                 # 1,000 files of 4 KB, every request answered 20 ms late
    python bench/trees.py --count 100     # a quick run

The fake server runs in a process of its own and answers every ``/v4/`` request ``--delay-ms``
late (its fault injection), as a distant deployment would. Cases, all with ``tiledb.client.files``:

* upload: ``upload_tree`` (8 files in flight) versus the same files sent one after another
  (``upload_tree(concurrency=1)``: one file at a time, as before);
* download: ``download_tree`` (8 in flight) versus one after another;
* second sync: ``files.sync`` of the uploaded tree again, nothing changed: the requests it makes
  and the file bytes it sends (none).

Targets: upload and download each at most 0.25x the time of one after another; the second sync
sends no file bytes and makes only the listing requests of the tree (one per 1,000 files). The
table is printed and written to ``bench/trees-results.md``; the exit status says whether every
target was met.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

SERVER = r"""
import json, sys
from tiledb.client.testing import FakeServer
delay = float(sys.argv[1])
server = FakeServer().start()
server.faults.add(prefix="/v4/", count=None, delay=delay)
print(json.dumps({"url": server.url, "token": server.token, "ws": server.workspace_name}), flush=True)
for line in sys.stdin:
    command = line.strip()
    if command == "clear":
        server.clear_requests()
        print("{}", flush=True)
    elif command == "count":
        requests = list(server.requests)
        puts = [r for r in requests if r.method == "PUT"]
        listings = [r for r in requests if "list-type" in r.query_string]
        print(json.dumps({"requests": len(requests), "puts": len(puts), "listings": len(listings)}),
              flush=True)
    else:
        break
server.stop()
"""


def _ask(server: subprocess.Popen[str], command: str) -> dict[str, int]:
    assert server.stdin is not None and server.stdout is not None
    server.stdin.write(command + "\n")
    server.stdin.flush()
    return json.loads(server.stdout.readline())  # type: ignore[no-any-return]


def _timed(call: object) -> float:
    start = time.perf_counter()
    call()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="files in the tree (default 1000)")
    parser.add_argument("--size", type=int, default=4096, help="bytes per file (default 4096)")
    parser.add_argument("--delay-ms", type=float, default=20.0, help="server delay per request (default 20)")
    parser.add_argument("--output", default=str(HERE / "trees-results.md"))
    args = parser.parse_args()

    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(args.delay_ms / 1000)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        info = json.loads(server.stdout.readline())
        os.environ["TILEDB_REST_SERVER_ADDRESS"] = info["url"]
        os.environ["TILEDB_REST_TOKEN"] = info["token"]
        import tiledb.client as tc
        from tiledb.client import files

        tc.login()
        base = f"tiledb://{info['ws']}/general"
        with tempfile.TemporaryDirectory(prefix="tiledb-trees-bench-") as work:
            tree = Path(work) / "tree"
            for i in range(args.count):
                folder = tree / f"d{i % 10}"
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"f{i:05d}.bin").write_bytes(os.urandom(args.size))
            one_up = _timed(lambda: files.upload_tree(tree, f"{base}/one", concurrency=1))
            many_up = _timed(lambda: files.upload_tree(tree, f"{base}/many"))
            one_down = _timed(lambda: files.download_tree(f"{base}/one", Path(work) / "one", concurrency=1))
            many_down = _timed(lambda: files.download_tree(f"{base}/many", Path(work) / "many"))
            _ask(server, "clear")
            second = files.sync(tree, f"{base}/many")
            counted = _ask(server, "count")
    finally:
        if server.stdin is not None:
            server.stdin.write("stop\n")
            server.stdin.close()
        server.wait(timeout=60)

    up_ratio, down_ratio = many_up / one_up, many_down / one_down
    listings_needed = max(1, -(-args.count // 1000))
    sync_ok = counted["puts"] == 0 and not second.copied and counted["requests"] <= listings_needed
    rows = [
        (
            "upload_tree",
            f"{many_up:.2f} s",
            f"{one_up:.2f} s",
            f"{up_ratio:.2f}x",
            "<= 0.25x",
            up_ratio <= 0.25,
        ),
        (
            "download_tree",
            f"{many_down:.2f} s",
            f"{one_down:.2f} s",
            f"{down_ratio:.2f}x",
            "<= 0.25x",
            down_ratio <= 0.25,
        ),
        (
            "second sync",
            f"{counted['requests']} requests, {counted['puts']} PUTs",
            f"{listings_needed} listing(s) needed",
            f"{second.unchanged} unchanged",
            "no file bytes",
            sync_ok,
        ),
    ]
    lines = [
        "# Trees: many small files",
        "",
        f"{args.count} files of {args.size} bytes, the fake server answering every request "
        f"{args.delay_ms:g} ms late (`python bench/trees.py"
        + (f" --count {args.count}" if args.count != 1000 else "")
        + "`). Several files in flight (8, the default) against the same files one after another.",
        "",
        "| case | ours | one after another | ratio | target | met |",
        "| --- | --- | --- | --- | --- | --- |",
        *(f"| {a} | {b} | {c} | {d} | {e} | {'yes' if ok else 'NO'} |" for a, b, c, d, e, ok in rows),
        "",
    ]
    text = "\n".join(lines)
    print(text)
    Path(args.output).write_text(text, encoding="utf-8")
    return 0 if all(row[-1] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
