"""Enum fields and arguments take their string values; numbers and bools are checked before sending.

A wrong value fails where it is written (the model's construction, the method call), naming what is
allowed, and never reaches the wire; a value the server sends that the spec does not list still
parses (see ``str_enum.py.jinja``).
"""

from __future__ import annotations

import datetime

import pytest
from _restapi_support import LoopbackServer
from tiledb.client.rest_api.api import AssetsApi, TokensApi
from tiledb.client.rest_api.client import Client
from tiledb.client.rest_api.models import (
    APIToken,
    AssetType,
    SortOrder,
    TokenCreateRequest,
    TokenScope,
    TokenType,
)
from tiledb.client.rest_api.models.databricks_warehouse_cluster_size import DatabricksWarehouseClusterSize

EMPTY_PAGE = {
    "data": [],
    "pagination_metadata": {"page": 1, "per_page": 10, "total_items": 0, "total_pages": 0},
}


def test_members_have_readable_names() -> None:
    assert TokenScope.ALL == "*"
    assert TokenScope.ARRAY_READ_WRITE == "array:read-write"
    assert TokenType.SESSION == "session" and SortOrder.DESC == "desc"
    assert DatabricksWarehouseClusterSize.SIZE_2X_SMALL == "2X-Small"
    assert not [m.name for m in TokenScope if m.name.startswith("VALUE_")]


def test_a_string_value_is_converted_at_construction() -> None:
    request = TokenCreateRequest(scope="*", name="ci")
    assert request.scope is TokenScope.ALL
    assert request.to_dict() == {"scope": "*", "name": "ci"}
    # An assigned string is converted when the model is sent (not on assignment: that would slow
    # down the parsing of every model), and never fails with an AttributeError.
    request.scope = "user:read"  # type: ignore[assignment]
    assert request.to_dict()["scope"] == "user:read"


def test_an_unlisted_string_is_refused_at_construction_naming_the_values() -> None:
    with pytest.raises(ValueError, match=r"TokenCreateRequest\.scope must be one of '\*', .*'user:read'"):
        TokenCreateRequest(scope="everything")
    with pytest.raises(TypeError, match="must be a TokenScope or one of its string values, not int"):
        TokenCreateRequest(scope=5)  # type: ignore[arg-type]
    request = TokenCreateRequest(scope=TokenScope.ALL)
    request.scope = "bogus"  # type: ignore[assignment]
    with pytest.raises(ValueError, match=r"TokenCreateRequest\.scope must be one of"):
        request.to_dict()


def test_an_unlisted_value_can_still_be_sent_on_purpose_and_still_parses() -> None:
    assert TokenCreateRequest(scope=TokenScope("future:scope")).to_dict()["scope"] == "future:scope"
    when = "2026-01-01T00:00:00Z"
    token = APIToken.from_dict(
        {"token_id": "t", "name": "n", "created_at": when, "expires_at": when, "api_key": "k", "scope": "new"}
    )
    assert token.scope == "new" and token.scope.name == "UNKNOWN"
    assert isinstance(token.created_at, datetime.datetime)


def test_enum_query_arguments_take_strings_and_refuse_others_before_sending(
    client: Client, server: LoopbackServer
) -> None:
    server.reply_json(EMPTY_PAGE)
    api = TokensApi(client)
    api.list_tokens("session")
    assert server.last.target == "/v4/tokens?type=session"
    api.list_tokens(TokenType.API, per_page=5)
    assert server.last.target == "/v4/tokens?per_page=5&type=api"
    sent = len(server.requests)
    with pytest.raises(ValueError, match=r"type_ must be one of 'api', 'session'; got 'user'"):
        api.list_tokens("user")
    assert len(server.requests) == sent


@pytest.mark.parametrize("bad", [1.5, True, "10", 2.0])
def test_integer_arguments_are_checked_as_integers_before_sending(
    bad: object, client: Client, server: LoopbackServer
) -> None:
    server.reply_json(EMPTY_PAGE)
    with pytest.raises(TypeError, match=r"per_page must be an int, not "):
        TokensApi(client).list_tokens("api", per_page=bad)  # type: ignore[arg-type]
    assert server.requests == []


def test_bool_and_enum_keyword_arguments(client: Client, server: LoopbackServer) -> None:
    server.reply_json(EMPTY_PAGE)
    api = AssetsApi(client)
    with pytest.raises(TypeError, match="include_system_assets must be a bool, not str"):
        api.list_assets("ws", "ts", "p", include_system_assets="yes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="asset_type must be one of"):
        api.list_assets("ws", "ts", "p", asset_type="arrays")
    assert server.requests == []
    api.list_assets("ws", "ts", "p", asset_type="array", page=2)
    assert "asset_type=array" in server.last.target and "page=2" in server.last.target
    api.list_assets("ws", "ts", "p", asset_type=AssetType.GROUP)
    assert "asset_type=group" in server.last.target
