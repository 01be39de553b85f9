"""TLS through ``configure()`` + ``login()`` + a call, with a certificate made for the test.

The fake server speaks plain HTTP, so a small TLS front (``ssl`` + ``http.server``) on loopback
relays every request to it, with a certificate for 127.0.0.1 from a CA made by trustme. The
default retry policy is used throughout: a certificate that can not be verified must fail at
once, not after the retries meant for flaky networks.
"""

from __future__ import annotations

import http.client
import http.server
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from tiledb.client.rest_api.errors import ApiError

import tiledb.client as tc
from tiledb.client._http.transport import InsecureConnectionWarning
from tiledb.client.testing import FakeServer

from .support import API_KEY, FIGURES, SecretWatch, wire_since


class _Relay(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Front

    def _relay(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        front = self.server
        front.seen += 1
        if front.redirect_to is not None:
            self.send_response(307)
            self.send_header("Location", front.redirect_to + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        upstream = http.client.HTTPConnection(front.upstream_host, front.upstream_port, timeout=10)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
            upstream.request(self.command, self.path, body, headers)
            answer = upstream.getresponse()
            data = answer.read()
        finally:
            upstream.close()
        self.send_response(answer.status)
        for name, value in answer.getheaders():
            if name.lower() not in ("content-length", "connection", "transfer-encoding", "date", "server"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _relay

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Front(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    redirect_to: str | None = None
    seen = 0
    upstream_host = ""
    upstream_port = 0

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that refused our certificate: expected here


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def front(ca: trustme.CA, server: FakeServer) -> Iterator[_Front]:
    """An https listener on 127.0.0.1 relaying to the fake server."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    front = _Front(("127.0.0.1", 0), _Relay)
    front.socket = context.wrap_socket(front.socket, server_side=True)
    front.upstream_host, front.upstream_port = server.host, server.port
    thread = threading.Thread(target=front.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield front
    front.shutdown()
    front.server_close()
    thread.join(10)


def https_url(front: _Front) -> str:
    return f"https://127.0.0.1:{front.server_address[1]}"


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "test-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def configure_both(server: FakeServer, front: _Front, profile_dir: str, **tls: Any) -> None:
    """A password profile (login talks TLS) and a token profile (the call talks TLS)."""
    tc.configure(
        username=server.username,
        password=server.password,
        workspace=server.workspace_name,
        host=https_url(front),
        profile_name="pw",
        profile_dir=profile_dir,
        **tls,
    )
    tc.configure(
        token=server.token, host=https_url(front), profile_name="tok", profile_dir=profile_dir, **tls
    )


def test_an_unknown_ca_fails_at_once_with_a_clear_error(
    server: FakeServer, front: _Front, profile_dir: str, watch: SecretWatch
) -> None:
    configure_both(server, front, profile_dir)
    started = time.monotonic()
    with pytest.raises(tc.LoginError) as failed:
        tc.login("pw", profile_dir)
    watch.see(failed.value)
    assert "CERTIFICATE_VERIFY_FAILED" in str(failed.value)
    tc.login("tok", profile_dir)  # a token profile needs no request to log in
    with pytest.raises(tc.ClientError) as info:
        tc.get_user()
    watch.see(info.value)
    text = str(info.value)
    assert "TLS certificate" in text and "could not be verified" in text and "ca_file" in text
    # Not retried: a certificate does not change between attempts (it took ~27 s before).
    assert time.monotonic() - started < 5.0
    assert front.seen == 0 and server.requests == []
    FIGURES.add("clear_error", 2)


def test_ca_file_makes_it_work(
    server: FakeServer, front: _Front, profile_dir: str, ca_file: str, watch: SecretWatch
) -> None:
    configure_both(server, front, profile_dir, ca_file=ca_file)
    tc.login("pw", profile_dir)  # the password exchange over TLS
    assert tc.get_user().username == server.username
    tc.login("tok", profile_dir)
    assert tc.get_user().username == server.username
    assert front.seen >= 4
    FIGURES.add("success", 4)


def test_verify_ssl_false_works_and_says_so(
    server: FakeServer, front: _Front, profile_dir: str, watch: SecretWatch
) -> None:
    configure_both(server, front, profile_dir, verify_ssl=False)
    with pytest.warns(InsecureConnectionWarning, match="verification is disabled") as warned:
        tc.login("pw", profile_dir)
        assert tc.get_user().username == server.username
    watch.see_warnings(warned)
    FIGURES.add("success", 2)


def test_no_credentials_over_a_downgrade_to_http(
    server: FakeServer, front: _Front, profile_dir: str, ca_file: str, watch: SecretWatch
) -> None:
    """https://127.0.0.1 redirects to http://127.0.0.1 (same host, plain text): no token goes."""
    tc.configure(token=server.token, host=https_url(front), ca_file=ca_file, profile_dir=profile_dir)
    tc.login(profile_dir=profile_dir)
    front.redirect_to = server.url
    with pytest.raises(ApiError) as info:
        tc.get_self_user()
    watch.see(info.value)
    assert info.value.status_code == 401
    wire = wire_since(server, 0, "/v4/users/self")
    assert len(wire) == 1
    assert wire[0].headers.getlist(API_KEY) == [] and "authorization" not in wire[0].headers
    FIGURES.add("clear_error")
