"""``paginate`` and ``apaginate`` over the fake server, and their edge cases over stub operations."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from tiledb.client.rest_api.api import AssetsApi, AsyncAssetsApi
from tiledb.client.rest_api.client import AuthenticatedClient
from tiledb.client.rest_api.errors import ApiError
from tiledb.client.rest_api.types import UNSET, Unset

from tiledb.client import ClientError, apaginate, paginate
from tiledb.client.testing import FakeServer

FOLDER = "paged"


@pytest.fixture
def server(fake_server: FakeServer) -> FakeServer:
    """The fake server with 25 assets in folder ``paged`` of alice's ``general`` teamspace."""
    fake_server.add_assets(n=25, path=FOLDER)
    fake_server.clear_requests()
    return fake_server


@pytest.fixture
def client(server: FakeServer) -> Iterator[AuthenticatedClient]:
    api_client = AuthenticatedClient(
        base_url=server.url, token=server.token, prefix="", auth_header_name="X-TILEDB-REST-API-KEY"
    )
    with api_client:
        yield api_client


def list_requests(server: FakeServer) -> list[Any]:
    return [r for r in server.requests if r.path.startswith("/v4/assets/list/")]


def test_walks_every_page_and_stops_on_metadata(server: FakeServer, client: AuthenticatedClient) -> None:
    api = AssetsApi(client)
    names = [a.name for a in paginate(api.list_assets, "alice-ws", "general", FOLDER, per_page=10)]

    assert names == [f"array_{i:05d}" for i in range(1, 26)]
    seen = list_requests(server)
    assert [(r.params["page"], r.params["per_page"]) for r in seen] == [("1", "10"), ("2", "10"), ("3", "10")]


def test_is_lazy(server: FakeServer, client: AuthenticatedClient) -> None:
    items = paginate(AssetsApi(client).list_assets, "alice-ws", "general", FOLDER, per_page=10)
    assert list_requests(server) == []
    first = next(items)
    assert first.name == "array_00001"
    assert len(list_requests(server)) == 1
    for _ in range(9):
        next(items)
    assert len(list_requests(server)) == 1  # the 10th item came from the first page
    next(items)
    assert len(list_requests(server)) == 2


def test_exact_multiple_of_page_size_makes_no_extra_request(
    server: FakeServer, client: AuthenticatedClient
) -> None:
    server.add_assets(n=5, path=FOLDER, prefix="more_")  # 30 assets: 3 full pages
    server.clear_requests()
    items = list(paginate(AssetsApi(client).list_assets, "alice-ws", "general", FOLDER, per_page=10))
    assert len(items) == 30
    assert len(list_requests(server)) == 3


def test_starts_at_the_given_page(server: FakeServer, client: AuthenticatedClient) -> None:
    items = list(paginate(AssetsApi(client).list_assets, "alice-ws", "general", FOLDER, page=2, per_page=10))
    assert [a.name for a in items] == [f"array_{i:05d}" for i in range(11, 26)]
    assert [r.params["page"] for r in list_requests(server)] == ["2", "3"]


def test_empty_listing_is_one_request(server: FakeServer, client: AuthenticatedClient) -> None:
    server.add_folder("empty")
    server.clear_requests()
    assert list(paginate(AssetsApi(client).list_assets, "alice-ws", "general", "empty", per_page=10)) == []
    assert len(list_requests(server)) == 1


def test_api_error_surfaces_from_the_failed_page(server: FakeServer, client: AuthenticatedClient) -> None:
    items = paginate(AssetsApi(client).list_assets, "alice-ws", "general", FOLDER, per_page=10)
    first_page = [next(items) for _ in range(10)]
    server.faults.add(prefix="/v4/assets/list/", status=404)
    with pytest.raises(ApiError) as caught:
        next(items)
    assert caught.value.status_code == 404
    assert first_page[-1].name == "array_00010"
    assert [r.params["page"] for r in list_requests(server)] == ["1", "2"]


def test_async_walks_every_page(server: FakeServer, client: AuthenticatedClient) -> None:
    async def collect() -> list[str]:
        api = AsyncAssetsApi(client)
        names = [a.name async for a in apaginate(api.list_assets, "alice-ws", "general", FOLDER, per_page=10)]
        await client.get_async_httpx_client().aclose()
        return names

    names = asyncio.run(collect())
    assert names == [f"array_{i:05d}" for i in range(1, 26)]
    assert [r.params["page"] for r in list_requests(server)] == ["1", "2", "3"]


def test_async_is_lazy(server: FakeServer, client: AuthenticatedClient) -> None:
    async def first_only() -> str:
        items = apaginate(AsyncAssetsApi(client).list_assets, "alice-ws", "general", FOLDER, per_page=10)
        assert list_requests(server) == []
        first = await anext(items)
        await items.aclose()  # type: ignore[attr-defined]
        await client.get_async_httpx_client().aclose()
        return first.name

    assert asyncio.run(first_only()) == "array_00001"
    assert len(list_requests(server)) == 1


@pytest.fixture
def session(server: FakeServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A logged-in session of ``tiledb.client`` over the fake server; forgotten afterwards."""
    import tiledb.client as tc
    from tiledb.client._session import clients as _clients
    from tiledb.client._session import session as _session

    monkeypatch.setenv("HOME", str(tmp_path))
    for var in [v for v in os.environ if v.startswith("TILEDB_")]:
        monkeypatch.delenv(var)
    tc.configure(token=server.token, host=server.url, profile_dir=str(tmp_path / "profiles"))
    tc.login(profile_dir=str(tmp_path / "profiles"))
    monkeypatch.delenv("TILEDB_PROFILE_NAME", raising=False)
    monkeypatch.delenv("TILEDB_PROFILE_DIR", raising=False)
    yield
    _session.swap_session(None)
    _clients.shared_client().close()


def test_walks_an_api_built_from_the_session(server: FakeServer, session: None) -> None:
    from tiledb.client import build

    items = paginate(build(AssetsApi).list_assets, "alice-ws", "general", FOLDER, per_page=10)
    assert len(list(items)) == 25
    assert len(list_requests(server)) == 3


def test_async_walks_an_api_built_from_the_session(server: FakeServer, session: None) -> None:
    from tiledb.client import build

    async def count() -> int:
        api = build(AsyncAssetsApi)
        return len([a async for a in apaginate(api.list_assets, "alice-ws", "general", FOLDER, per_page=10)])

    assert asyncio.run(count()) == 25
    assert len(list_requests(server)) == 3


# ---------------------------------------------------------------- stub operations


@attrs.define
class Meta:
    page: int
    total_pages: int


@attrs.define
class StubPage:
    data: list[int]
    pagination_metadata: Meta | Unset | None


def test_type_error_for_a_result_that_is_not_a_page() -> None:
    def get_thing(*, page: int | Unset = UNSET) -> dict[str, int]:
        return {"a": 1}

    with pytest.raises(TypeError, match=r"get_thing returned dict, which has no \.data and \.pagination"):
        list(paginate(get_thing))  # type: ignore[arg-type]


def test_type_error_for_data_that_is_not_a_list() -> None:
    def odd(*, page: int | Unset = UNSET) -> Any:
        return attrs.make_class(
            "Odd", {"data": attrs.field(default="abc"), "pagination_metadata": attrs.field(default=None)}
        )()

    with pytest.raises(TypeError, match=r"\.data is a str"):
        list(paginate(odd))


def test_sync_walk_refuses_a_coroutine_function_at_once() -> None:
    async def list_things(*, page: int | Unset = UNSET) -> StubPage:
        return StubPage([], None)

    with pytest.raises(TypeError, match="apaginate"):
        paginate(list_things)  # type: ignore[arg-type]


def test_sync_walk_refuses_an_awaitable_result() -> None:
    async def list_things(*, page: int | Unset = UNSET) -> StubPage:
        return StubPage([], None)

    def wrapper(*, page: int | Unset = UNSET) -> Any:
        return list_things(page=page)

    with pytest.raises(TypeError, match="returned an awaitable"):
        list(paginate(wrapper))


def test_async_walk_refuses_a_blocking_operation() -> None:
    def list_things(*, page: int | Unset = UNSET) -> StubPage:
        return StubPage([1], Meta(1, 1))

    async def run() -> None:
        async for _ in apaginate(list_things):  # type: ignore[arg-type]
            pass

    with pytest.raises(TypeError, match="not an awaitable"):
        asyncio.run(run())


@pytest.mark.parametrize("page", [0, -1, "2", True])
def test_bad_start_page(page: Any) -> None:
    def list_things(*, page: Any = UNSET) -> StubPage:
        return StubPage([], None)

    with pytest.raises(ValueError, match="page must be a positive integer"):
        paginate(list_things, page=page)


def test_without_metadata_a_short_page_is_the_last() -> None:
    calls: list[int] = []

    def list_things(*, page: int | Unset = UNSET, per_page: int | Unset = UNSET) -> StubPage:
        assert isinstance(page, int)
        calls.append(page)
        return StubPage([page] * (3 if page < 3 else 1), UNSET)

    assert list(paginate(list_things, per_page=3)) == [1, 1, 1, 2, 2, 2, 3]
    assert calls == [1, 2, 3]


def test_without_metadata_or_page_size_an_empty_page_is_the_last() -> None:
    def list_things(*, page: int | Unset = UNSET) -> StubPage:
        assert isinstance(page, int)
        return StubPage([page] if page <= 2 else [], None)

    assert list(paginate(list_things)) == [1, 2]


def test_a_server_that_ignores_page_is_stopped() -> None:
    def list_things(*, page: int | Unset = UNSET) -> StubPage:
        return StubPage([1, 2], Meta(page=1, total_pages=5))

    items = paginate(list_things)
    assert [next(items), next(items)] == [1, 2]
    with pytest.raises(ClientError, match="asked for page 2 but the server answered page 1 again"):
        next(items)


def test_total_pages_is_reread_on_every_page() -> None:
    def list_things(*, page: int | Unset = UNSET) -> StubPage:
        assert isinstance(page, int)
        return StubPage([page], Meta(page=page, total_pages=2 if page == 1 else 3))

    assert list(paginate(list_things)) == [1, 2, 3]
