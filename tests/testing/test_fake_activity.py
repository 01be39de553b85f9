"""The activity log follows what the server did, and filters as the spec says."""

from __future__ import annotations

import httpx

from tiledb.client.testing import FakeServer


def _actions(client: httpx.Client, url: str, **params: object) -> list[tuple[str, str]]:
    answer = client.get(url, params=params)
    assert answer.status_code == 200, answer.text
    return [(a["action"], a["object"].get("name", "")) for a in answer.json()["data"]]


def test_asset_actions_are_logged_newest_first(server: FakeServer, client: httpx.Client) -> None:
    ws, base = server.workspace_name, f"/v4/assets/item/{server.workspace_name}/general"
    url = f"/v4/activities/{ws}"
    assert _actions(client, url) == []
    assert client.post(f"/v4/folders/{ws}/general/reports", json={}).status_code in (200, 201)
    assert client.patch(f"{base}/quickstart_dense", json={"name": "renamed"}).status_code == 204
    assert client.delete(f"{base}/quickstart_sparse").status_code == 204
    expected = [("delete", "quickstart_sparse"), ("update", "renamed"), ("create", "reports")]
    assert _actions(client, url) == expected
    assert _actions(client, url, order="asc") == expected[::-1]
    assert _actions(client, f"{url}/general", action_type="delete") == [("delete", "quickstart_sparse")]
    assert _actions(client, url, object_type="folder") == [("create", "reports")]
    assert _actions(client, url, subject="nobody") == []
    assert _actions(client, url, recorded_after="2999-01-01T00:00:00Z") == []
    page = client.get(url, params={"per_page": 1, "page": 2}).json()
    assert [a["action"] for a in page["data"]] == ["update"]
    assert page["pagination_metadata"]["total_items"] == 3


def test_token_actions_are_logged(server: FakeServer, client: httpx.Client) -> None:
    created = client.post(
        "/v4/tokens", json={"scope": "*", "name": "ci", "workspace_id": server.workspace_id}
    )
    token_id = created.json()["data"]["token_id"]
    assert client.delete(f"/v4/tokens/{token_id}").status_code == 204
    logged = client.get(f"/v4/activities/{server.workspace_name}", params={"object_type": "token"}).json()
    assert [(a["action"], a["object"]["token_id"]) for a in logged["data"]] == [
        ("delete", token_id),
        ("create", token_id),
    ]
    assert logged["data"][0]["subject"]["username"] == server.username
