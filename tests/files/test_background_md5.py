"""The MD5 of a transfer, computed on a thread beside the sending: the same digest as hashlib's, and
no thread left behind, whether the pass completes or is cut short."""

from __future__ import annotations

import hashlib
import os
import threading

from tiledb.client._transfer.upload import BACKGROUND_HASH_SIZE, BackgroundMD5, Body, buffer_chunks


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
