"""Fixtures shared by the test folders: one fake TileDB server per module, reset for every test,
and a fresh profile directory."""

from __future__ import annotations

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
