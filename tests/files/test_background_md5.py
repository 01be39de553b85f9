"""The MD5 of a transfer, computed on a thread beside the sending: the same digest as hashlib's, and
no thread left behind, whether the pass completes or is cut short."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from pathlib import Path

import pytest

from tiledb.client import files
from tiledb.client._transfer.upload import BACKGROUND_HASH_SIZE, BackgroundMD5, Body, buffer_chunks
from tiledb.client.testing import FakeServer


def _md5_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "tiledb-md5"]


def test_the_digest_is_hashlibs_over_every_chunk_in_order() -> None:
    chunks = [os.urandom(size) for size in (1, 300_000, 0, 65_536, 7)]
    for threaded in (True, False):
        digest = BackgroundMD5(threaded=threaded)
        for chunk in chunks:
            digest.update(chunk)
        assert digest.hexdigest() == hashlib.md5(b"".join(chunks)).hexdigest()
        assert digest.hexdigest() == hashlib.md5(b"".join(chunks)).hexdigest()  # asked twice
    assert _md5_threads() == []


def test_a_large_body_is_hashed_beside_the_sending_and_its_md5_is_the_bytes_sent() -> None:
    data = os.urandom(BACKGROUND_HASH_SIZE + 12_345)
    body = Body(buffer_chunks(memoryview(data)), 0, len(data), "data")
    assert body.md5 is None  # no pass yet
    assert b"".join(body) == data
    assert body.md5 == hashlib.md5(data).hexdigest()
    assert _md5_threads() == []


def test_a_pass_cut_short_stops_its_hashing_thread() -> None:
    data = os.urandom(BACKGROUND_HASH_SIZE * 2)
    body = Body(buffer_chunks(memoryview(data)), 0, len(data), "data")
    passes = iter(body)
    next(passes)
    assert len(_md5_threads()) == 1
    passes.close()  # what a failed send does to the body's iterator
    assert _md5_threads() == []
    assert body.md5 is None  # a cut pass gives no digest


def _wait_for_no_md5_thread() -> list[threading.Thread]:
    deadline = time.monotonic() + 30
    for thread in _md5_threads():  # a finished pass's thread ends by itself once its chunks are hashed
        thread.join(max(deadline - time.monotonic(), 0))
    return _md5_threads()


def test_complete_passes_nobody_asks_about_leave_no_thread() -> None:
    data = os.urandom(BACKGROUND_HASH_SIZE * 2)
    body = Body(buffer_chunks(memoryview(data)), 0, len(data), "data")
    for _ in range(3):  # a request sent, answered 500 and sent again, then given up
        assert b"".join(body) == data
    assert _wait_for_no_md5_thread() == []
    assert body.md5 == hashlib.md5(data).hexdigest()  # asked afterwards, still there


def test_a_failed_multipart_upload_leaves_no_hashing_thread(logged_in: FakeServer, tmp_path: Path) -> None:
    local = tmp_path / "big.bin"
    local.write_bytes(os.urandom(9_000_000))  # parts of 8 MB and 1 MB, each hashed on a thread
    logged_in.faults.add(regex=r".*/big\.bin$", method="PUT", status=500, count=None)
    with pytest.raises(files.FilesError):
        files.upload_file(str(local), f"tiledb://{logged_in.workspace_name}/general/big.bin")
    assert _wait_for_no_md5_thread() == []
    assert logged_in.files.open_uploads == []
