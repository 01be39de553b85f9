"""A wrong host in the profile: each call ends quickly in one error that says what is wrong.

The four mistakes a new user makes with an address (a port where nothing listens, a name that
does not resolve, ``https://`` for a plain HTTP server, ``http://`` for a TLS server), each tried
with the real retry policy of every mode (no shortened budgets, except where noted), through
``build(UsersApi)`` on a ``Client`` of that mode, then through ``tc.get_user()`` and ``tc.login()``.
"""

from __future__ import annotations

import http.server
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import trustme
from tiledb.client.rest_api.api import UsersApi

import tiledb.client as tc
from tiledb.client.testing import FakeServer

from .support import FIGURES, MODES, SecretWatch, SmallPolicies

TOKEN = "tdb-ws_wrong0-SECRETwronghost000"
#: What "fails fast" means here: the whole call, retries included, in the default mode.
FAST = 3.0


class _Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Quiet(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a plain HTTP client on the TLS port: expected here


@pytest.fixture(scope="module")
def tls_port() -> Iterator[int]:
    """A TLS-only listener on loopback (any certificate: the client never gets that far)."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA().issue_cert("127.0.0.1").configure_cert(context)
    front = _Quiet(("127.0.0.1", 0), _Hello)
    front.socket = context.wrap_socket(front.socket, server_side=True)
    thread = threading.Thread(target=front.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield front.server_address[1]
    front.shutdown()
    front.server_close()
    thread.join(10)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


#: case -> (host for the profile, the text the session errors must contain)
def _cases(server: FakeServer, tls_port: int) -> dict[str, tuple[str, str]]:
    return {
        "closed port": (f"http://127.0.0.1:{_closed_port()}", "was refused (nothing listens there)"),
        "unresolvable name (.invalid)": ("https://no-such-host.invalid", "could not be resolved"),
        "https:// to an http server": (
            f"https://127.0.0.1:{server.port}",
            f"use host='http://127.0.0.1:{server.port}'",
        ),
        "http:// to an https server": (
            f"http://127.0.0.1:{tls_port}",
            f"use host='https://127.0.0.1:{tls_port}'",
        ),
    }


CASES = (
    "closed port",
    "unresolvable name (.invalid)",
    "https:// to an http server",
    "http:// to an https server",
)
#: Ends quickly with the real policies; the last one is retried as any dropped connection is.
FAST_CASES = CASES[:3]


def _timed(call: Callable[[], object]) -> tuple[BaseException, float]:
    started = time.monotonic()
    try:
        call()
    except Exception as error:  # the one error the test then checks
        return error, time.monotonic() - started
    raise AssertionError("the call succeeded against a wrong host")


def _retries(records: list[logging.LogRecord]) -> int:
    return sum(1 for r in records if r.name == "tiledb.client.http" and "; attempt " in r.getMessage())


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES)
def test_a_wrong_host_fails_fast_with_a_clear_error(
    case: str,
    mode: str,
    server: FakeServer,
    tls_port: int,
    profile_dir: str,
    small_policy: type[SmallPolicies],
    caplog: pytest.LogCaptureFixture,
    watch: SecretWatch,
) -> None:
    host = _cases(server, tls_port)[case][0]
    if case in FAST_CASES:
        # The real policy of each mode: fast failure must not depend on small budgets.
        small_policy.overrides = {}
    watch.secret("token of the wrong-host profile", TOKEN)
    tc.configure(token=TOKEN, host=host, profile_name="wrong", profile_dir=profile_dir)
    tc.login("wrong", profile_dir)  # a token profile: no request yet
    caplog.set_level(logging.INFO, logger="tiledb.client.http")
    with tc.Client(retry_mode=mode) as client:
        error, elapsed = _timed(client.build(UsersApi).get_self_user)
        watch.see(error, client)
    assert isinstance(error, httpx.TransportError), repr(error)
    retries = _retries(caplog.records)
    if case in FAST_CASES:
        assert elapsed < FAST, (case, mode, elapsed)
    if case in ("unresolvable name (.invalid)", "https:// to an http server") or mode == "disabled":
        assert retries == 0
    elif case == "closed port":
        assert retries == 3  # RetryPolicy.refused_retries
    first = [r for r in caplog.records if "; attempt 2 of" in r.getMessage()]
    assert [r.levelno for r in first] == ([logging.WARNING] if retries else [])
    after = "no retry" if retries == 0 else f"{retries} {'retry' if retries == 1 else 'retries'}"
    FIGURES.wrong_host[(case, mode)] = f"{type(error).__name__}, {after}, {elapsed:.1f} s"
    FIGURES.add("clear_error")


@pytest.mark.parametrize("case", CASES)
def test_the_session_errors_say_what_is_wrong(
    case: str,
    server: FakeServer,
    tls_port: int,
    profile_dir: str,
    small_policy: type[SmallPolicies],
    watch: SecretWatch,
) -> None:
    """``get_user()`` (token profile) and ``login()`` (password profile) name the mistake."""
    host, text = _cases(server, tls_port)[case]
    watch.secret("token of the wrong-host profile", TOKEN)
    tc.configure(token=TOKEN, host=host, profile_name="tok", profile_dir=profile_dir)
    tc.configure(
        username="alice", password="SECRET-pw-wrong", workspace="ws", host=host, profile_name="pw",
        profile_dir=profile_dir,
    )  # fmt: skip
    watch.secret("password of the wrong-host profile", "SECRET-pw-wrong")
    tc.login("tok", profile_dir)
    with pytest.raises(tc.ClientError) as queried:
        tc.get_user()
    with pytest.raises(tc.LoginError) as logged_in:
        tc.login("pw", profile_dir)
    watch.see(queried.value, logged_in.value)
    for error in (queried.value, logged_in.value):
        assert text in str(error), str(error)
    FIGURES.add("clear_error", 2)


class _PlainOnTlsPort(http.server.BaseHTTPRequestHandler):
    """What nginx and most load balancers answer to plain HTTP on their TLS port."""

    def _answer(self) -> None:
        body = b"<html><h1>400 Bad Request</h1>The plain HTTP request was sent to HTTPS port</html>"
        self.send_response(400)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_a_tls_port_that_answers_plain_http_with_400_gets_the_https_hint(
    profile_dir: str, small_policy: type[SmallPolicies], watch: SecretWatch
) -> None:
    front = _Quiet(("127.0.0.1", 0), _PlainOnTlsPort)
    thread = threading.Thread(target=front.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        host = f"http://127.0.0.1:{front.server_address[1]}"
        watch.secret("token of the wrong-host profile", TOKEN)
        tc.configure(token=TOKEN, host=host, profile_name="tok", profile_dir=profile_dir)
        tc.configure(
            username="alice", password="SECRET-pw-wrong", workspace="ws", host=host, profile_name="pw",
            profile_dir=profile_dir,
        )  # fmt: skip
        watch.secret("password of the wrong-host profile", "SECRET-pw-wrong")
        tc.login("tok", profile_dir)
        with pytest.raises(tc.ClientError) as queried:
            tc.get_user()
        with pytest.raises(tc.LoginError) as logged_in:
            tc.login("pw", profile_dir)
    finally:
        front.shutdown()
        front.server_close()
        thread.join(10)
    watch.see(queried.value, logged_in.value)
    hint = f"use host='https://127.0.0.1:{front.server_address[1]}'"
    assert hint in str(queried.value) and "answered 400 to a plain HTTP request" in str(queried.value)
    assert hint in str(logged_in.value)
    FIGURES.add("clear_error", 2)


@pytest.mark.parametrize("case", FAST_CASES)
def test_async_clients_fail_as_fast(
    case: str,
    server: FakeServer,
    tls_port: int,
    profile_dir: str,
    small_policy: type[SmallPolicies],
    caplog: pytest.LogCaptureFixture,
    watch: SecretWatch,
) -> None:
    """The async connection pools raise the same causes, so the policy decides the same."""
    import asyncio

    from tiledb.client.rest_api.api import AsyncUsersApi

    small_policy.overrides = {}
    host = _cases(server, tls_port)[case][0]
    watch.secret("token of the wrong-host profile", TOKEN)
    tc.configure(token=TOKEN, host=host, profile_name="wrong", profile_dir=profile_dir)
    tc.login("wrong", profile_dir)
    caplog.set_level(logging.INFO, logger="tiledb.client.http")

    async def call() -> tuple[BaseException, float]:
        with tc.Client() as client:
            api = client.build(AsyncUsersApi)
            started = time.monotonic()
            try:
                await api.get_self_user()
            except Exception as error:
                return error, time.monotonic() - started
        raise AssertionError("the call succeeded against a wrong host")

    error, elapsed = asyncio.run(call())
    watch.see(error)
    assert isinstance(error, httpx.ConnectError), repr(error)
    assert elapsed < FAST
    assert _retries(caplog.records) == (3 if case == "closed port" else 0)
    FIGURES.add("clear_error")
