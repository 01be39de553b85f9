"""tiledb.client.files against the fake server over loopback HTTP: uploads, downloads, resume,
abort, parallel parts and ranges, progress."""

from __future__ import annotations

import hashlib
import io
import os
import threading
import time
from pathlib import Path

import pytest

from tiledb.client import files
from tiledb.client.files import FileEntry, FilesError, FolderEntry
from tiledb.client.testing import FakeServer

from .conftest import data, sha256

TS = "general"
MB = 1_000_000
# Small parts keep the tests fast while still exercising multipart and parallel ranges.
SMALL = {"part_size": 256_000, "threshold": 256_000}


def _parts(server: FakeServer) -> list[int]:
    return [
        int(r.params["partNumber"]) for r in server.requests if r.method == "PUT" and "partNumber" in r.params
    ]


def test_small_bytes_round_trip(session: FakeServer, tmp_path: Path) -> None:
    files.upload_file(b"hello world", "hello.txt", teamspace=TS)
    assert session.files.read("hello.txt") == b"hello world"
    out = tmp_path / "hello.txt"
    files.download_file("hello.txt", str(out), teamspace=TS)  # a path string works
    assert out.read_bytes() == b"hello world"
    put = next(r for r in session.requests if r.method == "PUT")
    assert put.headers["content-type"] == "text/plain"


def test_zero_byte_file(session: FakeServer, tmp_path: Path) -> None:
    empty = tmp_path / "empty.bin"
    empty.write_bytes(b"")
    files.upload_file(empty, "", teamspace=TS)  # the root: the file's own name is used
    assert session.files.read("empty.bin") == b""
    out = tmp_path / "back.bin"
    files.download_file("empty.bin", out, teamspace=TS)
    assert out.read_bytes() == b""


def test_multipart_upload_and_parallel_download_keep_the_bytes(session: FakeServer, tmp_path: Path) -> None:
    payload = data(3 * MB + 123)
    src = tmp_path / "big.bin"
    src.write_bytes(payload)
    seen: list[tuple[int, int | None]] = []
    files.upload_file(src, "big.bin", teamspace=TS, progress=lambda d, t: seen.append((d, t)), **SMALL)
    assert sorted(_parts(session)) == list(range(1, 13))
    assert sha256(session.files.read("big.bin")) == sha256(payload)
    assert seen[0] == (0, len(payload)) and seen[-1] == (len(payload), len(payload))
    assert session.files.open_uploads == []
    session.clear_requests()
    out = tmp_path / "out.bin"
    got: list[tuple[int, int | None]] = []
    files.download_file(
        "big.bin", out, teamspace=TS, part_size=500_000, progress=lambda d, t: got.append((d, t))
    )
    assert sha256(out) == sha256(payload)
    ranges = [r.headers.get("range") for r in session.requests if r.method == "GET"]
    assert len(ranges) == 7 and all(ranges)
    assert got[-1] == (len(payload), len(payload))


def test_parts_go_in_parallel(session: FakeServer) -> None:
    session.faults.add(prefix="/v4/files/", method="PUT", regex="", count=None, delay=0.3)
    started = time.monotonic()
    files.upload_file(data(4 * 256_000), "par.bin", teamspace=TS, parallel=4, **SMALL)
    elapsed = time.monotonic() - started
    assert len(_parts(session)) == 4
    assert elapsed < 0.9, f"4 parts of 0.3 s took {elapsed:.2f} s: not parallel"


def test_non_seekable_stream_goes_multipart(session: FakeServer) -> None:
    payload = data(700_000)
    read_end, write_end = os.pipe()

    def feed() -> None:
        with os.fdopen(write_end, "wb") as w:
            for i in range(0, len(payload), 10_000):
                w.write(payload[i : i + 10_000])

    feeder = threading.Thread(target=feed)
    feeder.start()
    totals: list[int | None] = []
    with os.fdopen(read_end, "rb", buffering=0) as pipe:
        files.upload_file(pipe, "piped.bin", teamspace=TS, progress=lambda d, t: totals.append(t), **SMALL)
    feeder.join()
    assert session.files.read("piped.bin") == payload
    assert totals[0] is None  # the size of a stream is not known in advance
    assert len(_parts(session)) == 3


def test_a_part_answered_503_once_is_retried_alone(session: FakeServer) -> None:
    session.faults.add(prefix="/v4/files/", method="PUT", part=2, status=503)
    payload = data(600_000)
    files.upload_file(payload, "retry.bin", teamspace=TS, parallel=1, **SMALL)
    assert _parts(session) == [1, 2, 2, 3]
    assert session.files.read("retry.bin") == payload


def test_a_failing_part_aborts_the_upload(session: FakeServer) -> None:
    from tiledb.client import client

    client.client.set_disable_retries()
    session.faults.add(prefix="/v4/files/", method="PUT", part=2, status=503, count=None)
    with pytest.raises(FilesError, match="part 2") as caught:
        files.upload_file(data(900_000), "fail.bin", teamspace=TS, **SMALL)
    assert caught.value.status_code == 503
    assert session.files.open_uploads == []
    assert any(r.method == "DELETE" and "uploadId" in r.params for r in session.requests)
    assert session.asset("fail.bin") is None


def test_a_wrong_etag_is_noticed(session: FakeServer) -> None:
    session.faults.add(prefix="/v4/files/", method="PUT", part=1, wrong_etag=True)
    files.upload_file(data(600_000), "etag.bin", teamspace=TS, parallel=1, **SMALL)
    assert _parts(session) == [1, 1, 2, 3]  # part 1 sent again after the mismatch
    session.reset()


def test_a_wrong_etag_every_time_fails_and_aborts(session: FakeServer) -> None:
    session.faults.add(prefix="/v4/files/", method="PUT", part=1, wrong_etag=True, count=None)
    with pytest.raises(FilesError, match="ETag"):
        files.upload_file(data(600_000), "etag.bin", teamspace=TS, **SMALL)
    assert session.files.open_uploads == []


def test_keyboard_interrupt_aborts_the_upload(session: FakeServer) -> None:
    def interrupt(done: int, total: int | None) -> None:
        if done > 0:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        files.upload_file(data(1_500_000), "int.bin", teamspace=TS, progress=interrupt, **SMALL)
    assert session.files.open_uploads == []
    assert session.asset("int.bin") is None


def test_a_dropped_download_resumes_with_range(session: FakeServer, tmp_path: Path) -> None:
    payload = data(2 * MB)
    files.upload_file(payload, "resume.bin", teamspace=TS)
    session.clear_requests()
    session.faults.add(prefix="/v4/files/", method="GET", drop_after=700_000)
    out = tmp_path / "resume.bin"
    files.download_file("resume.bin", out, teamspace=TS, parallel=1)
    assert sha256(out) == sha256(payload)
    gets = [r for r in session.requests if r.method == "GET"]
    assert len(gets) == 2
    assert gets[1].headers["range"].startswith("bytes=") and gets[1].headers["range"] != "bytes=0-"


def test_a_dropped_download_into_a_file_object_resumes(session: FakeServer) -> None:
    payload = data(MB)
    files.upload_file(payload, "obj.bin", teamspace=TS)
    session.faults.add(prefix="/v4/files/", method="GET", drop_after=300_000, count=2)
    buffer = io.BytesIO()
    files.download_file("obj.bin", buffer, teamspace=TS)
    assert buffer.getvalue() == payload


def test_a_download_that_keeps_failing_leaves_no_partial_file(session: FakeServer, tmp_path: Path) -> None:
    files.upload_file(data(MB), "flaky.bin", teamspace=TS)
    session.faults.add(prefix="/v4/files/", method="GET", drop_after=0, count=None)
    out = tmp_path / "dest"
    out.mkdir()
    with pytest.raises(FilesError, match="resumes"):
        files.download_file("flaky.bin", out / "flaky.bin", teamspace=TS, parallel=1)
    assert list(out.iterdir()) == []


def test_a_download_replaces_the_destination_only_when_complete(session: FakeServer, tmp_path: Path) -> None:
    files.upload_file(data(MB), "swap.bin", teamspace=TS)
    out = tmp_path / "swap.bin"
    out.write_bytes(b"old content")
    session.faults.add(prefix="/v4/files/", method="GET", drop_after=0, count=None)
    with pytest.raises(FilesError):
        files.download_file("swap.bin", out, teamspace=TS)
    assert out.read_bytes() == b"old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "profiles", "swap.bin"]


def test_uri_targets_and_asset_listing(session: FakeServer, tmp_path: Path) -> None:
    from tiledb.client.rest_api.api import AssetsApi

    from tiledb.client import build

    uri = f"tiledb://{session.workspace_name}/{TS}/examples/notes.md"
    files.upload_file(b"# notes", uri)
    listed = build(AssetsApi).list_assets(session.workspace_name, TS, "examples")
    kinds = {a.name: str(a.type_) for a in listed.data}
    assert kinds["notes.md"].endswith("file") or kinds["notes.md"] == "file"
    buffer = io.BytesIO()
    files.download_file(uri, buffer)
    assert buffer.getvalue() == b"# notes"


def test_upload_into_an_existing_folder_appends_the_name(session: FakeServer, tmp_path: Path) -> None:
    src = tmp_path / "inside.txt"
    src.write_bytes(b"x")
    files.upload_file(src, "examples", teamspace=TS)
    assert session.files.read("examples/inside.txt") == b"x"


def test_list_files_all_pages_and_recursive(session: FakeServer) -> None:
    for name in ("a.bin", "b.bin", "examples/c.bin", "examples/d.bin"):
        files.upload_file(name.encode(), name, teamspace=TS)
    top = files.list_files(teamspace=TS, page_size=1)
    assert [e.path for e in top] == ["README.md", "a.bin", "b.bin", "examples/"]
    assert isinstance(top[-1], FolderEntry) and top[-1].name == "examples"
    inner = files.list_files("examples", teamspace=TS, page_size=1)
    assert [(e.path, e.size) for e in inner if isinstance(e, FileEntry)] == [
        ("examples/c.bin", 14),
        ("examples/d.bin", 14),
    ]
    everything = files.list_files(teamspace=TS, recursive=True)
    assert all(isinstance(e, FileEntry) for e in everything) and len(everything) == 5


def test_presigned_url_reads_without_credentials(session: FakeServer) -> None:
    import httpx

    files.upload_file(b"shared", "shared.txt", teamspace=TS)
    signed = files.presigned_url("shared.txt", teamspace=TS)
    assert signed.expires_at is not None
    assert httpx.get(signed.url).content == b"shared"


def test_trees_round_trip_with_progress(session: FakeServer, tmp_path: Path) -> None:
    src = tmp_path / "tree"
    (src / "a" / "b").mkdir(parents=True)
    (src / "top.txt").write_bytes(b"top")
    (src / "a" / "mid.bin").write_bytes(data(300_000))
    (src / "a" / "b" / "deep.txt").write_bytes(b"deep")
    seen: list[tuple[int, int, int, int]] = []
    files.upload_tree(src, "project", teamspace=TS, progress=lambda *a: seen.append(a), **SMALL)
    assert seen[0] == (0, 3, 0, 300_007) and seen[-1] == (3, 3, 300_007, 300_007)
    assert session.asset("project/a/b").type == "folder"  # type: ignore[union-attr]
    out = tmp_path / "out"
    files.download_tree("project", out, teamspace=TS)
    for relative in ("top.txt", "a/mid.bin", "a/b/deep.txt"):
        assert sha256(out / relative) == sha256(src / relative)


def test_async_twins(session: FakeServer, tmp_path: Path) -> None:
    import asyncio

    payload = data(700_000)
    out = tmp_path / "async.bin"
    calls: list[int] = []

    async def run() -> None:
        await files.aupload_file(
            payload, "async.bin", teamspace=TS, progress=lambda d, t: calls.append(d), **SMALL
        )
        await files.adownload_file("async.bin", out, teamspace=TS, part_size=200_000)

    asyncio.run(run())
    assert sha256(out) == sha256(payload)
    assert calls[-1] == len(payload)


def test_cancelling_an_async_upload_aborts_it(session: FakeServer) -> None:
    import asyncio

    session.faults.add(prefix="/v4/files/", method="PUT", count=None, delay=0.3)

    async def run() -> None:
        task = asyncio.create_task(files.aupload_file(data(2 * MB), "cancel.bin", teamspace=TS, **SMALL))
        await asyncio.sleep(0.5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(run())
    assert session.files.open_uploads == []
    assert session.asset("cancel.bin") is None


def test_a_downloaded_file_gets_the_mode_of_a_new_file(session: FakeServer, tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    reference.write_bytes(b"")
    out = tmp_path / "readme.md"
    files.download_file("README.md", out, teamspace=TS)
    assert out.stat().st_mode & 0o777 == reference.stat().st_mode & 0o777


def test_a_download_whose_md5_does_not_match_the_etag_fails(session: FakeServer, tmp_path: Path) -> None:
    files.upload_file(b"original bytes", "md5.bin", teamspace=TS)
    asset = session.asset("md5.bin")
    assert asset is not None
    session.files.files[asset.id].etag = '"' + "0" * 32 + '"'  # as if the bytes changed on the way
    out = tmp_path / "md5.bin"
    with pytest.raises(FilesError, match="MD5"):
        files.download_file("md5.bin", out, teamspace=TS)
    assert not out.exists()
    buffer = io.BytesIO()
    with pytest.raises(FilesError, match="MD5"):
        files.download_file("md5.bin", buffer, teamspace=TS)


def test_an_upload_from_a_path_streams_its_parts_from_the_file(session: FakeServer, tmp_path: Path) -> None:
    """Parts read from a local file are sent a chunk at a time, never whole in memory."""
    import tracemalloc

    payload = data(24 * MB)
    src = tmp_path / "stream.bin"
    src.write_bytes(payload)
    del payload
    part_size = 8 * MB
    # One multipart upload first, untraced: the imports and threads a first transfer brings in are
    # paid once per process and are not what this test measures.
    warm = tmp_path / "warm.bin"
    warm.write_bytes(data(3 * MB))
    files.upload_file(warm, "warm.bin", teamspace=TS, part_size=MB, threshold=MB, parallel=2)
    session.clear_requests()
    tracemalloc.start()
    try:
        files.upload_file(
            src, "stream.bin", teamspace=TS, part_size=part_size, threshold=part_size, parallel=2
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(_parts(session)) == 3
    assert sha256(session.files.read("stream.bin")) == sha256(src)
    # One part read whole would be 8 MB, two 16 MB; the chunks of the parts in flight, those
    # waiting for the MD5 thread, and the server's own buffers (in this process too) stay well
    # under a part.
    assert peak < part_size * 3 // 4, f"peak of traced allocations {peak} bytes"


def test_a_streamed_part_cut_mid_body_is_sent_again_whole(session: FakeServer, tmp_path: Path) -> None:
    payload = data(900_000)
    src = tmp_path / "cut.bin"
    src.write_bytes(payload)
    session.faults.add(prefix="/v4/files/", method="PUT", part=2, drop_after=100_000)
    files.upload_file(src, "cut.bin", teamspace=TS, parallel=1, **SMALL)
    assert _parts(session) == [1, 2, 2, 3, 4]
    assert session.files.read("cut.bin") == payload


def test_a_single_put_from_a_path_answered_503_is_resent(session: FakeServer, tmp_path: Path) -> None:
    payload = data(200_000)
    src = tmp_path / "one.bin"
    src.write_bytes(payload)
    session.faults.add(prefix="/v4/files/", method="PUT", status=503)
    files.upload_file(src, "one.bin", teamspace=TS, **SMALL)
    assert len([r for r in session.requests if r.method == "PUT"]) == 2
    assert session.files.read("one.bin") == payload


def test_a_local_file_cut_short_during_the_upload_fails_and_aborts(
    session: FakeServer, tmp_path: Path
) -> None:
    src = tmp_path / "shrinks.bin"
    src.write_bytes(data(1_000_000))

    def cut_after_first_part(done: int, total: int | None) -> None:
        if done:
            with open(src, "r+b") as f:
                f.truncate(300_000)

    with pytest.raises(FilesError, match="changed while it was being uploaded") as caught:
        files.upload_file(
            src, "shrinks.bin", teamspace=TS, parallel=1, progress=cut_after_first_part, **SMALL
        )
    assert "expected 256000 bytes from offset 256000, read 44000" in str(caught.value)
    assert session.files.open_uploads == []
    assert session.asset("shrinks.bin") is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX-only")
def test_a_named_pipe_given_by_path_uploads_as_a_stream(session: FakeServer, tmp_path: Path) -> None:
    payload = data(600_000)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "wb") as w:
            w.write(payload)

    feeder = threading.Thread(target=feed)
    feeder.start()
    try:
        files.upload_file(fifo, "from-pipe.bin", teamspace=TS, **SMALL)
    finally:
        feeder.join(10)
    assert session.files.read("from-pipe.bin") == payload


def test_a_large_single_stream_download_checks_its_md5_too(session: FakeServer) -> None:
    """A stream of several MiB read in order is checked against its MD5 ETag too."""
    payload = data(3 * MB)
    files.upload_file(payload, "big-md5.bin", teamspace=TS, threshold=4 * MB)  # one PUT: an MD5 ETag
    buffer = io.BytesIO()
    files.download_file("big-md5.bin", buffer, teamspace=TS)
    assert buffer.getvalue() == payload
    asset = session.asset("big-md5.bin")
    assert asset is not None
    session.files.files[asset.id].etag = '"' + hashlib.md5(payload[:-1]).hexdigest() + '"'
    with pytest.raises(FilesError, match="MD5"):
        files.download_file("big-md5.bin", io.BytesIO(), teamspace=TS)
    hashers = [t for t in threading.enumerate() if t.name == "tiledb-client-md5"]
    assert hashers == []  # each download's hashing thread ends with it, failed or not


@pytest.mark.skipif(not hasattr(os, "pread"), reason="each pass reopens the path where there is no pread")
def test_a_local_file_replaced_during_the_upload_is_sent_as_first_opened(
    session: FakeServer, tmp_path: Path
) -> None:
    original = data(1_000_000)
    src = tmp_path / "replaced.bin"
    src.write_bytes(original)
    other = tmp_path / "other.bin"
    other.write_bytes(data(1_000_000, seed=1))

    def replace_after_first_part(done: int, total: int | None) -> None:
        if done and other.exists():
            os.replace(other, src)

    files.upload_file(
        src, "replaced.bin", teamspace=TS, parallel=1, progress=replace_after_first_part, **SMALL
    )
    assert not other.exists()  # the replacement happened mid-upload
    assert session.files.read("replaced.bin") == original


def test_a_fast_first_range_goes_on_in_one_stream(
    session: FakeServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When one connection is fast enough, the rest follows in one GET and the MD5 is checked."""
    from tiledb.client._transfer import download as _files_download

    monkeypatch.setattr(_files_download, "ONE_STREAM_RATE", 0)
    payload = data(3 * MB)
    files.upload_file(payload, "fast.bin", teamspace=TS, threshold=4 * MB)  # one PUT: an MD5 ETag
    session.clear_requests()
    out = tmp_path / "fast.bin"
    files.download_file("fast.bin", out, teamspace=TS, part_size=500_000)
    assert out.read_bytes() == payload
    ranges = [r.headers.get("range") for r in session.requests if r.method == "GET"]
    assert ranges == ["bytes=0-499999", "bytes=500000-"]
    asset = session.asset("fast.bin")
    assert asset is not None
    session.files.files[asset.id].etag = '"' + hashlib.md5(payload[1:]).hexdigest() + '"'
    with pytest.raises(FilesError, match="MD5"):
        files.download_file("fast.bin", tmp_path / "bad.bin", teamspace=TS, part_size=500_000)
    assert not (tmp_path / "bad.bin").exists()


def test_a_slow_first_range_fans_out(
    session: FakeServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tiledb.client._transfer import download as _files_download

    monkeypatch.setattr(_files_download, "ONE_STREAM_RATE", 1_000_000)  # bytes per second
    payload = data(2 * MB)
    files.upload_file(payload, "slow.bin", teamspace=TS)
    session.faults.add(prefix="/v4/files/", method="GET", delay=0.3)  # the first range only
    session.clear_requests()
    out = tmp_path / "slow.bin"
    files.download_file("slow.bin", out, teamspace=TS, part_size=250_000)
    assert out.read_bytes() == payload
    ranges = [r.headers.get("range") for r in session.requests if r.method == "GET"]
    assert len(ranges) == 8 and ranges[0] == "bytes=0-249999"
