"""The ``tiledb://`` fsspec filesystem against the fake server: listing, reads, writes, errors."""

from __future__ import annotations

import pickle
from pathlib import Path

import fsspec
import pytest
from files.conftest import data

from tiledb.client.fsspec import TileDBFileSystem
from tiledb.client.testing import FakeServer

from .conftest import served_bytes


def test_the_protocol_is_registered_through_the_entry_point() -> None:
    from importlib.metadata import entry_points

    names = {e.name: e.value for e in entry_points(group="fsspec.specs")}
    assert names["tiledb"] == "tiledb.client.fsspec:TileDBFileSystem"
    assert isinstance(fsspec.filesystem("tiledb"), TileDBFileSystem)
    fs, path = fsspec.core.url_to_fs("tiledb://ws/ts/a/b.csv")
    assert isinstance(fs, TileDBFileSystem) and path == "ws/ts/a/b.csv"


def test_ls_gives_names_sizes_types_and_times(fs: TileDBFileSystem, base: str, server: FakeServer) -> None:
    fs.pipe(f"{base}/data/one.bin", b"12345")
    fs.mkdir(f"{base}/data/sub")
    entries = {e["name"]: e for e in fs.ls(f"{base}/data", detail=True)}
    ws = server.workspace_name
    one = entries[f"{ws}/general/data/one.bin"]
    assert one["type"] == "file" and one["size"] == 5 and one["mtime"] > 0 and one["ETag"]
    assert entries[f"{ws}/general/data/sub"]["type"] == "directory"
    assert sorted(fs.ls(f"{base}/data", detail=False)) == sorted(entries)
    assert fs.ls(f"{base}/data/one.bin", detail=False) == [f"{ws}/general/data/one.bin"]
    assert fs.info(f"{base}/data")["type"] == "directory"
    assert fs.info(f"{base}")["type"] == "directory"
    assert fs.isfile(f"{base}/data/one.bin") and fs.isdir(f"{base}/data/sub")
    assert fs.modified(f"{base}/data/one.bin").tzinfo is not None


def test_missing_paths_raise_file_not_found(fs: TileDBFileSystem, base: str) -> None:
    assert not fs.exists(f"{base}/nope.csv")
    with pytest.raises(FileNotFoundError):
        fs.info(f"{base}/nope.csv")
    with pytest.raises(FileNotFoundError):
        fs.ls(f"{base}/nope")
    with pytest.raises(FileNotFoundError):
        fs.cat(f"{base}/nope/x.csv")
    with pytest.raises(FileNotFoundError):
        fs.open(f"{base}/nope.csv", "rb")


def test_a_folder_is_not_a_file(fs: TileDBFileSystem, base: str) -> None:
    fs.mkdir(f"{base}/folder")
    with pytest.raises(IsADirectoryError):
        fs.open(f"{base}/folder", "rb")
    with pytest.raises(IsADirectoryError):
        fs.open(f"{base}/folder", "wb")
    with pytest.raises(IsADirectoryError):
        fs.cat_file(f"{base}/folder")


def test_a_foreign_workspace_is_permission_denied(fs: TileDBFileSystem, server: FakeServer) -> None:
    server.add_workspace("someone-elses")
    with pytest.raises(PermissionError):
        fs.ls("tiledb://someone-elses/general")


def test_find_and_glob(fs: TileDBFileSystem, base: str, server: FakeServer) -> None:
    for name in ("a.csv", "b.csv", "sub/c.csv", "sub/deeper/d.txt"):
        fs.pipe(f"{base}/tree/{name}", name.encode())
    ws = server.workspace_name
    prefix = f"{ws}/general/tree/"
    assert fs.find(f"{base}/tree") == [
        prefix + n for n in ("a.csv", "b.csv", "sub/c.csv", "sub/deeper/d.txt")
    ]
    assert fs.glob(f"{base}/tree/*.csv") == [prefix + "a.csv", prefix + "b.csv"]
    assert fs.glob(f"{base}/tree/**/*.csv") == [prefix + n for n in ("a.csv", "b.csv", "sub/c.csv")]
    assert prefix + "sub/deeper" in fs.find(f"{base}/tree", withdirs=True)
    detail = fs.find(f"{base}/tree", detail=True)
    assert detail[prefix + "sub/c.csv"]["size"] == len("sub/c.csv")


def test_random_access_reads_cost_ranges_not_the_whole_file(
    fs: TileDBFileSystem, base: str, server: FakeServer
) -> None:
    content = data(6_000_000, seed=1)
    fs.pipe(f"{base}/big.bin", content)
    server.clear_requests()
    with fs.open(f"{base}/big.bin", "rb", block_size=65536) as f:
        f.seek(4_000_000)
        assert f.read(1000) == content[4_000_000:4_001_000]
        f.seek(100)
        assert f.read(10) == content[100:110]
        f.seek(-5, 2)
        assert f.read() == content[-5:]
    served = served_bytes(server, "/big.bin", len(content))
    assert served < 4 * 65536 + 2000
    assert all(r.headers.get("range") for r in server.requests if r.method == "GET" and "big.bin" in r.path)


def test_sequential_reads_read_ahead(fs: TileDBFileSystem, base: str, server: FakeServer) -> None:
    content = data(300_000, seed=2)
    fs.pipe(f"{base}/seq.bin", content)
    server.clear_requests()
    out = bytearray()
    with fs.open(f"{base}/seq.bin", "rb", block_size=100_000) as f:
        while chunk := f.read(1000):
            out += chunk
    assert bytes(out) == content
    gets = [r for r in server.requests if r.method == "GET" and "seq.bin" in r.path]
    assert len(gets) <= 4  # one per block, not one per read()


def test_cat_file_with_ranges(fs: TileDBFileSystem, base: str) -> None:
    content = data(10_000, seed=3)
    fs.pipe(f"{base}/r.bin", content)
    assert fs.cat_file(f"{base}/r.bin") == content
    assert fs.cat_file(f"{base}/r.bin", start=10, end=20) == content[10:20]
    assert fs.cat_file(f"{base}/r.bin", start=-100) == content[-100:]
    assert fs.cat_file(f"{base}/r.bin", start=9_990, end=20_000) == content[9_990:]
    assert fs.cat_file(f"{base}/r.bin", start=20_000) == b""
    assert fs.cat([f"{base}/r.bin"]) == {f"{base}/r.bin": content} or len(fs.cat([f"{base}/r.bin"])) == 1


def test_a_file_replaced_while_read_is_noticed(fs: TileDBFileSystem, base: str) -> None:
    fs.pipe(f"{base}/moving.bin", data(200_000, seed=4))
    with fs.open(f"{base}/moving.bin", "rb", block_size=50_000, cache_type="none") as f:
        f.read(10)
        fs.pipe(f"{base}/moving.bin", data(200_000, seed=5))
        with pytest.raises(Exception, match="changed on the server"):
            f.seek(150_000)
            f.read(10)


def test_writes_stream_as_multipart_parts(fs: TileDBFileSystem, base: str, server: FakeServer) -> None:
    block = 5 * 2**20
    pieces = [data(block // 2, seed=s) for s in range(5)]  # 2.5 blocks in half-block writes
    server.clear_requests()
    with fs.open(f"{base}/out/streamed.bin", "wb", block_size=block) as f:
        for number, piece in enumerate(pieces):
            f.write(piece)
            parts = [r for r in server.requests if r.method == "PUT" and "partNumber" in r.query_string]
            # A part leaves as soon as a block is full: never the whole file in memory.
            assert len(parts) == (number + 1) // 2
    assert server.files.read("out/streamed.bin") == b"".join(pieces)
    assert server.files.open_uploads == []
    assert fs.info(f"{base}/out/streamed.bin")["size"] == sum(map(len, pieces))


def test_a_small_write_is_one_put(fs: TileDBFileSystem, base: str, server: FakeServer) -> None:
    server.clear_requests()
    with fs.open(f"{base}/small.txt", "wb") as f:
        f.write(b"small")
    puts = [r for r in server.requests if r.method in ("PUT", "POST") and "small.txt" in r.path]
    assert [(r.method, r.query_string) for r in puts] == [("PUT", "")]
    assert fs.cat(f"{base}/small.txt") == b"small"


def test_an_exception_in_the_with_block_leaves_no_file_and_no_open_upload(
    fs: TileDBFileSystem, base: str, server: FakeServer
) -> None:
    block = 5 * 2**20
    with pytest.raises(RuntimeError), fs.open(f"{base}/broken.bin", "wb", block_size=block) as f:
        f.write(data(block + 10))
        assert [r for r in server.requests if "partNumber" in r.query_string]
        raise RuntimeError("stop")
    assert server.files.open_uploads == []
    assert not fs.exists(f"{base}/broken.bin")
    with pytest.raises(RuntimeError), fs.open(f"{base}/broken-small.bin", "wb") as f:
        f.write(b"x")
        raise RuntimeError("stop")
    assert not fs.exists(f"{base}/broken-small.bin")


def test_put_and_get_recursive(fs: TileDBFileSystem, base: str, tmp_path: Path, server: FakeServer) -> None:
    src = tmp_path / "src"
    (src / "inner").mkdir(parents=True)
    (src / "a.txt").write_bytes(b"a")
    (src / "inner" / "b.bin").write_bytes(data(9_000_000, seed=6))  # multipart
    fs.put(str(src), f"{base}/up", recursive=True)
    assert server.files.read("up/inner/b.bin") == (src / "inner" / "b.bin").read_bytes()
    assert fs.cat(f"{base}/up/a.txt") == b"a"
    out = tmp_path / "out"
    fs.get(f"{base}/up", str(out), recursive=True)
    assert (out / "a.txt").read_bytes() == b"a"
    assert (out / "inner" / "b.bin").read_bytes() == (src / "inner" / "b.bin").read_bytes()
    fs.put_file(str(src / "a.txt"), f"{base}/single.txt")
    fs.get_file(f"{base}/single.txt", str(tmp_path / "single.txt"))
    assert (tmp_path / "single.txt").read_bytes() == b"a"


def test_rm_and_rm_recursive(fs: TileDBFileSystem, base: str) -> None:
    fs.pipe(f"{base}/gone/x.txt", b"x")
    fs.pipe(f"{base}/gone/sub/y.txt", b"y")
    with pytest.raises(IsADirectoryError):
        fs.rm(f"{base}/gone")
    fs.rm(f"{base}/gone/x.txt")
    assert not fs.exists(f"{base}/gone/x.txt")
    fs.rm(f"{base}/gone", recursive=True)
    assert not fs.exists(f"{base}/gone")
    with pytest.raises(FileNotFoundError):
        fs.rm(f"{base}/gone/sub/y.txt")


def test_mv_file_and_folder(fs: TileDBFileSystem, base: str, server: FakeServer) -> None:
    fs.pipe(f"{base}/m/a.txt", b"a")
    fs.pipe(f"{base}/m/dir/b.txt", b"b")
    server.clear_requests()
    fs.mv(f"{base}/m/a.txt", f"{base}/m/renamed.txt")
    assert [r.method for r in server.requests if r.method == "PATCH"] == ["PATCH"]
    assert not [r for r in server.requests if r.method == "PUT"]  # renamed, not copied
    assert fs.cat(f"{base}/m/renamed.txt") == b"a" and not fs.exists(f"{base}/m/a.txt")
    fs.mkdir(f"{base}/other")
    fs.mv(f"{base}/m/dir", f"{base}/other/moved")
    assert fs.cat(f"{base}/other/moved/b.txt") == b"b"
    assert not fs.exists(f"{base}/m/dir")
    fs.mv(f"{base}/m/renamed.txt", f"{base}/other")  # into an existing folder
    assert fs.cat(f"{base}/other/renamed.txt") == b"a"


def test_mkdir_and_makedirs(fs: TileDBFileSystem, base: str) -> None:
    with pytest.raises(FileNotFoundError):
        fs.mkdir(f"{base}/p/q", create_parents=False)
    fs.mkdir(f"{base}/p/q")
    assert fs.isdir(f"{base}/p") and fs.isdir(f"{base}/p/q")
    with pytest.raises(FileExistsError):
        fs.makedirs(f"{base}/p/q")
    fs.makedirs(f"{base}/p/q", exist_ok=True)
    fs.makedirs(f"{base}/p/q/r/s", exist_ok=True)
    assert fs.isdir(f"{base}/p/q/r/s")


def test_the_listing_cache_is_used_and_writes_invalidate_it(
    fs: TileDBFileSystem, base: str, server: FakeServer
) -> None:
    fs.pipe(f"{base}/c/one.txt", b"1")
    fs.ls(f"{base}/c")
    server.clear_requests()
    fs.ls(f"{base}/c")
    fs.info(f"{base}/c/one.txt")
    assert server.requests == []  # served from the cache
    for write in (
        lambda: fs.pipe(f"{base}/c/two.txt", b"2"),
        lambda: fs.rm(f"{base}/c/one.txt"),
        lambda: fs.mkdir(f"{base}/c/sub"),
        lambda: fs.mv(f"{base}/c/two.txt", f"{base}/c/three.txt"),
    ):
        write()
        assert sorted(fs.ls(f"{base}/c", detail=False)) == sorted(
            fs.ls(f"{base}/c", detail=False, refresh=True)
        )
    assert sorted(n.rpartition("/")[2] for n in fs.ls(f"{base}/c", detail=False)) == ["sub", "three.txt"]


def test_credentials_never_show_but_travel_in_the_pickle(fs: TileDBFileSystem, server: FakeServer) -> None:
    from tiledb.client._session import session as _session

    token = server.token
    assert token not in repr(fs) and token not in str(fs.storage_options)
    blob = pickle.dumps(fs)
    clone = pickle.loads(blob)
    assert token not in repr(clone) and token not in repr(clone.storage_options)
    # In a process without a session (a worker) the pickled filesystem brings its own, and
    # uses it without making it the process's session.
    _session.swap_session(None)
    TileDBFileSystem.clear_instance_cache()
    worker_side = pickle.loads(blob)
    assert worker_side.ls(f"tiledb://{server.workspace_name}/general", detail=False)
    assert _session.peek_session() is None


def test_a_profile_in_storage_options(server: FakeServer, tmp_path: Path) -> None:
    from tiledb.client import configure
    from tiledb.client._session import session as _session

    profiles = str(tmp_path / "other-profiles")
    configure(token=server.token, host=server.url, profile_name="data", profile_dir=profiles)
    _session.swap_session(None)
    fs = fsspec.filesystem("tiledb", profile_name="data", profile_dir=profiles)
    assert "data" in repr(fs)
    assert fs.exists(f"tiledb://{server.workspace_name}/general/README.md")
    state = pickle.dumps(fs)
    assert server.token.encode() not in state  # a profile travels by name, not by token
    _session.swap_session(None)
    TileDBFileSystem.clear_instance_cache()
    assert pickle.loads(state).exists(f"tiledb://{server.workspace_name}/general/README.md")


def test_importing_tiledb_client_does_not_import_fsspec() -> None:
    import subprocess
    import sys

    code = "import sys, tiledb.client, tiledb.client.files; print('fsspec' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
