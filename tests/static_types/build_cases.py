"""Checked by ``test_mypy_cases.py`` with mypy, never run: what ``build()`` gives a type checker.

Lines marked ``# E:`` must be reported by mypy with that error code; every other line must pass.
"""

from __future__ import annotations

from typing import assert_type

from tiledb.client.rest_api.api import AsyncTokensApi, TokensApi
from tiledb.client.rest_api.models.token_list_response import TokenListResponse

import tiledb.client
from tiledb.client import Client, build


def module_level() -> None:
    tokens = build(TokensApi)
    assert_type(tokens, TokensApi)
    assert_type(tokens.list_tokens("user"), TokenListResponse)
    assert_type(tiledb.client.build(AsyncTokensApi), AsyncTokensApi)
    build(TokensApi).list_tokens(42)  # E: arg-type
    build("TokensApi")  # E: arg-type


async def on_a_client(client: Client) -> None:
    api = client.build(AsyncTokensApi)
    assert_type(api, AsyncTokensApi)
    assert_type(await api.list_tokens("user"), TokenListResponse)
    assert_type(client.build(TokensApi), TokensApi)
