"""The read-only integrations answer consistent data from the server's state."""

from __future__ import annotations

import httpx

from tiledb.client.testing import FakeServer

SHARES = "/v4/partner/v1/databricks/deltasharing/shares"


def test_delta_sharing_lists_workspaces_teamspaces_and_assets(
    server: FakeServer, client: httpx.Client
) -> None:
    ws = server.workspace_name
    assert client.get(SHARES).json()["items"] == [{"name": ws, "id": server.workspace_id}]
    assert client.get(f"{SHARES}/{ws}").json()["share"]["name"] == ws
    assert client.get(f"{SHARES}/{ws}/schemas").json()["items"] == [{"name": "general", "share": ws}]
    server.add_assets(n=2, prefix="shared_")
    names = [t["name"] for t in client.get(f"{SHARES}/{ws}/schemas/general/tables").json()["items"]]
    assert "shared_00001" in names and "examples/dense_array" in names and "examples" not in names
    first = client.get(f"{SHARES}/{ws}/all-tables", params={"maxResults": 3}).json()
    rest = client.get(f"{SHARES}/{ws}/all-tables", params={"pageToken": first["nextPageToken"]}).json()
    assert [t["name"] for t in first["items"] + rest["items"]] == names
    assert "nextPageToken" not in rest
    assert client.get(f"{SHARES}/{ws}/schemas/nowhere/tables").status_code == 404


def test_partner_listings_need_an_existing_credential(server: FakeServer, client: httpx.Client) -> None:
    ws = server.workspace_name
    base = "/v4/partner/v1"
    catalogs = client.get(f"{base}/databricks/catalog/{ws}/default-aws").json()["catalogs"]
    assert list(catalogs) == ["main"]
    assert client.get(f"{base}/databricks/catalog/{ws}/missing").status_code == 404
    assert list(client.get(f"{base}/snowflake/warehouses/{ws}/default-aws").json()["warehouses"]) == [
        "COMPUTE_WH"
    ]
    cred = server.state.credential(server.state.workspaces[server.workspace_id], "default-aws")
    assert cred is not None
    server.state.kind("snowflake_databases")[cred.id] = {"databases": {}}
    assert client.get(f"{base}/snowflake/databases/{ws}/default-aws").json() == {"databases": {}}


def test_capabilities_and_versions_agree(client: httpx.Client) -> None:
    deployed = client.get("/v4/capabilities").json()["deployedTileDBVersion"]
    version = client.get("/v4/versions").json()["data"]["tiledb_version"]
    assert version == "{major}.{minor}.{patch}".format(**deployed)
