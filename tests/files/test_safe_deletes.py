"""What ``files.delete`` may touch: a folder only recursively (unless it holds nothing), never an
array or a group on its own path, and everything inside a folder deleted recursively."""

from __future__ import annotations

import pytest

from tiledb.client import files
from tiledb.client._transfer.deletes import NotAFileError, NotEmptyError
from tiledb.client.testing import FakeServer


def test_a_folder_holding_an_array_and_a_group_is_refused_and_kept(server: FakeServer) -> None:
    with pytest.raises(NotEmptyError) as caught:
        files.delete("examples", teamspace="general")
    assert "'examples' is not empty: 1 array, 1 group" in str(caught.value)
    assert server.asset("examples") is not None
    assert server.asset("examples/dense_array") is not None
    assert server.asset("examples/sample_group") is not None


def test_a_folder_holding_only_arrays_is_refused(server: FakeServer) -> None:
    server.add_folder("only")
    server.add_assets(n=2, path="only")
    with pytest.raises(NotEmptyError, match="2 arrays"):
        files.delete("only", teamspace="general")
    assert server.asset("only/array_00001") is not None


def test_an_array_is_never_deleted_on_its_own_path(server: FakeServer) -> None:
    for recursive in (False, True):
        with pytest.raises(NotAFileError, match="array"):
            files.delete("examples/dense_array", teamspace="general", recursive=recursive)
    assert server.asset("examples/dense_array") is not None


def test_recursive_delete_takes_everything_and_says_what(server: FakeServer) -> None:
    files.upload_file(b"x", "examples/notes.txt", teamspace="general")
    removed = files.delete("examples", teamspace="general", recursive=True)
    assert removed.kind == "folder"
    assert dict(removed.inside) == {"array": 1, "group": 1, "file": 1}
    assert "1 file, 1 array, 1 group" in removed.summary()
    assert server.asset("examples") is None and server.asset("examples/dense_array") is None


def test_an_empty_folder_and_a_file_go_without_recursive(server: FakeServer) -> None:
    server.add_folder("empty")
    assert files.delete("empty", teamspace="general").kind == "folder"
    assert server.asset("empty") is None
    files.upload_file(b"x", "one.txt", teamspace="general")
    assert files.delete("one.txt", teamspace="general").kind == "file"
    assert server.asset("one.txt") is None


def test_a_missing_path_is_404(server: FakeServer) -> None:
    with pytest.raises(files.FilesError) as caught:
        files.delete("nothing/here", teamspace="general")
    assert caught.value.status_code == 404
