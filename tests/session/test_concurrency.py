"""Sessions under concurrency: logins while many threads send requests."""

from __future__ import annotations

import threading

from tiledb.client.rest_api.api import UsersApi

import tiledb.client as tc
from tiledb.client import build, configure, login
from tiledb.client.testing import FakeServer

from .support import API_KEY


def test_sixteen_threads_and_a_login_loop(server: FakeServer, profile_dir: str) -> None:
    server.add_user("bob", "bob-password", workspace=server.workspace_name)
    bob_token = server.add_token("bob", server.workspace_id, name="bob")
    configure(token=server.token, host=server.url, profile_name="alice", profile_dir=profile_dir)
    configure(token=bob_token, host=server.url, profile_name="bob", profile_dir=profile_dir)
    configure(
        username="bob",
        password="bob-password",
        workspace=server.workspace_name,
        host=server.url,
        profile_name="bob-pw",
        profile_dir=profile_dir,
    )
    login("alice", profile_dir)

    stop = threading.Event()
    errors: list[BaseException] = []
    seen_users: set[str] = set()
    calls = [0]
    lock = threading.Lock()

    def worker(index: int) -> None:
        try:
            while not stop.is_set():
                if index % 2:
                    name = build(UsersApi).get_self_user().data.user.username
                else:
                    name = tc.get_user().username
                with lock:
                    seen_users.add(name)
                    calls[0] += 1
        except BaseException as exc:
            errors.append(exc)

    def switcher() -> None:
        try:
            for _ in range(6):
                for profile in ("bob", "bob-pw", "alice"):
                    login(profile, profile_dir)
        except BaseException as exc:
            errors.append(exc)
        finally:
            stop.set()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(16)]
    for thread in threads:
        thread.start()
    switch = threading.Thread(target=switcher)
    switch.start()
    switch.join(60)
    for thread in threads:
        thread.join(60)

    assert errors == []
    assert calls[0] >= 16
    assert seen_users <= {"alice", "bob"}
    session_keys = {t.api_key for t in server.state.tokens.values() if t.name.startswith("login-session-")}
    assert len(session_keys) == 6
    allowed = {server.token, bob_token} | session_keys
    self_requests = [r for r in server.requests if r.path == "/v4/users/self"]
    assert len(self_requests) >= 16
    for request in self_requests:
        keys = request.headers.getlist(API_KEY)
        assert len(keys) == 1 and keys[0] in allowed
        assert "authorization" not in request.headers
        assert request.status == 200
    for request in server.requests:
        if request.path != "/v4/users/self":  # the exchange: basic auth of exactly one user, no key
            assert request.headers.getlist(API_KEY) == []
            assert len(request.headers.getlist("authorization")) == 1
