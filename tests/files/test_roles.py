"""The fake server checks teamspace roles on ``/v4/files`` as on the asset endpoints: a viewer reads
and may not write (403), a non-member of a private teamspace does not find it (404)."""

from __future__ import annotations

import pytest

import tiledb.client as tc
from tiledb.client import files
from tiledb.client.testing import FakeServer
from tiledb.client.testing.state import Member


def _login_as(server: FakeServer, username: str, monkeypatch: pytest.MonkeyPatch) -> None:
    token = server.add_token(username, server.workspace_id, name=f"{username}-token")
    monkeypatch.setenv("TILEDB_REST_SERVER_ADDRESS", server.url)
    monkeypatch.setenv("TILEDB_REST_TOKEN", token)
    tc.login()


def _status(call: object) -> int | None:
    with pytest.raises(files.FilesError) as caught:
        call()  # type: ignore[operator]
    return caught.value.status_code


def test_a_viewer_reads_but_may_not_upload_move_or_delete(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    files.upload_file(b"kept", "kept.txt", teamspace="general")
    user_id = server.add_user("bob", "bob-password", role="member", workspace=server.workspace_id)
    with server.state.lock:
        server.state.teamspaces[server.teamspace_id].members[user_id] = Member(user_id, "viewer", user_id)
    _login_as(server, "bob", monkeypatch)
    assert [e.name for e in files.list_files("", teamspace="general")]
    out = bytearray()
    files.download_file("kept.txt", _Sink(out), teamspace="general")
    assert bytes(out) == b"kept"
    assert _status(lambda: files.upload_file(b"new", "new.txt", teamspace="general")) == 403
    assert _status(lambda: files.upload_file(b"x" * 9_000_000, "big.bin", teamspace="general")) == 403
    from tiledb.client._transfer.ops import move, target_of

    source = target_of(f"{server.workspace_name}/general/kept.txt")
    dest = target_of(f"{server.workspace_name}/general/moved.txt")
    assert _status(lambda: move(source, dest, "file")) == 403
    assert _status(lambda: files.delete("kept.txt", teamspace="general")) == 403
    assert server.files.read("kept.txt") == b"kept"
    assert server.asset("new.txt") is None and server.asset("big.bin") is None
    assert server.files.open_uploads == []


def test_a_non_member_of_a_private_teamspace_does_not_find_it(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.add_teamspace(server.workspace_id, "secret")
    server.add_user("carol", "carol-password", role="member", workspace=server.workspace_id)
    _login_as(server, "carol", monkeypatch)
    assert _status(lambda: files.list_files("", teamspace="secret")) == 404
    from tiledb.client._transfer.remote import http
    from tiledb.client._transfer.target import Target

    answer = http().put(Target(server.workspace_name, "secret", "x.txt").url(), content=b"x")
    assert answer.status_code == 404
    assert server.asset("x.txt", teamspace="secret") is None


class _Sink:
    """A binary file object writing into a bytearray."""

    def __init__(self, out: bytearray) -> None:
        self.out = out

    def write(self, data: bytes) -> int:
        self.out += data
        return len(data)
