"""Fixtures of the session-layer tests.

Every test runs with a private HOME and profile directory, without any
inherited ``TILEDB_*`` variable, and with no current session; the shared
client is closed afterwards.  One fake server serves the whole module and is
reset before each test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tiledb.client.testing import FakeServer


@pytest.fixture(autouse=True)
def isolated(clean_home: Path) -> None:
    """Every test here runs in :func:`clean_home` (tests/conftest.py)."""


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
