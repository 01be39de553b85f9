"""Fixtures of the high-level tests: a session logged in to the module's fake server.

Every test gets a private HOME, no inherited ``TILEDB_*`` variable, and a fresh session from
``TILEDB_REST_SERVER_ADDRESS`` and ``TILEDB_REST_TOKEN`` (alice, owner of everything seeded).
``as_user`` switches the session to another user, as their own API token.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import tiledb.client as tc
from tiledb.client.testing import FakeServer
from tiledb.client.testing.state import Member


@pytest.fixture(autouse=True)
def isolated(clean_home: Path) -> None:
    """Every test here runs in :func:`clean_home` (tests/conftest.py)."""


def _login(server: FakeServer, token: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TILEDB_REST_SERVER_ADDRESS", server.url)
    monkeypatch.setenv("TILEDB_REST_TOKEN", token)
    tc.login()


@pytest.fixture
def hl(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> FakeServer:
    """The fake server, with a session logged in as alice (the seeded owner)."""
    _login(server, server.token, monkeypatch)
    return server


AsUser = Callable[[str], str]


@pytest.fixture
def as_user(hl: FakeServer, monkeypatch: pytest.MonkeyPatch) -> AsUser:
    """``as_user("bob")`` logs the session in as an existing user (their workspace token); returns it."""

    def switch(username: str) -> str:
        token = hl.add_token(username, hl.workspace_id, name=f"{username}-token")
        _login(hl, token, monkeypatch)
        return token

    return switch


@pytest.fixture
def bob(hl: FakeServer) -> str:
    """A workspace member with the viewer role in ``general`` and no deployment admin role; his id."""
    user_id = hl.add_user("bob", "bob-password", role="member", workspace=hl.workspace_id)
    with hl.state.lock:
        hl.state.teamspaces[hl.teamspace_id].members[user_id] = Member(user_id, "viewer", hl.user_id)
    return user_id
