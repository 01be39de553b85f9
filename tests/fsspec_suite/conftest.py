"""fsspec's own conformance suite (``fsspec.tests.abstract``) run on ``TileDBFileSystem``.

The fixtures the suite asks its derived classes for: the filesystem (logged in to the module's
fake server, reset for every test, no instance or listing kept between tests), where its tests
write (the seeded teamspace) and how its paths join (always with ``/``).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tiledb.client.testing import FakeServer

pytest.importorskip("fsspec")

from fsspec.tests.abstract import AbstractFixtures

from tiledb.client.fsspec import TileDBFileSystem


class TileDBFixtures(AbstractFixtures):  # type: ignore[misc]
    """The answers of the ``tiledb://`` filesystem to the suite's fixtures."""

    @pytest.fixture
    def fs(self, logged_in: FakeServer) -> Iterator[TileDBFileSystem]:
        TileDBFileSystem.clear_instance_cache()
        yield TileDBFileSystem()
        TileDBFileSystem.clear_instance_cache()

    @pytest.fixture
    def fs_join(self) -> Callable[..., str]:
        return posixpath.join

    @pytest.fixture
    def fs_path(self, logged_in: FakeServer) -> str:
        return f"{logged_in.workspace_name}/{logged_in.teamspace_name}/suite"

    @pytest.fixture
    def supports_empty_directories(self) -> bool:
        return True

    @pytest.fixture
    def fs_sanitize_path(self) -> Callable[[Any], Any]:
        return lambda x: x
