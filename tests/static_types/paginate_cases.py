"""Checked by ``test_typing.py`` with mypy, never run: how the item type flows through the walks.

Lines marked ``# E:`` must be reported by mypy with that error code; every other line must pass.
"""

from __future__ import annotations

from typing import assert_type

from tiledb.client.rest_api.api import AssetsApi, AsyncAssetsApi, TokensApi
from tiledb.client.rest_api.models.api_token import APIToken
from tiledb.client.rest_api.models.asset import Asset

from tiledb.client import apaginate, paginate


def sync_walks(assets: AssetsApi, tokens: TokensApi) -> None:
    for asset in paginate(assets.list_assets, "ws", "ts", "path", per_page=500):
        assert_type(asset, Asset)
    for token in paginate(tokens.list_tokens, "user", per_page=50):
        assert_type(token, APIToken)
    paginate(assets.list_assets, "ws", per_page=5)  # E: call-arg
    paginate(assets.list_assets, "ws", "ts", "path", per_pag=5)  # E: call-arg
    paginate(assets.get_asset, "ws", "ts", "asset")  # E: arg-type


async def async_walks(assets: AsyncAssetsApi) -> None:
    async for asset in apaginate(assets.list_assets, "ws", "ts", "path", per_page=500):
        assert_type(asset, Asset)
    paginate(assets.list_assets, "ws", "ts", "path")  # E: arg-type
