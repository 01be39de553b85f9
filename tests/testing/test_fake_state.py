"""Stateful behaviour: users, workspaces, tokens, assets, folders, storage, recording."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest

from tiledb.client.testing import FakeServer


def test_seed(server: FakeServer) -> None:
    assert server.username == "alice"
    assert server.password == "alice-password"
    assert server.workspace_name == "alice-ws"
    assert server.workspace_id.startswith("ws_")
    prefix, middle, secret = server.token.split("-")
    assert middle == server.workspace_id
    assert prefix and secret
    assert server.asset("quickstart_dense") is not None
    assert FakeServer(seed=False).state.users == {}


def test_ids_are_deterministic(server: FakeServer) -> None:
    other = FakeServer()
    assert (other.workspace_id, other.token) == (server.workspace_id, server.token)
    assert FakeServer(id_seed=1).token != server.token


def test_self_user(client: httpx.Client, server: FakeServer) -> None:
    data = client.get("/v4/users/self").json()["data"]
    assert data["user"]["id"] == server.user_id
    (ws,) = data["workspaces"]
    assert ws["workspace_id"] == server.workspace_id
    assert ws["name"] == "alice-ws"
    assert ws["self"]["username"] == "alice"
    assert ws["self"]["role"] == "owner"


def test_workspace_by_id_or_name(client: httpx.Client, server: FakeServer) -> None:
    by_id = client.get(f"/v4/workspaces/{server.workspace_id}").json()
    by_name = client.get("/v4/workspaces/alice-ws").json()
    assert by_id == by_name
    assert by_id["data"]["created_by"]["username"] == "alice"


def test_workspace_lifecycle(basic: httpx.Client, server: FakeServer) -> None:
    body = {
        "name": "team-ws",
        "default_credential": {"name": "aws", "provider": "AWS"},
        "default_storage_setting": {
            "name": "store",
            "is_default": True,
            "path": "s3://bucket/team",
            "credentials_name": "aws",
        },
    }
    created = basic.post("/v4/workspaces", json=body)
    assert created.status_code == 201
    ws_id = created.json()["data"]["workspace_id"]
    assert basic.post("/v4/workspaces", json=body).status_code == 409
    names = [w["name"] for w in basic.get("/v4/users/self").json()["data"]["workspaces"]]
    assert names == ["alice-ws", "team-ws"]
    assert basic.get(f"/v4/teamspaces/{ws_id}/general").status_code == 200
    settings = basic.get(f"/v4/storagesettings/{ws_id}").json()["data"]
    assert [(s["name"], s["is_default"]) for s in settings] == [("store", True)]
    assert basic.patch(f"/v4/workspaces/{ws_id}", json={"description": "d"}).status_code == 204
    assert basic.get("/v4/workspaces/team-ws").json()["data"]["description"] == "d"
    assert basic.delete(f"/v4/workspaces/{ws_id}").status_code == 204
    assert basic.get(f"/v4/workspaces/{ws_id}").status_code == 404


def test_token_create_authenticate_list_revoke(
    basic: httpx.Client, anon: httpx.Client, server: FakeServer
) -> None:
    created = basic.post("/v4/tokens", json={"name": "ci", "scope": "*", "workspace_id": server.workspace_id})
    assert created.status_code == 201
    token = created.json()["data"]
    key = token["api_key"]
    assert key.split("-")[1] == server.workspace_id
    assert token["workspace_id"] == server.workspace_id
    headers = {"X-TILEDB-REST-API-KEY": key}
    assert anon.get("/v4/users/self", headers=headers).json()["data"]["user"]["username"] == "alice"

    listed = basic.get("/v4/tokens", params={"type": "api"}).json()
    assert {t["token_id"] for t in listed["data"]} == {server.token_id, token["token_id"]}
    assert all(key not in t["api_key"] for t in listed["data"])  # keys are masked in listings
    assert listed["pagination_metadata"]["total_items"] == 2
    assert basic.get("/v4/tokens", params={"type": "session"}).json()["data"] == []

    assert anon.delete(f"/v4/tokens/{token['token_id']}", headers=headers).status_code == 204
    assert anon.get("/v4/users/self", headers=headers).status_code == 401
    listed = basic.get("/v4/tokens", params={"type": "api"}).json()["data"]
    assert [t["token_id"] for t in listed] == [server.token_id]
    assert basic.delete(f"/v4/tokens/{token['token_id']}").status_code == 404


def test_token_for_foreign_workspace_is_refused(client: httpx.Client, server: FakeServer) -> None:
    other = server.add_workspace("other-ws")
    response = client.post("/v4/tokens", json={"scope": "*", "workspace_id": other})
    assert response.status_code == 403
    assert client.post("/v4/tokens", json={"scope": "*", "workspace_id": "ws_missing"}).status_code == 404


def _list(client: httpx.Client, server: FakeServer, path: str, **params: int) -> httpx.Response:
    url = f"/v4/assets/list/{server.workspace_id}/general/{quote(path, safe='')}"
    return client.get(url, params=params)


def test_assets_paging(client: httpx.Client, server: FakeServer) -> None:
    ids = server.add_assets(n=45, path="bulk/data")
    assert len(ids) == 45
    seen: list[str] = []
    pages = []
    page = 1
    while True:
        body = _list(client, server, "bulk/data", page=page, per_page=20).json()
        meta = body["pagination_metadata"]
        assert meta == {"page": page, "per_page": 20, "total_pages": 3, "total_items": 45}
        pages.append(len(body["data"]))
        seen += [a["id"] for a in body["data"]]
        if page >= meta["total_pages"]:
            break
        page += 1
    assert pages == [20, 20, 5]
    assert seen == ids
    assert _list(client, server, "bulk/data", page=4, per_page=20).json()["data"] == []
    assert _list(client, server, "bulk/data", page=0).status_code == 400
    # The intermediate folder holds only the 'data' folder.
    [folder] = _list(client, server, "bulk").json()["data"]
    assert (folder["path"], folder["type"], folder["folderInfo"]["length"]) == ("bulk/data", "folder", 45)


def test_assets_root_listing_and_percent_encoded_paths(client: httpx.Client, server: FakeServer) -> None:
    root = _list(client, server, "").json()
    paths = [a["path"] for a in root["data"]]
    assert paths == ["quickstart_dense", "quickstart_sparse", "README.md", "examples"]
    assert [a["path"] for a in _list(client, server, "/").json()["data"]] == paths
    nested = client.get(f"/v4/assets/item/{server.workspace_id}/general/examples%2Fdense_array")
    assert nested.status_code == 200
    data = nested.json()["data"]
    assert data["path"] == "examples/dense_array"
    assert data["tiledb_uri"] == "tiledb://alice-ws/general/examples/dense_array"
    # Unencoded slashes in a trailing 'path' parameter are accepted too.
    chain = client.get(f"/v4/assets/path/{server.workspace_id}/general/examples/dense_array").json()["data"]
    assert [a["path"] for a in chain] == ["examples", "examples/dense_array"]
    assert _list(client, server, "missing").status_code == 404


def test_asset_register_update_delete(client: httpx.Client, server: FakeServer) -> None:
    ws = server.workspace_id
    body = {"uri": "s3://bucket/arr", "access_credentials_name": "default-aws"}
    assert client.post(f"/v4/assets/register/{ws}/general/new%2Farr", json=body).status_code == 200
    assert client.post(f"/v4/assets/register/{ws}/general/new%2Farr", json=body).status_code == 409
    item = f"/v4/assets/item/{ws}/general/new%2Farr"
    asset = client.get(item).json()["data"]
    assert (asset["uri"], asset["type"], asset["name"]) == ("s3://bucket/arr", "array", "arr")
    assert client.get(f"/v4/assets/item/{ws}/general/{asset['id']}").json()["data"]["path"] == "new/arr"
    assert client.patch(item, json={"description": "hello"}).status_code == 204
    assert client.get(item).json()["data"]["description"] == "hello"
    meta = [{"key": "k", "value": "v", "type": "STRING_UTF8"}]
    assert client.patch(f"{item}/metadata", json=meta).json() == {"data": meta}
    assert client.get(f"{item}/metadata").json()["data"] == meta
    assert client.delete(f"{item}/metadata", params={"metadata_key": "k"}).status_code == 204
    assert client.get(f"{item}/metadata").json()["data"] == []
    assert client.delete(item).status_code == 204
    assert client.get(item).status_code == 404


def test_folders(client: httpx.Client, server: FakeServer) -> None:
    base = f"/v4/folders/{server.workspace_id}/general"
    # As in a deployment, a folder is created inside an existing folder only.
    assert client.post(f"{base}/reports%2F2025", json={}).status_code == 404
    assert client.post(f"{base}/reports", json={}).status_code == 201
    created = client.post(f"{base}/reports%2F2025", json={"description": "yearly"})
    assert created.status_code == 201
    assert created.json()["data"]["name"] == "2025"
    assert client.post(f"{base}/reports%2F2025", json={}).status_code == 409
    assert client.post(f"{base}/reports%2F2025", json={"exists_ok": True}).status_code == 201
    folder = client.get(f"{base}/reports").json()["data"]
    child = client.get(f"{base}/reports%2F2025").json()["data"]
    assert child["parent_folder_id"] == folder["id"]
    contents = client.get(f"{base}/reports/contents").json()
    assert [a["path"] for a in contents["data"]] == ["reports/2025"]
    assert client.get(f"{base}/quickstart_dense").status_code == 404


def test_move_assets(client: httpx.Client, server: FakeServer) -> None:
    ws = server.workspace_id
    move = {"assets_to_add": ["examples", "README.md"], "target": "archive"}
    assert client.post(f"/v4/assets/move/{ws}/general", json=move).status_code == 200
    assert server.asset("archive/examples/dense_array") is not None
    assert server.asset("archive/README.md") is not None
    assert server.asset("examples") is None


def test_teamspaces(client: httpx.Client, server: FakeServer) -> None:
    ws = server.workspace_id
    created = client.post(f"/v4/teamspaces/{ws}", json={"name": "science", "visibility": "private"})
    assert created.status_code == 201
    ts = created.json()["data"]
    assert ts["self"]["role"] == "owner"
    names = [t["name"] for t in client.get(f"/v4/teamspaces/{ws}").json()["data"]]
    assert names == ["general", "science"]
    assert client.get(f"/v4/teamspaces/{ws}/{ts['teamspace_id']}").json()["data"]["name"] == "science"
    assert client.patch(f"/v4/teamspaces/{ws}/science", json={"name": "physics"}).status_code == 204
    assert client.get(f"/v4/teamspaces/{ws}/physics").status_code == 200
    assert client.delete(f"/v4/teamspaces/{ws}/physics").status_code == 204
    assert client.get(f"/v4/teamspaces/{ws}/physics").status_code == 404


def test_workspace_and_teamspace_users(client: httpx.Client, server: FakeServer) -> None:
    ws = server.workspace_id
    bob = server.add_user("bob", "pw")
    added = client.post(f"/v4/workspaceusers/{ws}", json={"user_id": bob, "role": "member"})
    assert added.status_code == 201
    users = client.get(f"/v4/workspaceusers/{ws}").json()["data"]
    assert [u["username"] for u in users] == ["alice", "bob"]
    assert client.patch(f"/v4/workspaceusers/{ws}/bob", json={"role": "admin"}).status_code == 204
    assert client.get(f"/v4/workspaceusers/{ws}/{bob}").json()["data"]["role"] == "admin"
    members = client.post(f"/v4/teamspaces/{ws}/general/users", json=[{"user_id": bob, "role": "viewer"}])
    assert members.status_code == 201
    listed = client.get(f"/v4/teamspaces/{ws}/general/users", params={"role": "viewer"}).json()["data"]
    assert [u["username"] for u in listed] == ["bob"]
    assert client.delete(f"/v4/workspaceusers/{ws}/{bob}").status_code == 204
    assert client.get(f"/v4/workspaceusers/{ws}/{bob}").status_code == 404


def test_storage_settings_and_credentials(client: httpx.Client, server: FakeServer) -> None:
    ws = server.workspace_id
    body = {
        "name": "archive",
        "is_default": True,
        "path": "s3://b/archive",
        "credentials_name": "default-aws",
    }
    created = client.post(f"/v4/storagesettings/{ws}", json=body).json()["data"]
    listed = client.get(f"/v4/storagesettings/{ws}").json()
    assert [(s["name"], s["is_default"]) for s in listed["data"]] == [("default", False), ("archive", True)]
    assert listed["pagination_metadata"]["total_items"] == 2
    setting = f"/v4/storagesettings/{ws}/{created['storage_setting_id']}"
    assert client.patch(setting, json={"path": "s3://b/other"}).status_code == 204
    assert client.get(setting).json()["data"]["path"] == "s3://b/other"
    assert client.delete(setting).status_code == 204
    assert client.get(setting).status_code == 404

    cred = {"name": "gcp", "provider": "GCP", "allowed_in_tasks": True}
    assert client.post(f"/v4/credentials/{ws}", json=cred).status_code == 201
    assert client.post(f"/v4/credentials/{ws}", json=cred).status_code == 409
    names = [c["name"] for c in client.get(f"/v4/credentials/{ws}").json()["data"]]
    assert names == ["default-aws", "gcp"]
    only = client.get(f"/v4/credentials/{ws}", params={"provider": "GCP"}).json()["data"]
    assert [c["name"] for c in only] == ["gcp"]
    got = client.get(f"/v4/credentials/{ws}/gcp").json()["data"]
    assert (got["provider"], got["allowed_in_tasks"]) == ("GCP", True)
    assert "credential" not in got  # secrets are not echoed
    assert client.patch(f"/v4/credentials/{ws}/gcp", json={"allowed_in_tasks": False}).status_code == 204
    assert client.get(f"/v4/credentials/{ws}/gcp").json()["data"]["allowed_in_tasks"] is False
    assert client.delete(f"/v4/credentials/{ws}/gcp").status_code == 204
    assert client.get(f"/v4/credentials/{ws}/gcp").status_code == 404


def test_users(basic: httpx.Client, server: FakeServer) -> None:
    created = basic.post("/v4/users", json={"username": "carol", "email": "c@x.org", "password": "pw"})
    assert created.status_code == 201
    carol = created.json()["data"]
    with httpx.Client(base_url=server.url, auth=("carol", "pw")) as as_carol:
        assert as_carol.get("/v4/users/self").json()["data"]["workspaces"] == []
    assert basic.get("/v4/users/carol").json()["data"]["id"] == carol["id"]
    assert basic.patch(f"/v4/users/{carol['id']}", json={"display_name": "Carol C"}).status_code == 204
    assert basic.get(f"/v4/users/{carol['id']}").json()["data"]["display_name"] == "Carol C"
    assert basic.delete("/v4/users/carol").status_code == 204
    assert basic.get("/v4/users/carol").status_code == 404


def test_request_recording(client: httpx.Client, server: FakeServer) -> None:
    client.post("/v4/tokens", params={"x": ["1", "2"]}, json={"scope": "*"}, headers={"X-Extra": "yes"})
    client.get(f"/v4/assets/item/{server.workspace_id}/general/examples%2Fdense_array")
    first, second = server.requests
    assert (first.method, first.path, first.listener) == ("POST", "/v4/tokens", "main")
    assert first.params.getlist("x") == ["1", "2"]
    assert first.query_string == "x=1&x=2"
    assert first.headers["x-tiledb-rest-api-key"] == server.token
    assert first.headers["X-Extra"] == "yes"
    assert first.json() == {"scope": "*"}
    assert (first.operation_id, first.status) == ("create_token", 201)
    assert second.path.endswith("/examples%2Fdense_array")
    assert second.request_id
    server.clear_requests()
    assert server.requests == []


@pytest.mark.parametrize("n", [1, 3])
def test_add_assets_continues_numbering(server: FakeServer, n: int) -> None:
    first = server.add_assets(n=n, prefix="a_")
    second = server.add_assets(n=n, prefix="a_")
    assert len(set(first + second)) == 2 * n
