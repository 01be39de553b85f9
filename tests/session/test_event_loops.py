"""Async Api objects across event loops, connection reuse, and the lifetime of a Client.

Every test runs against the fake server on loopback and counts connections on the server's side:
requests that share a client address came over one TCP connection.
"""

from __future__ import annotations

import asyncio
import gc
import sys
import threading
import time
import warnings
from collections.abc import Iterator

import pytest
from tiledb.client.rest_api.api import AsyncUsersApi, UsersApi

from tiledb.client import Client, login
from tiledb.client.testing import FakeServer


def connections(server: FakeServer) -> int:
    """How many TCP connections carried the requests recorded so far."""
    return len({request.peer for request in server.requests})


@pytest.fixture
def logged_in(server: FakeServer, token_profile: str, profile_dir: str) -> FakeServer:
    login(token_profile, profile_dir)
    server.clear_requests()
    return server


@pytest.fixture
def unraisable(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """What the interpreter could not raise (unclosed sockets found by the garbage collector...)."""
    seen: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", seen.append)
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        yield seen
        gc.collect()


def test_sequential_awaits_reuse_one_connection(logged_in: FakeServer) -> None:
    with Client() as client:
        api = client.build(AsyncUsersApi)

        async def sixty() -> list[str]:
            return [(await api.get_self_user()).data.user.username for _ in range(60)]

        assert asyncio.run(sixty()) == [logged_in.username] * 60
    assert len(logged_in.requests) == 60
    assert connections(logged_in) == 1


def test_an_object_built_outside_a_loop_survives_100_asyncio_runs(
    logged_in: FakeServer, unraisable: list[object]
) -> None:
    client = Client()
    api = client.build(AsyncUsersApi)

    async def one() -> str:
        return (await api.get_self_user()).data.user.username

    statuses = [asyncio.run(one()) for _ in range(100)]
    client.close()
    assert statuses == [logged_in.username] * 100
    assert unraisable == []


def test_an_object_built_inside_a_loop_works_in_the_next_loop(
    logged_in: FakeServer, unraisable: list[object]
) -> None:
    client = Client()
    built: list[AsyncUsersApi] = []

    async def build_and_call() -> str:
        built.append(client.build(AsyncUsersApi))
        return (await built[0].get_self_user()).data.user.username

    async def call_again() -> str:
        return (await built[0].get_self_user()).data.user.username

    assert asyncio.run(build_and_call()) == logged_in.username
    assert asyncio.run(call_again()) == logged_in.username
    client.close()
    assert unraisable == []


def test_two_threads_each_with_its_own_loop_share_one_object(logged_in: FakeServer) -> None:
    client = Client()
    api = client.build(AsyncUsersApi)
    results: dict[int, list[str]] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def worker(index: int) -> None:
        async def burst() -> list[str]:
            start.wait()
            answers = await asyncio.gather(*(api.get_self_user() for _ in range(20)))
            return [answer.data.user.username for answer in answers]

        try:
            results[index] = asyncio.run(burst())
        except BaseException as exc:  # reported below, with the thread's traceback
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    client.close()
    assert errors == []
    assert results == {0: [logged_in.username] * 20, 1: [logged_in.username] * 20}


def test_close_keeps_async_objects_working_in_the_running_loop(
    logged_in: FakeServer, unraisable: list[object]
) -> None:
    client = Client()
    api = client.build(AsyncUsersApi)

    async def main() -> list[str]:
        first = (await api.get_self_user()).data.user.username
        await client.aclose()
        second = (await api.get_self_user()).data.user.username
        client.close()  # from inside the running loop: scheduled on it, never blocking
        third = (await api.get_self_user()).data.user.username
        await client.aclose()
        return [first, second, third]

    assert asyncio.run(main()) == [logged_in.username] * 3
    assert connections(logged_in) == 3  # each close released the connection; each call reopened
    assert unraisable == []


def test_close_from_another_thread_while_a_call_is_in_flight(logged_in: FakeServer) -> None:
    """A request in flight when close() runs finishes on its connection; later calls reopen."""
    client = Client()
    api = client.build(UsersApi)
    logged_in.faults.add("/v4/users/self", delay=0.5)
    outcome: list[object] = []

    def call() -> None:
        try:
            outcome.append(api.get_self_user().data.user.username)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=call)
    thread.start()
    time.sleep(0.2)
    client.close()
    thread.join(10)
    assert outcome == [logged_in.username]
    assert api.get_self_user().data.user.username == logged_in.username
    client.close()
