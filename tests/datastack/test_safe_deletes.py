"""The filesystem's deletes: a folder holding anything only with ``recursive=True``, never an array
on its own path, and ``ls`` showing arrays and groups as entries that are neither file nor directory."""

from __future__ import annotations

import pytest

from tiledb.client.fsspec import TileDBFileSystem
from tiledb.client.testing import FakeServer


def test_rm_of_a_folder_holding_an_array_and_a_group_deletes_nothing(
    fs: TileDBFileSystem, base: str, server: FakeServer
) -> None:
    with pytest.raises(IsADirectoryError, match="1 array, 1 group"):
        fs.rm(f"{base}/examples")
    with pytest.raises(OSError, match="not empty"):
        fs.rmdir(f"{base}/examples")
    assert server.asset("examples/dense_array") is not None


def test_rm_of_a_folder_holding_only_arrays_deletes_nothing(
    fs: TileDBFileSystem, base: str, server: FakeServer
) -> None:
    server.add_folder("only")
    server.add_assets(n=1, path="only")
    with pytest.raises(IsADirectoryError, match="1 array"):
        fs.rm(f"{base}/only")
    assert server.asset("only/array_00001") is not None
    fs.rm(f"{base}/only", recursive=True)
    assert server.asset("only") is None and server.asset("only/array_00001") is None
    assert not fs.exists(f"{base}/only")


def test_an_array_is_never_deleted_on_its_own_path(
    fs: TileDBFileSystem, base: str, server: FakeServer
) -> None:
    with pytest.raises(PermissionError, match="array"):
        fs.rm(f"{base}/examples/dense_array")
    with pytest.raises(PermissionError, match="array"):
        fs.rm(f"{base}/examples/dense_array", recursive=True)
    with pytest.raises(FileNotFoundError):
        fs.rm_file(f"{base}/examples/dense_array")
    assert server.asset("examples/dense_array") is not None


def test_ls_and_info_agree_on_arrays_and_groups(fs: TileDBFileSystem, base: str) -> None:
    entries = {e["name"].rpartition("/")[2]: e for e in fs.ls(f"{base}/examples")}
    assert entries["dense_array"]["type"] == "other" and entries["dense_array"]["asset_type"] == "array"
    assert entries["sample_group"]["asset_type"] == "group"
    assert fs.info(f"{base}/examples/dense_array")["type"] == "other"
    assert not fs.isfile(f"{base}/examples/dense_array") and not fs.isdir(f"{base}/examples/dense_array")


def test_rm_with_maxdepth_keeps_what_lies_deeper(fs: TileDBFileSystem, base: str) -> None:
    fs.pipe({f"{base}/d/a.txt": b"a", f"{base}/d/sub/b.txt": b"b"})
    fs.rm(f"{base}/d", recursive=True, maxdepth=1)
    assert not fs.exists(f"{base}/d/a.txt")
    assert fs.cat(f"{base}/d/sub/b.txt") == b"b"
