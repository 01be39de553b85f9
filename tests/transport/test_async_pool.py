"""The async transport's httpcore pools on asyncio streams, against raw loopback sockets."""

from __future__ import annotations

import asyncio
import socket
import ssl
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpcore
import httpx
import pytest

from tiledb.client._async_pool import AsyncioBackend, AsyncioStream, ShardedAsyncTransport
from tiledb.client._retry import certificate_error
from tiledb.client._tls import DeferredCAContext

from .rawserver import RawServer, keep_alive, ok, read_request

LIMITS = httpx.Limits(max_connections=4, max_keepalive_connections=4)


def _get(
    transport: ShardedAsyncTransport, url: str, count: int = 1, timeout: float = 5.0
) -> list[httpx.Response]:
    async def go() -> list[httpx.Response]:
        async with httpx.AsyncClient(transport=transport, timeout=timeout) as client:
            answers = []
            for _ in range(count):
                answer = await client.get(url)
                await answer.aread()
                answers.append(answer)
            return answers

    return asyncio.run(go())


def test_the_pools_get_the_asyncio_backend() -> None:
    transport = ShardedAsyncTransport(verify=False, limits=LIMITS, shard_size=2)
    assert transport.shards == 2
    assert all(isinstance(shard._network_backend, AsyncioBackend) for shard in transport._shards)


def test_keep_alive_over_asyncio_streams(raw: Callable[..., RawServer]) -> None:
    server = raw(keep_alive(ok(b'{"n": 1}')))
    transport = ShardedAsyncTransport(verify=False, limits=LIMITS, shard_size=4)
    answers = _get(transport, f"{server.url}/v4/users/self", count=5)
    assert [a.json() for a in answers] == [{"n": 1}] * 5
    assert answers[0].http_version == "HTTP/1.1"
    assert server.accepted == 1
    method, target, headers, _ = server.requests[0]
    assert (method, target, headers["host"]) == ("GET", "/v4/users/self", f"127.0.0.1:{server.port}")


def test_a_connection_the_server_closed_while_idle_is_not_reused(raw: Callable[..., RawServer]) -> None:
    def one_answer_then_close(conn: socket.socket, server: RawServer) -> None:
        read_request(conn.makefile("rb"), server)
        conn.sendall(ok())
        conn.shutdown(socket.SHUT_WR)

    server = raw(one_answer_then_close)
    transport = ShardedAsyncTransport(verify=False, limits=LIMITS, shard_size=4)

    async def go() -> list[str]:
        async with httpx.AsyncClient(transport=transport) as client:
            first = (await client.get(f"{server.url}/a")).text
            await asyncio.sleep(0.1)
            return [first, (await client.get(f"{server.url}/a")).text]

    assert asyncio.run(go()) == ["ok", "ok"]
    assert server.accepted == 2


def test_refused_connection_is_a_connect_error() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()
    transport = ShardedAsyncTransport(verify=False, limits=LIMITS)
    with pytest.raises(httpx.ConnectError):
        _get(transport, f"http://127.0.0.1:{port}/")


def test_slow_answer_is_a_read_timeout(raw: Callable[..., RawServer]) -> None:
    server = raw(keep_alive(ok(), delay=1.0))
    transport = ShardedAsyncTransport(verify=False, limits=LIMITS)
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        _get(transport, f"{server.url}/", timeout=0.2)
    assert time.monotonic() - started < 0.9  # the timeout, not the server, ended the call


def test_no_answer_is_a_remote_protocol_error(raw: Callable[..., RawServer]) -> None:
    def hang_up(conn: socket.socket, server: RawServer) -> None:
        read_request(conn.makefile("rb"), server)

    server = raw(hang_up)
    transport = ShardedAsyncTransport(verify=False, limits=LIMITS)
    with pytest.raises(httpx.RemoteProtocolError):
        _get(transport, f"{server.url}/")


def test_truncated_body_is_a_remote_protocol_error(raw: Callable[..., RawServer]) -> None:
    def truncate(conn: socket.socket, server: RawServer) -> None:
        read_request(conn.makefile("rb"), server)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"y" * 40)

    server = raw(truncate)
    transport = ShardedAsyncTransport(verify=False, limits=LIMITS)
    with pytest.raises(httpx.RemoteProtocolError):
        _get(transport, f"{server.url}/")


def test_socket_options_are_applied(raw: Callable[..., RawServer]) -> None:
    server = raw(keep_alive(ok()))

    async def go() -> int:
        stream = await AsyncioBackend().connect_tcp(
            "127.0.0.1", server.port, timeout=5, socket_options=[(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)]
        )
        try:
            sock: Any = stream.get_extra_info("socket")
            assert stream.get_extra_info("server_addr")[1] == server.port
            assert stream.get_extra_info("is_readable") is False
            return int(sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
        finally:
            await stream.aclose()

    assert asyncio.run(go()) == 1


def test_stream_errors_are_httpcore_errors(raw: Callable[..., RawServer]) -> None:
    def silent(conn: socket.socket, server: RawServer) -> None:
        time.sleep(1.0)

    server = raw(silent)

    async def go() -> None:
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", server.port, timeout=5)
        assert isinstance(stream, AsyncioStream)
        try:
            with pytest.raises(httpcore.ReadTimeout):
                await stream.read(10, timeout=0.05)
        finally:
            await stream.aclose()

    asyncio.run(go())


# -- TLS


def test_tls_with_a_trusted_ca(raw: Callable[..., RawServer], tls: tuple[ssl.SSLContext, Path]) -> None:
    server_context, ca_file = tls
    server = raw(keep_alive(ok(b"secure")), server_context)
    transport = ShardedAsyncTransport(verify=DeferredCAContext(cafile=str(ca_file)), limits=LIMITS)
    answers = _get(transport, f"https://localhost:{server.port}/", count=3)
    assert [a.text for a in answers] == ["secure"] * 3
    assert server.accepted == 1


def test_tls_with_an_unknown_ca_fails_with_the_certificate_error(
    raw: Callable[..., RawServer], tls: tuple[ssl.SSLContext, Path], untrusted_ca_file: Path
) -> None:
    server_context, _ = tls
    other = untrusted_ca_file
    server = raw(keep_alive(ok()), server_context)
    transport = ShardedAsyncTransport(verify=DeferredCAContext(cafile=str(other)), limits=LIMITS)
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED") as caught:
        _get(transport, f"https://localhost:{server.port}/")
    assert certificate_error(caught.value) is not None


def test_tls_checks_the_hostname(raw: Callable[..., RawServer], tls: tuple[ssl.SSLContext, Path]) -> None:
    server_context, ca_file = tls
    server = raw(keep_alive(ok()), server_context)
    transport = ShardedAsyncTransport(verify=DeferredCAContext(cafile=str(ca_file)), limits=LIMITS)
    with pytest.raises(httpx.ConnectError):
        _get(transport, f"https://127.0.0.1:{server.port}/")


def test_tls_without_verification(raw: Callable[..., RawServer], tls: tuple[ssl.SSLContext, Path]) -> None:
    server_context, _ = tls
    server = raw(keep_alive(ok(b"unchecked")), server_context)
    transport = ShardedAsyncTransport(verify=False, limits=LIMITS)
    assert _get(transport, f"https://127.0.0.1:{server.port}/")[0].text == "unchecked"
