"""Client-wide settings without changing the seed's signatures: timeouts, the retry policy's limits,
a transport of the user's own under the retry stack, event hooks, an explicit proxy; the
environment variables for timeouts, attempts and logging."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from tiledb.client.rest_api.api import UsersApi

import tiledb.client as tc
from tiledb.client.testing import FakeServer

from .conftest import wire

SELF = "/v4/users/self"


def test_the_timeout_from_the_environment(logged_in: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TILEDB_CLIENT_TIMEOUT", "0.05")
    logged_in.faults.add(SELF, "GET", delay=1.0)
    with tc.Client(retry_mode="disabled") as client:
        assert client.http_options.timeout == httpx.Timeout(0.05)
        with pytest.raises(tc.ApiTimeoutError):
            client.build(UsersApi).get_self_user()
    assert len(wire(logged_in, SELF)) == 1


def test_set_timeout_reaches_api_objects_built_earlier(logged_in: FakeServer) -> None:
    logged_in.faults.add(SELF, "GET", delay=1.0)
    with tc.Client(retry_mode="disabled") as client:
        api = client.build(UsersApi)
        client.set_timeout(0.05)
        with pytest.raises(tc.ApiTimeoutError):
            api.get_self_user()
        client.set_timeout(None)
        assert client.http_options.timeout is None
        assert api.get_self_user().data.user.username == logged_in.username


@pytest.mark.parametrize("source", ["code", "environment"])
def test_max_attempts(source: str, logged_in: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    if source == "environment":
        monkeypatch.setenv("TILEDB_CLIENT_MAX_ATTEMPTS", "2")
    logged_in.faults.add(SELF, "GET", status=503, count=5)
    with tc.Client() as client:
        if source == "code":
            client.set_retry_limits(max_attempts=2, time_budget=30)
        assert client.http_options.max_attempts == 2
        with pytest.raises(tc.InternalServerError):
            client.build(UsersApi).get_self_user()
    assert len(wire(logged_in, SELF)) == 2


def test_a_bad_environment_value_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TILEDB_CLIENT_MAX_ATTEMPTS", "many")
    with pytest.raises(ValueError, match="TILEDB_CLIENT_MAX_ATTEMPTS"):
        tc.Client()


class Counting(httpx.BaseTransport):
    """A user's transport: counts what reaches it and sends it with httpx's own."""

    def __init__(self) -> None:
        self.seen: list[httpx.Request] = []
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def test_a_transport_of_my_own_sits_under_the_retry_stack(logged_in: FakeServer) -> None:
    mine = Counting()
    logged_in.faults.add(SELF, "GET", status=503, count=1)
    with tc.Client() as client:
        client.set_http_options(transport=mine)
        raw = client.build(UsersApi).with_raw_response.get_self_user()
    assert raw.status_code == 200 and raw.retries == 1
    assert [r.url.path for r in mine.seen] == [SELF, SELF]  # both attempts went through it
    assert mine.seen[0].headers["x-tiledb-rest-api-key"] == logged_in.token


def test_event_hooks_see_every_request(logged_in: FakeServer) -> None:
    calls: list[tuple[str, Any]] = []
    with tc.Client() as client:
        client.set_http_options(
            event_hooks={
                "request": [lambda request: calls.append(("request", request.url.path))],
                "response": [lambda response: calls.append(("response", response.status_code))],
            }
        )
        client.build(UsersApi).get_self_user()
    assert calls == [("request", SELF), ("response", 200)]


def test_an_explicit_proxy_takes_every_request(logged_in: FakeServer) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = sock.getsockname()[1]
    with tc.Client(retry_mode="disabled") as client:
        client.set_http_options(proxy=f"http://127.0.0.1:{dead}")
        assert "127.0.0.1" not in repr(client.http_options)  # a proxy URL may hold a password
        with pytest.raises(tc.ApiConnectionError):
            client.build(UsersApi).get_self_user()
        client.set_http_options(proxy=None)
        client.build(UsersApi).get_self_user()
    assert len(wire(logged_in, SELF)) == 1  # only the call without the proxy reached the server


def test_wrong_settings_are_refused() -> None:
    client = tc.Client()
    with pytest.raises(ValueError, match="max_attempts"):
        client.set_http_options(max_attempts=0)
    with pytest.raises(TypeError):
        client.set_http_options(transport="not a transport")
    with pytest.raises(TypeError):
        client.set_http_options(retries=3)
    assert client.http_options.max_attempts is None


SCRIPT = """
import sys
import tiledb.client as tc
from tiledb.client.rest_api.api import UsersApi
token, host, profiles = sys.argv[1:]
tc.configure(token=token, host=host, profile_dir=profiles)
tc.login(profile_dir=profiles)
tc.build(UsersApi).get_self_user()
"""


def test_tiledb_client_log_writes_debug_records_to_stderr_without_secrets(
    server: FakeServer, tmp_path: Path
) -> None:
    env = {"TILEDB_CLIENT_LOG": "debug", "HOME": str(tmp_path), "PATH": ""}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, server.token, server.url, str(tmp_path / "profiles")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "tiledb.client.http DEBUG GET /v4/users/self -> 200" in done.stderr
    assert server.token not in done.stderr
    assert done.stdout == ""
