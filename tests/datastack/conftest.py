"""Fixtures of the fsspec tests: a logged-in token session on the module's fake server, a fresh
filesystem (no instance or listing cache carried from another test) and the teamspace's URL."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote

import pytest

from tiledb.client.testing import FakeServer

pytest.importorskip("fsspec")

from tiledb.client.fsspec import TileDBFileSystem


@pytest.fixture(autouse=True)
def session(logged_in: FakeServer) -> Iterator[FakeServer]:
    """A logged-in token session (``logged_in``) and no filesystem instance kept between tests."""
    TileDBFileSystem.clear_instance_cache()
    yield logged_in
    TileDBFileSystem.clear_instance_cache()


@pytest.fixture
def fs() -> TileDBFileSystem:
    """A filesystem on the current session."""
    return TileDBFileSystem()


@pytest.fixture
def base(server: FakeServer) -> str:
    """``tiledb://<workspace>/<teamspace>`` of the seeded teamspace."""
    return f"tiledb://{server.workspace_name}/{server.teamspace_name}"


def served_bytes(server: FakeServer, path_part: str, size: int) -> int:
    """Bytes of file bodies the server sent for GETs whose path contains ``path_part``.

    Worked out from each request's ``Range`` header (the whole ``size`` without one).
    """
    total = 0
    for request in server.requests:
        if (
            request.method != "GET"
            or path_part not in unquote(request.path)
            or "list-type" in request.query_string
        ):
            continue
        wanted = request.headers.get("range")
        if wanted is None:
            total += size
            continue
        first, _, last = wanted.removeprefix("bytes=").partition("-")
        if not first:
            total += min(int(last), size)
            continue
        end = size - 1 if not last else min(int(last), size - 1)
        total += max(end - int(first) + 1, 0)
    return total
