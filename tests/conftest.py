"""Fixtures shared by the test folders: one fake TileDB server per module, reset for every test,
a fresh profile directory, and a token session logged in to the server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tiledb.client.testing import FakeServer


@pytest.fixture(scope="module")
def module_server() -> Iterator[FakeServer]:
    """A started :class:`FakeServer`, shared by the tests of one module."""
    with FakeServer() as server:
        yield server


@pytest.fixture
def server(module_server: FakeServer) -> FakeServer:
    """The module's server with its seeded state, no faults and no recorded requests."""
    module_server.reset()
    return module_server


@pytest.fixture
def profile_dir(tmp_path: Path) -> str:
    """A profile directory that does not exist yet."""
    return str(tmp_path / "profiles")


_ENV_PREFIXES = ("TILEDB_PROFILE_", "TILEDB_REST_")


@pytest.fixture
def logged_in(server: FakeServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeServer]:
    """A private HOME, no inherited ``TILEDB_*`` variable, a token profile ``files`` for the
    server, logged in; no session and no open connection afterwards."""
    from tiledb.client import _clients, _session, configure, login

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var in list(os.environ):
        if var.startswith(_ENV_PREFIXES):
            monkeypatch.delenv(var)
    _session.swap_session(None)
    profiles = str(tmp_path / "profiles")
    configure(token=server.token, host=server.url, profile_name="files", profile_dir=profiles)
    login(profile_name="files", profile_dir=profiles)
    yield server
    _session.swap_session(None)
    _clients.shared_client().close()
    _clients.shared_client().set_default_retries()
