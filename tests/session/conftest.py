"""Fixtures of the session-layer tests.

Every test runs with a private HOME and profile directory, without any
inherited ``TILEDB_*`` variable, and with no current session; the shared
client is closed afterwards.  One fake server serves the whole module and is
reset before each test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tiledb.client.testing import FakeServer

_ENV_PREFIXES = ("TILEDB_PROFILE_", "TILEDB_REST_")


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A private HOME, no TILEDB_* variables, no session before or after the test."""
    from tiledb.client import _clients, _session

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var in list(os.environ):
        if var.startswith(_ENV_PREFIXES):
            monkeypatch.delenv(var)
    for var in ("TILEDB_PROFILE_NAME", "TILEDB_PROFILE_DIR"):
        monkeypatch.delenv(var, raising=False)
    _session.swap_session(None)
    yield
    _session.swap_session(None)
    _clients.shared_client().close()
    _clients.shared_client().set_threads(None)
    _clients.shared_client().set_default_retries()


@pytest.fixture
def token_profile(server: FakeServer, profile_dir: str) -> str:
    """A profile named ``tok`` holding the server's seeded token; returns its name."""
    from tiledb.client import configure

    configure(token=server.token, host=server.url, profile_name="tok", profile_dir=profile_dir)
    return "tok"


@pytest.fixture
def password_profile(server: FakeServer, profile_dir: str) -> str:
    """A profile named ``pw`` holding alice's username and password; returns its name."""
    from tiledb.client import configure

    configure(
        username=server.username,
        password=server.password,
        workspace=server.workspace_name,
        host=server.url,
        profile_name="pw",
        profile_dir=profile_dir,
    )
    return "pw"
