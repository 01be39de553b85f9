"""Eight processes save profiles into one directory at the same moment: nothing is lost.

Each round, eight spawned processes wait at a barrier, then each saves its own profile and
overwrites a shared one. After every round the parent checks the file (valid JSON, every profile
so far present and loadable by TileDB-Py, mode 0600, no temporary copy left behind); a ninth
process reads the file all along and must never see a partial one.
"""

from __future__ import annotations

import json
import multiprocessing
import stat
from pathlib import Path

import tiledb

from . import _workers
from .support import FIGURES, SecretWatch

PROCESSES = 8
ROUNDS = 6


def test_eight_processes_saving_at_once_lose_nothing(profile_dir: str, watch: SecretWatch) -> None:
    ctx = multiprocessing.get_context("spawn")
    start, done = ctx.Barrier(PROCESSES + 1), ctx.Barrier(PROCESSES + 1)
    stop, result = ctx.Event(), ctx.Queue()
    path = Path(profile_dir, "profiles.json")
    writers = [
        ctx.Process(target=_workers.configure_rounds, args=(i, profile_dir, ROUNDS, start, done))
        for i in range(PROCESSES)
    ]
    reader = ctx.Process(target=_workers.read_until, args=(str(path), stop, result))
    for process in [*writers, reader]:
        process.start()
    lost = 0
    try:
        for r in range(ROUNDS):
            start.wait(timeout=120)  # every writer is ready: go
            done.wait(timeout=120)  # every writer saved its profiles of this round
            data = json.loads(path.read_bytes())
            assert data["version"] == 1
            wanted = {f"p{i}-r{n}" for i in range(PROCESSES) for n in range(r + 1)} | {"shared"}
            missing = wanted - set(data)
            lost += len(missing)
            assert not missing, f"round {r}: lost {sorted(missing)}"
            assert set(data) == wanted | {"version"}
            shared = data["shared"]["rest.token"]
            assert shared.startswith("tdb-ws_shared-SECRETshared") and shared.endswith(f"r{r}")
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
            assert not [p for p in path.parent.iterdir() if p.name.startswith(".profiles-")]
            FIGURES.add("profile_writes", 2 * PROCESSES)
    finally:
        stop.set()
        for process in writers:
            process.join(60)
        reads, bad = result.get(timeout=60)
        reader.join(60)
        FIGURES.add("profiles_lost", lost)
    assert [p.exitcode for p in writers] == [0] * PROCESSES
    assert reader.exitcode == 0
    assert reads > 0 and bad == 0, f"{bad} of {reads} reads saw a partial file"
    for i in range(PROCESSES):
        for r in range(ROUNDS):
            token = f"tdb-ws_conc{i}-SECRETp{i}r{r}"
            watch.secret(f"token of p{i}-r{r}", token)
            assert tiledb.Profile.load(f"p{i}-r{r}", profile_dir)["rest.token"] == token
