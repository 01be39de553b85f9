"""Errors by kind: each status its class, no answer at all an ApiConnectionError (ApiTimeoutError in
time), all catchable as ``tiledb.TileDBError``, picklable, with no secret in their text."""

from __future__ import annotations

import asyncio
import pickle
import socket
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from tiledb.client.rest_api import errors

import tiledb
import tiledb.client as tc
from tiledb.client.testing import FakeServer

from .conftest import wire

SELF = "/v4/users/self"
CLASSES = {
    400: tc.BadRequestError,
    401: tc.AuthenticationError,
    403: tc.PermissionDeniedError,
    404: tc.NotFoundError,
    409: tc.ConflictError,
    422: tc.UnprocessableEntityError,
    429: tc.RateLimitError,
    500: tc.InternalServerError,
    502: tc.InternalServerError,
    503: tc.InternalServerError,
}


@pytest.mark.parametrize("status", sorted(CLASSES))
def test_each_status_raises_its_class(
    status: int, logged_in: FakeServer, build: Callable[[str], Any], run: Callable[[Any], Any]
) -> None:
    logged_in.faults.add(SELF, "GET", status=status)
    api = build("UsersApi")
    with pytest.raises(tc.ApiError) as info:
        run(api.get_self_user(retry_mode="disabled"))
    error = info.value
    assert type(error) is CLASSES[status]
    assert isinstance(error, tiledb.TileDBError)
    assert error.status_code == status
    assert error.request_id == wire(logged_in, SELF)[-1].request_id
    clone = pickle.loads(pickle.dumps(error))
    assert (type(clone), clone.status_code, clone.request_id) == (type(error), status, error.request_id)
    assert logged_in.token not in f"{error} {error!r} {pickle.dumps(error)!r}"


def test_a_status_without_a_class_of_its_own_is_a_plain_api_error() -> None:
    assert errors.class_for_status(418) is tc.ApiError
    assert errors.class_for_status(599) is tc.InternalServerError
    assert all(issubclass(c, tc.ApiError) for c in CLASSES.values())


def _dead_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_refused_port_raises_api_connection_error(
    logged_in: FakeServer, flavour: str, run: Callable[[Any], Any]
) -> None:
    from tiledb.client.rest_api import api
    from tiledb.client.rest_api.client import Client

    name = "UsersApi" if flavour == "sync" else "AsyncUsersApi"
    generated = Client(base_url=f"http://127.0.0.1:{_dead_port()}")
    with pytest.raises(tc.ApiConnectionError) as info:
        run(getattr(api, name)(generated).get_self_user())
    error = info.value
    assert not isinstance(error, tc.ApiTimeoutError)
    assert isinstance(error, tiledb.TileDBError)
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert isinstance(error, httpx.ConnectError)  # code written for httpx's errors still catches it
    assert (error.method, error.path) == ("GET", SELF)
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone).__name__ == "ApiConnectionError" and isinstance(clone, httpx.ConnectError)
    assert (clone.method, clone.path, clone.reason, str(clone)) == (
        error.method,
        error.path,
        error.reason,
        str(error),
    )


def test_a_refused_port_through_the_session_says_no_answer_and_hides_the_token(
    clean_home: Any, profile_dir: str
) -> None:
    token = "tdb-ws_dead-SECRETdead0000"
    tc.configure(
        token=token, host=f"http://127.0.0.1:{_dead_port()}", profile_name="dead", profile_dir=profile_dir
    )
    tc.login("dead", profile_dir)
    from tiledb.client.rest_api.api import UsersApi

    with pytest.raises(tc.ApiConnectionError) as info:
        tc.build(UsersApi).get_self_user(retry_mode="disabled")
    assert "no answer from the server" in str(info.value)
    assert token not in f"{info.value} {info.value!r} {pickle.dumps(info.value)!r}"


def test_a_short_timeout_raises_api_timeout_error_before_the_answer(
    logged_in: FakeServer, build: Callable[[str], Any], run: Callable[[Any], Any]
) -> None:
    fault = logged_in.faults.add(SELF, "GET", delay=1.0)
    api = build("UsersApi")
    with pytest.raises(tc.ApiTimeoutError) as info:
        run(api.get_self_user(timeout=0.05, retry_mode="disabled"))
    assert isinstance(info.value, tc.ApiConnectionError)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    clone = pickle.loads(pickle.dumps(info.value))
    assert isinstance(clone, tc.ApiTimeoutError) and isinstance(clone, httpx.ReadTimeout)
    assert logged_in.token not in f"{info.value} {info.value!r}"
    # The server got the request and was still holding its answer: no status recorded yet.
    sent = wire(logged_in, SELF)
    assert len(sent) == 1 and fault.served == 1
    assert sent[0].status is None


def test_high_level_errors_chain_from_connection_errors(clean_home: Any, profile_dir: str) -> None:
    from tiledb.client import users

    tc.configure(
        token="tdb-ws_dead-x",
        host=f"http://127.0.0.1:{_dead_port()}",
        profile_name="d",
        profile_dir=profile_dir,
    )
    tc.login("d", profile_dir)
    from tiledb.client._session.clients import shared_client

    shared_client().set_disable_retries()  # clean_home restores the default afterwards
    with pytest.raises(users.UsersError) as info:
        users.get_user("someone")
    assert isinstance(info.value.__cause__, tc.ApiConnectionError)


def test_async_connection_error_from_the_event_loop(logged_in: FakeServer) -> None:
    from tiledb.client.rest_api.api import AsyncUsersApi
    from tiledb.client.rest_api.client import Client

    async def main() -> BaseException:
        api = AsyncUsersApi(Client(base_url=f"http://127.0.0.1:{_dead_port()}"))
        try:
            await api.get_self_user()
        except tc.ApiConnectionError as exc:
            return exc
        raise AssertionError("no error")

    assert isinstance(asyncio.run(main()).__cause__, httpx.ConnectError)
