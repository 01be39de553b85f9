"""Fixtures of the direct-call tests: a session logged in to the fake server, and a helper that runs
a call blocking or as a coroutine, so each test checks both Api classes."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from tiledb.client.testing import FakeServer


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    """``"sync"`` or ``"async"``: which twin of an Api class a test calls."""
    return str(request.param)


@pytest.fixture
def build(logged_in: FakeServer, flavour: str) -> Callable[[str], Any]:
    """``build("UsersApi")``: the Api class (or its async twin) over the current session."""
    from tiledb.client.rest_api import api

    import tiledb.client as tc

    def make(name: str) -> Any:
        return tc.build(getattr(api, name if flavour == "sync" else "Async" + name))

    return make


@pytest.fixture
def run(flavour: str) -> Callable[[Any], Any]:
    """``run(api.method(...))``: the value of a blocking call, or the awaited coroutine's."""

    def done(value: Any) -> Any:
        if flavour == "async":
            return asyncio.run(value)
        return value

    return done


def wire(server: FakeServer, path: str) -> list[Any]:
    """The requests the server recorded for ``path``, oldest first."""
    return [r for r in server.requests if r.path == path]
