"""tiledb.client.teamspaces against the fake server."""

from __future__ import annotations

import pytest
from tiledb.client.rest_api.models import TeamspaceRole

from tiledb.client import assets, teamspaces, users
from tiledb.client.testing import FakeServer

from .conftest import AsUser


def test_create_get_list_update_delete(hl: FakeServer) -> None:
    created = teamspaces.create_teamspace("science", description="lab", visibility="public")
    assert (created.name, created.description, str(created.visibility)) == ("science", "lab", "public")
    assert teamspaces.get_teamspace("science").teamspace_id == created.teamspace_id
    assert teamspaces.get_teamspace(created.teamspace_id).name == "science"
    assert teamspaces.get_teamspace(created).name == "science"
    listed = teamspaces.list_teamspaces()
    assert isinstance(listed, list) and [t.name for t in listed] == ["general", "science"]
    updated = teamspaces.update_teamspace("science", name="physics", visibility="private")
    assert (updated.name, str(updated.visibility)) == ("physics", "private")
    by_id = teamspaces.update_teamspace(created.teamspace_id, description="new")
    assert by_id.description == "new"
    teamspaces.delete_teamspace("physics", delete_assets=True)
    with pytest.raises(teamspaces.TeamspacesError) as caught:
        teamspaces.get_teamspace("physics")
    assert caught.value.status_code == 404
    with pytest.raises(teamspaces.TeamspacesError) as clash:
        teamspaces.create_teamspace("general")
    assert clash.value.status_code == 409


def test_memberships_filter(hl: FakeServer, bob: str, as_user: AsUser) -> None:
    hl.add_teamspace(hl.workspace_id, "private-one")
    as_user("bob")
    assert [t.name for t in teamspaces.list_teamspaces(memberships=True)] == ["general"]
    assert len(teamspaces.list_teamspaces()) == 2


def test_members_add_list_update_remove(hl: FakeServer) -> None:
    bob = hl.add_user("bob", "pw", workspace=hl.workspace_id)
    carol = users.get_user(hl.add_user("carol", "pw", workspace=hl.workspace_id))
    added = teamspaces.add_teamspace_members("general", [("bob", "viewer"), (carol, TeamspaceRole.EDITOR)])
    assert {(m.username, str(m.role)) for m in added} == {("bob", "viewer"), ("carol", "editor")}
    members = teamspaces.list_teamspace_members("general", per_page=1)
    assert len(members) == 3 and {m.username for m in members} == {"alice", "bob", "carol"}
    assert [m.username for m in teamspaces.list_teamspace_members("general", query="car")] == ["carol"]
    member = teamspaces.get_teamspace_user("general", bob)
    assert str(member.role) == "viewer"
    teamspaces.update_teamspace_member_roles("general", [(member, "editor")])
    assert str(teamspaces.get_teamspace_user("general", "bob").role) == "editor"
    teamspaces.remove_teamspace_members("general", [bob, carol])
    assert [m.username for m in teamspaces.list_teamspace_members("general")] == ["alice"]
    with pytest.raises(teamspaces.TeamspacesError) as caught:
        teamspaces.get_teamspace_user("general", "bob")
    assert caught.value.status_code == 404
    with pytest.raises(teamspaces.TeamspacesError) as unknown:
        teamspaces.update_teamspace_member_roles("general", [("bob", "viewer")])
    assert unknown.value.status_code == 404


def test_member_without_the_role_gets_403(hl: FakeServer, bob: str, as_user: AsUser) -> None:
    hl.add_user("dave", "pw", workspace=hl.workspace_id)
    as_user("bob")  # viewer of general
    calls = [
        lambda: teamspaces.add_teamspace_members("general", [("dave", "viewer")]),
        lambda: teamspaces.update_teamspace_member_roles("general", [("bob", "owner")]),
        lambda: teamspaces.remove_teamspace_members("general", ["alice"]),
        lambda: teamspaces.update_teamspace("general", description="mine"),
        lambda: teamspaces.delete_teamspace("general"),
        lambda: teamspaces.delete_all_teamspaces(),
    ]
    for call in calls:
        with pytest.raises(teamspaces.TeamspacesError) as caught:
            call()
        assert caught.value.status_code == 403, call
    assert str(teamspaces.get_teamspace_user("general", "bob").role) == "viewer"


def test_join_and_leave(hl: FakeServer, bob: str, as_user: AsUser) -> None:
    hl.add_teamspace(hl.workspace_id, "open", visibility="public")
    hl.add_teamspace(hl.workspace_id, "closed")
    as_user("bob")
    joined = teamspaces.join_teamspace("open")
    assert (joined.username, str(joined.role)) == ("bob", "viewer")
    assert len(assets.list_assets("/", teamspace="open")) == 0
    teamspaces.leave_teamspace("open")
    with pytest.raises(teamspaces.TeamspacesError) as caught:
        teamspaces.join_teamspace("closed")
    assert caught.value.status_code == 403
    with pytest.raises(teamspaces.TeamspacesError) as not_member:
        teamspaces.leave_teamspace("closed")
    assert not_member.value.status_code == 404


def test_delete_all_teamspaces(hl: FakeServer) -> None:
    hl.add_teamspace(hl.workspace_id, "science")
    teamspaces.delete_all_teamspaces()
    assert teamspaces.list_teamspaces() == []


def test_bad_input_before_any_request(hl: FakeServer) -> None:
    hl.clear_requests()
    bad_calls = [
        lambda: teamspaces.create_teamspace(""),
        lambda: teamspaces.create_teamspace("a/b"),
        lambda: teamspaces.create_teamspace("x", visibility="secret"),
        lambda: teamspaces.get_teamspace(""),
        lambda: teamspaces.get_teamspace("usr_abc"),
        lambda: teamspaces.update_teamspace("general"),
        lambda: teamspaces.add_teamspace_members("general", [("bob", "boss")]),
        lambda: teamspaces.add_teamspace_members("general", [("bob",)]),  # type: ignore[list-item]
        lambda: teamspaces.add_teamspace_members("general", []),
        lambda: teamspaces.remove_teamspace_members("general", []),
        lambda: teamspaces.get_teamspace_user("general", "ast_123"),
    ]
    for call in bad_calls:
        with pytest.raises(ValueError):
            call()
    with pytest.raises(TypeError):
        teamspaces.get_teamspace(5)
    assert hl.requests == []
