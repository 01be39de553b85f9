"""Proxies from the environment go through the client's own transport stack (retries included)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tiledb.client._http.transport import (
    RedirectCache,
    RetryBudget,
    RetryPolicy,
    environment_proxies,
    open_async_client,
    open_sync_client,
)
from tiledb.client._session.session import Session

from .rawserver import RawServer, keep_alive, ok, read_request

PROXY_VARS = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
API = "http://api.example.test"
TOKEN = "proxy-test-token"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


def _stack_arguments(url: str = API) -> dict[str, Any]:
    return {
        "threads": 2,
        "policy": RetryPolicy.for_mode("default", backoff_factor=0.001, backoff_max=0.01),
        "budget": RetryBudget(),
        "redirects": RedirectCache(url),
    }


def _busy_then_ok() -> Callable[..., None]:
    """A forward proxy that answers 503 to the first request and 200 to the others."""

    def handle(conn: socket.socket, server: RawServer) -> None:
        reader = conn.makefile("rb")
        while read_request(reader, server):
            first = len(server.requests) == 1
            conn.sendall(b"HTTP/1.1 503 Busy\r\nContent-Length: 0\r\n\r\n" if first else ok(b'{"ok": 1}'))

    return handle


def test_environment_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.local:3128")
    monkeypatch.setenv("HTTPS_PROXY", "proxy.local:3129")  # no scheme: http://
    monkeypatch.setenv("ALL_PROXY", "socks5://proxy.local:1080")
    monkeypatch.setenv("NO_PROXY", "10.0.0.1, ::1,localhost,.internal.example,https://direct.example")
    assert environment_proxies() == {
        "http://": "http://proxy.local:3128",
        "https://": "http://proxy.local:3129",
        "all://": "socks5://proxy.local:1080",
        "all://10.0.0.1": None,
        "all://[::1]": None,
        "all://localhost": None,
        "all://*.internal.example": None,
        "https://direct.example": None,
    }


def test_no_proxy_star_turns_proxies_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.local:3128")
    monkeypatch.setenv("NO_PROXY", "*")
    assert environment_proxies() == {}


def test_no_environment_no_proxies() -> None:
    assert environment_proxies() == {}


def test_requests_through_a_proxy_are_retried(
    raw: Callable[..., RawServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = raw(_busy_then_ok())
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    client, _ = open_sync_client(Session(server_address=API, token=TOKEN), **_stack_arguments())
    with client:
        answer = client.get("/v4/users/self")
    assert (answer.status_code, answer.json()) == (200, {"ok": 1})
    targets = [(method, target) for method, target, _, _ in proxy.requests]
    assert targets == [("GET", f"{API}/v4/users/self")] * 2  # the 503 was retried, through the proxy
    assert proxy.requests[-1][2]["x-tiledb-rest-api-key"] == TOKEN


def test_async_requests_through_a_proxy_are_retried(
    raw: Callable[..., RawServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = raw(_busy_then_ok())
    monkeypatch.setenv("HTTP_PROXY", proxy.url)

    async def call() -> httpx.Response:
        client, _ = open_async_client(Session(server_address=API, token=TOKEN), **_stack_arguments())
        async with client:
            return await client.get("/v4/users/self")

    answer = asyncio.run(call())
    assert answer.status_code == 200
    assert [target for _, target, _, _ in proxy.requests] == [f"{API}/v4/users/self"] * 2


def test_no_proxy_hosts_are_reached_directly(
    raw: Callable[..., RawServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    server = raw(keep_alive(ok(b'{"direct": true}')))
    unused = socket.create_server(("127.0.0.1", 0))
    dead_proxy = f"http://127.0.0.1:{unused.getsockname()[1]}"
    unused.close()
    monkeypatch.setenv("HTTP_PROXY", dead_proxy)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    client, _ = open_sync_client(
        Session(server_address=server.url, token=TOKEN), **_stack_arguments(server.url)
    )
    with client:
        assert client.get("/v4/users/self").json() == {"direct": True}
    assert [target for _, target, _, _ in server.requests] == ["/v4/users/self"]
