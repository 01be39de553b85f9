"""``files.sync``: copies what is missing or changed (size, MD5, multipart ETag), both ways; a second
sync of an unchanged tree sends no file bytes; ``delete`` removes only files the source lacks."""

from __future__ import annotations

from pathlib import Path

from tiledb.client import files
from tiledb.client._transfer.sync import multipart_etag, same_content
from tiledb.client.testing import FakeServer

from .conftest import data


def _tree(root: Path) -> Path:
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_bytes(b"alpha")
    (root / "sub" / "b.csv").write_bytes(b"1,2\n")
    (root / "skip.tmp").write_bytes(b"tmp")
    return root


def _uri(server: FakeServer, path: str) -> str:
    return f"tiledb://{server.workspace_name}/general/{path}"


def _file_requests(server: FakeServer, method: str) -> list[object]:
    return [r for r in server.requests if r.method == method and "list-type" not in r.query_string]


def test_upload_sync_copies_then_sends_nothing(server: FakeServer, tmp_path: Path) -> None:
    local = _tree(tmp_path / "t")
    first = files.sync(local, _uri(server, "s"))
    assert sorted(first.copied) == ["a.txt", "skip.tmp", "sub/b.csv"] and first.unchanged == 0
    assert server.files.read("s/sub/b.csv") == b"1,2\n"
    server.clear_requests()
    second = files.sync(local, _uri(server, "s"))
    assert second.copied == [] and second.unchanged == 3
    assert _file_requests(server, "PUT") == [] and _file_requests(server, "POST") == []
    listings = [r for r in server.requests if "list-type" in r.query_string]
    assert len(listings) == 1 and len(server.requests) == 1


def test_a_change_of_content_at_the_same_size_is_found_by_checksum(
    server: FakeServer, tmp_path: Path
) -> None:
    local = _tree(tmp_path / "t")
    files.sync(local, _uri(server, "s"))
    (local / "a.txt").write_bytes(b"ALPHA")
    assert files.sync(local, _uri(server, "s"), size_only=True).copied == []
    result = files.sync(local, _uri(server, "s"))
    assert [(a.name, a.reason) for a in result.actions] == [("a.txt", "checksum differs")]
    assert server.files.read("s/a.txt") == b"ALPHA"


def test_a_multipart_etag_is_computed_locally(server: FakeServer, tmp_path: Path) -> None:
    local = tmp_path / "big"
    local.mkdir()
    (local / "big.bin").write_bytes(data(11_000_000))
    files.sync(local, _uri(server, "m"))
    etag = files.list_files(_uri(server, "m"))[0].etag
    assert etag is not None and etag.strip('"').endswith("-2")
    assert same_content(local / "big.bin", 11_000_000, etag, 8 * 2**20)
    server.clear_requests()
    assert files.sync(local, _uri(server, "m")).copied == []
    assert _file_requests(server, "PUT") == []
    assert multipart_etag([b"\x00" * 16]).endswith("-1")


def test_delete_removes_only_files_the_source_lacks(server: FakeServer, tmp_path: Path) -> None:
    local = _tree(tmp_path / "t")
    files.sync(local, _uri(server, "s"))
    files.upload_file(b"extra", "s/extra.txt", teamspace="general")
    server.add_assets(n=1, path="s")
    (local / "skip.tmp").unlink()
    files.upload_file(b"kept", "s/kept.log", teamspace="general")
    result = files.sync(local, _uri(server, "s"), delete=True, exclude=["*.log"])
    assert sorted(result.deleted) == ["extra.txt", "skip.tmp"]
    assert server.asset("s/extra.txt") is None and server.asset("s/skip.tmp") is None
    assert server.asset("s/kept.log") is not None and server.asset("s/array_00001") is not None


def test_filters_and_dry_run(server: FakeServer, tmp_path: Path) -> None:
    local = _tree(tmp_path / "t")
    plan = files.sync(local, _uri(server, "f"), exclude=["*"], include=["*.csv"], dry_run=True)
    assert plan.dry_run and plan.copied == ["sub/b.csv"]
    assert server.asset("f") is None
    done = files.sync(local, _uri(server, "f"), exclude="*.tmp")
    assert sorted(done.copied) == ["a.txt", "sub/b.csv"]


def test_download_sync_both_ways_and_delete(server: FakeServer, tmp_path: Path) -> None:
    files.sync(_tree(tmp_path / "t"), _uri(server, "s"))
    out = tmp_path / "out"
    first = files.sync(_uri(server, "s"), out)
    assert sorted(first.copied) == ["a.txt", "skip.tmp", "sub/b.csv"]
    assert (out / "sub" / "b.csv").read_bytes() == b"1,2\n"
    (out / "local-only.txt").write_bytes(b"x")
    server.clear_requests()
    second = files.sync(_uri(server, "s"), out, delete=True)
    assert second.copied == [] and second.deleted == ["local-only.txt"]
    assert _file_requests(server, "GET") == [] and not (out / "local-only.txt").exists()
