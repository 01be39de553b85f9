"""HTTP/2, switched on by a setting, against a real HTTP/2 server on loopback.

hypercorn serves the fake server's own application over TLS (a test CA from trustme) with ALPN
``h2``, so the state, the authentication and the answers are the fake server's.
"""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from tiledb.client.rest_api.api import AsyncUsersApi, UsersApi

import tiledb.client as tc
from tiledb.client import Client, configure, login
from tiledb.client.testing import FakeServer


class Http2Server:
    """hypercorn serving an ASGI app over TLS on 127.0.0.1, in a thread of its own."""

    def __init__(self, app: Any, certfile: Path, keyfile: Path) -> None:
        from hypercorn.config import Config

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._config = Config()
        self._config.bind = [f"127.0.0.1:{self.port}"]
        self._config.certfile = str(certfile)
        self._config.keyfile = str(keyfile)
        self._config.alpn_protocols = ["h2", "http/1.1"]
        self._config.accesslog = None
        self._config.errorlog = None
        self._app = app
        self._loop = asyncio.new_event_loop()
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        from hypercorn.asyncio import serve

        asyncio.set_event_loop(self._loop)
        self._stop = asyncio.Event()
        self._loop.run_until_complete(serve(self._app, self._config, shutdown_trigger=self._stop.wait))
        self._loop.close()

    def start(self) -> None:
        self._thread.start()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("the HTTP/2 server did not start")

    def stop(self) -> None:
        if self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)


@pytest.fixture
def ca_file(tmp_path: Path) -> Iterator[tuple[trustme.CA, str]]:
    ca = trustme.CA()
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    yield ca, str(path)


@pytest.fixture
def h2_server(server: FakeServer, ca_file: tuple[trustme.CA, str], tmp_path: Path) -> Iterator[Http2Server]:
    ca, _ = ca_file
    cert = ca.issue_cert("localhost", "127.0.0.1")
    certfile, keyfile = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.cert_chain_pems[0].write_to_path(str(certfile))
    cert.private_key_pem.write_to_path(str(keyfile))
    h2 = Http2Server(server._app, certfile, keyfile)
    h2.start()
    yield h2
    h2.stop()


@pytest.fixture
def h2_login(
    server: FakeServer, h2_server: Http2Server, ca_file: tuple[trustme.CA, str], profile_dir: str
) -> None:
    configure(
        token=server.token,
        host=f"https://localhost:{h2_server.port}",
        ca_file=ca_file[1],
        profile_name="h2",
        profile_dir=profile_dir,
    )
    login("h2", profile_dir)
    server.clear_requests()


def test_200_concurrent_async_calls_share_one_http2_connection(server: FakeServer, h2_login: None) -> None:
    with Client() as client:
        client.set_http2(True)
        assert client.http2
        api = client.build(AsyncUsersApi)

        async def burst() -> tuple[list[str], str]:
            answers = await asyncio.gather(*(api.get_self_user() for _ in range(200)))
            raw = await api.client.get_async_httpx_client().get("/v4/users/self")
            return [a.data.user.username for a in answers], raw.http_version

        names, version = asyncio.run(burst())
    assert names == [server.username] * 200
    assert version == "HTTP/2"
    assert len(server.requests) == 201
    assert len({request.peer for request in server.requests}) == 1


def test_blocking_calls_speak_http2_when_asked_and_http11_by_default(
    server: FakeServer, h2_login: None
) -> None:
    with Client() as client:
        api = client.build(UsersApi)
        assert api.client.get_httpx_client().get("/v4/users/self").http_version == "HTTP/1.1"
        client.set_http2(True)  # Api objects built earlier switch too
        assert api.client.get_httpx_client().get("/v4/users/self").http_version == "HTTP/2"
        assert api.get_self_user().data.user.username == server.username
        client.set_http2(False)
        assert api.client.get_httpx_client().get("/v4/users/self").http_version == "HTTP/1.1"


def test_the_environment_switches_http2_on_for_new_clients(
    server: FakeServer, h2_login: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TILEDB_CLIENT_HTTP2", "1")
    with Client() as client:
        assert client.http2
        assert client.build(UsersApi).client.get_httpx_client().get("/v4/users/self").http_version == "HTTP/2"
    monkeypatch.setenv("TILEDB_CLIENT_HTTP2", "maybe")
    with pytest.raises(ValueError, match="TILEDB_CLIENT_HTTP2"):
        Client()


def test_set_http2_refuses_a_non_bool() -> None:
    with pytest.raises(TypeError, match="bool"):
        tc.Client().set_http2("yes")  # type: ignore[arg-type]


def test_http2_without_h2_installed_says_which_extra_to_install() -> None:
    probe = (
        "import sys; sys.modules['h2'] = None\n"
        "import tiledb.client as tc\n"
        "try:\n"
        "    tc.Client().set_http2(True)\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert "tiledb-rest-client[h2]" in out.stdout, out.stderr
