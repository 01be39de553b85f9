"""Fixtures of the file transfer tests: a fake server per module, a logged-in token session."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tiledb.client.testing import FakeServer

_ENV_PREFIXES = ("TILEDB_PROFILE_", "TILEDB_REST_")


@pytest.fixture(autouse=True)
def ranges_in_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Large downloads go on in parallel ranges, however fast the first range came.

    Whether one stream is enough depends on the machine's speed; the tests of that choice set
    the rate themselves, the others count ranges.
    """
    from tiledb.client import _files_download

    monkeypatch.setattr(_files_download, "ONE_STREAM_RATE", float("inf"))


@pytest.fixture(autouse=True)
def session(server: FakeServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeServer]:
    """A private HOME, a token profile for the server, logged in; no session afterwards."""
    from tiledb.client import _clients, _session, configure, login

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var in list(os.environ):
        if var.startswith(_ENV_PREFIXES):
            monkeypatch.delenv(var)
    _session.swap_session(None)
    profiles = str(tmp_path / "profiles")
    configure(token=server.token, host=server.url, profile_name="files", profile_dir=profiles)
    login(profile_name="files", profile_dir=profiles)
    # Quick retries: the fault tests send 503s and must not wait for the default backoff.
    yield server
    _session.swap_session(None)
    _clients.shared_client().close()
    _clients.shared_client().set_default_retries()


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
