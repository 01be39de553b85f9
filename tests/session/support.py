"""Helpers shared by the session tests."""

from __future__ import annotations

import base64
import socket

from tiledb.client.testing import FakeServer
from tiledb.client.testing.server import RecordedRequest

API_KEY = "x-tiledb-rest-api-key"


def basic(username: str, password: str) -> str:
    """The Authorization header value of HTTP basic auth."""
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


def api_requests(
    server: FakeServer, path: str | None = None, method: str | None = None
) -> list[RecordedRequest]:
    """Recorded requests, optionally filtered by path and method."""
    return [
        r
        for r in server.requests
        if (path is None or r.path == path) and (method is None or r.method == method)
    ]


def closed_port_url() -> str:
    """A loopback URL where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def current_session():  # type: ignore[no-untyped-def]
    """The live session object (loading it lazily if needed)."""
    from tiledb.client._session.clients import shared_client

    return shared_client().current_session()
