"""Static types seen by users: mypy checks each ``*_cases.py`` here against the installed package."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

CASES = sorted(p for p in Path(__file__).parent.glob("*_cases.py") if not p.name.startswith("test_"))


@pytest.mark.parametrize("cases", CASES, ids=lambda p: p.stem)
def test_types_flow_and_bad_calls_are_caught(tmp_path: Path, cases: Path) -> None:
    pytest.importorskip("mypy")
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n")
    args = ["--config-file", str(config), "--strict", "--cache-dir", str(tmp_path / "cache"), str(cases)]
    done = subprocess.run(
        [sys.executable, "-m", "mypy", *args], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    stdout, stderr = done.stdout, done.stderr
    reported = {
        (int(m[1]), m[2])
        for m in re.finditer(rf"{re.escape(cases.name)}:(\d+): error: .*\[([a-z-]+)\]$", stdout, re.M)
    }
    expected = {
        (number, m[1])
        for number, line in enumerate(cases.read_text().splitlines(), 1)
        if (m := re.search(r"# E: ([a-z-]+)$", line))
    }
    assert expected, f"{cases.name} lost its expectations"
    assert reported == expected, stdout + stderr
