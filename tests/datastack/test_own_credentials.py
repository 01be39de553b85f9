"""A filesystem opened with a profile or a token sends those credentials on every request, whatever
the process's current session is or other filesystems use; its repr and its pickle agree."""

from __future__ import annotations

import pickle
from pathlib import Path
from urllib.parse import unquote

from tiledb.client.fsspec import TileDBFileSystem
from tiledb.client.testing import FakeServer


def _keys_sent(server: FakeServer, part: str) -> set[str | None]:
    return {r.headers.get("x-tiledb-rest-api-key") for r in server.requests if part in unquote(r.path)}


def test_two_filesystems_with_two_profiles_each_send_their_own(server: FakeServer, tmp_path: Path) -> None:
    from tiledb.client import configure

    other = server.add_token(workspace_id=server.workspace_id, name="second-token")
    profiles = str(tmp_path / "fs-profiles")
    configure(token=server.token, host=server.url, profile_name="first", profile_dir=profiles)
    configure(token=other, host=server.url, profile_name="second", profile_dir=profiles)
    first = TileDBFileSystem(profile_name="first", profile_dir=profiles)
    second = TileDBFileSystem(profile_name="second", profile_dir=profiles)
    assert "first" in repr(first) and "second" in repr(second)
    base = f"tiledb://{server.workspace_name}/general"
    server.clear_requests()
    first.pipe(f"{base}/one.txt", b"1")
    assert _keys_sent(server, "one.txt") == {server.token}
    server.clear_requests()
    second.pipe(f"{base}/two.txt", b"2")
    assert _keys_sent(server, "two.txt") == {other}
    server.clear_requests()
    first.cat(f"{base}/two.txt")
    assert _keys_sent(server, "two.txt") == {server.token}


def test_a_token_in_storage_options_is_used_hidden_and_travels(server: FakeServer) -> None:
    other = server.add_token(workspace_id=server.workspace_id, name="fs-token")
    fs = TileDBFileSystem(token=other, host=server.url)
    assert other not in repr(fs) and other not in repr(fs.storage_options) and other not in str(vars(fs))
    base = f"tiledb://{server.workspace_name}/general"
    server.clear_requests()
    fs.pipe(f"{base}/t.txt", b"t")
    assert _keys_sent(server, "t.txt") == {other}
    TileDBFileSystem.clear_instance_cache()
    clone = pickle.loads(pickle.dumps(fs))
    assert other not in repr(clone)
    server.clear_requests()
    assert clone.cat(f"{base}/t.txt") == b"t"
    assert _keys_sent(server, "t.txt") == {other}


def test_the_current_session_filesystem_follows_the_current_session(
    fs: TileDBFileSystem, server: FakeServer
) -> None:
    base = f"tiledb://{server.workspace_name}/general"
    server.clear_requests()
    fs.pipe(f"{base}/c.txt", b"c")
    assert _keys_sent(server, "c.txt") == {server.token}
    assert repr(fs) == "<TileDBFileSystem using the current session>"
