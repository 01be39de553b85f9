"""Requests are checked against the spec before any handler runs; malformed ones get a JSON 400."""

from __future__ import annotations

import socket

import httpx
import pytest

from tiledb.client.testing import FakeServer
from tiledb.client.testing.state import Member

from .schemas import ERROR, validate


def refused(response: httpx.Response, field: str, rule: str) -> None:
    """``response`` is the spec's 400 naming ``field`` and ``rule``, with a request id."""
    assert response.status_code == 400, response.text
    body = response.json()
    validate(ERROR, body)
    assert body["request_id"] == response.headers["X-Request-Id"]
    assert body["validation_error"]["fields"][0]["field"] == field, body
    assert f"({rule})" in body["message"], body


def test_token_scope_outside_the_enum_is_refused_and_not_stored(
    server: FakeServer, client: httpx.Client
) -> None:
    before = len(server.state.tokens)
    refused(client.post("/v4/tokens", json={"scope": "bogus", "name": "x"}), "body.scope", "enum")
    assert len(server.state.tokens) == before


def test_user_role_outside_the_enum_is_refused(server: FakeServer, client: httpx.Client) -> None:
    refused(client.patch(f"/v4/users/{server.username}", json={"role": "AAA"}), "body.role", "enum")
    user = server.state.user(server.username)
    assert user is not None and user.role == "owner"


@pytest.mark.parametrize(
    ("query", "field", "rule"),
    [
        ({"type": "api", "per_page": "abc"}, "query.per_page", "type"),
        ({"type": "api", "per_page": "0"}, "query.per_page", "minimum"),
        ({"type": "sideways"}, "query.type", "enum"),
        ({}, "query.type", "required"),
    ],
)
def test_query_parameters_are_typed_and_bounded(
    client: httpx.Client, query: dict[str, str], field: str, rule: str
) -> None:
    refused(client.get("/v4/tokens", params=query), field, rule)


def test_a_sort_order_outside_the_enum_is_refused(server: FakeServer, client: httpx.Client) -> None:
    response = client.get(f"/v4/activities/{server.workspace_name}", params={"order": "sideways"})
    refused(response, "query.order", "enum")


def test_a_workspace_name_longer_than_the_spec_allows_is_refused(
    server: FakeServer, client: httpx.Client
) -> None:
    response = client.patch(f"/v4/workspaces/{server.workspace_name}", json={"name": "w" * 65})
    refused(response, "body.name", "maxLength")
    assert server.state.workspace("w" * 65) is None


def test_nested_required_fields_and_types_are_checked(server: FakeServer, client: httpx.Client) -> None:
    ws = server.workspace_name
    response = client.post(f"/v4/teamspaces/{ws}/general/users", json=[{"role": "editor"}])
    refused(response, "body.0.user_id", "required")
    setting = {"name": 5, "path": "s3://b", "credentials_name": "c", "is_default": False}
    response = client.post(f"/v4/storagesettings/{ws}", json=setting)
    refused(response, "body.name", "type")


def test_a_refusal_never_echoes_the_refused_value(client: httpx.Client) -> None:
    secret = "hunter2-secret-value"
    response = client.post(
        "/v4/actions/users/change_password", json={"current_password": 7, "new_password": secret}
    )
    assert response.status_code == 400
    assert secret not in response.text


def test_an_anonymous_malformed_request_is_refused_for_its_credentials_first(anon: httpx.Client) -> None:
    assert anon.get("/v4/tokens", params={"type": "sideways"}).status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 1100 + b"]" * 1100,
        b'{"scope": "*", "name": "' + b"\xff\xfe" + b'"}',
        b'{"scope": "*", "name": 1e999999}',
        b'{"scope": "*", "name": NaN}',
        b'{"scope": "*", "name": ' + b"9" * 5000 + b"}",
        b'{"scope": "*"',
    ],
    ids=["deep", "utf8", "huge-float", "nan", "huge-int", "truncated"],
)
def test_malformed_bodies_get_a_json_400(client: httpx.Client, body: bytes) -> None:
    response = client.post("/v4/tokens", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    validate(ERROR, response.json())
    assert response.json()["request_id"] == response.headers["X-Request-Id"]


def test_an_encoded_newline_in_the_path_gets_a_json_answer(server: FakeServer, client: httpx.Client) -> None:
    response = client.get("/v4/no%0Awhere")
    assert response.status_code == 404
    validate(ERROR, response.json())
    assert response.headers["X-Request-Id"]


def _raw(server: FakeServer, request: bytes) -> bytes:
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_an_unknown_method_gets_405_with_allow(server: FakeServer) -> None:
    answer = _raw(
        server,
        b"BREW /v4/users/self HTTP/1.1\r\nHost: x\r\nX-TILEDB-REST-API-KEY: "
        + server.token.encode()
        + b"\r\nConnection: close\r\n\r\n",
    )
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 405")
    assert b"\r\nallow: GET" in head
    assert b"request_id" in body


def test_405_on_the_file_calls_carries_allow(server: FakeServer, client: httpx.Client) -> None:
    response = client.put(f"/v4/files/{server.workspace_name}/general", content=b"x")
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET"
    validate(ERROR, response.json())


def test_file_call_parameters_are_checked(server: FakeServer, client: httpx.Client) -> None:
    response = client.get(f"/v4/files/{server.workspace_name}/general", params={"list-type": "x"})
    refused(response, "query.list-type", "type")


def test_the_last_owner_cannot_leave_or_be_demoted(server: FakeServer, client: httpx.Client) -> None:
    ws = server.workspace_name
    assert client.delete(f"/v4/workspaceusers/{ws}/{server.username}").status_code == 409
    response = client.patch(f"/v4/workspaceusers/{ws}/{server.username}", json={"role": "member"})
    assert response.status_code == 409
    assert client.post(f"/v4/actions/teamspaces/{ws}/general/users/leave").status_code == 409
    response = client.patch(f"/v4/teamspaces/{ws}/general/users/{server.username}", json={"role": "viewer"})
    assert response.status_code == 409
    assert (
        server.state.workspace_role(
            server.state.workspaces[server.workspace_id], server.state.users[server.user_id]
        )
        == "owner"
    )


def test_with_a_second_owner_the_first_may_leave(server: FakeServer, client: httpx.Client) -> None:
    ws = server.workspace_name
    bob = server.add_user("bob", "bob-password", workspace=ws)
    server.state.teamspaces[server.teamspace_id].members[bob] = Member(bob, "owner", bob)
    assert client.post(f"/v4/actions/teamspaces/{ws}/general/users/leave").status_code == 204
    assert server.user_id not in server.state.teamspaces[server.teamspace_id].members


def test_an_answer_outside_the_spec_is_reported() -> None:
    with FakeServer(check_answers=True) as server:
        asset = server.asset("quickstart_dense")
        assert asset is not None
        asset.type = 5  # type: ignore[assignment]  # what no request can store
        headers = {"X-TILEDB-REST-API-KEY": server.token}
        url = f"{server.url}/v4/assets/list/{server.workspace_name}/general/"
        assert httpx.get(url, headers=headers).status_code == 200
        assert any("type" in p and "list_assets 200" in p for p in server.answer_problems)
        server.reset()
        assert server.answer_problems == []
