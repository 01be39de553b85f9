"""Process bodies of the concurrency tests (importable by ``multiprocessing`` spawn children)."""

from __future__ import annotations

import json
import os
import time
from typing import Any


def configure_rounds(index: int, directory: str, rounds: int, start: Any, done: Any) -> None:
    """Each round: wait for everyone, save ``p<index>-r<round>`` and overwrite ``shared``."""
    from tiledb.client import configure

    try:
        for r in range(rounds):
            start.wait(timeout=60)
            configure(
                token=f"tdb-ws_conc{index}-SECRETp{index}r{r}",
                host="h.example",
                profile_name=f"p{index}-r{r}",
                profile_dir=directory,
            )
            configure(
                token=f"tdb-ws_shared-SECRETshared{index}r{r}",
                host="h.example",
                profile_name="shared",
                profile_dir=directory,
                overwrite=True,
            )
            done.wait(timeout=60)
    except BaseException:
        start.abort()
        done.abort()
        raise


def read_until(path: str, stop: Any, result: Any) -> None:
    """Read ``path`` over and over; count the reads that were not a whole JSON object."""
    reads = bad = 0
    while not stop.is_set():
        try:
            with open(path, "rb") as stream:
                raw = stream.read()
        except FileNotFoundError:
            time.sleep(0.001)
            continue
        reads += 1
        try:
            if not isinstance(json.loads(raw), dict):
                bad += 1
        except ValueError:
            bad += 1
        os.sched_yield()
    result.put((reads, bad))
