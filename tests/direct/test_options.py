"""Per-call options and copies with defaults: they change that call (or that copy) only, keep the
credentials and go through the session's retrying transport."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

import tiledb.client as tc
from tiledb.client.testing import FakeServer

from .conftest import wire

SELF = "/v4/users/self"


def test_an_extra_header_reaches_that_call_and_not_the_next(
    logged_in: FakeServer, build: Callable[[str], Any], run: Callable[[Any], Any]
) -> None:
    api = build("UsersApi")
    run(api.get_self_user(extra_headers={"X-Trace": "t-1"}, extra_query={"probe": "1"}))
    run(api.get_self_user())
    first, second = wire(logged_in, SELF)
    assert first.headers["x-trace"] == "t-1" and first.params["probe"] == "1"
    assert "x-trace" not in second.headers and "probe" not in second.params
    for sent in (first, second):  # the session's credential went with both
        assert sent.headers["x-tiledb-rest-api-key"] == logged_in.token


@pytest.mark.parametrize("mode", ["disabled", tc.RetryMode.DISABLED])
def test_retry_mode_disabled_sends_once(
    mode: Any, logged_in: FakeServer, build: Callable[[str], Any], run: Callable[[Any], Any]
) -> None:
    logged_in.faults.add(SELF, "GET", status=503, count=1)
    api = build("UsersApi")
    with pytest.raises(tc.InternalServerError):
        run(api.get_self_user(retry_mode=mode))
    assert len(wire(logged_in, SELF)) == 1
    # The next call, without the option, is retried by the client's mode (the default).
    logged_in.faults.add(SELF, "GET", status=503, count=1)
    assert run(api.get_self_user()).data.user.username == logged_in.username
    assert len(wire(logged_in, SELF)) == 3


def test_wrong_options_fail_before_sending(
    logged_in: FakeServer, build: Callable[[str], Any], run: Callable[[Any], Any]
) -> None:
    api = build("UsersApi")
    with pytest.raises(ValueError, match="retry_mode"):
        run(api.get_self_user(retry_mode="sometimes"))
    with pytest.raises(ValueError, match="timeout"):
        run(api.get_self_user(timeout=-1))
    with pytest.raises(TypeError, match="extra_headers"):
        run(api.get_self_user(extra_headers={"X-A": object()}))
    assert wire(logged_in, SELF) == []


def test_with_options_makes_a_copy_and_leaves_the_original(
    logged_in: FakeServer, build: Callable[[str], Any], run: Callable[[Any], Any]
) -> None:
    api = build("UsersApi")
    copy = api.with_options(extra_headers={"X-Team": "blue"}, timeout=httpx.Timeout(5.0))
    assert type(copy) is type(api) and copy is not api
    assert copy.client.get_httpx_client() is api.client.get_httpx_client()  # one set of connections
    run(copy.get_self_user())
    run(api.get_self_user())
    run(copy.get_self_user(extra_headers={"X-Team": "red", "X-More": "1"}))
    by_copy, by_original, overridden = wire(logged_in, SELF)
    assert by_copy.headers["x-team"] == "blue"
    assert "x-team" not in by_original.headers
    assert (overridden.headers["x-team"], overridden.headers["x-more"]) == ("red", "1")
    assert {r.headers["x-tiledb-rest-api-key"] for r in (by_copy, by_original, overridden)} == {
        logged_in.token
    }
    assert {r.status for r in (by_copy, by_original, overridden)} == {200}


def test_with_headers_of_the_generated_client_is_a_copy_that_authenticates(
    logged_in: FakeServer, build: Callable[[str], Any], run: Callable[[Any], Any], flavour: str
) -> None:
    from tiledb.client.rest_api import api as apis

    api = build("UsersApi")
    shared = api.client
    cls = getattr(apis, "UsersApi" if flavour == "sync" else "AsyncUsersApi")
    tagged = cls(
        shared.with_headers({"X-Tag": "1"}).with_cookies({"c": "2"}).with_timeout(httpx.Timeout(4.0))
    )
    run(tagged.get_self_user())
    run(api.get_self_user())
    run(build("UsersApi").get_self_user())  # a later, unrelated Api object
    first, *others = wire(logged_in, SELF)
    assert (first.headers["x-tag"], first.headers["cookie"], first.status) == ("1", "c=2", 200)
    assert first.headers["x-tiledb-rest-api-key"] == logged_in.token
    for sent in others:
        assert "x-tag" not in sent.headers and "cookie" not in sent.headers
    http = shared.get_async_httpx_client() if flavour == "async" else shared.get_httpx_client()
    assert "x-tag" not in http.headers


def test_copies_follow_the_client_when_its_httpx_client_is_replaced(
    logged_in: FakeServer, build: Callable[[str], Any], run: Callable[[Any], Any]
) -> None:
    from tiledb.client._session.clients import shared_client

    copy = build("UsersApi").with_options(extra_headers={"X-Copy": "1"})
    shared_client().set_disable_retries()  # swaps the httpx client of every generated client
    logged_in.faults.add(SELF, "GET", status=503, count=1)
    with pytest.raises(tc.InternalServerError):
        run(copy.get_self_user())
    assert len(wire(logged_in, SELF)) == 1  # the new (non-retrying) stack served the copy


def test_the_generated_layer_knows_every_retry_mode() -> None:
    from tiledb.client.rest_api.client import RETRY_MODES

    assert set(RETRY_MODES) == {mode.value for mode in tc.RetryMode}


def test_options_never_show_header_values() -> None:
    from tiledb.client.rest_api.client import CallOptions

    options = CallOptions(extra_headers={"Authorization": "Bearer SECRET-1"}, cookies={"session": "SECRET-2"})
    assert "SECRET" not in repr(options)
    assert "Authorization" in repr(options)
    with pytest.raises(TypeError) as info:
        CallOptions(extra_headers={"X-Key": ["SECRET-3"]})  # type: ignore[dict-item]
    assert "SECRET" not in str(info.value)
