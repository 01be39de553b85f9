"""Fixtures of the file transfer tests: a fake server per module, a logged-in token session."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tiledb.client.testing import FakeServer


@pytest.fixture(autouse=True)
def ranges_in_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Large downloads go on in parallel ranges, however fast the first range came.

    Whether one stream is enough depends on the machine's speed; the tests of that choice set
    the rate themselves, the others count ranges.
    """
    from tiledb.client._transfer import download as _files_download

    monkeypatch.setattr(_files_download, "ONE_STREAM_RATE", float("inf"))


@pytest.fixture(autouse=True)
def session(logged_in: FakeServer) -> FakeServer:
    """A logged-in token session on the module's server (``logged_in``), for every test here."""
    return logged_in


def data(size: int, seed: int = 0) -> bytes:
    """``size`` bytes that differ from one block to the next (so misplaced ranges are noticed)."""
    block = hashlib.sha256(str(seed).encode()).digest()
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(block + counter.to_bytes(8, "big")).digest() * 32
        counter += 1
    return bytes(out[:size])


def sha256(value: bytes | Path) -> str:
    """Hex SHA-256 of bytes or of a file's content."""
    if isinstance(value, Path):
        value = value.read_bytes()
    return hashlib.sha256(value).hexdigest()
