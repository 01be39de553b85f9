"""Fixtures of the compatibility tests: a session logged in to the module's fake server."""

from __future__ import annotations

from pathlib import Path

import pytest

import tiledb.client as tc
from tiledb.client.testing import FakeServer


@pytest.fixture(autouse=True)
def isolated(clean_home: Path) -> None:
    """Every test here runs in :func:`clean_home` (tests/conftest.py)."""


@pytest.fixture
def hl(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> FakeServer:
    """The fake server, with a session logged in as its seeded owner (by token)."""
    monkeypatch.setenv("TILEDB_REST_SERVER_ADDRESS", server.url)
    monkeypatch.setenv("TILEDB_REST_TOKEN", server.token)
    tc.login()
    return server
