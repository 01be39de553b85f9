"""The documentation: it builds without a warning, its examples run, its code fits the page."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tiledb.client.testing import FakeServer

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
#: The widest code line that shows without a horizontal scroll bar in the theme at 1280 px.
CODE_WIDTH = 78


def _clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TILEDB_")}
    env["HOME"] = str(tmp_path)
    env["NO_MKDOCS_2_WARNING"] = "1"
    return env


def _code_blocks(markdown: str) -> list[tuple[str, str]]:
    """``(language, code)`` of every fenced block, dedented (blocks inside tabs are indented)."""
    blocks = []
    for match in re.finditer(r"^( *)```(\w*)[^\n]*\n(.*?)^\1```", markdown, re.M | re.S):
        indent = len(match[1])
        code = "".join(line[indent:] for line in match[3].splitlines(keepends=True))
        blocks.append((match[2], code))
    return blocks


@pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None, reason="the docs extra is not installed")
def test_site_builds_strictly(tmp_path: Path) -> None:
    site = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=_clean_env(tmp_path),
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # use_directory_urls: false, so every page is a file and links work with the site opened from disk.
    pages = (
        "quickstart",
        "profiles",
        "retries",
        "logging",
        "testing",
        "regenerating",
        "cli",
        "models",
        "tokens",
    )
    for page in pages:
        assert (site / f"{page}.html").is_file(), page
    assert 'href="quickstart.html"' in (site / "index.html").read_text()
    from tiledb.client.rest_api.api import API_CLASSES
    from tiledb.client.rest_api.models import MODELS

    for name, tag in API_CLASSES.items():
        assert (
            f'id="tiledb.client.rest_api.api.{tag}.{name}"'
            in (site / "reference" / "api" / f"{tag}.html").read_text()
        ), name
    for name in MODELS:
        assert (site / "reference" / "models" / f"{name}.html").is_file(), name
    # Signature types link to the model pages.
    tokens = (site / "reference" / "api" / "tokens.html").read_text()
    assert 'href="../models/TokenCreateRequest.html' in tokens, "no link from a signature to its model"
    reference = (site / "reference" / "client.html").read_text()
    for name in ("configure", "login", "build", "paginate", "apaginate", "get_user_workspaces"):
        assert f'id="tiledb.client.{name}"' in reference, name
    assert ":func:" not in reference and ":class:" not in reference


def test_code_blocks_fit_the_page() -> None:
    too_wide = []
    for page in sorted(DOCS.glob("*.md")):
        for _, code in _code_blocks(page.read_text()):
            too_wide += [f"{page.name}: {line}" for line in code.splitlines() if len(line) > CODE_WIDTH]
    for example in sorted((DOCS / "examples").glob("*.py")):
        lines = example.read_text().splitlines()
        too_wide += [f"{example.name}: {line}" for line in lines if len(line) > CODE_WIDTH]
    assert not too_wide, "\n".join(too_wide)


def test_the_testing_guide_example_passes(tmp_path: Path) -> None:
    example = DOCS / "examples" / "test_my_app.py"
    assert '--8<-- "test_my_app.py"' in (DOCS / "testing.md").read_text()
    pytest_args = ["-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path), str(example)]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", *pytest_args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=_clean_env(tmp_path),
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 passed" in done.stdout


def test_the_quickstart_calls_run_against_the_fake_server(tmp_path: Path) -> None:
    text = (DOCS / "quickstart.md").read_text()
    calls = text[text.index("## 4. First calls") : text.index("## No account?")]
    code = "\n".join(code for lang, code in _code_blocks(calls) if lang == "python")
    assert "tc.paginate" in code and "tc.apaginate" in code and "except ApiError" in code
    script = tmp_path / "quickstart.py"
    script.write_text(code.replace('"my-ws"', '"alice-ws"'))
    with FakeServer() as server:
        env = _clean_env(tmp_path)
        env["TILEDB_REST_SERVER_ADDRESS"] = server.url
        env["TILEDB_REST_TOKEN"] = server.token
        done = subprocess.run(
            [sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120
        )
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout.splitlines()
    assert out[0] == "general owner"  # the high-level modules first: teamspace and role
    assert "alice owner" in out
    assert "alice-ws owner" in out
    assert "quickstart_dense array" in out
    assert "404" in done.stdout  # the error example caught an ApiError


def test_readme_links_every_guide() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "## Documentation" in readme
    section = readme[readme.index("## Documentation") :]
    linked = set(re.findall(r"\(docs/([\w-]+\.md)\)", section))
    guides = {p.name for p in DOCS.glob("*.md")}
    assert linked == guides, f"README links {sorted(linked)}; docs/ has {sorted(guides)}"
