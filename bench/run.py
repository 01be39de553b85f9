"""``make bench``: speed and memory of ``tiledb.client`` against the established client.

Creates what it needs (the established client ``tiledb-client==3.0b12`` and a TileDB-Py-only
interpreter, each in its own venv under ``bench/.venvs/``; two loopback servers; token profiles in a
temporary home), runs every case for both clients alternately (A B A B ...) in fresh processes,
prints a table (both medians, the ratio ours / established, the floor where one applies, the
target) and writes it to ``bench/results.md``.

    python bench/run.py                # the full run (a few minutes)
    python bench/run.py --quick --ours-only --output -   # a smoke run in seconds
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
import tomllib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from tables import Row, fmt, machine, table  # noqa: E402 - a module beside this script

ROOT = HERE.parent
VENVS = HERE / ".venvs"
ESTABLISHED_PINS = ["tiledb-client==3.0b12", "tiledb==0.36.1"]
TILEDB_ONLY_PINS = ["tiledb==0.36.1"]


#: Extras of ours the benchmark installs: aiohttp is the async transport's default when present.
OURS_EXTRAS = ["aiohttp"]
#: Async stacks measured beside ours in the burst case (no client of ours in them).
COMPARED_STACKS = ["httpx-aiohttp"]


def _runtime_dependencies() -> list[str]:
    """The project's runtime dependencies (and :data:`OURS_EXTRAS`) as pyproject.toml declares
    them, TileDB-Py pinned; then the stacks compared in the burst case."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    declared = list(project["dependencies"])
    for extra in OURS_EXTRAS:
        declared += project["optional-dependencies"][extra]
    return [d for d in declared if not d.startswith("tiledb")] + TILEDB_ONLY_PINS + COMPARED_STACKS


# Ours gets a venv of its own too, with only its runtime dependencies (what `pip install` of the
# project brings, TileDB-Py pinned like the others): the dev venv's extras (pytest, rich, ...) would
# otherwise be imported along (httpx imports its optional CLI when it can) and inflate the figures.
OURS_PINS = _runtime_dependencies()
DELAY = 0.02  # seconds the slow server waits before each answer
BURST = 200  # calls at once
THREADS = 8


@dataclass
class Plan:
    """How many runs and calls each case gets."""

    import_rounds: int = 10
    cold_rounds: int = 20  # a whole interpreter each run: the noisiest case, so the most rounds
    small_rounds: int = 4
    small_calls: int = 300
    list_rounds: int = 4
    list_calls_ours: int = 30
    list_calls_established: int = 6
    list_count: int = 1000
    memory_rounds: int = 3
    memory_count: int = 10000
    burst_rounds: int = 3
    burst_repeats: int = 4
    burst_count: int = BURST
    sequential_count: int = 60
    pager_rounds: int = 3
    pager_calls: int = 2
    pager_count: int = 10000
    pager_per_page: int = 100

    @classmethod
    def quick(cls) -> Plan:
        return cls(1, 1, 1, 5, 1, 2, 1, 50, 1, 300, 1, 1, 10, pager_rounds=1, pager_calls=1, pager_count=300)


# ------------------------------------------------------------------------------------------ venvs


def _venv_python(name: str) -> Path:
    return VENVS / name / "bin" / "python"


def ensure_venv(name: str, pins: Sequence[str], log: Callable[[str], None]) -> Path:
    """A venv under bench/.venvs with exactly ``pins`` installed (made once, then reused)."""
    python = _venv_python(name)
    stamp = VENVS / name / ".bench-pins"
    wanted = "\n".join(pins)
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    log(f"creating bench/.venvs/{name} ({', '.join(pins)}) ...")
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENVS / name)], check=True)
    result = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *pins],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"bench: could not install {pins} into bench/.venvs/{name}")
    stamp.write_text(wanted)
    return python


# ---------------------------------------------------------------------------------- processes


def install_ours(python: Path, log: Callable[[str], None]) -> None:
    """Build this checkout into a wheel (with the current interpreter) and install it into ``python``."""
    log("installing this checkout into bench/.venvs/ours ...")
    with tempfile.TemporaryDirectory(prefix="tiledb-bench-wheel-") as wheels:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "-q",
                "--no-deps",
                "--no-build-isolation",
                "-w",
                wheels,
                str(ROOT),
            ],
            check=True,
        )
        (wheel,) = Path(wheels).glob("*.whl")
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "-q",
                "--disable-pip-version-check",
                "--no-deps",
                "--force-reinstall",
                str(wheel),
            ],
            check=True,
        )


def _child_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TILEDB_", "PYTHON"))}
    env["HOME"] = str(home)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_timed(argv: Sequence[str], env: dict[str, str]) -> tuple[float, int, str]:
    """Run a process to its end: (wall seconds, its own peak RSS in bytes, its stdout)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        pid = os.posix_spawn(argv[0], list(argv), env, file_actions=_redirects(out, err))
        _, status, usage = os.wait4(pid, 0)
        elapsed = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        text = out.read().decode()
        if os.waitstatus_to_exitcode(status) != 0:
            sys.stderr.write(err.read().decode(errors="replace"))
            raise SystemExit(f"bench: {' '.join(map(str, argv[:5]))} ... failed")
    return elapsed, usage.ru_maxrss * 1024, text


def _redirects(out: Any, err: Any) -> list[tuple[Any, ...]]:
    return [
        (os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
        (os.POSIX_SPAWN_DUP2, out.fileno(), 1),
        (os.POSIX_SPAWN_DUP2, err.fileno(), 2),
    ]


@contextmanager
def server(
    python: Path, delay: float, env: dict[str, str], *, script: str = "server.py", args: Sequence[str] = ()
) -> Iterator[str]:
    """A loopback benchmark server in its own process; yields its base URL."""
    argv = [str(python), str(HERE / script), *(["--delay", str(delay)] if script == "server.py" else args)]
    proc = subprocess.Popen(
        argv,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# ------------------------------------------------------------------------------------ the cases


@dataclass
class Bench:
    clients: dict[str, Path]  # "ours" / "established" -> interpreter
    base: Path  # TileDB-Py alone
    env: dict[str, str]
    home: Path
    fast_url: str
    slow_url: str
    tls_url: str  # HTTPS, HTTP/2 or HTTP/1.1 (h2server.py)
    ca_file: str
    plan: Plan
    log: Callable[[str], None]

    def profile_dir(self, client: str, url: str) -> str:
        return str(self.home / f"profiles-{client}-{url.rsplit(':', 1)[1]}")

    def worker(self, case: str, client: str, url: str, **options: int | str) -> dict[str, Any]:
        python = self.clients["established" if client == "established" else "ours"]
        if case == "concurrent" and client != "established":
            # HTTP/2 needs the h2 extra, which the venv of ours leaves out: installed, httpcore
            # imports h2 with its first connection, which every other case would pay for.
            python = Path(sys.executable)
        argv = [str(python), str(HERE / "worker.py"), case, client, "--url", url]
        argv += ["--profile-dir", self.profile_dir(client.split("-")[0], url)]
        if url == self.tls_url:
            argv += ["--ca-file", self.ca_file]
        for name, value in options.items():
            argv += [f"--{name}", str(value)]
        _, _, out = run_timed(argv, self.env)
        return json.loads(out) if out.strip() else {}

    def setup_profiles(self) -> None:
        for client in self.clients:
            for url in (self.fast_url, self.slow_url, self.tls_url):
                os.makedirs(self.profile_dir(client, url), exist_ok=True)
                self.worker("setup", client, url)

    def alternate(self, rounds: int, run: Callable[[str], Any]) -> dict[str, list[Any]]:
        """Run ``run(client)`` for every client in turn (A B A B ...), ``rounds`` times."""
        results: dict[str, list[Any]] = {client: [] for client in self.clients}
        for _ in range(rounds):
            for client in self.clients:
                results[client].append(run(client))
        return results

    # -- whole processes

    def imports(self) -> list[Row]:
        self.log("import tiledb.client (whole process) ...")
        code = {
            "base": "import tiledb",
            "ours": "import tiledb.client",
            "established": "import tiledb.client",
        }
        pythons = {"base": self.base, **self.clients}
        times: dict[str, list[float]] = {k: [] for k in pythons}
        peaks: dict[str, list[float]] = {k: [] for k in pythons}
        for name, python in pythons.items():  # warm the disk cache and byte code
            run_timed([str(python), "-c", code[name]], self.env)
        for _ in range(self.plan.import_rounds):
            for name, python in pythons.items():
                elapsed, peak, _ = run_timed([str(python), "-c", code[name]], self.env)
                times[name].append(elapsed)
                peaks[name].append(peak)
        base_t, base_m = statistics.median(times["base"]), statistics.median(peaks["base"])

        def over(values: dict[str, list[float]], client: str, base: float) -> float | None:
            """The median of the per-round differences to the baseline (paired: less noise)."""
            if not values.get(client):
                return None
            return statistics.median(a - b for a, b in zip(values[client], values["base"], strict=True))

        note = (
            f"`import tiledb` alone (TileDB-Py only): {base_t * 1e3:.0f} ms, {base_m / 2**20:.0f} MiB;"
            " the figures are the extra over it, the median of the differences round by round (a few ms or"
            " MiB either way is noise: the two venvs differ)"
        )
        return [
            Row(
                "`import tiledb.client`: time over `import tiledb`",
                "ms",
                _ms(over(times, "ours", base_t)),
                _ms(over(times, "established", base_t)),
                "≤ 0.15",
                0.15,
                note=note,
                samples=times,
            ),
            Row(
                "`import tiledb.client`: peak memory over `import tiledb`",
                "MiB",
                _mib(over(peaks, "ours", base_m)),
                _mib(over(peaks, "established", base_m)),
                "≤ 0.3",
                0.3,
                samples=peaks,
            ),
        ]

    def cold_start(self) -> list[Row]:
        self.log("cold start ...")

        def code(client: str) -> str:
            where = "tc" if client == "ours" else "tc.client"
            profile_dir = self.profile_dir(client, self.fast_url)
            return (
                "import tiledb.client as tc\n"
                f"tc.login(profile_name='bench', profile_dir={profile_dir!r})\n"
                f"user, _ = {where}.get_self_user()\n"
                "assert user.username == 'alice'\n"
            )

        # The floor: a process of ours' interpreter importing only what the first answer needs
        # besides our code (TileDB-Py, httpx, httpcore under its transport, attrs under the models).
        floor_argv = [str(self.clients["ours"]), "-c", "import tiledb, httpx, httpcore, attrs"]
        floors: list[float] = []

        def run(client: str) -> float:
            elapsed = run_timed([str(self.clients[client]), "-c", code(client)], self.env)[0]
            if client == "ours":
                floors.append(run_timed(floor_argv, self.env)[0])
            return elapsed

        for client, python in self.clients.items():
            run_timed([str(python), "-c", code(client)], self.env)
        runs = self.alternate(self.plan.cold_rounds, run)
        floor = statistics.median(floors) if floors else None
        established = _median(runs, "established")
        note = (
            "floor: `import tiledb, httpx, httpcore, attrs` alone (what the first answer imports besides"
            " our code)"
        )
        if floor and established:
            note += f"; floor / established = {floor / established:.3f}"
        return [
            Row(
                "cold start: new process, import, `login()` (token profile), one `get_self_user()`",
                "ms",
                _ms(_median(runs, "ours")),
                _ms(established),
                "≤ 0.45",
                0.45,
                floor=_ms(floor) if floor is not None else None,
                note=note,
                samples=runs,
            )
        ]

    # -- per call, in a long-lived process

    def small_call(self) -> list[Row]:
        self.log("one small call (GET /v4/users/self) ...")
        floors: list[float] = []

        def run(client: str) -> list[float]:
            result = self.worker("small", client, self.fast_url, calls=self.plan.small_calls)
            floors.extend(result.get("floor", []))
            return list(result["times"])

        runs = self.alternate(self.plan.small_rounds, run)
        return [
            Row(
                "one small call (`GET /v4/users/self`), sequential, per call",
                "ms",
                _ms(_pooled(runs, "ours")),
                _ms(_pooled(runs, "established")),
                "≤ 1.0",
                1.0,
                floor=_ms(statistics.median(floors)) if floors else None,
                samples=runs,
            )
        ]

    def list_call(self) -> list[Row]:
        count = self.plan.list_count
        self.log(f"list_assets of {count} assets ...")
        floors: list[float] = []

        def run(client: str) -> list[float]:
            calls = self.plan.list_calls_ours if client == "ours" else self.plan.list_calls_established
            result = self.worker("list", client, self.fast_url, calls=calls, count=count)
            floors.extend(result.get("floor", []))
            return list(result["times"])

        runs = self.alternate(self.plan.list_rounds, run)
        size = len(_encoded_list(count))
        return [
            Row(
                f"`list_assets` answering {count:,} assets ({size / 1000:.0f} KB), per call",
                "ms",
                _ms(_pooled(runs, "ours")),
                _ms(_pooled(runs, "established")),
                "≤ 0.05 and ≤ 3x floor",
                0.05,
                floor=_ms(statistics.median(floors)) if floors else None,
                floor_limit=3.0,
                note="floor: a bare `httpx` GET of the same body on loopback + `json.loads`",
                samples=runs,
            )
        ]

    def pager(self) -> list[Row]:
        count, per_page = self.plan.pager_count, self.plan.pager_per_page
        pages = -(-count // per_page)
        self.log(
            f"assets.list_assets: {count} assets in pages of {per_page}, {DELAY * 1e3:.0f} ms a page ..."
        )

        def run(client: str) -> list[float]:
            options = {"calls": self.plan.pager_calls, "count": count, "per-page": per_page}
            return list(self.worker("pager", client, self.slow_url, **options)["times"])

        runs = self.alternate(self.plan.pager_rounds, run)
        return [
            Row(
                f"listing {count:,} assets in pages of {per_page} through `assets.list_assets`, server"
                f" answers after {DELAY * 1e3:.0f} ms (whole listing)",
                "ms",
                _ms(_pooled(runs, "ours")),
                _ms(_pooled(runs, "established")),
                "≤ 0.2",
                0.2,
                note=f"{pages} pages one after another take at least {pages} x {DELAY * 1e3:.0f} ms ="
                f" {pages * DELAY * 1e3:.0f} ms; ours fetches the following pages ahead, in parallel",
                samples=runs,
            )
        ]

    def pager_memory(self) -> list[Row]:
        count, per_page = self.plan.pager_count, self.plan.pager_per_page
        self.log(f"memory while iterating {count} assets in pages of {per_page} ...")
        runs = self.alternate(
            self.plan.memory_rounds,
            lambda c: self.worker("pagermem", c, self.fast_url, count=count, **{"per-page": per_page})[
                "peak"
            ],
        )
        return [
            Row(
                f"peak memory while iterating all {count:,} assets of a folder through"
                f" `assets.list_assets`, pages of {per_page} (RSS growth)",
                "MiB",
                _mib(_median(runs, "ours")),
                _mib(_median(runs, "established")),
                "≤ 0.5",
                0.5,
                note=(
                    "none kept: each asset is counted and dropped; ours holds pages as their JSON text and"
                    " fetches ahead as many as the server's answer time calls for"
                ),
                samples=runs,
            )
        ]

    def get_asset(self) -> list[Row]:
        self.log("assets.get_asset by path, id and URI ...")

        def run(client: str) -> list[float]:
            return list(
                self.worker("getasset", client, self.fast_url, calls=self.plan.small_calls // 3)["times"]
            )

        runs = self.alternate(self.plan.small_rounds, run)
        return [
            Row(
                "`assets.get_asset` by path, by id and by URI, per call",
                "ms",
                _ms(_pooled(runs, "ours")),
                _ms(_pooled(runs, "established")),
                "≤ 1.0",
                1.0,
                note="the three kinds alternate; each sends one GET (the request count is a unit test)",
                samples=runs,
            )
        ]

    def memory(self) -> list[Row]:
        count = self.plan.memory_count
        self.log(f"memory while holding {count} parsed assets ...")
        runs = self.alternate(
            self.plan.memory_rounds, lambda c: self.worker("memory", c, self.fast_url, count=count)
        )
        peak = {c: [r["peak"] for r in v] for c, v in runs.items()}
        held = {c: [r["held"] for r in v] for c, v in runs.items()}
        note = "held after the call (RSS growth): " + ", ".join(
            f"{c} {_mib(statistics.median(v)):.0f} MiB" for c, v in held.items() if v
        )
        return [
            Row(
                f"peak memory while holding a parsed {count:,}-asset answer (RSS growth)",
                "MiB",
                _mib(_median(peak, "ours")),
                _mib(_median(peak, "established")),
                "≤ 0.5",
                0.5,
                note=note,
                samples=peak,
            )
        ]

    def bursts(self) -> list[Row]:
        count = self.plan.burst_count
        self.log(f"{count} calls at once against a server that answers after {DELAY * 1e3:.0f} ms ...")
        stacks = ["ours-async-httpx", "httpx-stock", "httpx-aiohttp", "aiohttp-bare"]
        variants = ["ours-async", "ours", "floor", *stacks]
        variants += ["established"] if "established" in self.clients else []
        runs: dict[str, list[float]] = {v: [] for v in variants}
        for _ in range(self.plan.burst_rounds):
            for variant in variants:
                result = self.worker(
                    "burst", variant, self.slow_url, calls=self.plan.burst_repeats, count=count
                )
                runs[variant].extend(result["times"])
        est = _ms(_median(runs, "established"))
        waves = -(-count // THREADS)
        names = {
            "ours-async-httpx": "ours on httpx's async pool (`TILEDB_CLIENT_ASYNC_TRANSPORT=httpx`)",
            "httpx-stock": f"stock `httpx.AsyncClient` (pool of {count})",
            "httpx-aiohttp": "httpx over the `httpx-aiohttp` transport",
            "aiohttp-bare": "bare aiohttp",
        }
        others = "; ".join(
            f"{names[v]} {fmt(_ms(_median(runs, v)), 'ms')}"
            + (f" ({_median(runs, v) / _median(runs, 'established'):.3f}x)" if est else "")
            for v in stacks
            if runs[v]
        )
        return [
            Row(
                f"{count} calls at once, server answers after {DELAY * 1e3:.0f} ms: async Api classes"
                " (wall time)",
                "ms",
                _ms(_median(runs, "ours-async")),
                est,
                "≤ 0.2",
                0.2,
                floor=_ms(_median(runs, "aiohttp-bare")),
                note=f"ours over aiohttp (the `aiohttp` extra, its default when installed); floor: bare"
                f" aiohttp, no client. The other async stacks, same run: {others}. Established:"
                f" `async_req=True` on its pool of {THREADS} threads; {THREADS} at a time"
                f" take at least {waves} x {DELAY * 1e3:.0f} ms = {waves * DELAY * 1e3:.0f} ms,"
                f" all at once {DELAY * 1e3:.0f} ms",
                samples={"ours": runs["ours-async"], "established": runs.get("established", [])},
            ),
            Row(
                f"{count} calls at once, server answers after {DELAY * 1e3:.0f} ms: `pool_threads={THREADS}`"
                " (wall time)",
                "ms",
                _ms(_median(runs, "ours")),
                est,
                "≤ 1.0",
                1.0,
                floor=_ms(_median(runs, "floor")),
                note=f"floor: the same bursts from {THREADS} threads of bare `http.client`, no client",
                samples={"ours": runs["ours"], "established": runs.get("established", [])},
            ),
        ]

    def connections(self) -> list[Row]:
        sequential, concurrent = self.plan.sequential_count, BURST
        self.log(f"connections opened by {sequential} sequential and {concurrent} concurrent async calls ...")
        one_by_one = {c: self.worker("sequential", c, self.fast_url, count=sequential) for c in self.clients}
        at_once = {c: self.worker("concurrent", c, self.tls_url, count=concurrent) for c in self.clients}
        ours_h2 = at_once["ours"]["http2"]
        return [
            Row(
                f"{sequential} sequential async calls: connections opened",
                "count",
                one_by_one["ours"]["opened"],
                one_by_one.get("established", {}).get("opened"),
                "ours = 1",
                ours_limit=1,
                note="ours: one async Api object awaited in one event loop; established: `async_req=True`",
            ),
            Row(
                f"{concurrent} concurrent async calls over HTTP/2: connections opened",
                "count",
                at_once["ours"]["opened"],
                at_once.get("established", {}).get("opened"),
                "ours = 1",
                ours_limit=1,
                note=f"ours: `set_http2(True)`, {ours_h2} connection(s) spoke HTTP/2; established: HTTP/1.1"
                f" only, `async_req=True` on {THREADS} threads",
            ),
        ]


def _median(runs: dict[str, list[Any]], client: str) -> float | None:
    values = runs.get(client) or []
    return statistics.median(values) if values else None


def _pooled(runs: dict[str, list[list[float]]], client: str) -> float | None:
    values = [t for run in runs.get(client, []) for t in run]
    return statistics.median(values) if values else None


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else seconds * 1e3


def _mib(size: float | None) -> float | None:
    return None if size is None else size / 2**20


def _encoded_list(count: int) -> bytes:
    sys.path.insert(0, str(HERE))
    import bodies

    return bodies.encode(bodies.asset_list(count))


# ------------------------------------------------------------------------------------- the table


def _version(python: Path, module: str) -> str:
    code = f"import importlib.metadata as m; print(m.version({module!r}))"
    result = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=False)
    return result.stdout.strip() or "?"


def report(rows: list[Row], bench: Bench, elapsed: float, quick: bool) -> str:
    ours, est = bench.clients["ours"], bench.clients.get("established")
    versions = (
        f"ours: tiledb-rest-client {_version(ours, 'tiledb-rest-client')} (httpx {_version(ours, 'httpx')})"
    )
    if est is not None:
        versions += (
            f"; established: tiledb-client {_version(est, 'tiledb-client')}"
            f" (urllib3 {_version(est, 'urllib3')})"
        )
    versions += f"; TileDB-Py {_version(bench.base, 'tiledb')}"
    plan = bench.plan
    method = (
        f"Each case runs in fresh processes, the clients alternately (A B A B ...): imports "
        f"{plan.import_rounds} rounds, cold start {plan.cold_rounds}; per-call cases {plan.small_rounds} "
        f"rounds of {plan.small_calls} small calls and {plan.list_rounds} rounds of list calls "
        f"({plan.list_calls_ours} ours, {plan.list_calls_established} established); memory "
        f"{plan.memory_rounds} rounds; bursts {plan.burst_rounds} rounds of {plan.burst_repeats}. "
        "Medians throughout. The servers (`bench/server.py`, canned schema-valid bodies, keep-alive, "
        "its own process) answer on 127.0.0.1. Ours is called through `tiledb.client.build(...)` Api "
        "classes after `tiledb.client.login()` from a token profile; the established client through "
        "its `tiledb.client._common.api_v4` Api classes after its own `login()`."
    )
    header = [
        "# Benchmark: tiledb.client vs the established client" + (" (smoke run)" if quick else ""),
        "",
        f"Machine: {machine()}.  ",
        f"Versions: {versions}.  ",
        f"Run: {time.strftime('%Y-%m-%d %H:%M %Z')}, {elapsed:.0f} s (`make bench`, `bench/run.py`).",
        "",
        method,
        "",
        "",
    ]
    return "\n".join(header) + table(rows) + "\n"


# ---------------------------------------------------------------------------------------- main


CASES = ["import", "cold", "small", "list", "pager", "pagermem", "getasset", "memory", "burst", "connections"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny counts (a smoke run)")
    parser.add_argument("--ours-only", action="store_true", help="leave the established client out")
    parser.add_argument("--cases", default=",".join(CASES), help=f"comma separated, of {CASES}")
    parser.add_argument("--output", default=str(HERE / "results.md"), help="'-' for none")
    parser.add_argument(
        "--python",
        help="an interpreter that has this tiledb.client already (default: install it into bench/.venvs/ours;"
        " with --ours-only: this interpreter)",
    )
    args = parser.parse_args(argv)
    cases = [c.strip() for c in args.cases.split(",") if c.strip()]
    unknown = set(cases) - set(CASES)
    if unknown:
        parser.error(f"unknown cases: {sorted(unknown)}")
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"[bench {time.perf_counter() - started:5.0f} s] {message}", file=sys.stderr, flush=True)

    if args.python:
        ours = Path(args.python)
    elif args.ours_only:
        ours = Path(sys.executable)
    else:
        ours = ensure_venv("ours", OURS_PINS, log)
        install_ours(ours, log)
    clients = {"ours": ours}
    if args.ours_only:
        base = ours  # this venv has TileDB-Py without the established client
    else:
        clients["established"] = ensure_venv("established", ESTABLISHED_PINS, log)
        base = ensure_venv("tiledb-only", TILEDB_ONLY_PINS, log)
    plan = Plan.quick() if args.quick else Plan()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="tiledb-bench-") as tmp:
        home = Path(tmp)
        env = _child_env(home)
        python = Path(sys.executable)
        ca_file = str(home / "bench-ca.pem")
        with (
            server(python, 0.0, env) as fast_url,
            server(python, DELAY, env) as slow_url,
            server(python, 0.0, env, script="h2server.py", args=["--ca-file", ca_file]) as tls_port_url,
        ):
            tls_url = tls_port_url.replace("http://127.0.0.1", "https://localhost")
            bench = Bench(clients, base, env, home, fast_url, slow_url, tls_url, ca_file, plan, log)
            bench.setup_profiles()
            steps = {
                "import": bench.imports,
                "cold": bench.cold_start,
                "small": bench.small_call,
                "list": bench.list_call,
                "pager": bench.pager,
                "pagermem": bench.pager_memory,
                "getasset": bench.get_asset,
                "memory": bench.memory,
                "burst": bench.bursts,
                "connections": bench.connections,
            }
            for case in cases:
                rows.extend(steps[case]())
        text = report(rows, bench, time.perf_counter() - started, args.quick)
    print(text)
    if args.output != "-":
        Path(args.output).write_text(text)
        log(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
