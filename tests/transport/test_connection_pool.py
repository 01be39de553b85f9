"""The sync connection pool (``http.client`` behind an httpx transport), against raw loopback sockets.

A raw server lets each test decide exactly what goes on the wire: keep-alive or not, chunked
bodies, truncated bodies, malformed status lines, connections closed while idle.
"""

from __future__ import annotations

import gc
import http.client
import socket
import ssl
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from tiledb.client._connection_pool import ConnectionPool, FairSlots
from tiledb.client._retry import certificate_error
from tiledb.client._tls import DeferredCAContext

from .rawserver import RawServer, keep_alive, ok, read_request
from .support import Answer, Script, sync_client


def client_for(pool: ConnectionPool, url: str, timeout: float = 5.0) -> httpx.Client:
    return httpx.Client(transport=pool, base_url=url, timeout=timeout)


def pool_of(
    connections: int = 4, keepalive: int | None = None, expiry: float | None = 30.0
) -> ConnectionPool:
    limits = httpx.Limits(
        max_connections=connections,
        max_keepalive_connections=connections if keepalive is None else keepalive,
        keepalive_expiry=expiry,
    )
    return ConnectionPool(verify=False, limits=limits)


# -- keep-alive


def test_sequential_requests_share_one_connection(raw: Callable[..., RawServer]) -> None:
    server = raw(keep_alive(ok(b'{"n": 1}')))
    pool = pool_of()
    with client_for(pool, server.url) as client:
        for _ in range(20):
            assert client.get("/v4/users/self").json() == {"n": 1}
        assert pool.open_connections == 1
    assert server.accepted == 1
    assert pool.open_connections == 0


def test_request_line_and_headers_go_out_once(raw: Callable[..., RawServer]) -> None:
    server = raw(keep_alive(ok()))
    with client_for(pool_of(), server.url) as client:
        client.post("/v4/assets/a%2Fb?x=1&y=%20", json={"k": "v"}, headers={"X-Custom": "yes"})
    method, target, headers, body = server.requests[0]
    assert (method, target, body) == ("POST", "/v4/assets/a%2Fb?x=1&y=%20", b'{"k":"v"}')
    names = headers["__names__"].split(",")
    assert sorted(names) == sorted(set(names))  # no header twice (Host, Accept-Encoding, ...)
    assert headers["host"] == f"127.0.0.1:{server.port}"
    assert headers["x-custom"] == "yes"
    assert headers["content-length"] == str(len(body))


def test_streamed_upload_is_sent_chunked(raw: Callable[..., RawServer]) -> None:
    server = raw(keep_alive(ok()))
    parts = [b"first-", b"second-", b"third"]
    with client_for(pool_of(), server.url) as client:
        assert client.put("/v4/files/f", content=iter(parts)).status_code == 200
    _, _, headers, body = server.requests[0]
    assert headers["transfer-encoding"] == "chunked"
    assert body == b"".join(parts)


def test_chunked_and_repeated_headers_in_answers(raw: Callable[..., RawServer]) -> None:
    answer = (
        b"HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\n"
        b"4\r\nabcd\r\n3\r\nefg\r\n0\r\n\r\n"
    )
    server = raw(keep_alive(answer))
    pool = pool_of()
    with client_for(pool, server.url) as client:
        for _ in range(3):
            response = client.get("/x")
            assert (response.status_code, response.content) == (201, b"abcdefg")
            assert response.headers.get_list("set-cookie") == ["a=1", "b=2"]
            assert response.reason_phrase == "Created"
            assert response.http_version == "HTTP/1.1"
    assert server.accepted == 1  # a chunked body read to its end leaves the connection reusable


def test_head_and_no_content_answers_keep_the_connection(raw: Callable[..., RawServer]) -> None:
    def handle(conn: socket.socket, server: RawServer) -> None:
        reader = conn.makefile("rb")
        while read_request(reader, server):
            method = server.requests[-1][0]
            if method == "HEAD":
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n")
            else:
                conn.sendall(b"HTTP/1.1 204 No Content\r\n\r\n")

    server = raw(handle)
    with client_for(pool_of(), server.url) as client:
        for _ in range(2):
            head = client.head("/f")
            assert (head.status_code, head.content, head.headers["content-length"]) == (200, b"", "1234")
            assert client.delete("/f").status_code == 204
    assert server.accepted == 1


def test_a_connection_the_server_closed_while_idle_is_not_reused(raw: Callable[..., RawServer]) -> None:
    def one_answer_then_close(conn: socket.socket, server: RawServer) -> None:
        read_request(conn.makefile("rb"), server)
        conn.sendall(ok())
        conn.shutdown(socket.SHUT_WR)  # keep-alive promised, then closed while idle

    server = raw(one_answer_then_close)
    with client_for(pool_of(), server.url) as client:
        assert client.get("/a").text == "ok"
        time.sleep(0.1)
        assert client.get("/a").text == "ok"  # a POST here would not have been retried either
        assert client.post("/a", content=b"x").text == "ok"
    assert server.accepted == 3


def test_connection_close_answers_are_not_reused(raw: Callable[..., RawServer]) -> None:
    server = raw(keep_alive(ok(extra="Connection: close\r\n")))
    pool = pool_of()
    with client_for(pool, server.url) as client:
        for _ in range(3):
            assert client.get("/a").text == "ok"
        assert pool.open_connections == 0
    assert server.accepted == 3


def test_idle_connections_expire() -> None:
    now = [100.0]
    server = RawServer(keep_alive(ok()))
    try:
        limits = httpx.Limits(max_connections=2, max_keepalive_connections=2, keepalive_expiry=5.0)
        pool = ConnectionPool(verify=False, limits=limits, clock=lambda: now[0])
        with client_for(pool, server.url) as client:
            client.get("/a")
            now[0] += 4.0
            client.get("/a")
            assert server.accepted == 1
            now[0] += 5.5
            client.get("/a")
            assert server.accepted == 2
            assert pool.open_connections == 1
    finally:
        server.stop()


def test_no_keepalive_closes_every_connection(raw: Callable[..., RawServer]) -> None:
    server = raw(keep_alive(ok()))
    pool = pool_of(connections=2, keepalive=0)
    with client_for(pool, server.url) as client:
        for _ in range(3):
            client.get("/a")
            assert pool.open_connections == 0
    assert server.accepted == 3


def test_a_body_closed_early_closes_its_connection(raw: Callable[..., RawServer]) -> None:
    server = raw(keep_alive(ok(b"x" * 300_000)))
    pool = pool_of(connections=1)
    with client_for(pool, server.url) as client:
        with client.stream("GET", "/big") as response:
            first = next(response.iter_raw())
            assert first
        assert pool.open_connections == 0  # the rest of the body was still on its way
        assert client.get("/big").content == b"x" * 300_000  # and the slot came back
    assert server.accepted == 2


# -- limits


def test_connections_and_requests_in_flight_stay_within_the_limit(raw: Callable[..., RawServer]) -> None:
    server = raw(keep_alive(ok(), delay=0.01))
    pool = pool_of(connections=3)
    errors: list[BaseException] = []
    with client_for(pool, server.url) as client:

        def work() -> None:
            try:
                for _ in range(15):
                    assert client.get("/a").text == "ok"
                    assert pool.open_connections <= 3
            except BaseException as error:
                errors.append(error)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert len(server.requests) == 120
    assert server.most_open <= 3
    assert server.accepted <= 3


def test_waiting_for_a_connection_times_out(raw: Callable[..., RawServer]) -> None:
    server = raw(keep_alive(ok(), delay=1.0))
    pool = pool_of(connections=1)
    with client_for(pool, server.url) as client:
        slow = threading.Thread(target=client.get, args=("/slow",))
        slow.start()
        time.sleep(0.2)
        with pytest.raises(httpx.PoolTimeout):
            client.get("/a", timeout=httpx.Timeout(5.0, pool=0.1))
        slow.join()
        assert client.get("/a").text == "ok"


def test_other_origins_idle_connections_give_way(raw: Callable[..., RawServer]) -> None:
    first, second = raw(keep_alive(ok(b"1"))), raw(keep_alive(ok(b"2")))
    pool = pool_of(connections=1)
    with httpx.Client(transport=pool) as client:
        assert client.get(f"{first.url}/").text == "1"
        assert client.get(f"{second.url}/").text == "2"
        assert pool.open_connections == 1
        assert client.get(f"{first.url}/").text == "1"
    assert (first.accepted, second.accepted) == (2, 1)


def test_fair_slots_serve_waiters_in_order() -> None:
    slots = FairSlots(1)
    assert slots.acquire(timeout=0)
    order: list[int] = []
    threads = []
    for index in range(4):
        thread = threading.Thread(
            target=lambda i=index: (slots.acquire(None), order.append(i), slots.release())
        )
        threads.append(thread)
        thread.start()
        time.sleep(0.05)  # let each one queue before the next
    assert not slots.acquire(timeout=0.01)
    slots.release()
    for thread in threads:
        thread.join(5)
    assert order == [0, 1, 2, 3]


# -- failures, each as the exception httpx's own transport raises


def test_refused_connection_is_a_connect_error() -> None:
    port = socket.create_server(("127.0.0.1", 0))
    free = port.getsockname()[1]
    port.close()
    pool = pool_of()
    with client_for(pool, f"http://127.0.0.1:{free}") as client, pytest.raises(httpx.ConnectError):
        client.get("/")
    assert pool.open_connections == 0


def test_no_answer_is_a_remote_protocol_error(raw: Callable[..., RawServer]) -> None:
    def hang_up(conn: socket.socket, server: RawServer) -> None:
        read_request(conn.makefile("rb"), server)

    server = raw(hang_up)
    pool = pool_of()
    with (
        client_for(pool, server.url) as client,
        pytest.raises(httpx.RemoteProtocolError, match="disconnected"),
    ):
        client.get("/")
    assert pool.open_connections == 0


@pytest.mark.parametrize(
    "answer",
    [
        b"NOT HTTP AT ALL\r\n\r\n",
        b"HTTP/1.1 abc OK\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\nok",
    ],
)
def test_malformed_answers_are_remote_protocol_errors(raw: Callable[..., RawServer], answer: bytes) -> None:
    server = raw(keep_alive(answer))
    with client_for(pool_of(), server.url) as client, pytest.raises(httpx.RemoteProtocolError):
        client.get("/")


def test_truncated_body_is_a_remote_protocol_error(raw: Callable[..., RawServer]) -> None:
    def truncate(conn: socket.socket, server: RawServer) -> None:
        read_request(conn.makefile("rb"), server)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"y" * 40)

    server = raw(truncate)
    pool = pool_of()
    with client_for(pool, server.url) as client:
        with pytest.raises(httpx.RemoteProtocolError, match="60 bytes of the body missing"):
            client.get("/")
        assert pool.open_connections == 0


def test_slow_answer_is_a_read_timeout(raw: Callable[..., RawServer]) -> None:
    server = raw(keep_alive(ok(), delay=1.0))
    pool = pool_of()
    with client_for(pool, server.url, timeout=0.2) as client, pytest.raises(httpx.ReadTimeout):
        client.get("/")
    assert pool.open_connections == 0


def test_slow_body_is_a_read_timeout(raw: Callable[..., RawServer]) -> None:
    def stall(conn: socket.socket, server: RawServer) -> None:
        read_request(conn.makefile("rb"), server)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
        time.sleep(1.0)

    server = raw(stall)
    with client_for(pool_of(), server.url, timeout=0.2) as client, pytest.raises(httpx.ReadTimeout):
        client.get("/")


def test_an_illegal_header_is_refused_before_sending(raw: Callable[..., RawServer]) -> None:
    server = raw(keep_alive(ok()))
    pool = pool_of()
    request = httpx.Request("GET", f"{server.url}/", headers={"X-Bad": "a"})
    request.headers._list.append(
        (b"x-bad\r\nInjected", b"x-bad\r\ninjected", b"v")
    )  # httpx checks names late
    with pytest.raises(httpx.LocalProtocolError):
        pool.handle_request(request)
    assert server.requests == []
    assert pool.open_connections == 0


def test_unsupported_scheme() -> None:
    with pytest.raises(httpx.UnsupportedProtocol):
        pool_of().handle_request(httpx.Request("GET", "ftp://127.0.0.1/"))


def test_a_closed_pool_refuses_new_connections(raw: Callable[..., RawServer]) -> None:
    server = raw(keep_alive(ok()))
    pool = pool_of()
    pool.close()
    with pytest.raises(RuntimeError, match="closed"):
        pool.handle_request(httpx.Request("GET", f"{server.url}/"))


# -- TLS


def _tls_pool(context: ssl.SSLContext | bool) -> ConnectionPool:
    return ConnectionPool(verify=context, limits=httpx.Limits(max_connections=2))


def test_tls_with_a_trusted_ca_keeps_its_connection(
    raw: Callable[..., RawServer], tls: tuple[ssl.SSLContext, Path]
) -> None:
    server_context, ca_file = tls
    server = raw(keep_alive(ok(b"secure")), server_context)
    with httpx.Client(transport=_tls_pool(DeferredCAContext(cafile=str(ca_file)))) as client:
        for _ in range(3):
            assert client.get(f"https://localhost:{server.port}/").text == "secure"
    assert server.accepted == 1


def test_tls_with_an_unknown_ca_fails_with_the_certificate_error(
    raw: Callable[..., RawServer], tls: tuple[ssl.SSLContext, Path], untrusted_ca_file: Path
) -> None:
    server_context, _ = tls
    other = untrusted_ca_file
    server = raw(keep_alive(ok()), server_context)
    with (
        httpx.Client(transport=_tls_pool(DeferredCAContext(cafile=str(other)))) as client,
        pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED") as caught,
    ):
        client.get(f"https://localhost:{server.port}/")
    assert certificate_error(caught.value) is not None  # what the session layer looks for


def test_tls_checks_the_hostname(raw: Callable[..., RawServer], tls: tuple[ssl.SSLContext, Path]) -> None:
    server_context, ca_file = tls
    server = raw(keep_alive(ok()), server_context)
    with (
        httpx.Client(transport=_tls_pool(DeferredCAContext(cafile=str(ca_file)))) as client,
        pytest.raises(httpx.ConnectError),
    ):
        client.get(f"https://127.0.0.1:{server.port}/")  # the certificate names localhost only


def test_tls_without_verification(raw: Callable[..., RawServer], tls: tuple[ssl.SSLContext, Path]) -> None:
    server_context, _ = tls
    server = raw(keep_alive(ok(b"unchecked")), server_context)
    with httpx.Client(transport=_tls_pool(False)) as client:
        assert client.get(f"https://127.0.0.1:{server.port}/").text == "unchecked"


def test_verify_must_be_a_context_or_a_bool() -> None:
    with pytest.raises(TypeError, match="SSLContext"):
        ConnectionPool(verify="/etc/ssl/ca.pem", limits=httpx.Limits())  # type: ignore[arg-type]


def test_default_verification_builds_its_context_on_the_first_tls_connection(
    raw: Callable[..., RawServer], tls: tuple[ssl.SSLContext, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    server_context, ca_file = tls
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))  # what default_verify_context() honours
    plain, secure = raw(keep_alive(ok(b"plain"))), raw(keep_alive(ok(b"secure")), server_context)
    pool = _tls_pool(True)
    with httpx.Client(transport=pool) as client:
        assert client.get(f"{plain.url}/").text == "plain"
        assert pool._verify is True  # no context for a plain http:// origin
        assert client.get(f"https://localhost:{secure.port}/").text == "secure"
        assert isinstance(pool._verify, DeferredCAContext)


def test_truncated_chunked_body_is_a_remote_protocol_error(raw: Callable[..., RawServer]) -> None:
    def truncate(conn: socket.socket, server: RawServer) -> None:
        read_request(conn.makefile("rb"), server)
        conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nonly-ten-b")

    server = raw(truncate)
    with client_for(pool_of(), server.url) as client, pytest.raises(httpx.RemoteProtocolError):
        client.get("/")


def test_international_names_connect_as_httpx_encodes_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """The host is httpx's IDNA 2008 form, as in the Host header; Python's own codec (IDNA 2003)
    would turn ``straße`` into ``strasse``, another name."""
    hosts: list[str] = []

    def refuse(self: http.client.HTTPConnection) -> None:
        hosts.append(self.host)
        raise ConnectionRefusedError("refused")

    monkeypatch.setattr(http.client.HTTPConnection, "connect", refuse)
    with pytest.raises(httpx.ConnectError):
        pool_of().handle_request(httpx.Request("GET", "http://straße.example:8080/"))
    assert hosts == ["xn--strae-oqa.example"]


def test_a_streamed_response_dropped_unclosed_gives_its_slot_back(raw: Callable[..., RawServer]) -> None:
    server = raw(keep_alive(ok(b"x" * 200_000)))
    pool = pool_of(connections=1)
    with client_for(pool, server.url) as client:
        response = client.send(client.build_request("GET", "/big"), stream=True)
        assert response.status_code == 200
        del response
        gc.collect()
        answer = client.get("/big", timeout=httpx.Timeout(5.0, pool=0.5))  # no PoolTimeout
        assert len(answer.content) == 200_000
        assert pool.open_connections == 1  # the dropped one was closed, this one is kept
    assert server.accepted == 2


def test_an_answer_sent_before_the_body_was_read_is_returned(server: Script) -> None:
    """The scripted server answers 503 without reading a chunked body and then drops the rest, so
    sending the body's end often meets a closed connection (a write error, in about 1 call of 15
    here). The answer is what the caller gets, as with httpx's own transport; 100 calls make a
    regression all but certain to show."""
    for _ in range(100):
        server.plan(Answer(503))
        with sync_client(server.url) as client:
            assert client.post("/v4/x", content=iter([b"a", b"b"])).status_code == 503
