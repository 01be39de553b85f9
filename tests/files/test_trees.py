"""Trees at fleet scale: several files in flight, one progress, the first failure named with its file
and the files not copied, Ctrl-C leaving no partial file and no open upload, missing folders made."""

from __future__ import annotations

import itertools
import threading
from pathlib import Path
from urllib.parse import unquote

import pytest

from tiledb.client import files
from tiledb.client._transfer.trees import Job, TreeError, run_jobs
from tiledb.client.testing import FakeServer

from .conftest import data


def _tree(root: Path, count: int, size: int = 100) -> Path:
    for i in range(count):
        sub = root / ("sub" if i % 2 else "")
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"f{i:03d}.bin").write_bytes(data(size, seed=i))
    return root


def test_jobs_run_several_at_once() -> None:
    meet = threading.Barrier(3)  # three jobs must be running together to get past it

    def run(progress: object, cancel: threading.Event) -> None:
        meet.wait(timeout=30)

    run_jobs([Job(f"j{i}", 1, run) for i in range(3)], concurrency=3)


def test_upload_and_download_tree_move_files_over_several_connections(
    server: FakeServer, tmp_path: Path
) -> None:
    local = _tree(tmp_path / "up", 24)
    calls: list[tuple[int, int, int, int]] = []
    server.clear_requests()
    files.upload_tree(local, "new/deep/tree", teamspace="general", progress=lambda *a: calls.append(a))
    puts = [r for r in server.requests if r.method == "PUT"]
    assert len(puts) == 24 and len({r.peer for r in puts}) > 1
    assert server.files.read("new/deep/tree/sub/f001.bin") == data(100, seed=1)
    assert calls[0] == (0, 24, 0, 2400) and calls[-1] == (24, 24, 2400, 2400)
    assert all(a[0] <= b[0] and a[2] <= b[2] for a, b in itertools.pairwise(calls))
    out = tmp_path / "down"
    server.clear_requests()
    files.download_tree("new/deep/tree", out, teamspace="general", concurrency=4)
    gets = [r for r in server.requests if r.method == "GET" and "list-type" not in r.query_string]
    assert len(gets) == 24 and len({r.peer for r in gets}) > 1
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == sorted(
        p.relative_to(local).as_posix() for p in local.rglob("*") if p.is_file()
    )


def test_the_first_failure_names_its_file_and_what_was_not_copied(server: FakeServer, tmp_path: Path) -> None:
    local = _tree(tmp_path / "up", 6)
    server.faults.add(regex=r"^/v4/files/.*f002\.bin$", method="PUT", status=403, count=None)
    with pytest.raises(TreeError) as caught:
        files.upload_tree(local, "t", teamspace="general", concurrency=2)
    assert caught.value.failed == "f002.bin" and "f002.bin" in caught.value.not_copied
    assert caught.value.status_code == 403 and "f002.bin" in str(caught.value)
    assert server.asset("t/f002.bin") is None
    assert server.files.open_uploads == []


def test_a_failed_download_leaves_no_partial_file(server: FakeServer, tmp_path: Path) -> None:
    files.upload_tree(_tree(tmp_path / "up", 4, size=50_000), "d", teamspace="general")
    server.faults.add(regex=r"^/v4/files/.*f003\.bin$", method="GET", status=403, count=None)
    out = tmp_path / "out"
    with pytest.raises(TreeError) as caught:
        files.download_tree("d", out, teamspace="general", concurrency=1)
    assert caught.value.failed == "sub/f003.bin"
    left = [p for p in out.rglob("*") if p.is_file()]
    assert all(p.name.startswith("f") and p.name.endswith(".bin") for p in left)
    assert not (out / "sub" / "f003.bin").exists()


def test_ctrl_c_leaves_no_open_upload_and_no_partial_file(server: FakeServer, tmp_path: Path) -> None:
    local = tmp_path / "big"
    local.mkdir()
    for i in range(3):
        (local / f"b{i}.bin").write_bytes(data(12_000_000, seed=i))

    def interrupt(files_done: int, files_total: int, bytes_done: int, bytes_total: int) -> None:
        if bytes_done > 0 and files_done < files_total:
            raise KeyboardInterrupt

    server.faults.add(prefix="/v4/files/", method="PUT", delay=0.3, count=None)
    with pytest.raises(KeyboardInterrupt):
        files.upload_tree(local, "big", teamspace="general", progress=interrupt, part_size=5_000_000)
    assert server.files.open_uploads == []
    started = [r for r in server.requests if r.method == "POST" and "uploads" in r.query_string]
    assert started  # multipart uploads were under way when Ctrl-C came...
    aborted = [r for r in server.requests if r.method == "DELETE" and "uploadId" in r.query_string]
    assert aborted  # ...and they were aborted, not left open
    for i in range(3):
        asset = server.asset(f"big/b{i}.bin")
        if asset is not None:  # finished before the interrupt: whole
            assert server.files.read(f"big/b{i}.bin") == (local / f"b{i}.bin").read_bytes()


def test_upload_file_creates_missing_folders_only_when_asked(server: FakeServer) -> None:
    with pytest.raises(files.FilesError) as caught:
        files.upload_file(b"x", "missing/dir/x.txt", teamspace="general")
    assert caught.value.status_code == 404
    assert server.asset("missing") is None
    files.upload_file(b"x", "missing/dir/x.txt", teamspace="general", parents=True)
    assert server.files.read("missing/dir/x.txt") == b"x"
    posted = [unquote(r.path) for r in server.requests if r.method == "POST" and "/folders/" in r.path]
    assert posted


def test_upload_into_a_folder_it_creates_does_not_look_up_the_destination(server: FakeServer) -> None:
    files.upload_file(b"x", "fresh/dir/x.txt", teamspace="general", parents=True)
    assert server.files.read("fresh/dir/x.txt") == b"x"
    looked_up = [unquote(r.path) for r in server.requests if "/assets/item/" in r.path]
    assert looked_up and all(path.endswith("/fresh/dir") for path in looked_up)
    # Into a folder that exists, the destination itself is looked up: a folder found there is not
    # replaced by a file.
    with pytest.raises(files.FilesError, match="is a folder"):
        files.upload_file(b"y", "fresh/dir", teamspace="general", parents=True)
    assert server.asset("fresh/dir").type == "folder"  # type: ignore[union-attr]


def test_concurrency_must_be_a_positive_number(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    with pytest.raises(files.FilesError, match="concurrency"):
        files.upload_tree(tmp_path / "a", "x", teamspace="general", concurrency=0)
