"""Fixtures for the tests of the generated layer: a recording loopback server and clients over it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from _restapi_support import LoopbackServer
from tiledb.client.rest_api.client import Client


@pytest.fixture(scope="session")
def _loopback() -> Iterator[LoopbackServer]:
    server = LoopbackServer()
    yield server
    server.close()


@pytest.fixture
def server(_loopback: LoopbackServer) -> Iterator[LoopbackServer]:
    """The loopback server with no recorded request and no answer configured."""
    _loopback.reset()
    yield _loopback
    _loopback.reset()


@pytest.fixture
def client(server: LoopbackServer) -> Iterator[Client]:
    """A generated ``Client`` over the loopback server (closed afterwards)."""
    http = httpx.Client(base_url=server.url, timeout=10)
    with http:
        yield Client(base_url=server.url).set_httpx_client(http)
