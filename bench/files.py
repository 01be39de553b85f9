"""File transfer benchmark: ``tiledb.client.files`` against bare ``http.client``, same fake server.

    python bench/files.py                 # 1 GiB each way (needs ~4 GiB of free disk)
    python bench/files.py --size-mib 64   # a quick run

Cases, each in a fresh process against a fake server running in a process of its own:

* upload: ``files.upload_file`` (8 MB parts, 4 in parallel) versus ``http.client`` sending the
  same S3 multipart protocol one part at a time; throughput and the client's peak RSS growth
  (peak RSS minus RSS once imports and login are done);
* download: ``files.download_file`` (to a path, 4 parallel ranges) versus ``http.client`` streaming
  one ``GET`` to a file in 1 MiB reads; the detail also gives stock ``httpx`` streaming one ``GET``
  to a file (the HTTP stack ours is built on, with nothing of ours);
* over a link: the same transfers of ours through a fake server behind a 100 MB/s link that
  answers every request 10 ms late (``FakeServer.link``): throughput as a fraction of the link
  (target at least 0.9) and the peak RSS growth;
* parallel parts: 16 parts of 1 MB, each answered 50 ms late by the server, sent 8 at a time
  versus one at a time;
* an 8 MB file up and down (one ``upload_file`` and one ``download_file``, after login, in a fresh
  process) with ``tiledb.client.files`` versus the established client's (``bench/.venvs/established``,
  made by ``bench/run.py``; the case is left out when that venv is missing).  Its detail also gives
  the floor, bare ``http.client`` sending one ``PUT`` and one ``GET`` of the same bytes: no client
  can take less than that against this server, so the floor over the established client's time
  says how low the ratio can go here.

Targets: peak RSS growth at most 64 MiB (uploads: plus the parts in flight, 4 x 8 MB) and
throughput at least 0.7x bare ``http.client`` for both directions; parallel parts at most 0.3x the
sequential time; the 8 MB round trip at most 1.0x the established client's time (medians of at
least 7 alternating rounds), on loopback and with every request answered 20 ms late. The table is
printed and written to ``bench/files-results.md``.
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

# argv: [delay in seconds before every answer [link bandwidth in bytes/s, link latency in s]]
SERVER = """
import json, sys
from tiledb.client.testing import FakeServer, Link
server = FakeServer()
if len(sys.argv) > 3:
    server.link = Link(bandwidth=float(sys.argv[2]), latency=float(sys.argv[3]))
server.start()
if len(sys.argv) > 1 and float(sys.argv[1]) > 0:
    server.faults.add(count=None, delay=float(sys.argv[1]))
print(json.dumps({"url": server.url, "token": server.token, "ws": server.workspace_name,
                  "wsid": server.workspace_id}), flush=True)
sys.stdin.read()
server.stop()
"""

# Runs in a fresh interpreter: argv = case, url, token, workspace, source/dest path.
CLIENT = r"""
import http.client, json, os, resource, sys, tempfile, time, re
from urllib.parse import urlsplit
case, url, token, ws, path = sys.argv[1:6]

def rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

if case.startswith("ours"):
    import tiledb.client as tc
    from tiledb.client import files
    home = tempfile.mkdtemp()
    os.environ["HOME"] = home
    tc.configure(token=token, host=url, profile_name="b", profile_dir=home)
    tc.login(profile_name="b", profile_dir=home)
    tc.build(lambda g: g).get_httpx_client().get("/v4/users/self")  # connect, warm up
elif case == "httpx-download":
    import httpx
    stock = httpx.Client(base_url=url, headers={"X-TILEDB-REST-API-KEY": token})
    stock.get("/v4/users/self")
base = rss_mib()
started = time.perf_counter()
if case == "httpx-download":
    with stock.stream("GET", f"/v4/files/{ws}/general/bench.bin") as answer, open(path, "wb") as out:
        for chunk in answer.iter_raw():
            out.write(chunk)
elif case == "ours-upload":
    files.upload_file(path, "bench.bin", teamspace="general")
elif case == "ours-download":
    files.download_file("bench.bin", path, teamspace="general")
else:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port)
    headers = {"X-TILEDB-REST-API-KEY": token}
    target = f"/v4/files/{ws}/general/bench.bin"
    if case == "bare-upload":
        conn.request("POST", target + "?uploads", headers=headers)
        upload_id = re.search(rb"<UploadId>(.*?)</UploadId>", conn.getresponse().read()).group(1).decode()
        etags = []
        with open(path, "rb") as f:
            number = 0
            while chunk := f.read(8_000_000):
                number += 1
                query = f"?uploadId={upload_id}&partNumber={number}"
                conn.request("PUT", target + query, body=chunk, headers=headers)
                answer = conn.getresponse()
                answer.read()
                etags.append(answer.getheader("ETag"))
        body = "<CompleteMultipartUpload>" + "".join(
            f"<Part><PartNumber>{n}</PartNumber><ETag>{e}</ETag></Part>" for n, e in enumerate(etags, 1)
        ) + "</CompleteMultipartUpload>"
        conn.request("POST", f"{target}?uploadId={upload_id}", body=body.encode(), headers=headers)
        conn.getresponse().read()
    else:
        conn.request("GET", target, headers=headers)
        answer = conn.getresponse()
        with open(path, "wb") as out:
            while chunk := answer.read(1 << 20):
                out.write(chunk)
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "growth_mib": rss_mib() - base, "peak_mib": rss_mib()}))
"""


def _run_client(case: str, info: dict[str, str], path: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CLIENT, case, info["url"], info["token"], info["ws"], str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{case} failed:\n{done.stderr}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _make_source(path: Path, size: int) -> None:
    block = os.urandom(MIB)
    with open(path, "wb") as f:
        left = size
        while left:
            # Each MiB differs in its first bytes, so misplaced parts would show.
            piece = (left.to_bytes(8, "big") + block[8:])[: min(left, MIB)]
            f.write(piece)
            left -= len(piece)


def _transfers(size: int, rounds: int, work: Path) -> list[tuple[str, float, float, str]]:
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        info = json.loads(server.stdout.readline())
        source = work / "source.bin"
        _make_source(source, size)
        results: dict[str, list[dict[str, float]]] = {}
        for _ in range(rounds):  # alternate, so the machine's load hits both sides alike
            for case in ("bare-upload", "ours-upload", "bare-download", "ours-download", "httpx-download"):
                dest = work / f"{case}.bin"
                results.setdefault(case, []).append(
                    _run_client(case, info, source if "upload" in case else dest)
                )
                if "download" in case:
                    dest.unlink()
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(30)
    rows = []
    for direction in ("upload", "download"):
        ours = min(results[f"ours-{direction}"], key=lambda r: r["seconds"])
        bare = min(results[f"bare-{direction}"], key=lambda r: r["seconds"])
        ratio = (size / ours["seconds"]) / (size / bare["seconds"])
        growth = max(r["growth_mib"] for r in results[f"ours-{direction}"])
        detail = (
            f"ours {size / MIB / ours['seconds']:.0f} MiB/s, bare {size / MIB / bare['seconds']:.0f} MiB/s"
        )
        # The ratio of the medians too: how far the machine's noise moves the best-of figure.
        middle = statistics.median(r["seconds"] for r in results[f"bare-{direction}"]) / statistics.median(
            r["seconds"] for r in results[f"ours-{direction}"]
        )
        detail += f" (ratio of the medians {middle:.2f})"
        if direction == "download":
            # Stock httpx reading one stream shows how much of the gap is the HTTP stack's own.
            stock = min(r["seconds"] for r in results["httpx-download"])
            detail += f", stock httpx one stream {size / MIB / stock:.0f} MiB/s"
        rows.append(
            (f"{direction} {size / MIB:.0f} MiB: throughput ours / bare http.client", ratio, growth, detail)
        )
    return rows


# Runs in a fresh interpreter of either client: argv = url, token, workspace id, work folder, and
# a remote name not used before (the established client refuses to upload over an existing file).
ROUND_TRIP = r"""
import json, os, sys, time
url, token, ws, work, remote = sys.argv[1:6]
os.environ["HOME"] = work
import tiledb.client as tc
tc.configure(token=token, host=url, workspace=ws, profile_name="b", profile_dir=work, overwrite=True)
tc.login(profile_name="b", profile_dir=work)
from tiledb.client import files
tc.get_user()  # the first request (connection, lazy imports) is not part of the transfer
source, out = os.path.join(work, "eight.bin"), os.path.join(work, "eight-out.bin")
started = time.perf_counter()
files.upload_file(source, remote, teamspace="general")
with open(out, "wb") as sink:  # a file object: the established client's download_file takes no path
    files.download_file(remote, sink, teamspace="general")
elapsed = time.perf_counter() - started
same = open(out, "rb").read() == open(source, "rb").read()
print(json.dumps({"seconds": elapsed, "same": same}))
"""
ESTABLISHED = HERE / ".venvs" / "established" / "bin" / "python"
#: The second 8 MB row: every request answered this late (a server across a network).
ROUND_TRIP_DELAY = 0.02

# The floor of the 8 MB case: bare http.client sending the file in one PUT and reading it back
# in one GET, no checks; argv = url, token, workspace id, work folder, remote name, and "checked"
# for the floor of what ours does: the media type guessed from the name and the destination's
# lookup first (the established client does both too), and the MD5 of each direction, on a thread
# beside the sending and receiving, compared with the ETag.
ROUND_TRIP_FLOOR = r"""
import hashlib, http.client, json, os, sys, time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit
url, token, ws, work, remote = sys.argv[1:6]
checked = sys.argv[6:] == ["checked"]
hasher = ThreadPoolExecutor(1)  # one thread: the chunks are hashed in order
parts = urlsplit(url)
conn = http.client.HTTPConnection(parts.hostname, parts.port)
headers = {"X-TILEDB-REST-API-KEY": token}
conn.request("GET", "/v4/users/self", headers=headers)
conn.getresponse().read()
source, out = os.path.join(work, "eight.bin"), os.path.join(work, "eight-out.bin")
target = f"/v4/files/{ws}/general/{remote}"
started = time.perf_counter()
with open(source, "rb") as f:
    body = f.read()
if checked:
    import mimetypes  # the media type of the name: both clients guess it (the first guess reads tables)

    headers = {**headers, "Content-Type": mimetypes.guess_type(source)[0] or "application/octet-stream"}
    conn.request("GET", f"/v4/assets/item/{ws}/general/{remote}", headers=headers)
    looked = conn.getresponse()
    looked.read()
    assert looked.status == 404, looked.status
sent = hasher.submit(lambda: hashlib.md5(body).hexdigest()) if checked else None
conn.request("PUT", target, body=body, headers=headers)
answer = conn.getresponse()
answer.read()
assert answer.status == 200, answer.status
assert sent is None or answer.getheader("ETag").strip('"') == sent.result()
conn.request("GET", target, headers=headers)
answer = conn.getresponse()
etag, digest = answer.getheader("ETag").strip('"'), hashlib.md5()
with open(out, "wb") as sink:
    while chunk := answer.read(1 << 20):
        if checked:
            hasher.submit(digest.update, chunk)
        sink.write(chunk)
if checked:
    hasher.shutdown(wait=True)
    assert digest.hexdigest() == etag
elapsed = time.perf_counter() - started
same = open(out, "rb").read() == open(source, "rb").read()
print(json.dumps({"seconds": elapsed, "same": same}))
"""


#: The cases, in the order they run: loopback throughput, the 8 MB round trip (loopback and with
#: every request 20 ms late), the link rows, parallel parts.
CASES = ("transfers", "eight", "eight-late", "link", "parallel")

#: The network of the link rows: 100 MB/s each way, every answer 10 ms late.
LINK_BANDWIDTH, LINK_LATENCY = 100e6, 0.01


def _over_a_link(size: int, rounds: int, work: Path) -> list[tuple[str, float, float, str]]:
    """``size`` bytes up and down through a fake server behind a 100 MB/s, 10 ms link: throughput
    as a fraction of the link (best of ``rounds``) and the largest peak RSS growth."""
    argv = [sys.executable, "-c", SERVER, "0", str(LINK_BANDWIDTH), str(LINK_LATENCY)]
    server = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        info = json.loads(server.stdout.readline())
        source = work / "linked.bin"
        _make_source(source, size)
        results: dict[str, list[dict[str, float]]] = {}
        for _ in range(rounds):
            for case in ("ours-upload", "ours-download"):
                dest = work / "linked-out.bin"
                results.setdefault(case, []).append(
                    _run_client(case, info, source if "upload" in case else dest)
                )
                dest.unlink(missing_ok=True)
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(30)
    rows = []
    for case, runs in results.items():
        best = min(r["seconds"] for r in runs)
        fraction = size / best / LINK_BANDWIDTH
        growth = max(r["growth_mib"] for r in runs)
        detail = (
            f"{size / best / 1e6:.0f} MB/s of {LINK_BANDWIDTH / 1e6:.0f} MB/s, {LINK_LATENCY * 1e3:.0f} ms"
            f" per request (best of {len(runs)})"
        )
        direction = case.split("-")[1]
        rows.append(
            (
                f"{direction} {size / MIB:.0f} MiB over a {LINK_BANDWIDTH / 1e6:.0f} MB/s link with"
                f" {LINK_LATENCY * 1e3:.0f} ms latency: fraction of the link",
                fraction,
                growth,
                detail,
            )
        )
    return rows


def _round_trip_8mb(rounds: int, work: Path, delay: float = 0.0) -> tuple[float, str] | None:
    if not ESTABLISHED.exists():
        return None
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(delay)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        info = json.loads(server.stdout.readline())
        (work / "eight.bin").write_bytes(os.urandom(8_000_000))
        times: dict[str, list[float]] = {"ours": [], "established": [], "floor": [], "checked": []}
        runners = (
            ("ours", sys.executable, ROUND_TRIP, []),
            ("established", str(ESTABLISHED), ROUND_TRIP, []),
            ("floor", sys.executable, ROUND_TRIP_FLOOR, []),
            ("checked", sys.executable, ROUND_TRIP_FLOOR, ["checked"]),
        )
        for round_number in range(max(rounds, 3)):
            for name, python, script, extra in runners:
                remote = f"eight-{name}-{round_number}.bin"
                argv = [python, "-c", script, info["url"], info["token"], info["wsid"], str(work), remote]
                argv += extra
                done = subprocess.run(
                    argv,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if done.returncode != 0:
                    raise RuntimeError(f"8 MB round trip with {name} failed:\n{done.stderr}")
                result = json.loads(done.stdout.strip().splitlines()[-1])
                if not result["same"]:
                    raise RuntimeError(f"8 MB round trip with {name}: the bytes came back different")
                times[name].append(result["seconds"])
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(30)
    # Medians of the rounds (the clients alternate, so the machine's load hits all alike).
    ours, established, floor, checked = (
        statistics.median(times[k]) for k in ("ours", "established", "floor", "checked")
    )
    return ours / established, (
        f"medians of {len(times['ours'])} rounds: ours {ours * 1e3:.0f} ms, established"
        f" {established * 1e3:.0f} ms (best {min(times['ours']) * 1e3:.0f} /"
        f" {min(times['established']) * 1e3:.0f} ms); floor (bare http.client, one PUT and one GET,"
        f" no checks) {floor * 1e3:.0f} ms ="
        f" {floor / established:.2f}x established; floor of what ours does (the same plus the media"
        f" type guessed and the destination's lookup, as both clients do, and the MD5 of each"
        f" direction on a thread, compared with the ETag) {checked * 1e3:.0f} ms ="
        f" {checked / established:.2f}x established"
    )


def _parallel_parts() -> tuple[float, str]:
    import tiledb.client as tc
    from tiledb.client import files
    from tiledb.client.testing import FakeServer

    payload = os.urandom(16 * 1_000_000)
    with FakeServer() as server, tempfile.TemporaryDirectory() as home:
        os.environ["HOME"] = home
        tc.configure(token=server.token, host=server.url, profile_name="b", profile_dir=home)
        tc.login(profile_name="b", profile_dir=home)
        server.faults.add(prefix="/v4/files/", method="PUT", count=None, delay=0.05)
        times = {}
        for parallel in (1, 8, 1, 8):
            started = time.perf_counter()
            files.upload_file(
                payload,
                "par.bin",
                teamspace="general",
                part_size=1_000_000,
                threshold=1_000_000,
                parallel=parallel,
            )
            elapsed = time.perf_counter() - started
            times[parallel] = min(times.get(parallel, elapsed), elapsed)
    return times[8] / times[1], f"8 at a time {times[8]:.2f} s, one at a time {times[1]:.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    # Loopback throughput on a shared machine varies from one run to the next: the best of several.
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--output", default=str(HERE / "files-results.md"))
    parser.add_argument(
        "--cases",
        default=",".join(CASES),
        help=f"comma-separated cases to run (default all: {', '.join(CASES)}); a partial run prints"
        " its rows and writes the table only with an explicit --output",
    )
    args = parser.parse_args()
    cases = {c.strip() for c in args.cases.split(",") if c.strip()}
    unknown = cases - set(CASES)
    if unknown:
        parser.error(f"unknown cases: {', '.join(sorted(unknown))} (known: {', '.join(CASES)})")
    if cases != set(CASES) and args.output == parser.get_default("output"):
        args.output = "-"  # a partial run does not replace the committed table
    rows: list[tuple[str, float, float, str]] = []
    if "transfers" in cases:
        with tempfile.TemporaryDirectory(prefix="tiledb-files-bench-") as tmp:
            rows = _transfers(args.size_mib * MIB, args.rounds, Path(tmp))
    round_trips = {}
    for delay in (0.0, ROUND_TRIP_DELAY):
        if ("eight" if not delay else "eight-late") not in cases:
            continue
        with tempfile.TemporaryDirectory(prefix="tiledb-files-bench-") as tmp:
            round_trips[delay] = _round_trip_8mb(max(args.rounds, 7), Path(tmp), delay)
    linked: list[tuple[str, float, float, str]] = []
    if "link" in cases:
        with tempfile.TemporaryDirectory(prefix="tiledb-files-bench-") as tmp:
            linked = _over_a_link(args.size_mib * MIB, max(2, args.rounds // 2), Path(tmp))
    parallel = _parallel_parts() if "parallel" in cases else None
    lines = [
        "# File transfer benchmark",
        "",
        f"`python bench/files.py --size-mib {args.size_mib} --rounds {args.rounds}`; fake server in its own "
        "process on loopback; best of the rounds; RSS growth is the largest."
        + (" A quick run (less than the 1 GiB of the full run)." if args.size_mib < 1024 else ""),
        "",
        "| case | ratio | target | client peak RSS growth | target | met | detail |",
        "| --- | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    ok = True
    for name, ratio, growth, note in rows:
        # Uploads may hold the parts in flight on top (4 parts of 8 MB, as upload_file sends them).
        limit = 64 + (4 * 8_000_000 / MIB if name.startswith("upload") else 0)
        met = ratio >= 0.7 and growth <= limit
        ok = ok and met
        lines.append(
            f"| {name} | {ratio:.2f} | ≥ 0.7 | {growth:.1f} MiB | ≤ {limit:.0f} MiB | "
            f"{'yes' if met else 'NO'} | {note} |"
        )
    for name, fraction, growth, note in linked:
        limit = 64 + (4 * 8_000_000 / MIB if name.startswith("upload") else 0)
        met = fraction >= 0.9 and growth <= limit
        ok = ok and met
        lines.append(
            f"| {name} | {fraction:.2f} | ≥ 0.9 | {growth:.1f} MiB | ≤ {limit:.0f} MiB | "
            f"{'yes' if met else 'NO'} | {note} |"
        )
    if parallel is not None:
        parallel_ratio, parallel_note = parallel
        met = parallel_ratio <= 0.3
        ok = ok and met
        lines.append(
            f"| 16 parts, 50 ms late each: parallel / sequential | {parallel_ratio:.2f} | ≤ 0.3 | — | — | "
            f"{'yes' if met else 'NO'} | {parallel_note} |"
        )
    for delay, round_trip in round_trips.items():
        if round_trip is None:
            continue
        ratio, note = round_trip
        met = ratio <= 1.0
        ok = ok and met
        where = f"server answers each request after {delay * 1e3:.0f} ms" if delay else "loopback"
        lines.append(
            f"| an 8 MB file up and down ({where}): ours / established client | {ratio:.2f} | ≤ 1.0 |"
            f" — | — | {'yes' if met else 'NO'} | {note} |"
        )
    text = "\n".join(lines) + "\n"
    print(text)
    if args.output != "-":
        Path(args.output).write_text(text, encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
