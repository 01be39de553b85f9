"""The test suite on every supported Python and httpx: ``make test-pythons`` (or ``nox`` directly).

``make test`` runs everything (drift check, lint, types, suite) on the default Python; these
sessions run the suite alone on the other supported versions, and on both ends of the httpx range
that ``pyproject.toml`` declares: the oldest minor release on Python 3.12, the newest on 3.13. A
missing interpreter fails the run: a version nobody tested is not a version we support.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import nox

nox.options.error_on_missing_interpreters = True
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["tests"]


def _httpx_range() -> tuple[str, str]:
    """The lower bound and the exclusive upper bound of httpx in ``[project].dependencies``."""
    with open(Path(__file__).parent / "pyproject.toml", "rb") as file:
        dependencies = tomllib.load(file)["project"]["dependencies"]
    (spec,) = (d for d in dependencies if re.match(r"httpx\b", d))
    lower = re.search(r">=\s*([\d.]+)", spec)
    upper = re.search(r"<\s*([\d.]+)", spec)
    assert lower and upper, f"httpx needs both bounds in pyproject.toml: {spec}"
    return lower.group(1), upper.group(1)


LOWEST, CEILING = _httpx_range()
#: (Python, the httpx requirement installed over the dev extra's): oldest and newest supported.
MATRIX = [
    ("3.12", f"httpx~={'.'.join(LOWEST.split('.')[:2])}.0"),
    ("3.13", f"httpx>={LOWEST},<{CEILING}"),
]


@nox.session
@nox.parametrize("python,httpx", MATRIX, ids=["oldest-httpx", "newest-httpx"])
def tests(session: nox.Session, httpx: str) -> None:
    """Install the package with its dev extra, then the httpx release under test, and run the suite.

    The generator of the dev extra (used by the drift tests) declares an httpx range of its own
    that may end below ours; it only fetches specs over HTTP, so the newest httpx is installed
    over it regardless (pip says so, and the suite shows whether anything broke).
    """
    session.install(".[dev]")
    session.install("--upgrade", httpx)
    session.run("python", "-c", "import httpx; print('httpx', httpx.__version__)")
    parallel = ["-n", "auto", "--dist", "loadfile"]  # as make test runs it
    session.run("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *parallel, *session.posargs)
