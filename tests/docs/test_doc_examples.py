"""Every Python example of ``docs/*.md`` runs, against the fake server, in a fresh process per page.

The blocks of one page run in order in one namespace (an example may use what an earlier one of
the same page defined), with a private ``HOME`` and no inherited ``TILEDB_*`` variable. Before the
first block, a default profile points at a fresh fake server (a token profile for its seeded user,
``alice``), unless the page says it creates that profile itself with the marker
``<!-- examples: start without a default profile ... -->``. The names ``fake_server`` (the
``FakeServer``) and ``tmp_path`` (a private directory) are defined, for the examples of the testing
guide, written as fragments of a test that takes those fixtures.

The placeholders readers replace with their own values are replaced here with the fake server's
(:data:`PLACEHOLDERS`). A block that can not run says so, with the reason, in an HTML comment right
above it: ``<!-- not run: reason -->`` (it does not show on the page). A block that includes a file
(``--8<-- "file.py"``) is run by the test of that file instead.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

NOT_RUN = re.compile(r"<!-- not run: (?P<reason>\S.*?) -->\s*$")
FRESH_HOME = "<!-- examples: start without a default profile"
SNIPPET = re.compile(r'^--8<-- "(?P<file>[^"]+)"\s*$')
BLOCK = re.compile(r"^(?P<indent> *)```(?P<lang>\w*)[^\n]*\n(?P<code>.*?)^(?P=indent)```", re.M | re.S)

#: What the docs write for the reader's own values -> the fake server's (filled in by the runner).
PLACEHOLDERS = {
    '"api.tiledb.com"': "json.dumps(fake_server.url)",
    '"<your API token>"': "json.dumps(fake_server.token)",
    '"my-ws"': "json.dumps(fake_server.workspace_name)",
    'username="me"': "'username=' + json.dumps(fake_server.username)",
    'password="..."': "'password=' + json.dumps(fake_server.password)",
}

RUNNER = """
import json, os, pathlib, sys
import tiledb.client as tc
from tiledb.client.testing import FakeServer

page = json.loads(pathlib.Path(sys.argv[1]).read_text())
tmp_path = pathlib.Path(sys.argv[2])
with FakeServer() as fake_server:
    placeholders = {key: eval(value) for key, value in page["placeholders"].items()}
    if not page["fresh_home"]:
        tc.configure(token=fake_server.token, host=fake_server.url)
    namespace = {"__name__": "__main__", "fake_server": fake_server, "tmp_path": tmp_path}
    for block in page["blocks"]:
        code = block["code"]
        for placeholder, value in placeholders.items():
            code = code.replace(placeholder, value)
        print("--- " + block["where"], flush=True)
        exec(compile(code, block["where"], "exec"), namespace)
print("--- all blocks ran", flush=True)
"""


def _blocks(page: Path) -> tuple[list[dict[str, str]], list[str]]:
    """The runnable Python blocks of ``page`` and the reasons of the ones it opts out."""
    text = page.read_text(encoding="utf-8")
    runnable: list[dict[str, str]] = []
    skipped: list[str] = []
    for match in BLOCK.finditer(text):
        if match["lang"] != "python":
            continue
        indent = len(match["indent"])
        code = "".join(line[indent:] for line in match["code"].splitlines(keepends=True))
        line = text.count("\n", 0, match.start()) + 1
        before = text[: match.start()].rstrip("\n ").rsplit("\n", 1)[-1]
        opted_out = NOT_RUN.search(before)
        if opted_out:
            skipped.append(opted_out["reason"])
            continue
        if SNIPPET.match(code.strip()):
            assert (DOCS / "examples" / SNIPPET.match(code.strip())["file"]).is_file()  # type: ignore[index]
            continue
        runnable.append({"where": f"docs/{page.name}, line {line}", "code": code})
    return runnable, skipped


PAGES = sorted(p for p in DOCS.glob("*.md") if _blocks(p)[0])


def test_pages_with_examples_are_found() -> None:
    names = {p.name for p in PAGES}
    assert {"quickstart.md", "models.md", "tokens.md", "pagination.md", "testing.md"} <= names


def test_opt_outs_are_rare_and_give_a_reason() -> None:
    reasons = [r for page in DOCS.glob("*.md") for r in _blocks(page)[1]]
    assert all(len(reason) >= 15 for reason in reasons), reasons
    assert len(reasons) <= 3, reasons  # sparingly: each one is an example nobody checks


def test_the_marker_parser_can_fail() -> None:
    assert NOT_RUN.search("<!-- not run: needs a real account -->")
    assert not NOT_RUN.search("<!-- not run: -->") and not NOT_RUN.search("not run: x")


def _run_page(page: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    blocks, _ = _blocks(page)
    spec = {
        "blocks": blocks,
        "placeholders": PLACEHOLDERS,
        "fresh_home": FRESH_HOME in page.read_text(encoding="utf-8"),
    }
    (tmp_path / "page.json").write_text(json.dumps(spec))
    runner = tmp_path / "run_page.py"
    runner.write_text(RUNNER)
    work = tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TILEDB_")}
    env["HOME"] = str(tmp_path / "home")
    return subprocess.run(
        [sys.executable, str(runner), str(tmp_path / "page.json"), str(work)],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_python_example_of_the_page_runs(page: Path, tmp_path: Path) -> None:
    done = _run_page(page, tmp_path)
    assert done.returncode == 0, f"{page.name}:\n{done.stdout}\n{done.stderr}"
    assert done.stdout.rstrip().endswith("--- all blocks ran")


def test_a_broken_example_fails_and_an_opted_out_one_does_not_run(tmp_path: Path) -> None:
    page = tmp_path / "broken.md"
    page.write_text(
        "# A page\n\n<!-- not run: it would raise, on purpose -->\n```python\nraise SystemExit(3)\n```\n\n"
        "```python\nimport tiledb.client as tc\nprint(tc.get_user().username)\n```\n\n"
        "```python\nfrom tiledb.client.rest_api.api import TokensApi\n"
        'tc.build(TokensApi).list_tokens("user")\n```\n'
    )
    done = _run_page(page, tmp_path)
    assert done.returncode == 1
    assert "alice" in done.stdout and "SystemExit" not in done.stderr
    assert "broken.md, line " in done.stderr and "must be one of 'api', 'session'" in done.stderr
