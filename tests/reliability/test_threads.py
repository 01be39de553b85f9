"""The shared session under threads: logins, resizes and mode changes while 16 threads call.

Every request the server recorded carries the credentials of exactly one profile, never two and
never a mix; afterwards closing the client leaves no thread and no socket behind.
"""

from __future__ import annotations

import base64
import gc
import itertools
import threading
import time

import httpx
import pytest
from tiledb.client.rest_api.api import UsersApi

import tiledb.client as tc
from tiledb.client._session.clients import shared_client
from tiledb.client.testing import FakeServer

from .support import API_KEY, FIGURES, MODES, SecretWatch, open_sockets, wait_until

WORKERS, CALLS = 16, 200
BOB_PASSWORD = "bob-Pa55word-9f3k2"


def test_sixteen_threads_while_logging_in_resizing_and_changing_modes(
    server: FakeServer, profile_dir: str, watch: SecretWatch
) -> None:
    server.add_user("bob", BOB_PASSWORD, workspace=server.workspace_name)
    bob_token = server.add_token("bob", server.workspace_id, name="bob-token")
    watch.secret("bob's token", bob_token)
    watch.credentials("bob", BOB_PASSWORD)
    tc.configure(token=server.token, host=server.url, profile_name="alice", profile_dir=profile_dir)
    tc.configure(token=bob_token, host=server.url, profile_name="bob", profile_dir=profile_dir)
    tc.configure(
        username="bob",
        password=BOB_PASSWORD,
        workspace=server.workspace_name,
        host=server.url,
        profile_name="bob-pw",
        profile_dir=profile_dir,
    )
    tc.login("alice", profile_dir)
    client = shared_client()
    gc.collect()
    threads_before = set(threading.enumerate())
    sockets_before = open_sockets()
    mark = len(server.requests)

    errors: list[BaseException] = []
    seen: list[str] = []
    lock = threading.Lock()
    go = threading.Barrier(WORKERS + 1)
    finished = threading.Event()

    def call() -> str:
        return tc.build(UsersApi).get_self_user().data.user.username

    def worker(index: int) -> None:
        names = []
        try:
            go.wait(timeout=30)
            for n in range(CALLS):
                # A quarter of the calls go through the client's own thread pool.
                names.append(client.submit(call).result() if n % 4 == index % 4 else call())
        except BaseException as exc:
            errors.append(exc)
        with lock:
            seen.extend(names)

    switches = {"logins": 0, "resizes": 0, "modes": 0}

    def switcher() -> None:
        profiles = itertools.cycle(["bob", "alice", "bob-pw", "alice"])
        sizes = itertools.cycle([2, 7, 3, 16, 5])
        modes = itertools.cycle(MODES)
        try:
            go.wait(timeout=30)
            while not finished.is_set():
                tc.login(next(profiles), profile_dir)
                switches["logins"] += 1
                client.set_threads(next(sizes))
                switches["resizes"] += 1
                client.retry_mode(next(modes))
                switches["modes"] += 1
                time.sleep(0.002)
        except BaseException as exc:
            errors.append(exc)

    workers = [threading.Thread(target=worker, args=(i,), name=f"worker-{i}") for i in range(WORKERS)]
    switch = threading.Thread(target=switcher, name="switcher")
    for thread in [*workers, switch]:
        thread.start()
    for thread in workers:
        thread.join(120)
    finished.set()
    switch.join(60)

    assert errors == [], errors[:3]
    assert len(seen) == WORKERS * CALLS
    assert set(seen) == {"alice", "bob"}
    assert switches["logins"] >= 4 and switches["resizes"] >= 4 and switches["modes"] >= 4
    FIGURES.add("thread_calls", len(seen))
    FIGURES.add("success", len(seen))

    # On the wire: every call carries exactly one API key, of alice or bob (bob's session
    # tokens included), never with basic auth; every exchange carries only bob's basic auth.
    owners = {server.token: "alice", bob_token: "bob"}
    with server.state.lock:
        for token in server.state.tokens.values():
            if token.name.startswith("login-session-"):
                owners[token.api_key] = server.state.users[token.user_id].username
    bob_basic = "Basic " + base64.b64encode(f"bob:{BOB_PASSWORD}".encode()).decode()
    keys_seen = set()
    requests = server.requests[mark:]
    for request in requests:
        keys = request.headers.getlist(API_KEY)
        authorization = request.headers.getlist("authorization")
        if request.path == "/v4/users/self":
            assert len(keys) == 1 and keys[0] in owners and authorization == [], request
            assert request.status == 200
            keys_seen.add(owners[keys[0]])
        else:  # the password exchange of bob-pw
            assert keys == [] and authorization == [bob_basic], request
    assert keys_seen == {"alice", "bob"}
    assert sum(1 for r in requests if r.path == "/v4/users/self") == WORKERS * CALLS

    # Closing the client leaves no thread and no connection behind.
    client.close()
    gc.collect()
    assert wait_until(
        lambda: not [t for t in threading.enumerate() if t not in threads_before and t.is_alive()]
    )
    assert wait_until(lambda: open_sockets() <= sockets_before), (open_sockets(), sockets_before)
    watch.see(client)


def test_submit_never_races_a_resize_or_close(watch: SecretWatch) -> None:
    """``submit()`` while another thread resizes or closes the pool: every task runs.

    Regression test: ``submit`` looked the pool up, then submitted to it outside the client's
    lock, so a ``set_threads()`` in between made it fail with "cannot schedule new futures
    after shutdown".
    """
    submitters, each = 8, 200
    client = tc.Client(pool_threads=2)
    errors: list[BaseException] = []
    done = threading.Event()

    def submitter() -> None:
        for _ in range(each):
            try:
                assert client.submit(lambda: 1).result(timeout=10) == 1
            except BaseException as exc:
                errors.append(exc)

    threads = [threading.Thread(target=submitter) for _ in range(submitters)]
    for thread in threads:
        thread.start()

    def resizing() -> None:
        n = 0
        while not done.is_set():
            client.set_threads(2 + n % 3)
            if n % 50 == 0:
                client.close()
            n += 1

    resizer = threading.Thread(target=resizing)
    resizer.start()
    for thread in threads:
        thread.join(60)
    done.set()
    resizer.join(30)
    client.close()
    assert errors == [], errors[:3]
    FIGURES.add("success", submitters * each)


def test_more_threads_than_connections_never_break_a_call(
    server: FakeServer, alice: str, small_policy: type, watch: SecretWatch, monkeypatch: pytest.MonkeyPatch
) -> None:
    """32 threads over a pool of 6 connections, retries off: no call fails or hangs.

    Regression test: httpcore's sync pool could close a connection it had just handed to a
    queued request (encode/httpcore#1110): ReadError (EBADF) or a hang until the read timeout.
    Without the transport's fix this shape fails dozens of its 4,800 calls. The read timeout is
    longer than the other reliability tests' here: on a loaded machine 32 threads sharing the
    cores with the server may wait longer than half a second for an answer that is coming.
    """
    from tiledb.client._http import transport as _transport

    monkeypatch.setattr(_transport, "TIMEOUT", httpx.Timeout(10.0, connect=10.0, pool=30.0))
    threads_count, calls = 32, 150
    errors: list[BaseException] = []
    with tc.Client(pool_threads=6, retry_mode="disabled") as client:
        api = client.build(UsersApi)

        def worker() -> None:
            for _ in range(calls):
                try:
                    api.get_self_user()
                except BaseException as exc:
                    errors.append(exc)

        threads = [threading.Thread(target=worker) for _ in range(threads_count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    assert errors == [], (len(errors), errors[:3])
    FIGURES.add("thread_calls", threads_count * calls)
    FIGURES.add("success", threads_count * calls)
