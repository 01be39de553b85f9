"""Every operation of the spec is called once and its answer validated against the spec."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote
from xml.etree import ElementTree

import httpx
import pytest

from tiledb.client.testing import FakeServer
from tiledb.client.testing.examples import ExampleBuilder
from tiledb.client.testing.spec import Operation, load_spec
from tiledb.client.testing.state import Member

from .schemas import ERROR, validate

SPEC = load_spec()
BUILDER = ExampleBuilder(SPEC)
OPERATION_IDS = sorted(SPEC.by_id)


def path_values(server: FakeServer) -> dict[str, str]:
    """Path parameter values by name, taken from the seeded state (ids, so renames do not matter)."""
    state = server.state
    return {
        "workspace": server.workspace_id,
        "teamspace": server.teamspace_id,
        "asset": "quickstart_dense",
        "path": "README.md",
        "folder": "examples",
        "user_id": server.user_id,
        "token_id": server.token_id,
        "stset_id": next(iter(state.storage_settings)),
        "name": next(c.id for c in state.credentials.values() if c.name == "default-aws"),
        "generalspace": server.teamspace_id,
        "userspace": "self",
    }


PATH_OVERRIDES: dict[str, dict[str, str]] = {
    "list_assets": {"path": "examples"},
    "get_assets_in_path": {"path": "examples/dense_array"},
    "register_asset": {"path": "registered/new_array"},
    "create_folder": {"folder": "examples/new_folder"},  # a folder is made inside an existing one
    "delete_workspace_user": {"user_id": "bob"},
}
QUERY_VALUES = {"type": "api", "list-type": "2", "delimiter": "/", "metadata_key": "k"}


def _seed_records(server: FakeServer) -> None:
    """Records under the ids the requests name (a path parameter's own name, ``id``): an SSO
    domain, a social login, an LLM configuration and an invitation whose token is ``jwt``."""
    state = server.state
    ws = state.workspaces.get(server.workspace_id)
    if ws is None:
        return
    when = "2025-01-01T00:00:00Z"
    state.kind("sso_domains").setdefault(
        "id",
        {
            "uuid": "id",
            "domain": "example.com",
            "oidc_client_id": "c",
            "oidc_client_secret": "s",
            "oidc_issuer": "https://issuer.example.com",
            "verification_status": "unverified",
            "check_results": [],
        },
    )
    state.kind("social_logins").setdefault(
        "id", {"id": "id", "name": "gh", "provider": "github", "client_id": "c"}
    )
    state.kind("llm_configs").setdefault(
        "llmconfig_id",
        {
            "llmconfig_id": "llmconfig_id",
            "workspace": {"workspace_id": ws.id, "name": ws.name},
            "provider": "openai",
            "models": [],
            "friendly_name": "team",
            "is_default": False,
            "created_at": when,
            "updated_at": when,
        },
    )
    alice = state.users[ws.owner_id]
    state.kind("invitations").setdefault(
        "invitation_id",
        {
            "invitation_id": "invitation_id",
            "invitee_email": "new@example.com",
            "created_by": {
                "user_id": alice.id,
                "display_name": alice.display_name,
                "email": alice.email,
                "workspace_role": "owner",
            },
            "created_at": when,
            "workspace_invitation": {"workspace_id": ws.id, "name": ws.name, "prospective_role": "member"},
        },
    )
    state.kind("invitation_jwts").setdefault("invitation_id", {"jwt": "jwt"})
    conversation = {"conversation_id": "conversation_id", "user_id": alice.id, "workspace_id": ws.id}
    conversation.update({"title": "t", "created_at": when, "last_accessed_at": when})
    state.kind("conversations").setdefault(
        "conversation_id", {"conversation": conversation, "messages": [{"role": "user", "content": "hi"}]}
    )
    answers = {"questionnaire_id": "questionnaire_id", "questionnaire_version": "1"}
    answers.update({"completed": True, "user_answers": []})
    questionnaires = state.user_records.setdefault("questionnaires", {}).setdefault(alice.id, {})
    questionnaires.setdefault("questionnaire_id", answers)


def _prepare(op_id: str, server: FakeServer) -> None:
    """State an operation needs beyond the seed: a second user, a member to remove, records."""
    _seed_records(server)
    if op_id in ("create_workspace_user", "delete_workspace_user") and server.state.user("bob") is None:
        workspace = server.workspace_id if op_id == "delete_workspace_user" else None
        server.add_user("bob", "bob-password", workspace=workspace)
    if op_id in ("delete_teamspace_user", "leave_teamspace", "update_teamspace_users"):
        # alice may leave or be demoted only while another owner keeps the teamspace
        if server.state.user("carol") is None:
            server.add_user("carol", "carol-password", workspace=server.workspace_id)
        carol = server.state.user("carol")
        assert carol is not None
        server.state.teamspaces[server.teamspace_id].members[carol.id] = Member(carol.id, "owner", carol.id)


def _body_override(op_id: str, server: FakeServer) -> Any:
    if op_id == "create_token":
        return {"scope": "*", "name": "conformance", "workspace_id": server.workspace_id}
    if op_id == "create_workspace_user":
        return {"user_id": "bob", "role": "member"}
    if op_id in ("create_teamspace_users", "update_teamspace_users"):
        return [{"user_id": server.user_id, "role": "editor"}]
    if op_id == "change_password":
        return {"current_password": server.password, "new_password": server.password}
    if op_id == "update_asset":  # a rename would move the asset the operations after it use
        return {"description": "conformance"}
    if op_id == "reset_password":  # keeps alice's password for the operations that follow
        return {"new_password": server.password}
    if op_id == "move_assets":
        return {"assets_to_add": ["README.md"], "target": "examples"}
    return None


def _file_query(op_id: str, server: FakeServer, path: str) -> dict[str, str]:
    """Query parameters that pick the documented answer of a file call (the store is stateful)."""
    if op_id == "file_get":
        return {"presigned": "true"}  # the documented 200 is the presigned URL document
    if op_id == "multipart_upload":
        return {"uploads": "true"}  # start one; the documented 200 is an XML document
    if op_id == "abort_multipart_upload":
        started = httpx.post(
            server.url + path, params={"uploads": ""}, headers={"X-TILEDB-REST-API-KEY": server.token}
        )
        upload_id = ElementTree.fromstring(started.content).findtext("UploadId")
        assert upload_id, started.text
        return {"uploadId": upload_id}
    return {}


def build_request(
    op: Operation, server: FakeServer, *, basic: bool = False, values: dict[str, str] | None = None
) -> httpx.Request:
    """A valid request for ``op``: path params, required query/header params and body.

    Authenticated with the seeded API token, or with alice's password when ``basic``.
    """
    _prepare(op.operation_id, server)
    values = path_values(server) if values is None else values
    path = op.path
    for name in op.path_params:
        value = PATH_OVERRIDES.get(op.operation_id, {}).get(name) or values.get(name, name)
        path = path.replace("{" + name + "}", quote(value, safe=""))
    query = {
        p.name: QUERY_VALUES.get(p.name, str(BUILDER.build(p.schema, p.name)))
        for p in op.params_in("query")
        if p.required
    }
    query.update(_file_query(op.operation_id, server, path))
    headers = {}
    if basic:
        headers["Authorization"] = httpx.BasicAuth(server.username, server.password)._auth_header
    for p in op.params_in("header"):
        if not p.required:
            continue
        if p.name.lower() == "x-tiledb-rest-api-key":
            headers[p.name] = server.token
        else:
            headers[p.name] = (
                "renamed" if "rename" in p.name.lower() else str(BUILDER.build(p.schema, p.name))
            )
    if not basic:
        headers.setdefault("X-TILEDB-REST-API-KEY", server.token)
    content = None
    if op.request_schema is not None:
        body = _body_override(op.operation_id, server)
        if body is None:
            body = BUILDER.build(op.request_schema)
            if isinstance(body, dict) and "name" in body:
                body["name"] = f"{op.operation_id}-name"  # distinct names: no clash with created ones
        content = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        headers["Content-Type"] = op.request_content_type or "application/json"
    return httpx.Request(op.method, server.url + path, params=query, headers=headers, content=content)


def _event_schema(declared: Mapping[str, Any], value: Any) -> Mapping[str, Any]:
    """The schema of one server-sent event: the spec declares one event schema for the stream
    (``ChatStreamEvent``, whose ``event`` lists only ``error``) and one per kind beside it
    (``ChatStreamStartEvent``, ...); an event is checked against the one its ``event`` names."""
    name = str(declared.get("$ref", "")).rpartition("/")[2]
    kind = value.get("event") if isinstance(value, dict) else None
    if name.endswith("Event") and isinstance(kind, str):
        sibling = f"{name[: -len('Event')]}{kind.title()}Event"
        if sibling in SPEC.schemas:
            return {"$ref": f"#/components/schemas/{sibling}"}
    return declared


def check_answer(op: Operation, response: httpx.Response) -> None:
    """Status, content type and body of a success answer, as the spec declares them."""
    assert response.status_code == op.success_status, (
        f"{op.operation_id}: expected {op.success_status}, got {response.status_code}: {response.text[:300]}"
    )
    assert response.headers.get("x-request-id", "").startswith("req_")
    ctype, schema = op.responses[op.success_status]
    if ctype is None:
        assert response.content == b"", f"{op.operation_id}: {op.success_status} has no content in the spec"
        return
    assert response.headers["content-type"].split(";")[0] == ctype
    if op.method == "HEAD":
        assert response.content == b""
        assert int(response.headers["content-length"]) > 0
        return
    assert schema is not None
    if ctype == "application/json":
        validate(schema, response.json())
    elif ctype == "application/x-ndjson":
        lines = response.text.splitlines()
        assert lines
        for line in lines:
            validate(schema, json.loads(line))
    elif ctype == "text/event-stream":
        events = [line[5:].strip() for line in response.text.splitlines() if line.startswith("data:")]
        assert events
        for event in events:
            value = json.loads(event)
            validate(_event_schema(schema, value), value)
    elif ctype == "application/xml":
        root = ElementTree.fromstring(response.content)
        if "$ref" in schema:  # an inline schema (the multipart calls) names no root element
            assert root.tag == str(schema["$ref"]).rpartition("/")[2]
        assert len(root) > 0
    elif ctype == "image/png":
        assert response.content.startswith(b"\x89PNG\r\n\x1a\n")
    else:  # pragma: no cover - a content type the spec does not use today
        pytest.fail(f"no check for {ctype}")


def test_spec_has_all_operations() -> None:
    assert len(SPEC.operations) == 130
    assert len(OPERATION_IDS) == 130
    assert len({op.path for op in SPEC.operations}) == 80


@pytest.mark.parametrize("op_id", OPERATION_IDS)
def test_operation_conforms(op_id: str, server: FakeServer) -> None:
    op = SPEC.by_id[op_id]
    with httpx.Client(timeout=10) as http:
        response = http.send(build_request(op, server))
    check_answer(op, response)
    record = server.requests[-1]
    assert record.operation_id == op_id, f"routed to {record.operation_id}"
    assert record.status == op.success_status


# Destructive operations that must come last, in this order, when sharing one state.
_LAST = ("revoke_token", "delete_workspace", "delete_user")


def _session_order(op: Operation) -> tuple[int, int, str]:
    if op.operation_id in _LAST:
        return (3, _LAST.index(op.operation_id), "")
    rank = {"GET": 0, "HEAD": 0, "POST": 1, "PUT": 1, "PATCH": 1, "DELETE": 2}[op.method]
    # Deletions of inner resources (longer paths) before their parents.
    return (rank, -len(op.segments) if op.method == "DELETE" else 0, op.path)


def test_all_operations_in_one_session(server: FakeServer) -> None:
    """All 130 calls against one evolving state (password auth): each answers and conforms."""
    conforming = []
    values = path_values(server)
    readme = server.asset("README.md")
    assert readme is not None
    values["path"] = readme.id  # move_assets moves it before the file calls; the id stays
    with httpx.Client(timeout=10) as http:
        for op in sorted(SPEC.operations, key=_session_order):
            check_answer(op, http.send(build_request(op, server, basic=True, values=values)))
            conforming.append(op.operation_id)
    assert sorted(conforming) == OPERATION_IDS
    assert server.state.user(server.username) is None  # delete_user ran last
    assert server.state.workspace(server.workspace_id) is None


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/v4/nope", 404),
        ("GET", "/v4/users/usr_unknown", 404),
        ("GET", "/v4/workspaces/ws_unknown", 403),
        ("PUT", "/v4/users/self", 405),
        ("GET", "/v4/tokens", 400),
    ],
)
def test_errors_conform(
    server: FakeServer, client: httpx.Client, method: str, path: str, status: int
) -> None:
    response = client.request(method, path)
    assert response.status_code == status
    body = response.json()
    validate(ERROR, body)
    assert body["code"] == status
    assert body["request_id"] == response.headers["x-request-id"]
