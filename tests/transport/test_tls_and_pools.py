"""The deferred CA context (loads its bundle on the first handshake) and the sharded async pool."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trustme

from tiledb.client._http.connections import DeferredCAContext, default_verify_context

from .support import Answer, Script


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """A loopback TLS listener with a certificate for ``localhost`` from a test CA: (port, CA file)."""
    ca = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(server_context)
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            conn.settimeout(2)
            try:
                with server_context.wrap_socket(conn, server_side=True) as tls:
                    tls.recv(1024)
                    tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
            except (ssl.SSLError, OSError):
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1], ca_file
    stop.set()
    thread.join(5)
    listener.close()


def _loaded_cas(context: ssl.SSLContext) -> int:
    return int(context.cert_store_stats()["x509_ca"])


def test_the_bundle_is_read_on_the_first_handshake_only(tls_server: tuple[int, Path]) -> None:
    port, ca_file = tls_server
    context = DeferredCAContext(cafile=str(ca_file))
    assert _loaded_cas(context) == 0
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    with httpx.Client(transport=httpx.HTTPTransport(verify=context)) as client:
        assert client.get(f"https://localhost:{port}/").text == "ok"
    assert _loaded_cas(context) == 1


def test_an_unknown_ca_is_refused(tls_server: tuple[int, Path]) -> None:
    port, _ = tls_server
    with (
        httpx.Client(transport=httpx.HTTPTransport(verify=default_verify_context())) as client,
        pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        client.get(f"https://localhost:{port}/")


def test_the_hostname_is_checked(tls_server: tuple[int, Path]) -> None:
    port, ca_file = tls_server
    context = DeferredCAContext(cafile=str(ca_file))
    with (
        httpx.Client(transport=httpx.HTTPTransport(verify=context)) as client,
        pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        client.get(f"https://127.0.0.1:{port}/")  # the certificate names localhost only


def test_ssl_cert_file_is_honoured(monkeypatch: pytest.MonkeyPatch, tls_server: tuple[int, Path]) -> None:
    _, ca_file = tls_server
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    context = default_verify_context()
    context.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="localhost")
    assert _loaded_cas(context) == 1


def _sharded(url: str, max_connections: int) -> httpx.AsyncClient:
    from tiledb.client._http.transport import RedirectCache, RetryBudget, RetryPolicy, async_transport

    limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
    transport = async_transport(
        policy=RetryPolicy.for_mode("disabled"),
        budget=RetryBudget(),
        redirects=RedirectCache(url),
        limits=limits,
        engine="httpx",  # the sharded pools are httpx's (aiohttp's pool has its own tests)
    )
    return httpx.AsyncClient(base_url=url, transport=transport, timeout=httpx.Timeout(5.0, pool=0.3))


def test_a_burst_fills_small_pools_and_sequential_calls_keep_one_connection(server: Script) -> None:
    server.default = Answer(delay=0.05)

    async def main() -> tuple[list[int], int]:
        async with _sharded(server.url, 12) as client:  # three stock pools of 4
            answers = await asyncio.gather(*(client.get(f"/v4/burst?i={i}") for i in range(30)))
            for i in range(10):
                await client.get(f"/v4/one?i={i}")
            pool = next(iter(client._transport._inner._pools.values())).pool  # type: ignore[attr-defined]
            return [a.status_code for a in answers], pool.shards_open

    statuses, shards = asyncio.run(main())
    assert statuses == [200] * 30
    assert shards == 3
    burst = {s.peer for s in server.seen if s.path.startswith("/v4/burst")}
    assert 9 <= len(burst) <= 12  # every pool used, none beyond the limit
    assert len({s.peer for s in server.seen if s.path.startswith("/v4/one")}) == 1


def test_a_request_beyond_every_pool_waits_then_times_out(server: Script) -> None:
    server.default = Answer(delay=1.0)

    async def main() -> list[object]:
        async with _sharded(server.url, 8) as client:  # two pools of 4: the ninth call waits
            return await asyncio.gather(*(client.get("/v4/slow") for _ in range(9)), return_exceptions=True)

    outcomes = asyncio.run(main())
    timeouts = [o for o in outcomes if isinstance(o, httpx.PoolTimeout)]
    assert len(timeouts) == 1
    assert sum(isinstance(o, httpx.Response) and o.status_code == 200 for o in outcomes) == 8
