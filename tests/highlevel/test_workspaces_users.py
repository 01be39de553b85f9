"""tiledb.client.workspaces and tiledb.client.users against the fake server."""

from __future__ import annotations

import pytest

from tiledb.client import users, workspaces
from tiledb.client.testing import FakeServer

from .conftest import AsUser


# --------------------------------------------------------------- workspaces
def test_get_workspace_by_default_name_id_object(hl: FakeServer) -> None:
    mine = workspaces.get_workspace()
    assert (mine.workspace_id, mine.name) == (hl.workspace_id, hl.workspace_name)
    assert workspaces.get_workspace(hl.workspace_name).workspace_id == hl.workspace_id
    assert workspaces.get_workspace(mine).name == hl.workspace_name
    with pytest.raises(workspaces.WorkspacesError) as caught:
        workspaces.get_workspace("nowhere")
    assert caught.value.status_code == 403  # the session's token is bound to its own workspace
    assert "not valid for that workspace" in str(caught.value)


def test_workspace_user_defaults_to_the_session_user(hl: FakeServer) -> None:
    me = workspaces.get_workspace_user()
    assert (me.username, str(me.role)) == ("alice", "owner")
    assert workspaces.get_workspace_user(hl.workspace_name, "alice").user_id == hl.user_id


def test_members(hl: FakeServer) -> None:
    bob = users.get_user(hl.add_user("bob", "pw"))
    added = workspaces.add_workspace_member(bob)
    assert (added.username, str(added.role)) == ("bob", "member")
    members = workspaces.list_workspace_members(per_page=1)
    assert len(members) == 2 and [m.username for m in members] == ["alice", "bob"]
    assert [m.username for m in workspaces.list_workspace_members(query="bo")] == ["bob"]
    workspaces.update_workspace_member_role(added, "admin")
    assert str(workspaces.get_workspace_user(user="bob").role) == "admin"
    workspaces.remove_workspace_member("bob")
    with pytest.raises(workspaces.WorkspacesError) as caught:
        workspaces.get_workspace_user(user=bob)
    assert caught.value.status_code == 404
    with pytest.raises(workspaces.WorkspacesError) as again:
        workspaces.remove_workspace_member("bob")
    assert again.value.status_code == 404


def test_member_role_cannot_manage_the_workspace(hl: FakeServer, bob: str, as_user: AsUser) -> None:
    hl.add_user("carol", "pw")
    as_user("bob")
    calls = [
        lambda: workspaces.add_workspace_member("carol"),
        lambda: workspaces.update_workspace_member_role("alice", "member"),
        lambda: workspaces.remove_workspace_member("alice"),
        lambda: workspaces.update_workspace(description="mine"),
        lambda: workspaces.delete_workspace(hl.workspace_id),
    ]
    for call in calls:
        with pytest.raises(workspaces.WorkspacesError) as caught:
            call()
        assert caught.value.status_code == 403


def test_create_update_delete_workspace(hl: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import tiledb.client as tc

    # A token without a workspace may act on any workspace its user belongs to.
    monkeypatch.setenv("TILEDB_REST_TOKEN", hl.add_token())
    monkeypatch.setenv("TILEDB_REST_WORKSPACE", hl.workspace_id)
    tc.login()
    created = workspaces.create_workspace(
        "lab",
        credential={"name": "lab-aws", "provider": "AWS"},
        storage_setting={
            "name": "lab",
            "is_default": True,
            "path": "s3://b/lab",
            "credentials_name": "lab-aws",
        },
        description="a lab",
    )
    assert (created.name, created.description) == ("lab", "a lab")
    renamed = workspaces.update_workspace("lab", name="lab2")
    assert renamed.workspace_id == created.workspace_id and renamed.name == "lab2"
    described = workspaces.update_workspace(created, description="words")
    assert described.description == "words"
    workspaces.delete_workspace("lab2")
    with pytest.raises(workspaces.WorkspacesError) as caught:
        workspaces.get_workspace(created.workspace_id)
    assert caught.value.status_code == 404


def test_workspace_bad_input(hl: FakeServer) -> None:
    hl.clear_requests()
    for call in (
        lambda: workspaces.add_workspace_member("bob", role="boss"),
        lambda: workspaces.update_workspace_member_role("bob", "viewer"),
        lambda: workspaces.update_workspace(),
        lambda: workspaces.delete_workspace(None),
        lambda: workspaces.get_workspace("ts_123"),
        lambda: workspaces.create_workspace("a/b", credential={}, storage_setting={}),
    ):
        with pytest.raises(ValueError):
            call()
    with pytest.raises(TypeError):
        workspaces.create_workspace("w", credential=1, storage_setting=2)
    assert hl.requests == []


# -------------------------------------------------------------------- users
def test_get_user_and_id(hl: FakeServer) -> None:
    alice = users.get_user("alice")
    assert alice.id == hl.user_id
    assert users.get_user(hl.user_id).username == "alice"
    assert users.get_user(alice).username == "alice"
    member = workspaces.get_workspace_user()
    assert users.get_user(member).id == hl.user_id
    assert (
        users.get_user_id(alice) == users.get_user_id(member) == users.get_user_id(hl.user_id) == hl.user_id
    )
    with pytest.raises(ValueError, match="usr_"):
        users.get_user_id("alice")
    with pytest.raises(users.UsersError) as caught:
        users.get_user("nobody")
    assert caught.value.status_code == 404


def test_create_update_delete_user(hl: FakeServer) -> None:
    created = users.create_user(email="e@x.org", username="erin", password="s3cret-pw", display_name="Erin")
    assert (created.username, created.display_name, created.is_valid_email) == ("erin", "Erin", False)
    assert hl.state.user("erin").password == "s3cret-pw"  # type: ignore[union-attr]
    updated = users.update_user("erin", display_name="E.", timezone="Europe/Paris")
    assert (updated.display_name, updated.timezone) == ("E.", "Europe/Paris")
    users.delete_user(created)
    with pytest.raises(users.UsersError) as caught:
        users.get_user("erin")
    assert caught.value.status_code == 404
    with pytest.raises(users.UsersError) as clash:
        users.create_user(email="a@x.org", username="alice", password="pw")
    assert clash.value.status_code == 409


def test_a_member_may_not_update_others(hl: FakeServer, bob: str, as_user: AsUser) -> None:
    as_user("bob")
    assert users.update_user("bob", display_name="Bobby").display_name == "Bobby"
    for call in (
        lambda: users.update_user("alice", display_name="x"),
        lambda: users.update_user("bob", role="owner"),
        lambda: users.delete_user("alice"),
    ):
        with pytest.raises(users.UsersError) as caught:
            call()
        assert caught.value.status_code == 403


def test_password_change_and_reset(hl: FakeServer) -> None:
    with pytest.raises(users.UsersError) as wrong:
        users.change_password("not-it", "new-pw-1")
    assert wrong.value.status_code == 403
    assert "not-it" not in str(wrong.value) and "new-pw-1" not in str(wrong.value)
    users.change_password(hl.password, "new-pw-1")
    assert hl.state.user("alice").password == "new-pw-1"  # type: ignore[union-attr]
    users.request_password_reset("alice@example.com")
    mailed = next(t for t in hl.state.tokens.values() if t.scope == "password_reset")
    users.reset_password(mailed.api_key, "new-pw-2")
    assert hl.state.user("alice").password == "new-pw-2"  # type: ignore[union-attr]
    with pytest.raises(users.UsersError) as used:
        users.reset_password(mailed.api_key, "new-pw-3")  # one use only
    assert used.value.status_code == 401
    assert mailed.api_key not in str(used.value)
    users.request_password_reset("nobody")  # answered the same: no account enumeration


def test_email_confirmation(hl: FakeServer) -> None:
    users.create_user(email="f@x.org", username="frank", password="pw-frank")
    users.request_email_confirmation("frank")
    mailed = next(t for t in hl.state.tokens.values() if t.scope == "confirm_email")
    users.confirm_email(mailed.api_key)
    assert users.get_user("frank").is_valid_email is True


def test_users_bad_input(hl: FakeServer) -> None:
    hl.clear_requests()
    for call in (
        lambda: users.create_user(email="", username="x", password="pw"),
        lambda: users.create_user(email="a@b", username="x", password=""),
        lambda: users.update_user("alice"),
        lambda: users.update_user("alice", role="god"),
        lambda: users.change_password("", "x"),
        lambda: users.request_password_reset(""),
        lambda: users.reset_password("", "x"),
        lambda: users.get_user(""),
        lambda: users.get_user("ts_abc"),
    ):
        with pytest.raises(ValueError) as caught:
            call()
        assert "pw" not in str(caught.value)
    assert hl.requests == []
