"""The established client's docstring examples (its v4 modules), in its spelling, against the fake server.

Each test does what one of its examples does, with the names the example uses (teamspace
``"teamspace"``, folders ``folder1/folder2``, credential ``cred1`` ...) seeded first.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy
import pytest

import tiledb
import tiledb.client
from tiledb.client.testing import FakeServer


@pytest.fixture
def ts(hl: FakeServer) -> FakeServer:
    """The fake server with a teamspace named ``teamspace`` (the examples' name)."""
    hl.add_teamspace(hl.workspace_id, "teamspace")
    return hl


def test_assets_examples(ts: FakeServer) -> None:
    from tiledb.client import assets

    ts.add_assets(teamspace="teamspace", n=2, path="folder1/folder2")
    ts.add_assets(teamspace="teamspace", n=1, path="path/to", prefix="asset")
    listed = assets.list_assets("folder1/folder2", teamspace="teamspace")
    assert [a.name for a in listed] == ["array_00001", "array_00002"]
    assert all(a.type == assets.AssetType.ARRAY for a in listed)

    asset = assets.get_asset("path/to/asset00001", teamspace="teamspace")
    assert asset.path.strip("/") == "path/to/asset00001"
    same = assets.get_asset(f"tiledb://{ts.workspace_name}/teamspace/path/to/asset00001")
    assert same.id == asset.id

    assets.update_metadata(
        "path/to/asset00001",
        {"field1": "another string", "field2": numpy.float64(4.2)},
        teamspace="teamspace",
    )
    metadata = assets.get_metadata("path/to/asset00001", teamspace="teamspace")
    assert metadata["field1"] == "another string" and metadata["field2"] == 4.2
    assets.delete_metadata("path/to/asset00001", ["field1"], teamspace="teamspace")
    assert "field1" not in assets.get_metadata("path/to/asset00001", teamspace="teamspace")

    assets.update_asset("path/to/asset00001", teamspace="teamspace", description="new description")
    assert assets.get_asset("path/to/asset00001", teamspace="teamspace").description == "new description"


def test_assets_rename_move_search_delete_examples(ts: FakeServer) -> None:
    from tiledb.client import assets, folders

    ts.add_assets(teamspace="teamspace", n=1, path="folder1", prefix="asset")
    assets.rename_asset("folder1/asset00001", "asset-one", teamspace="teamspace")
    assert ts.asset("folder1/asset-one", teamspace="teamspace") is not None

    ts.add_assets(teamspace="teamspace", n=1, prefix="asset")
    folders.create_folder("folder", teamspace="teamspace")
    assets.move_assets("/asset00001", "/folder", teamspace="teamspace")
    assert ts.asset("folder/asset00001", teamspace="teamspace") is not None

    # Its example filters on "created_by=user1"; the fake server searches name, path, description, type.
    found = assets.search_assets(query="asset", fields=["name"], path="folder", teamspace="teamspace")
    assert "asset00001" in [a.name for a in found]

    assets.delete_asset("folder/asset00001", teamspace="teamspace")
    assert ts.asset("folder/asset00001", teamspace="teamspace") is None


def test_register_asset_example(ts: FakeServer) -> None:
    from tiledb.client import assets, folders

    ts.add_credential("bucket-credentials")
    folders.create_folder("objects", teamspace="teamspace")
    assets.register_asset(
        "s3://bucket/prefix/example1", "objects", teamspace="teamspace", acn="bucket-credentials"
    )
    assert [a.name for a in assets.list_assets("objects", teamspace="teamspace")]


def test_folders_examples(ts: FakeServer) -> None:
    from tiledb.client import folders

    folders.create_folder("folder1", teamspace="teamspace", description="Folder One")
    folders.create_folder("folder1/folder2", teamspace="teamspace")
    folders.create_folder(f"tiledb://{ts.workspace_name}/teamspace/folder1/folder3")
    folder = folders.get_folder("folder1", teamspace="teamspace")
    assert folder.description == "Folder One"
    names = sorted(a.name for a in folders.list_folder_contents("folder1", teamspace="teamspace"))
    assert names == ["folder2", "folder3"]


def test_files_examples(ts: FakeServer, tmp_path: Path) -> None:
    from tiledb.client import files, folders

    readme = tmp_path / "README.md"
    readme.write_bytes(b"# Read me\n")
    folders.create_folder("files", teamspace="teamspace")
    with open(readme, "rb") as source:
        files.upload_file(source, "files", teamspace="teamspace", content_type="text/markdown")
    out = io.BytesIO()
    files.download_file("files/README.md", out, teamspace="teamspace")
    assert out.getvalue() == b"# Read me\n"

    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "sub" / "a.txt").write_bytes(b"a")
    files.upload_tree(tree, "files", teamspace="teamspace")


def test_teamspaces_examples(hl: FakeServer) -> None:
    from tiledb.client import teamspaces
    from tiledb.client.teamspaces import TeamspaceRole

    made = teamspaces.create_teamspace("teamspace1", description="Teamspace One", visibility="private")
    assert made.teamspace_role == TeamspaceRole.OWNER
    assert teamspaces.get_teamspace("teamspace1").description == "Teamspace One"
    mine = teamspaces.list_teamspaces(memberships=True)
    assert "teamspace1" in [t.name for t in mine]
    ordered = teamspaces.list_teamspaces(memberships=False, order_by="name", order="asc")
    assert [t.name for t in ordered] == sorted(t.name for t in ordered)

    user_id = hl.add_user("bob", "bob-password", workspace=hl.workspace_id)
    teamspaces.add_teamspace_members("teamspace1", [(user_id, TeamspaceRole.VIEWER)])
    teamspaces.update_teamspace_member_roles("teamspace1", [(user_id, TeamspaceRole.EDITOR)])
    assert teamspaces.get_teamspace_user("teamspace1", user_id).role == TeamspaceRole.EDITOR
    members = teamspaces.list_teamspace_members("teamspace1")
    assert user_id in [m.user_id for m in members]
    teamspaces.remove_teamspace_members("teamspace1", [user_id])
    assert user_id not in [m.user_id for m in teamspaces.list_teamspace_members("teamspace1")]

    teamspaces.delete_teamspace("teamspace1")
    assert "teamspace1" not in [t.name for t in teamspaces.list_teamspaces()]
    teamspaces.delete_all_teamspaces()
    assert teamspaces.list_teamspaces() == []


def test_tokens_examples(hl: FakeServer) -> None:
    from tiledb.client.tokens import TokenScope, create_token, list_tokens, revoke_token

    token = create_token("api-token", TokenScope._)
    assert token.scope == "*"
    assert "api-token" in [t.name for t in list_tokens("api")]
    revoke_token(token)
    assert "api-token" not in [t.name for t in list_tokens("api")]


def test_users_examples(hl: FakeServer) -> None:
    from tiledb.client import users

    user1 = users.create_user(email="user1@example.com", username="user1", password="a-Password-1")
    assert users.get_user("user1").id == user1.id
    users.update_user(user1, email="other@example.com")
    assert users.get_user(user1).email == "other@example.com"
    users.delete_user(user1)
    with pytest.raises(users.UsersError):
        users.get_user(user1.id)


def test_workspaces_examples(hl: FakeServer) -> None:
    from tiledb.client import workspaces
    from tiledb.client.workspaces import WorkspaceRole

    user_id = hl.add_user("carol", "carol-password")
    workspaces.add_workspace_member(user_id, role=WorkspaceRole.ADMIN)
    assert user_id in [m.user_id for m in workspaces.list_workspace_members()]
    workspaces.update_workspace_member_role(user_id, WorkspaceRole.MEMBER)
    assert workspaces.get_workspace_user(user=user_id).role == WorkspaceRole.MEMBER
    workspaces.remove_workspace_member(user_id)
    assert user_id not in [m.user_id for m in workspaces.list_workspace_members()]


def test_storagesettings_examples(ts: FakeServer) -> None:
    from tiledb.client import storagesettings

    ts.add_credential("cred1")
    setting = storagesettings.create_storage_setting(
        name="setting1",
        is_default=True,
        path="s3://bucket/prefix",
        credentials_name="cred1",
        teamspace="teamspace",
    )
    assert storagesettings.get_storage_setting("setting1", teamspace="teamspace").path == "s3://bucket/prefix"
    storagesettings.update_storage_setting("setting1", path="s3://bucket/other", teamspace="teamspace")
    assert storagesettings.get_storage_setting(setting, teamspace="teamspace").path == "s3://bucket/other"
    storagesettings.delete_storage_setting("setting1", teamspace="teamspace")
    assert "setting1" not in [s.name for s in storagesettings.list_storage_settings(teamspace="teamspace")]


def test_credentials_examples(ts: FakeServer) -> None:
    from tiledb.client.credentials import (
        AccessCredentialRole,
        AWSCredential,
        AWSRole,
        Credential,
        create_credential,
        get_credential,
        list_credentials,
        update_credential,
        verify_credential,
    )

    create_credential(
        "cred1",
        "AWS",
        teamspace="teamspace",
        role=AccessCredentialRole(aws=AWSRole(role_arn="arn:aws:iam::123:role/r", external_id="ext-1")),
    )
    assert get_credential("cred1", teamspace="teamspace").role.aws.role_arn == "arn:aws:iam::123:role/r"
    update_credential(
        "cred1",
        teamspace="teamspace",
        credential=Credential(AWSCredential(access_key_id="AKIA...", secret_access_key="secret")),
    )
    assert "cred1" in [c.name for c in list_credentials(teamspace="teamspace")]
    verify_credential(
        "cred1",
        "AWS",
        teamspace="teamspace",
        credential=Credential(AWSCredential(access_key_id="AKIA...", secret_access_key="secret")),
    )


def test_client_examples(server: FakeServer) -> None:
    tiledb.client.configure(token=server.token, workspace=server.workspace_name, host=server.url)
    tiledb.client.login()
    assert tiledb.client.Ctx().config()["rest.workspace"] in (server.workspace_name, server.workspace_id)
    assert tiledb.client.get_user().username == server.username
