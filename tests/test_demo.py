"""``make demo`` keeps working: scripts/demo.py runs end to end against the fake server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_demo_runs_end_to_end_and_leaves_home_alone(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TILEDB_")}
    env["HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "after 3 retries" in done.stdout
    assert "SHA-256 of the copy matches the original" in done.stdout
    assert "Demo finished" in done.stdout
    assert not (tmp_path / ".tiledb").exists()
