"""Authentication and authorisation of the fake server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from tiledb.client.testing import FakeServer

from .schemas import ERROR, validate


def _assert_error(response: httpx.Response, status: int) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    validate(ERROR, body)
    assert body["code"] == status
    assert body["request_id"] == response.headers["x-request-id"]


def test_missing_credentials_is_401(anon: httpx.Client) -> None:
    response = anon.get("/v4/users/self")
    _assert_error(response, 401)
    assert response.headers["www-authenticate"].startswith("Basic")


def test_wrong_api_key_is_401(anon: httpx.Client, server: FakeServer) -> None:
    _assert_error(anon.get("/v4/users/self", headers={"X-TILEDB-REST-API-KEY": "tdb-nope-nope"}), 401)
    tampered = server.token[:-1] + ("x" if server.token[-1] != "x" else "y")
    _assert_error(anon.get("/v4/users/self", headers={"X-TILEDB-REST-API-KEY": tampered}), 401)


def test_wrong_password_or_user_is_401(anon: httpx.Client, server: FakeServer) -> None:
    _assert_error(anon.get("/v4/users/self", auth=(server.username, "wrong")), 401)
    _assert_error(anon.get("/v4/users/self", auth=("mallory", server.password)), 401)
    _assert_error(anon.get("/v4/users/self", headers={"Authorization": "Basic !!!notbase64"}), 401)


def test_basic_auth_ok(basic: httpx.Client, server: FakeServer) -> None:
    response = basic.get("/v4/users/self")
    assert response.status_code == 200
    assert response.json()["data"]["user"]["username"] == server.username


def test_api_key_and_bearer_ok(anon: httpx.Client, server: FakeServer) -> None:
    assert anon.get("/v4/users/self", headers={"X-TILEDB-REST-API-KEY": server.token}).status_code == 200
    assert anon.get("/v4/users/self", headers={"Authorization": f"Bearer {server.token}"}).status_code == 200


def test_every_secured_operation_checks_credentials(anon: httpx.Client, server: FakeServer) -> None:
    for op in server.spec.operations:
        assert op.secured
        path = op.path.replace("{workspace}", server.workspace_id)
        for name in op.path_params:
            path = path.replace("{" + name + "}", "x")
        response = anon.request(op.method, path)
        assert response.status_code == 401, (op.operation_id, response.status_code)


def test_token_on_other_workspace_is_403(
    client: httpx.Client, basic: httpx.Client, server: FakeServer
) -> None:
    other = server.add_workspace("other-ws", owner=server.username)
    for ref in (other, "other-ws"):
        _assert_error(client.get(f"/v4/workspaces/{ref}"), 403)
        _assert_error(client.get(f"/v4/teamspaces/{ref}"), 403)
    # Own workspace by id and by name is fine; alice's password reaches both workspaces.
    assert client.get(f"/v4/workspaces/{server.workspace_id}").status_code == 200
    assert client.get(f"/v4/workspaces/{server.workspace_name}").status_code == 200
    assert basic.get(f"/v4/workspaces/{other}").status_code == 200
    # A token without a workspace is not restricted.
    unscoped = server.add_token(server.username)
    assert len(unscoped.split("-")) == 2
    response = client.get(f"/v4/workspaces/{other}", headers={"X-TILEDB-REST-API-KEY": unscoped})
    assert response.status_code == 200


def test_non_member_is_403(anon: httpx.Client, server: FakeServer) -> None:
    server.add_user("bob", "bob-password")
    _assert_error(anon.get(f"/v4/workspaces/{server.workspace_id}", auth=("bob", "bob-password")), 403)
    server.add_member(server.workspace_id, "bob")
    assert anon.get(f"/v4/workspaces/{server.workspace_id}", auth=("bob", "bob-password")).status_code == 200


def test_revoked_and_expired_tokens_are_401(anon: httpx.Client, server: FakeServer) -> None:
    key = server.add_token(server.username, server.workspace_id)
    assert anon.get("/v4/users/self", headers={"X-TILEDB-REST-API-KEY": key}).status_code == 200
    server.revoke_token(key)
    _assert_error(anon.get("/v4/users/self", headers={"X-TILEDB-REST-API-KEY": key}), 401)
    expired = server.add_token(server.username, expires_at=datetime.now(UTC) - timedelta(seconds=1))
    _assert_error(anon.get("/v4/users/self", headers={"X-TILEDB-REST-API-KEY": expired}), 401)


def test_request_validation(client: httpx.Client, server: FakeServer) -> None:
    _assert_error(
        client.post("/v4/tokens", content=b"{not json", headers={"Content-Type": "application/json"}), 400
    )
    _assert_error(client.post("/v4/tokens", json={"name": "no scope"}), 400)
    _assert_error(client.post("/v4/tokens"), 400)
    _assert_error(client.get("/v4/tokens"), 400)  # required query parameter 'type'
    _assert_error(client.get("/v4/tokens", params={"type": "other"}), 400)
    _assert_error(client.get("/v4/users/self/extra"), 404)
    response = client.put("/v4/users/self")
    _assert_error(response, 405)
    assert response.headers["allow"] == "GET"
