"""Client and build(): configured generated clients, rebuilds, thread pool, closing."""

from __future__ import annotations

import asyncio
import gc
import ssl
import threading
import time
import warnings
from pathlib import Path

import httpx
import pytest
from tiledb.client.rest_api.api import AsyncUsersApi, TokensApi, UsersApi, WorkspacesApi
from tiledb.client.rest_api.client import Client as GeneratedClient

import tiledb.client as tc
from tiledb.client import Client, RetryMode, build, configure, login
from tiledb.client._http.transport import API_KEY_HEADER, InsecureConnectionWarning
from tiledb.client.testing import FakeServer

from .support import API_KEY, current_session


def pool_limit(client: httpx.Client | httpx.AsyncClient) -> int:
    """The connection limit given to the pools inside the transport (white box)."""
    limit = client._transport._inner.limits.max_connections  # type: ignore[attr-defined]
    assert isinstance(limit, int)
    return limit


@pytest.fixture
def logged_in(server: FakeServer, token_profile: str, profile_dir: str) -> FakeServer:
    login(token_profile, profile_dir)
    return server


def test_build_returns_the_api_over_a_configured_client(logged_in: FakeServer) -> None:
    api = build(TokensApi)
    assert isinstance(api, TokensApi)
    assert isinstance(api.client, GeneratedClient)
    http = api.client.get_httpx_client()
    assert str(http.base_url).rstrip("/") == logged_in.url
    assert http.headers[API_KEY_HEADER] == logged_in.token
    assert http.auth is None
    assert http.follow_redirects is False
    assert http.timeout.connect is not None and http.timeout.read is not None
    assert pool_limit(http) == tc.client.client.threads
    assert build(UsersApi).client is api.client  # built once, reused
    assert build(UsersApi).get_self_user().data.user.username == logged_in.username


def test_own_client_builds_with_its_own_pool(logged_in: FakeServer) -> None:
    with Client(pool_threads=3, retry_mode="disabled") as client:
        api = client.build(WorkspacesApi)
        assert pool_limit(api.client.get_httpx_client()) == 3
        assert api.get_workspace(logged_in.workspace_id).data.name == logged_in.workspace_name
        assert client.mode is RetryMode.DISABLED
        assert api.client is not build(WorkspacesApi).client
        inner = api.client.get_httpx_client()._transport._inner  # type: ignore[attr-defined]
        assert inner.is_open
    assert not inner.is_open  # close() released the pool
    # ... and the Api object keeps working: the next call opens a new pool.
    assert api.get_workspace(logged_in.workspace_id).data.name == logged_in.workspace_name
    assert inner.is_open


def test_async_build(logged_in: FakeServer) -> None:
    async def main() -> str:
        async with Client() as client:
            api = client.build(AsyncUsersApi)
            http = api.client.get_async_httpx_client()
            assert isinstance(http, httpx.AsyncClient)
            assert http.headers[API_KEY_HEADER] == logged_in.token
            answer = await api.get_self_user()
            assert client.build(AsyncUsersApi).client is api.client
            return answer.data.user.username

    assert asyncio.run(main()) == logged_in.username
    assert logged_in.requests[-1].headers[API_KEY] == logged_in.token


def test_one_async_api_object_serves_successive_event_loops(logged_in: FakeServer) -> None:
    client = Client()
    api = client.build(AsyncUsersApi)

    async def one() -> str:
        return (await api.get_self_user()).data.user.username

    assert [asyncio.run(one()) for _ in range(3)] == [logged_in.username] * 3
    assert client.build(AsyncUsersApi).client is api.client  # one generated client for every loop
    client.close()


def test_retry_mode_updates_existing_api_instances(logged_in: FakeServer) -> None:
    client = Client()
    try:
        api = client.build(UsersApi)
        before = api.client.get_httpx_client()
        assert before.get("/v4/users/self").status_code == 200
        ref = before._transport  # type: ignore[attr-defined]
        assert ref._inner.is_open
        client.retry_mode(RetryMode.FORCEFUL)
        after = api.client.get_httpx_client()
        assert after is not before
        assert client.mode is RetryMode.FORCEFUL
        del before
        gc.collect()
        assert not ref._inner.is_open  # the replaced client's connections were released
        assert api.get_self_user().data.user.username == logged_in.username
        client.set_disable_retries()
        assert client.mode is RetryMode.DISABLED
        client.set_forceful_retries()
        assert client.mode is RetryMode.FORCEFUL
        client.set_default_retries()
        assert client.mode is RetryMode.DEFAULT
        with pytest.raises(ValueError, match="mode"):
            client.retry_mode("always")
    finally:
        client.close()


def test_set_threads_resizes_pool_and_connections(logged_in: FakeServer) -> None:
    client = Client(pool_threads=2)
    try:
        api = client.build(UsersApi)
        assert pool_limit(api.client.get_httpx_client()) == 2
        names = {client.submit(lambda: threading.current_thread().name).result() for _ in range(4)}
        assert names <= {"tiledb-async-0", "tiledb-async-1"}
        client.set_threads(5)
        assert client.threads == 5
        assert pool_limit(api.client.get_httpx_client()) == 5
        assert client.pool._max_workers == 5
        client.set_threads()
        assert client.threads == tc.client.client.threads or client.threads >= 1
        with pytest.raises(ValueError):
            client.set_threads(0)
        with pytest.raises(TypeError):
            client.set_threads(2.0)  # type: ignore[arg-type]
    finally:
        client.close()


def test_invalid_pool_threads() -> None:
    with pytest.raises(ValueError):
        Client(pool_threads=0)
    with pytest.raises(TypeError):
        Client(pool_threads="8")  # type: ignore[arg-type]


def test_close_closes_and_the_client_stays_usable(logged_in: FakeServer) -> None:
    client = Client()
    api = client.build(UsersApi)
    client.pool.submit(lambda: None).result()
    assert api.get_self_user().data.user.username == logged_in.username
    inner = api.client.get_httpx_client()._transport._inner  # type: ignore[attr-defined]
    assert inner.is_open
    client.close()
    assert not inner.is_open
    assert not api.client.get_httpx_client().is_closed
    # Built before close(), still working after it, and so is a fresh build.
    assert api.get_self_user().data.user.username == logged_in.username
    assert client.build(UsersApi).get_self_user().data.user.username == logged_in.username
    assert client.submit(lambda: 7).result() == 7
    client.close()
    client.close()  # idempotent


def test_login_gives_new_clients_and_old_ones_keep_their_session(
    server: FakeServer, token_profile: str, password_profile: str, profile_dir: str
) -> None:
    login(token_profile, profile_dir)
    old_api = build(UsersApi)
    server.faults.add("/v4/users/self", delay=0.4, count=1)
    outcome: dict[str, object] = {}

    def slow() -> None:
        outcome["user"] = old_api.get_self_user().data.user.username

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.1)
    login(password_profile, profile_dir)
    thread.join()
    assert outcome["user"] == server.username
    new_api = build(UsersApi)
    assert new_api.client is not old_api.client
    new_api.get_self_user()
    old_api.get_self_user()  # still usable: it keeps the session it was built with
    tokens = [r.headers[API_KEY] for r in server.requests if r.path == "/v4/users/self"]
    assert tokens == [server.token, current_session().token, server.token]


def test_verify_ssl_false_warns(server: FakeServer, profile_dir: str) -> None:
    configure(
        token=server.token,
        host=server.url,
        verify_ssl=False,
        profile_name="insecure",
        profile_dir=profile_dir,
    )
    login("insecure", profile_dir)
    with pytest.warns(InsecureConnectionWarning, match="verification is disabled"):
        api = build(UsersApi)
    assert api.get_self_user().data.user.username == server.username


def test_ca_file_reaches_the_transport(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import certifi

    from tiledb.client._http import transport as _transport

    seen: dict[str, object] = {}
    real = _transport.sync_transport

    def spy(**kwargs: object) -> httpx.BaseTransport:
        seen.update(kwargs)
        return real(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_transport, "sync_transport", spy)
    configure(
        token="t",
        workspace="w",
        host="h.example",
        ca_file=certifi.where(),
        profile_name="ca",
        profile_dir=str(tmp_path),
    )
    login("ca", str(tmp_path))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        build(UsersApi)
    assert isinstance(seen["verify"], ssl.SSLContext)


def test_unusable_ca_file_is_a_client_error(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("not a certificate")
    configure(
        token="t",
        workspace="w",
        host="h.example",
        ca_file=str(ca),
        profile_name="ca",
        profile_dir=str(tmp_path),
    )
    login("ca", str(tmp_path))
    with pytest.raises(tc.ClientError, match=r"ca\.pem.*'ca'"):
        build(UsersApi)


def test_async_pools_close_when_their_loop_shuts_down(
    logged_in: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    unraisable: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    api = build(AsyncUsersApi)  # the shared client; nobody calls aclose()
    inner = api.client.get_async_httpx_client()._transport._inner  # type: ignore[attr-defined]
    open_during: list[int] = []

    async def main() -> None:
        await api.get_self_user()
        open_during.append(inner.open_loops)

    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        asyncio.run(main())
        asyncio.run(main())
        gc.collect()
    assert open_during == [1, 1]
    assert inner.open_loops == 0  # each loop's pool was closed as the loop shut down
    assert not api.client.get_async_httpx_client().is_closed
    assert unraisable == []


def test_loop_guard_dismiss_skips_the_cleanup() -> None:
    from tiledb.client._http.connections import LoopGuard

    ran: list[str] = []

    async def cleanup() -> None:
        ran.append("x")

    async def main() -> None:
        kept = LoopGuard(cleanup)
        dismissed = LoopGuard(cleanup)
        dismissed.dismiss()
        assert not dismissed.armed
        holder.append(kept)

    holder: list[LoopGuard] = []
    asyncio.run(main())
    assert ran == ["x"]
    assert not holder[0].armed
