"""Fixtures for the FakeServer tests: one server per module, reset before every test."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tiledb.client.testing import FakeServer


@pytest.fixture
def client(server: FakeServer) -> Iterator[httpx.Client]:
    """A client authenticated with the seeded API token."""
    headers = {"X-TILEDB-REST-API-KEY": server.token}
    with httpx.Client(base_url=server.url, headers=headers, timeout=10) as c:
        yield c


@pytest.fixture
def basic(server: FakeServer) -> Iterator[httpx.Client]:
    """A client authenticated with alice's username and password."""
    with httpx.Client(base_url=server.url, auth=(server.username, server.password), timeout=10) as c:
        yield c


@pytest.fixture
def anon(server: FakeServer) -> Iterator[httpx.Client]:
    """A client without credentials."""
    with httpx.Client(base_url=server.url, timeout=10) as c:
        yield c
