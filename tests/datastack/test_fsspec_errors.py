"""Beyond fsspec's suite: ``read_block``, ``put_file(mode="create")``, the ``OSError`` each failure
is, unknown storage options, and workspaces and teamspaces as directories."""

from __future__ import annotations

from pathlib import Path

import pytest

from tiledb.client.fsspec import TileDBFileSystem
from tiledb.client.testing import FakeServer


def test_read_block_reads_the_block(fs: TileDBFileSystem, base: str) -> None:
    fs.pipe(f"{base}/lines.txt", b"one\ntwo\nthree\n")
    assert fs.read_block(f"{base}/lines.txt", 0, 5) == b"one\nt"
    assert fs.read_block(f"{base}/lines.txt", 1, 5, delimiter=b"\n") == b"two\n"


def test_put_file_in_create_mode_replaces_nothing(
    fs: TileDBFileSystem, base: str, server: FakeServer, tmp_path: Path
) -> None:
    local = tmp_path / "new.txt"
    local.write_bytes(b"new")
    fs.pipe(f"{base}/kept.txt", b"old")
    with pytest.raises(FileExistsError):
        fs.put_file(str(local), f"{base}/kept.txt", mode="create")
    assert server.files.read("kept.txt") == b"old"
    fs.put_file(str(local), f"{base}/fresh.txt", mode="create")
    assert server.files.read("fresh.txt") == b"new"


def test_a_missing_local_file_in_put_is_file_not_found(
    fs: TileDBFileSystem, base: str, tmp_path: Path
) -> None:
    with pytest.raises(FileNotFoundError):
        fs.put_file(str(tmp_path / "missing.txt"), f"{base}/x.txt")


def test_writing_under_a_file_is_not_a_directory(fs: TileDBFileSystem, base: str) -> None:
    fs.pipe(f"{base}/f.txt", b"f")
    with pytest.raises(NotADirectoryError):
        fs.pipe(f"{base}/f.txt/under.txt", b"x")
    with pytest.raises(NotADirectoryError):
        fs.pipe(f"{base}/f.txt/deeper/under.txt", b"x")
    with pytest.raises(NotADirectoryError):
        fs.mkdir(f"{base}/f.txt/d")
    assert fs.cat(f"{base}/f.txt") == b"f"


def test_unknown_storage_options_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="profil_name"):
        TileDBFileSystem(profil_name="typo")


def test_a_workspace_lists_its_teamspaces_as_directories(fs: TileDBFileSystem, server: FakeServer) -> None:
    ws = server.workspace_name
    server.add_teamspace(server.workspace_id, "second")
    names = fs.ls(f"tiledb://{ws}", detail=False)
    assert f"{ws}/general" in names and f"{ws}/second" in names
    assert fs.isdir(ws) and fs.exists(f"tiledb://{ws}") and fs.isdir(f"{ws}/second")
    assert not fs.exists("no-such-workspace") and not fs.isdir("no-such-workspace")
    assert not fs.exists(f"{ws}/no-such-teamspace")
    assert f"{ws}/general" in fs.glob(f"{ws}/*")
