"""Fixtures shared by the test folders: one fake TileDB server per module, reset for every test,
a fresh profile directory, a clean HOME and a token session logged in to the server."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tiledb.client.testing import FakeServer


@pytest.fixture(scope="module")
def module_server() -> Iterator[FakeServer]:
    """A started :class:`FakeServer`, shared by the tests of one module, checking its own answers."""
    with FakeServer(check_answers=True) as server:
        yield server


@pytest.fixture
def server(module_server: FakeServer) -> Iterator[FakeServer]:
    """The module's server with its seeded state, no faults and no recorded requests.

    A test fails when the server answered it something its spec does not allow.
    """
    module_server.reset()
    yield module_server
    problems = list(module_server.answer_problems)
    if problems:
        pytest.fail("the fake server answered outside its spec:\n  " + "\n  ".join(problems[:10]))


@pytest.fixture
def profile_dir(tmp_path: Path) -> str:
    """A profile directory that does not exist yet."""
    return str(tmp_path / "profiles")


_ENV_PREFIXES = ("TILEDB_PROFILE_", "TILEDB_REST_")


@pytest.fixture
def clean_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private HOME (returned), no inherited ``TILEDB_*`` variable and no session; afterwards
    no session, no open connection and the shared client's defaults back."""
    from tiledb.client._session import clients as _clients
    from tiledb.client._session import session as _session

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var in list(os.environ):
        if var.startswith(_ENV_PREFIXES):
            monkeypatch.delenv(var)
    _session.swap_session(None)
    yield home
    _session.swap_session(None)
    shared = _clients.shared_client()
    shared.close()
    shared.set_threads(None)
    shared.set_default_retries()


@pytest.fixture
def logged_in(server: FakeServer, clean_home: Path, tmp_path: Path) -> FakeServer:
    """:func:`clean_home`, with a token profile ``files`` for the server, logged in."""
    from tiledb.client import configure, login

    profiles = str(tmp_path / "profiles")
    configure(token=server.token, host=server.url, profile_name="files", profile_dir=profiles)
    login(profile_name="files", profile_dir=profiles)
    return server


@pytest.fixture
def sigint_reaches_children() -> Iterator[None]:
    """Child processes started in the test act on SIGINT (Ctrl-C) again.

    A shell without job control starts background commands with SIGINT ignored, and a child
    inherits an ignored signal across exec, so a Python child would never raise
    KeyboardInterrupt. Any handler in this process becomes the default one in a child.
    """
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        yield
        return
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.hookimpl(tryfirst=True, optionalhook=True)  # before xdist's own choice
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """``--dist loadfile`` (pytest-xdist; ``make test`` runs that way), with one exception.

    Each test file runs whole in one worker, in order, as it would alone; the reliability folder
    runs whole in one worker too, since its figures and its report cover the folder.
    """
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class FileOrReliabilityFolder(LoadFileScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return "tests/reliability" if path.startswith("tests/reliability/") else path

    return FileOrReliabilityFolder(config, log)
