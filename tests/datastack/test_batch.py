"""``put`` and ``get`` of many files through the filesystem: several files in flight at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from files.conftest import data
from fsspec.callbacks import Callback

from tiledb.client.files import FilesError
from tiledb.client.fsspec import TileDBFileSystem
from tiledb.client.testing import FakeServer


def _tree(root: Path, count: int) -> dict[str, bytes]:
    made = {}
    for i in range(count):
        name = f"sub/f{i:02d}.bin" if i % 2 else f"f{i:02d}.bin"
        body = data(1000 + i, seed=i)
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(body)
        made[name] = body
    return made


class Counting(Callback):  # type: ignore[misc]
    """Records the sizes and values an fsspec callback is given."""

    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[int] = []

    def set_size(self, size: int) -> None:
        self.sizes.append(size)
        super().set_size(size)


def test_a_recursive_put_and_get_move_files_over_several_connections(
    fs: TileDBFileSystem, base: str, tmp_path: Path, server: FakeServer
) -> None:
    made = _tree(tmp_path / "up", 12)
    server.clear_requests()
    up = Counting()
    fs.put(str(tmp_path / "up"), f"{base}/batch", recursive=True, callback=up)
    puts = [r for r in server.requests if r.method == "PUT"]
    assert len(puts) == 12 and len({r.peer for r in puts}) > 1
    for name, body in made.items():
        assert server.files.read(f"batch/{name}") == body
    assert up.sizes == [12] and up.value == 12

    server.clear_requests()
    down = Counting()
    fs.get(f"{base}/batch", str(tmp_path / "down"), recursive=True, callback=down)
    gets = [r for r in server.requests if r.method == "GET" and "list-type" not in r.query_string]
    assert len({r.peer for r in gets}) > 1
    out = tmp_path / "down"
    got = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert got == made
    assert down.value == down.sizes[-1] >= 12  # fsspec may count the folders too


def test_batch_size_one_is_one_file_at_a_time_and_a_bad_one_is_refused(
    fs: TileDBFileSystem, base: str, tmp_path: Path, server: FakeServer
) -> None:
    made = _tree(tmp_path / "up", 4)
    fs.put(str(tmp_path / "up"), f"{base}/one", recursive=True, batch_size=1)
    assert sorted(fs.find(f"{base}/one")) == sorted(f"{base.removeprefix('tiledb://')}/one/{n}" for n in made)
    for bad in (0, -1, 1.5, True, "8"):
        with pytest.raises(ValueError, match="batch_size"):
            fs.put(str(tmp_path / "up"), f"{base}/bad", recursive=True, batch_size=bad)
        with pytest.raises(ValueError, match="batch_size"):
            fs.get(f"{base}/one", str(tmp_path / "bad"), recursive=True, batch_size=bad)
    assert not fs.exists(f"{base}/bad") and not (tmp_path / "bad").exists()


def test_the_first_failure_is_its_files_error_and_leaves_no_open_upload(
    fs: TileDBFileSystem, base: str, tmp_path: Path, server: FakeServer
) -> None:
    _tree(tmp_path / "up", 8)
    (tmp_path / "up" / "big.bin").write_bytes(data(9_000_000, seed=99))  # a multipart upload
    server.faults.add(regex=r".*/big\.bin$", method="PUT", status=500, count=None)
    with pytest.raises(FilesError) as caught:
        fs.put(str(tmp_path / "up"), f"{base}/failing", recursive=True)
    assert caught.value.status_code == 500
    assert any("big.bin failed" in note and "not copied" in note for note in caught.value.__notes__)
    assert server.files.open_uploads == []
    assert not fs.exists(f"{base}/failing/big.bin")


def test_a_failing_get_leaves_no_partial_local_file(
    fs: TileDBFileSystem, base: str, tmp_path: Path, server: FakeServer
) -> None:
    made = _tree(tmp_path / "up", 6)
    fs.put(str(tmp_path / "up"), f"{base}/src", recursive=True)
    server.faults.add(regex=r".*/f03\.bin$", method="GET", status=403, count=None)
    out = tmp_path / "down"
    with pytest.raises(PermissionError) as caught:
        fs.get(f"{base}/src", str(out), recursive=True)
    assert "f03.bin" in " ".join(getattr(caught.value, "__notes__", [])) + str(caught.value)
    for path in out.rglob("*"):
        if path.is_file():  # whatever arrived is a whole file of the tree, nothing temporary
            assert path.read_bytes() == made[path.relative_to(out).as_posix()]


def test_one_file_keeps_its_byte_progress(fs: TileDBFileSystem, base: str, tmp_path: Path) -> None:
    (tmp_path / "one.bin").write_bytes(data(3_000_000, seed=5))
    seen: list[tuple[int, int]] = []

    class Child(Callback):  # type: ignore[misc]
        def call(self, *args: object, **kwargs: object) -> None:
            seen.append((self.value, self.size))

    class Parent(Callback):  # type: ignore[misc]
        def branched(self, path_1: str, path_2: str, **kwargs: object) -> Child:
            return Child()

    fs.put(str(tmp_path / "one.bin"), f"{base}/one.bin", callback=Parent())
    assert seen and seen[-1] == (3_000_000, 3_000_000)
