"""Starting and stopping: threads, ports, the context manager, the CLI and the pytest fixture."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import httpx
import pytest

from tiledb.client.testing import FakeServer


def _refused(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) != 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _server_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("FakeServer")]


def test_start_stop_leaves_no_thread_or_port() -> None:
    before = set(threading.enumerate())
    server = FakeServer().start()
    try:
        assert server.running
        assert server.port != server.regional_port
        assert server.url == f"http://127.0.0.1:{server.port}"
        headers = {"X-TILEDB-REST-API-KEY": server.token}
        with httpx.Client(headers=headers) as c:  # left with idle keep-alive connections
            assert c.get(server.url + "/v4/users/self").status_code == 200
            assert c.get(server.regional_url + "/v4/users/self").status_code == 200
            ports = (server.port, server.regional_port)
            start = time.monotonic()
            server.stop()
            assert time.monotonic() - start < 3
    finally:
        server.stop()
    assert not server.running
    assert set(threading.enumerate()) <= before
    assert _server_threads() == []
    assert all(_refused(p) for p in ports)
    server.stop()  # idempotent


def test_context_manager_and_restart() -> None:
    with FakeServer() as server:
        port = server.port
        assert server.running
    assert not server.running
    assert _refused(port)
    # The same object serves again, state kept.
    with server, httpx.Client(auth=(server.username, server.password)) as c:
        assert c.get(server.url + "/v4/users/self").status_code == 200


def test_fixed_port() -> None:
    port = _free_port()
    with FakeServer(port=port) as server:
        assert server.port == port
        with httpx.Client() as c:
            assert c.get(f"http://127.0.0.1:{port}/v4/users/self").status_code == 401
    assert _refused(port)


def test_stop_interrupts_a_delayed_answer() -> None:
    server = FakeServer().start()
    server.faults.add("/v4/users/self", delay=30)
    outcome: list[object] = []

    def call() -> None:
        with httpx.Client(timeout=20) as c:
            try:
                outcome.append(c.get(server.url + "/v4/users/self").status_code)
            except httpx.HTTPError as exc:
                outcome.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    while not server.requests:
        time.sleep(0.01)
    start = time.monotonic()
    server.stop()
    assert time.monotonic() - start < 5
    caller.join(10)
    assert not caller.is_alive()
    assert outcome
    assert _server_threads() == []


@pytest.mark.usefixtures("sigint_reaches_children")
def test_cli_runs_in_foreground(tmp_path: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tiledb.client.testing", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "Ctrl-C" in line:
                break
        text = "".join(lines)
        assert f"http://127.0.0.1:{port}" in text
        assert "alice / alice-password" in text
        key = next(line.split(":", 1)[1].strip() for line in lines if "API key" in line)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as c:
            assert c.get("/v4/users/self", auth=("alice", "alice-password")).status_code == 200
            assert c.get("/v4/users/self", headers={"X-TILEDB-REST-API-KEY": key}).status_code == 200
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=15)
        assert proc.returncode == 0
        assert "stopped" in out
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert _refused(port)


def test_pytest_fixture_is_registered(tmp_path: Path) -> None:
    """A fresh pytest process gets ``fake_server`` from the entry point, started then stopped."""
    (tmp_path / "test_uses_fixture.py").write_text(
        textwrap.dedent(
            """
            import httpx

            SEEN = []

            def test_started(fake_server):
                SEEN.append(fake_server)
                assert fake_server.running
                r = httpx.get(fake_server.url + "/v4/users/self",
                              headers={"X-TILEDB-REST-API-KEY": fake_server.token})
                assert r.status_code == 200

            def test_stopped_afterwards():
                assert SEEN and not SEEN[0].running
            """
        )
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


@pytest.mark.parametrize("n", [2])
def test_servers_are_independent(n: int) -> None:
    servers = [FakeServer().start() for _ in range(n)]
    try:
        servers[0].add_user("only-here", "pw")
        with httpx.Client() as c:
            statuses = [
                c.get(s.url + "/v4/users/self", auth=("only-here", "pw")).status_code for s in servers
            ]
        assert statuses == [200, 401]
    finally:
        for s in servers:
            s.stop()


def test_port_in_use_fails_cleanly() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        server = FakeServer(port=busy.getsockname()[1])
        with pytest.raises(OSError):
            server.start()
        assert not server.running
        assert _server_threads() == []


def test_reset_restores_the_seed() -> None:
    server = FakeServer()
    token = server.token
    server.add_assets(n=3)
    server.faults.add(status=503)
    server.reset()
    assert server.token == token
    assert server.asset("array_00001") is None
    assert server.faults.rules == []
