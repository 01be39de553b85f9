"""All 130 operations through the Api classes against the project's FakeServer, with real auth.

The FakeServer reads the same spec but routes, authenticates and answers on its own, so this is an
independent check that each method reaches the operation it is named after: the server must
recognise the request as that operationId, accept the API key, and the method must return the
documented type (or raise an ``ApiError`` carrying the server's ``Error`` document and request id).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _restapi_support import Operation, build_call, class_name, operations, ref_name
from tiledb.client.rest_api import api as api_package
from tiledb.client.rest_api import models
from tiledb.client.rest_api.client import Client
from tiledb.client.rest_api.errors import ApiError

FakeServer = pytest.importorskip("tiledb.client.testing").FakeServer

OPERATIONS = operations()
_Z = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?)Z$")


@pytest.fixture(scope="module")
def fake() -> Iterator[Any]:
    with FakeServer() as server:
        yield server


@pytest.fixture(scope="module")
def fake_client(fake: Any) -> Iterator[Client]:
    with httpx.Client(base_url=fake.url, headers={"X-TILEDB-REST-API-KEY": fake.token}, timeout=10) as http:
        yield Client(base_url=fake.url).set_httpx_client(http)


def _normalise(value: Any) -> Any:
    """``...Z`` date-times written as ``...+00:00`` (the two spellings of UTC a model may give back)."""
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, str) and _Z.match(value):
        return _Z.sub(r"\1+00:00", value)
    return value


def _seeded_call(op: Operation, fake: Any) -> Any:
    """The generic call of ``op``, with path and query values naming what the server has seeded."""
    seeds = {
        "workspace": fake.workspace_name,
        "teamspace": fake.teamspace_name,
        "path": "quickstart_dense",
        "asset": "quickstart_dense",
        "folder": "examples",
        "user_id": fake.username,
        "token_id": fake.token_id,
        "name": "default-aws",
    }
    call = build_call(op)
    for i, p in enumerate(op.params_in("path")):
        call.args[i] = seeds.get(p.name, call.args[i])
    query_seeds = {"type": "api", "teamspace_id": fake.teamspace_id}
    positional = op.positional
    for p in op.params_in("query"):
        if p.name in query_seeds:
            if p.required:
                call.args[positional.index(p.python_name)] = query_seeds[p.name]
            else:
                call.kwargs[p.python_name] = query_seeds[p.name]
    return call


@pytest.mark.parametrize("op", OPERATIONS, ids=str)
def test_operation_against_fake_server(op: Operation, fake: Any, fake_client: Client) -> None:
    fake.reset()
    call = _seeded_call(op, fake)
    module = __import__(f"tiledb.client.rest_api.api.{op.tag}.{op.op_id}", fromlist=["sync_detailed"])
    try:
        response = module.sync_detailed(*call.args, client=fake_client, **call.kwargs)
    except ApiError as exc:
        recorded = fake.requests[-1]
        assert recorded.operation_id == op.op_id, "the server routed the request elsewhere"
        # The key given as confirm_email's/reset_password's header parameter replaces the client's.
        api_key_param = any(p.name.lower() == "x-tiledb-rest-api-key" for p in op.parameters)
        assert exc.status_code != 401 or api_key_param, str(exc)
        assert 400 <= exc.status_code < 500, str(exc)
        if op.method != "head":
            assert isinstance(exc.error, models.Error), exc.body
        assert exc.request_id == recorded.request_id
        return

    recorded = fake.requests[-1]
    assert recorded.operation_id == op.op_id
    assert recorded.method == op.method.upper()
    assert recorded.status == response.status_code
    result = response.parsed
    kind = op.result_kind
    if kind == "none":
        assert result is None
    elif kind == "bytes":
        assert result == response.content
    elif kind == "any":
        assert result == json.loads(response.content)
    else:
        model = getattr(models, class_name(ref_name(op.success_schema or {}) or ""))
        assert type(result) is model
        assert _normalise(result.to_dict()) == _normalise(json.loads(response.content))

    # The same call through the Api class gives the same value (fresh arguments: a File body is
    # a stream, consumed by the first call).
    fake.reset()
    call = _seeded_call(op, fake)
    again = getattr(getattr(api_package, op.api_class)(fake_client), op.op_id)(*call.args, **call.kwargs)
    if op.stream_kind is not None:  # the Api method yields the records one at a time
        records = list(again)
        assert records and all(not isinstance(r, bytes) for r in records)
        return
    assert type(again) is type(result)


def test_most_operations_succeed_against_the_seeded_server(fake: Any, fake_client: Client) -> None:
    """Guard against the parametrized test passing vacuously (every call a 4xx)."""
    succeeded = []
    for op in OPERATIONS:
        fake.reset()
        call = _seeded_call(op, fake)
        try:
            getattr(getattr(api_package, op.api_class)(fake_client), op.op_id)(*call.args, **call.kwargs)
        except ApiError:
            continue
        succeeded.append(op.op_id)
    # About 50 answer 404 or 409 as a deployment would: the calls name made-up ids (SSO domains,
    # invitations, LLM configurations, conversations, credentials, ...), which the server keeps state for.
    assert len(succeeded) >= 70, sorted(set(o.op_id for o in OPERATIONS) - set(succeeded))


def test_login_with_basic_auth(fake: Any) -> None:
    """The seeded user logs in with HTTP basic auth; a wrong password is an ApiError 401."""
    from tiledb.client.rest_api.api import UsersApi

    with httpx.Client(base_url=fake.url, auth=(fake.username, fake.password), timeout=10) as http:
        me = UsersApi(Client(base_url=fake.url).set_httpx_client(http)).get_self_user()
    assert type(me) is models.UserSelfResponse
    assert me.data.user.username == fake.username
    with (
        httpx.Client(base_url=fake.url, auth=(fake.username, "pw-Secret-42"), timeout=10) as http,
        pytest.raises(ApiError) as info,
    ):
        UsersApi(Client(base_url=fake.url).set_httpx_client(http)).get_self_user()
    assert info.value.status_code == 401
    assert "pw-Secret-42" not in str(info.value) and "pw-Secret-42" not in repr(info.value)


@pytest.mark.parametrize("body", ["json", "html", "empty"])
def test_fault_bodies_from_the_fake_server(fake: Any, fake_client: Client, body: str) -> None:
    from tiledb.client.rest_api.api import VersionsApi

    fake.reset()
    fake.faults.add("/v4/versions", status=503, body=body)
    with pytest.raises(ApiError) as info:
        VersionsApi(fake_client).get_versions()
    exc = info.value
    assert exc.status_code == 503
    assert (exc.error is not None) == (body == "json")
    assert exc.request_id == fake.requests[-1].request_id
    assert fake.token not in str(exc) and fake.token not in repr(exc)


def test_missing_field_fault_is_a_validation_error(fake: Any, fake_client: Client) -> None:
    from tiledb.client.rest_api.api import VersionsApi
    from tiledb.client.rest_api.errors import ResponseValidationError

    fake.reset()
    fake.faults.add("/v4/versions", missing_field="data")
    with pytest.raises(ResponseValidationError, match=r"^get_versions: .*'data' is missing"):
        VersionsApi(fake_client).get_versions()
