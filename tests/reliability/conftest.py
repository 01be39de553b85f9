"""Fixtures and the figures report of the reliability suite.

Every test runs with a private HOME, no inherited ``TILEDB_*`` variable and no session, under
the :class:`~support.SecretWatch`: every logger at DEBUG, warnings recorded, and at the end no
credential the test knows may appear in anything seen. One fake server serves each module and
is reset before each test; the faults it answered are counted.

When the whole suite ran (no test file left out, nothing deselected), the session end writes
``tests/reliability-report.md``; the terminal summary prints the same figures.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from tiledb.client.testing import FakeServer

from .support import FIGURES, TIMEOUT, SecretWatch, SmallPolicies

HERE = Path(__file__).resolve().parent
REPORT = HERE.parent / "reliability-report.md"

# --------------------------------------------------------------------------------------------------
# Fixtures


@pytest.fixture(autouse=True)
def watch() -> Iterator[SecretWatch]:
    """Collects logs (DEBUG, every logger) and warnings; fails the test if a secret shows up."""
    seen = SecretWatch()
    seen.start_logging()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            warnings.simplefilter("error", ResourceWarning)  # keep pyproject's -W error::ResourceWarning
            yield seen
    finally:
        seen.stop_logging()
    seen.see_warnings(caught)
    for item in caught:  # hand them on to pytest's own summary
        warnings.warn_explicit(item.message, item.category, item.filename, item.lineno)
    leaks = seen.leaks()
    FIGURES.add("texts_scanned", len(seen.texts))
    FIGURES.add("secrets_found", len(leaks))
    FIGURES.leaks.extend(leaks)
    assert not leaks, "secrets leaked:\n" + "\n".join(leaks[:20])


@pytest.fixture(autouse=True)
def isolated(clean_home: Path) -> None:
    """Every test here runs in :func:`clean_home` (tests/conftest.py)."""


@pytest.fixture
def small_policy(monkeypatch: pytest.MonkeyPatch) -> type[SmallPolicies]:
    """Clients built in this test use small retry policies and a 0.5 s read timeout.

    ``Client`` takes no policy; its module looks ``RetryPolicy`` and ``TIMEOUT`` up when it
    opens a transport, so those two names are replaced (the narrowest hook there is).
    """
    from tiledb.client._http import transport as _transport
    from tiledb.client._session import clients as _clients

    SmallPolicies.set()
    monkeypatch.setattr(_clients, "RetryPolicy", SmallPolicies)
    monkeypatch.setattr(_transport, "TIMEOUT", TIMEOUT)
    return SmallPolicies


@pytest.fixture
def server(module_server: FakeServer, watch: SecretWatch) -> Iterator[FakeServer]:
    """The module's fake server, reset; its faults are counted and its credentials watched."""
    module_server.reset()
    watch.server_secrets(module_server)
    yield module_server
    FIGURES.add("faults", module_server.faults_served)
    module_server.faults.clear()
    watch.server_secrets(module_server)  # session tokens created during the test too


@pytest.fixture
def alice(server: FakeServer, profile_dir: str) -> str:
    """A token profile ``alice`` for the seeded user, logged in; returns the profile name."""
    from tiledb.client import configure, login

    configure(token=server.token, host=server.url, profile_name="alice", profile_dir=profile_dir)
    login("alice", profile_dir)
    return "alice"


# --------------------------------------------------------------------------------------------------
# The report

_RUN: dict[str, set[str]] = {"files": set(), "ids": set(), "deselected": set()}
_OUTCOMES: dict[str, int] = {}


def _ours(item: pytest.Item) -> bool:
    return Path(str(item.fspath)).resolve().parent == HERE


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    _RUN["files"] = {Path(str(item.fspath)).name for item in items if _ours(item)}
    _RUN["ids"] = {item.nodeid for item in items if _ours(item)}


def pytest_deselected(items: list[pytest.Item]) -> None:
    _RUN["deselected"] |= {item.nodeid for item in items if _ours(item)}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.nodeid not in _RUN["ids"]:
        return
    FIGURES.seconds += report.duration
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        kind = "xfailed" if hasattr(report, "wasxfail") else report.outcome
        _OUTCOMES[kind] = _OUTCOMES.get(kind, 0) + 1
    elif report.when == "teardown" and report.outcome == "failed":
        _OUTCOMES["errors"] = _OUTCOMES.get("errors", 0) + 1


def _complete() -> bool:
    every = {p.name for p in HERE.glob("test_*.py")}
    return _RUN["files"] == every and not _RUN["deselected"]


def render() -> str:
    tests = ", ".join(f"{n} {k}" for k, n in sorted(_OUTCOMES.items()))
    lines = [
        "# Reliability and security figures",
        "",
        "Written by `tests/reliability` (`pytest tests/reliability`) from what the tests counted:",
        "faults answered by the fake server's fault rules, retries seen in its request recording,",
        "the end of every call, every malformed input tried. Real HTTP on loopback throughout.",
        "",
        f"Tests: {tests}.",
        "",
        "| figure | count |",
        "| --- | ---: |",
    ]
    lines += [f"| {label} | {FIGURES[key]:,} |" for key, label in FIGURES.ROWS]
    lines += ["", "| also counted | count |", "| --- | ---: |"]
    lines += [f"| {label} | {FIGURES[key]:,} |" for key, label in FIGURES.EXTRA]
    if FIGURES.matrix:
        modes = ("default", "forceful", "disabled")
        lines += [
            "",
            "## Fault matrix (GET `/v4/users/self`, sync client; backoff 0.05 s doubling, no jitter)",
            "",
            "| fault | " + " | ".join(modes) + " |",
            "| --- | --- | --- | --- |",
        ]
        for scenario in dict.fromkeys(name for name, _ in FIGURES.matrix):
            cells = [FIGURES.matrix.get((scenario, mode), "-") for mode in modes]
            lines.append(f"| {scenario} | " + " | ".join(cells) + " |")
    if FIGURES.wrong_host:
        modes = ("default", "forceful", "disabled")
        lines += [
            "",
            "## A wrong host (GET `/v4/users/self`, sync client, each mode's real policy)",
            "",
            "The time is the whole call, retries included (the last row runs with the short",
            "backoff of the fault matrix: it is retried as any dropped connection is).",
            "",
            "| host | " + " | ".join(modes) + " |",
            "| --- | --- | --- | --- |",
        ]
        for case in dict.fromkeys(name for name, _ in FIGURES.wrong_host):
            cells = [_without_time(FIGURES.wrong_host.get((case, mode), "-")) for mode in modes]
            lines.append(f"| {case} | " + " | ".join(cells) + " |")
    if FIGURES.transfers:
        sizes = tuple(dict.fromkeys(size for _, size in FIGURES.transfers))
        lines += [
            "",
            "## Transfer fault matrix (tiledb.client.files, default retry mode with 0.05 s backoff)",
            "",
            "| fault | " + " | ".join(sizes) + " |",
            "| --- |" + " --- |" * len(sizes),
        ]
        for scenario in dict.fromkeys(name for name, _ in FIGURES.transfers):
            cells = [FIGURES.transfers.get((scenario, size), "-") for size in sizes]
            lines.append(f"| {scenario} | " + " | ".join(cells) + " |")
        lines += [
            "",
            "1 MB goes in one PUT, 20 MB in 8 MB parts. A multipart upload that fails or is interrupted",
            "is aborted (nothing stored, no open upload); a single PUT the server accepted is stored",
            "before its ETag is checked or the progress callback runs. Downloads write to a temporary",
            "file renamed into place when complete.",
        ]
    return "\n".join(lines) + "\n"


def _without_time(cell: str) -> str:
    """The report file keeps what is stable from run to run: the time as "< 3 s" or longer."""
    head, _, seconds = cell.rpartition(", ")
    if not head:
        return cell
    return f"{head}, {'< 3 s' if float(seconds.split()[0]) < 3.0 else 'over 3 s'}"


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _OUTCOMES and _complete():
        REPORT.write_text(render(), encoding="utf-8")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _OUTCOMES:
        return
    terminalreporter.section("reliability figures")
    for line in render().splitlines():
        terminalreporter.write_line(line)
    terminalreporter.write_line(
        f"texts scanned for secrets: {FIGURES['texts_scanned']:,}; "
        f"time in tests/reliability: {FIGURES.seconds:.1f} s"
    )
    where = REPORT if _complete() else "not written (only part of tests/reliability ran)"
    terminalreporter.write_line(f"report: {where}")
