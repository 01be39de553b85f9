"""A large answer is parsed with the cyclic garbage collector paused, and the collector comes back.

``types.parsing`` pauses the collector for a body of at least ``LARGE_ANSWER`` bytes (tens of
thousands of new containers would otherwise trigger collection after collection), leaves it alone
for a small body, enables it again when the last of several overlapping parses ends, on an error
too, and never enables a collector the application had disabled.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _restapi_support import LoopbackServer, Reply
from tiledb.client.rest_api import types
from tiledb.client.rest_api.api import AssetsApi
from tiledb.client.rest_api.client import Client
from tiledb.client.rest_api.models import AssetListResponse

LARGE = b" " * types.LARGE_ANSWER
SMALL = LARGE[:-1]


@pytest.fixture(autouse=True)
def _collector_enabled() -> Iterator[None]:
    """Each test starts with the collector enabled and leaves it so, whatever it did."""
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_a_small_answer_leaves_the_collector_running() -> None:
    with types.parsing(SMALL):
        assert gc.isenabled()
    assert gc.isenabled()


def test_a_large_answer_pauses_the_collector_until_the_parse_ends() -> None:
    with types.parsing(LARGE):
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_parses_enable_the_collector_when_the_last_ends() -> None:
    first, second = types.parsing(LARGE), types.parsing(LARGE)
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert not gc.isenabled()  # the second parse is still running
    second.__exit__(None, None, None)
    assert gc.isenabled()


def test_an_error_while_parsing_enables_the_collector_again() -> None:
    with pytest.raises(KeyError), types.parsing(LARGE):
        raise KeyError("data")
    assert gc.isenabled()


def test_a_collector_the_application_disabled_stays_disabled() -> None:
    gc.disable()
    with types.parsing(LARGE):
        assert not gc.isenabled()
    assert not gc.isenabled()


def _asset(i: int) -> dict[str, Any]:
    return {
        "id": f"ast_{i:06d}",
        "workspace_id": "ws_1",
        "teamspace_id": "ts_1",
        "workspace": {"workspace_id": "ws_1", "name": "acme"},
        "teamspace": {"teamspace_id": "ts_1", "name": "general", "space_type": "teamspace"},
        "name": f"array-{i:06d}",
        "backing_type": "array",
        "type": "array",
        "path": f"array-{i:06d}",
        "created_at": "2025-01-01T00:00:00Z",
        "created_by": {
            "user_id": "usr_1",
            "username": "alice",
            "display_name": "Alice",
            "email": "alice@acme.org",
            "role": "owner",
            "added_by": "usr_0",
            "created_at": "2024-03-01T09:30:00Z",
        },
        "tiledb_uri": f"tiledb://acme/general/array-{i:06d}",
    }


def test_a_large_list_answer_is_parsed_whole_and_the_collector_runs_afterwards(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = 400  # about 200 KB of JSON: over the threshold
    body = {
        "data": [_asset(i) for i in range(count)],
        "pagination_metadata": {"page": 1, "per_page": count, "total_pages": 1, "total_items": count},
    }
    reply = Reply.json(body)
    assert len(reply.body) >= types.LARGE_ANSWER
    server.responder = lambda request: reply
    seen: list[bool] = []
    original = AssetListResponse.from_dict.__func__  # type: ignore[attr-defined]

    def spy(cls: type[AssetListResponse], src: Any) -> AssetListResponse:
        seen.append(gc.isenabled())
        return original(cls, src)  # type: ignore[no-any-return]

    monkeypatch.setattr(AssetListResponse, "from_dict", classmethod(spy))
    with httpx.Client(base_url=server.url, timeout=10) as http:
        api = AssetsApi(Client(base_url=server.url).set_httpx_client(http))
        answer = api.list_assets("acme", "general", "folder", per_page=count)
    assert seen == [False]  # the models were built with the collector paused
    assert gc.isenabled()
    assert [a.id for a in answer.data] == [f"ast_{i:06d}" for i in range(count)]
