"""Bad input to tiledb.client.files: each case works or raises FilesError saying what to change."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tiledb.client import files
from tiledb.client.files import FilesError
from tiledb.client.testing import FakeServer

TS = "general"


def test_missing_local_file(tmp_path: Path) -> None:
    with pytest.raises(FilesError, match="No local file"):
        files.upload_file(tmp_path / "nope.bin", "x.bin", teamspace=TS)


def test_a_local_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(FilesError, match="upload_tree"):
        files.upload_file(tmp_path, "x", teamspace=TS)


def test_destination_folder_that_does_not_exist(session: FakeServer) -> None:
    with pytest.raises(FilesError, match="create_folder") as caught:
        files.upload_file(b"x", "no/such/folder/x.bin", teamspace=TS)
    assert caught.value.status_code == 404
    assert caught.value.request_id and caught.value.request_id.startswith("req_")


def test_path_that_is_another_kind_of_asset(session: FakeServer) -> None:
    with pytest.raises(FilesError, match="type array"):
        files.upload_file(b"x", "quickstart_dense", teamspace=TS)
    with pytest.raises(FilesError, match="Only files"):
        files.download_file("quickstart_dense", io.BytesIO(), teamspace=TS)


def test_unnamed_bytes_to_a_folder(session: FakeServer) -> None:
    with pytest.raises(FilesError, match="full destination path"):
        files.upload_file(b"x", "examples", teamspace=TS)
    with pytest.raises(FilesError, match="full destination path"):
        files.upload_file(io.BytesIO(b"x"), "", teamspace=TS)


def test_text_mode_file_objects(session: FakeServer, tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("hi")
    with open(tmp_path / "t.txt") as text, pytest.raises(FilesError, match="binary"):
        files.upload_file(text, "t.txt", teamspace=TS)
    with pytest.raises(FilesError, match="binary"):
        files.download_file("README.md", io.StringIO(), teamspace=TS)


def test_missing_remote_file(session: FakeServer, tmp_path: Path) -> None:
    with pytest.raises(FilesError, match="404"):
        files.download_file("nope.bin", tmp_path / "nope.bin", teamspace=TS)
    assert list(tmp_path.glob("*nope*")) == []


def test_local_destination_folder_missing(session: FakeServer, tmp_path: Path) -> None:
    with pytest.raises(FilesError, match="does not exist"):
        files.download_file("README.md", tmp_path / "missing" / "r.md", teamspace=TS)


def test_download_into_an_existing_local_folder_uses_the_name(session: FakeServer, tmp_path: Path) -> None:
    files.download_file("README.md", tmp_path, teamspace=TS)
    assert (tmp_path / "README.md").read_bytes() == session.files.read("README.md")


def test_folder_paths_need_the_tree_functions(session: FakeServer, tmp_path: Path) -> None:
    with pytest.raises(FilesError, match="download_tree"):
        files.download_file("examples/", tmp_path / "x", teamspace=TS)


def test_no_teamspace_and_bad_uris(session: FakeServer) -> None:
    with pytest.raises(FilesError, match="teamspace="):
        files.upload_file(b"x", "x.bin")
    with pytest.raises(FilesError, match="names no teamspace"):
        files.upload_file(b"x", "tiledb://alice-ws")
    with pytest.raises(FilesError, match="drop one of them"):
        files.upload_file(b"x", "tiledb://alice-ws/general/x.bin", teamspace="other")
    with pytest.raises(FilesError, match=r"'\.\.'"):
        files.upload_file(b"x", "../x.bin", teamspace=TS)


@pytest.mark.parametrize("value", [0, -1, True, "8"])
def test_bad_sizes(session: FakeServer, value: object) -> None:
    with pytest.raises(FilesError, match="positive whole number"):
        files.upload_file(b"x", "x.bin", teamspace=TS, part_size=value)  # type: ignore[arg-type]


def test_wrong_source_type(session: FakeServer) -> None:
    with pytest.raises(FilesError, match="not int"):
        files.upload_file(42, "x.bin", teamspace=TS)  # type: ignore[arg-type]


def test_files_error_is_a_client_error() -> None:
    import tiledb
    from tiledb.client.client import ClientError

    assert issubclass(FilesError, ClientError) and issubclass(FilesError, tiledb.TileDBError)


def test_importing_files_is_cheap() -> None:
    import subprocess
    import sys

    code = (
        "import sys, tiledb.client.files; "
        "heavy = [m for m in ('asyncio', 'httpcore', 'tiledb.client.rest_api.models') if m in sys.modules]; "
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
