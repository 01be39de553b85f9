"""Listing pages kept as JSON text: the scanner, the items parsed on reading, the errors, memory.

The scanner is checked against ``json.loads`` on generated documents; the rest runs against the
fake server over real HTTP.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tiledb.client.rest_api.api import AssetsApi
from tiledb.client.rest_api.errors import ResponseValidationError

from tiledb.client import assets, build
from tiledb.client._highlevel.pages import JsonPage, scan_list_answer
from tiledb.client.testing import FakeServer

TS = "general"

_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)
_others = st.dictionaries(st.text(max_size=6).filter(lambda k: k != "data"), _values, max_size=4)
_layouts = st.sampled_from(
    [
        {},
        {"indent": 2},
        {"separators": (",", ":")},
        {"separators": (" , ", " : ")},
        {"ensure_ascii": False},
        {"indent": "\t", "ensure_ascii": False},
    ]
)


def _document(others: dict[str, Any], items: list[Any], position: int) -> dict[str, Any]:
    """``others`` with ``"data": items`` inserted at member ``position``."""
    pairs = list(others.items())
    pairs.insert(min(position, len(pairs)), ("data", items))
    return dict(pairs)


@settings(max_examples=300, deadline=None)
@given(others=_others, items=st.lists(_values, max_size=6), position=st.integers(0, 4), layout=_layouts)
def test_the_scanner_reads_what_json_loads_reads(
    others: dict[str, Any], items: list[Any], position: int, layout: dict[str, Any]
) -> None:
    text = json.dumps(_document(others, items, position), **layout)
    if layout.get("indent"):
        text = f"\n {text}\r\n"
    members, starts = scan_list_answer(text)
    expected = json.loads(text)
    assert starts is not None
    assert [json.JSONDecoder().raw_decode(text, s)[0] for s in starts] == expected.pop("data")
    assert members == expected


@settings(max_examples=200, deadline=None)
@given(others=_others, items=st.lists(_values, min_size=1, max_size=4), cut=st.integers(0, 10_000))
def test_the_scanner_refuses_whatever_json_loads_refuses(
    others: dict[str, Any], items: list[Any], cut: int
) -> None:
    text = json.dumps(_document(others, items, 0))
    broken = text[: cut % len(text)]  # every proper prefix of an object is invalid JSON
    with pytest.raises(json.JSONDecodeError):
        json.loads(broken)
    with pytest.raises(json.JSONDecodeError):
        scan_list_answer(broken)
    with pytest.raises(json.JSONDecodeError):
        scan_list_answer(text + " x")


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("[]", json.JSONDecodeError),
        ('"data"', json.JSONDecodeError),
        ('{"data": [1,]}', json.JSONDecodeError),
        ('{"data": [1 2]}', json.JSONDecodeError),
        ('{"data" [1]}', json.JSONDecodeError),
        ("{data: [1]}", json.JSONDecodeError),
        ('{"data": [1]} {}', json.JSONDecodeError),
        ('{"data": {"a": 1}}', TypeError),
        ('{"data": null}', TypeError),
    ],
)
def test_the_scanner_names_what_is_wrong(text: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        scan_list_answer(text)


def test_a_repeated_member_counts_once_the_last_as_json_loads_does() -> None:
    text = '{"data": [1, 2], "n": 1, "data": [3], "n": 2}'
    members, starts = scan_list_answer(text)
    assert members == {"n": 2}
    assert starts is not None and [int(text[s]) for s in starts] == [3]
    assert scan_list_answer('{"n": 1}') == ({"n": 1}, None)
    assert scan_list_answer("{}") == ({}, None)
    assert scan_list_answer(' { "data" : [ ] } ') == ({}, [])


# ----------------------------------------------------------------- against the fake server
def test_items_read_from_text_equal_the_generated_models(hl: FakeServer) -> None:
    hl.add_assets(n=25, path="many")
    api = build(AssetsApi)
    answers = [api.list_assets(hl.workspace_name, TS, "many", page=n, per_page=10) for n in (1, 2, 3)]
    eager = [a for answer in answers for a in answer.data]
    pager = assets.list_assets("many", teamspace=TS, per_page=10)
    assert list(pager) == eager
    assert pager[13] == eager[13] and pager[-1] == eager[-1] and pager[3:6] == eager[3:6]
    assert pager.data == eager[:10]
    assert pager.pagination_metadata.total_items == 25
    page = pager._page(1)
    assert isinstance(page, JsonPage) and len(page.data) == 10
    assert page.data[-1] == eager[9] and page.data[8:] == eager[8:10]


def test_the_current_pages_data_is_parsed_once(hl: FakeServer) -> None:
    hl.add_assets(n=25, path="many")
    pager = assets.list_assets("many", teamspace=TS, per_page=10)
    first = pager.data
    assert all(a is b for a, b in zip(first, pager.data, strict=True))
    second = pager.call_page(2)
    assert [a.name for a in second] == [f"array_{n:05d}" for n in range(11, 21)]
    assert all(a is b for a, b in zip(second, pager.data, strict=True))
    assert pager.data is not pager.data  # a list of its own each time, as before


def test_an_answer_that_is_not_json_fails_when_it_arrives(hl: FakeServer) -> None:
    hl.add_assets(n=5, path="many")
    hl.faults.add(regex=r"/v4/assets/list/.*", status=200, body='{"data": [', content_type="application/json")
    pager = assets.list_assets("many", teamspace=TS)
    with pytest.raises(assets.AssetsError) as caught:
        len(pager)
    assert isinstance(caught.value.__cause__, ResponseValidationError)
    assert "not valid JSON" in str(caught.value) and caught.value.request_id
    assert hl.token not in str(caught.value)
    assert len(pager) == 5  # a failed page is asked for again


def test_an_answer_without_its_metadata_fails_when_it_arrives(hl: FakeServer) -> None:
    hl.add_assets(n=5, path="many")
    hl.faults.add(regex=r"/v4/assets/list/.*", missing_field="pagination_metadata")
    with pytest.raises(assets.AssetsError, match="pagination_metadata"):
        list(assets.list_assets("many", teamspace=TS))


def test_an_item_that_does_not_fit_its_model_fails_when_it_is_read(hl: FakeServer) -> None:
    hl.add_assets(n=5, path="many")
    hl.faults.add(regex=r"/v4/assets/list/.*", missing_field="data.2.id")
    walk = iter(assets.list_assets("many", teamspace=TS))
    assert [next(walk).name for _ in range(2)] == ["array_00001", "array_00002"]
    with pytest.raises(assets.AssetsError) as caught:
        next(walk)
    assert isinstance(caught.value.__cause__, ResponseValidationError)
    assert "'id' is missing" in str(caught.value)
    assert caught.value.status_code == 200 and caught.value.request_id


# ------------------------------------------------------------------------------ memory
@pytest.fixture
def no_collector() -> Iterator[None]:
    """The cyclic garbage collector off: what is not freed by reference counting stays."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _left_for_the_collector(*type_names: str) -> list[str]:
    """The objects of the client's types (``module.name``) only the cyclic collector would free.

    Named by module so that the fake server's own objects (starlette has a ``Response`` too), which
    live in this process, never count.
    """
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        found = (f"{type(o).__module__}.{type(o).__name__}" for o in gc.garbage)
        return [name for name in found if name in type_names]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


def test_a_walk_leaves_no_page_or_answer_to_the_garbage_collector(hl: FakeServer, no_collector: None) -> None:
    hl.add_assets(n=60, path="many")
    assert sum(1 for _ in assets.list_assets("many", teamspace=TS, per_page=10)) == 60
    assets.get_asset("many/array_00001", teamspace=TS)
    left = _left_for_the_collector(
        "tiledb.client._highlevel.pages.JsonPage",
        "tiledb.client._highlevel.pages._Items",
        "httpx.Response",
        "tiledb.client.rest_api.models.asset.Asset",
    )
    assert left == []


def test_httpx_answers_are_freed_without_the_garbage_collector(hl: FakeServer, no_collector: None) -> None:
    """httpx's own response wrapper refers back to the response; our transport undoes the cycle."""
    import asyncio

    from tiledb.client.rest_api.api import AsyncAssetsApi
    from tiledb.client.rest_api.api.assets import list_assets as operation

    api = build(AssetsApi)
    api.get_asset(hl.workspace_name, TS, "examples/dense_array")
    with operation.stream(hl.workspace_name, TS, "examples", client=api.client) as response:
        assert response.read()

    async def twice() -> None:
        aapi = build(AsyncAssetsApi)
        await aapi.get_asset(hl.workspace_name, TS, "examples/dense_array")
        async with operation.astream(hl.workspace_name, TS, "examples", client=aapi.client) as answer:
            assert await answer.aread()

    asyncio.run(twice())
    del response
    left = _left_for_the_collector(
        "httpx.Response", "httpx._client.BoundSyncStream", "httpx._client.BoundAsyncStream"
    )
    assert left == []
