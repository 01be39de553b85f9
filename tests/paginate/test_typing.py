"""Static types of ``paginate``/``apaginate``: mypy checks ``typing_cases.py`` (installed package)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

CASES = Path(__file__).with_name("typing_cases.py")


def test_item_type_flows_and_bad_calls_are_caught(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n")
    args = ["--config-file", str(config), "--strict", "--cache-dir", str(tmp_path / "cache"), str(CASES)]
    done = subprocess.run(
        [sys.executable, "-m", "mypy", *args], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    stdout, stderr = done.stdout, done.stderr
    reported = {
        (int(m[1]), m[2])
        for m in re.finditer(r"typing_cases\.py:(\d+): error: .*\[([a-z-]+)\]$", stdout, re.M)
    }
    expected = {
        (number, m[1])
        for number, line in enumerate(CASES.read_text().splitlines(), 1)
        if (m := re.search(r"# E: ([a-z-]+)$", line))
    }
    assert expected, "typing_cases.py lost its expectations"
    assert reported == expected, stdout + stderr
