"""Every class of fsspec's abstract suite that applies to a remote filesystem, derived as fsspec's
own remote implementations derive them, run against the fake server."""

from __future__ import annotations

import pytest

pytest.importorskip("fsspec")

from fsspec.tests import abstract

from .conftest import TileDBFixtures


class TestTileDBCopy(abstract.AbstractCopyTests, TileDBFixtures):  # type: ignore[misc]
    """``cp`` inside the filesystem."""


class TestTileDBGet(abstract.AbstractGetTests, TileDBFixtures):  # type: ignore[misc]
    """``get``: from the filesystem to local files."""


class TestTileDBPut(abstract.AbstractPutTests, TileDBFixtures):  # type: ignore[misc]
    """``put``: local files into the filesystem."""


class TestTileDBPipe(abstract.AbstractPipeTests, TileDBFixtures):  # type: ignore[misc]
    """``pipe``: bytes into files."""


class TestTileDBOpen(abstract.AbstractOpenTests, TileDBFixtures):  # type: ignore[misc]
    """``open``: reading and writing file objects."""
