"""The example of every high-level docs page runs against the fake server, as a user would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tiledb.client.testing import FakeServer

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples" / "highlevel"
PAGES = ROOT / "docs" / "highlevel"
MODULES = [
    "assets",
    "folders",
    "teamspaces",
    "workspaces",
    "users",
    "tokens",
    "storagesettings",
    "credentials",
]

#: A line each example must print, showing it did its job.
EXPECTED = {
    "assets": "status 404",
    "folders": "demo/y2025/sales",
    "teamspaces": "lab public",
    "workspaces": "alice-ws alice owner",
    "users": "Data team UTC",
    "tokens": "nightly-job",
    "storagesettings": "s3://b/cold",
    "credentials": "ci-keys AWS True",
}


@pytest.mark.parametrize("module", MODULES)
def test_example_runs(module: str, server: FakeServer, tmp_path: Path) -> None:
    script = EXAMPLES / f"{module}.py"
    page = (PAGES / f"{module}.md").read_text()
    assert f'--8<-- "highlevel/{module}.py"' in page
    assert f"::: tiledb.client.{module}" in page
    env = {k: v for k, v in os.environ.items() if not k.startswith("TILEDB_")}
    env.update(HOME=str(tmp_path), TILEDB_REST_SERVER_ADDRESS=server.url, TILEDB_REST_TOKEN=server.token)
    done = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert EXPECTED[module] in done.stdout, done.stdout
    assert server.token not in done.stdout + done.stderr


def test_code_blocks_of_the_pages_fit_the_page() -> None:
    import re

    wide = []
    for page in [*PAGES.glob("*.md"), ROOT / "docs" / "migration.md"]:
        for match in re.finditer(r"^( *)```(\w*)[^\n]*\n(.*?)^\1```", page.read_text(), re.M | re.S):
            wide += [f"{page.name}: {line}" for line in match[3].splitlines() if len(line) > 78]
    assert not wide, "\n".join(wide)


def test_example_lines_fit_the_page() -> None:
    wide = [
        f"{p.name}: {line}"
        for p in EXAMPLES.glob("*.py")
        for line in p.read_text().splitlines()
        if len(line) > 78
    ]
    assert not wide, "\n".join(wide)
