"""Raw responses: the whole 2xx answer, with what the plain call returns as ``parse()``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import tiledb.client as tc
from tiledb.client.testing import FakeServer

from .conftest import wire

SELF = "/v4/users/self"


def test_the_raw_response_carries_the_recorded_request_id(
    logged_in: FakeServer, build: Callable[[str], Any], run: Callable[[Any], Any]
) -> None:
    raw = run(build("UsersApi").with_raw_response.get_self_user(extra_headers={"X-A": "1"}))
    sent = wire(logged_in, SELF)[-1]
    assert raw.status_code == 200
    assert raw.request_id == sent.request_id
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.http_version == "HTTP/1.1"
    assert raw.elapsed.total_seconds() >= 0
    assert raw.retries == 0
    assert b'"username"' in raw.content
    user = raw.parse()
    assert user.data.user.username == logged_in.username
    assert raw.parse() is user  # parsed once
    assert sent.headers["x-a"] == "1"
    assert logged_in.token not in repr(raw)


def test_retries_counts_attempts_beyond_the_first(
    logged_in: FakeServer, build: Callable[[str], Any], run: Callable[[Any], Any]
) -> None:
    logged_in.faults.add(SELF, "GET", status=503, count=2)
    raw = run(build("UsersApi").with_raw_response.get_self_user())
    assert raw.retries == 2
    assert raw.request_id == wire(logged_in, SELF)[-1].request_id
    assert len(wire(logged_in, SELF)) == 3


def test_a_raw_call_raises_for_an_error_status(
    logged_in: FakeServer, build: Callable[[str], Any], run: Callable[[Any], Any]
) -> None:
    with pytest.raises(tc.NotFoundError):
        run(build("UsersApi").with_raw_response.get_user("usr_nobody"))


def test_with_raw_response_of_a_copy_keeps_its_options(
    logged_in: FakeServer, build: Callable[[str], Any], run: Callable[[Any], Any]
) -> None:
    raw = run(build("UsersApi").with_options(extra_headers={"X-Copy": "y"}).with_raw_response.get_self_user())
    assert raw.status_code == 200
    assert wire(logged_in, SELF)[-1].headers["x-copy"] == "y"
