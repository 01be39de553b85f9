"""The async transport: the main cases of the sync tests, through httpx.AsyncClient."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from tiledb.client._http.transport import (
    RedirectCache,
    RedirectLoopError,
    RetryBudget,
    RetryPolicy,
    async_transport,
)

from .support import API_KEY, Answer, AsyncMappedHosts, FakeTime, Script, async_client, policy


def test_short_503_storm_ends_in_success(server: Script) -> None:
    server.plan(Answer(503), Answer(429), Answer(503))

    async def main() -> int:
        # the default sleep (anyio.sleep) and clock
        async with async_client(server.url, policy()) as client:
            return (await client.get("/v4/x")).status_code

    assert asyncio.run(main()) == 200
    assert len(server.seen) == 4


def test_long_storm_returns_the_last_503_within_the_budget(server: Script, fake_time: FakeTime) -> None:
    server.default = Answer(503)
    retry = policy(backoff_factor=1.0, backoff_max=8.0, jitter=0.0, total_timeout=10.0, max_attempts=100)

    async def main() -> httpx.Response:
        async with async_client(server.url, retry, time_source=fake_time) as client:
            response = await client.get("/v4/x")
            await response.aread()
            return response

    assert asyncio.run(main()).status_code == 503
    assert fake_time.sleeps == [1.0, 2.0, 4.0]
    assert len(server.seen) == 4


def test_read_timeouts(server: Script) -> None:
    server.plan(Answer(delay=0.4), Answer(delay=0.4))

    async def main() -> int:
        async with async_client(server.url, timeout=0.1) as client:
            with pytest.raises(httpx.ReadTimeout):
                await client.post("/v4/tokens", json={})
            assert len(server.seen) == 1
            return (await client.get("/v4/x")).status_code

    assert asyncio.run(main()) == 200
    assert len(server.seen) == 3


def test_dropped_connection_is_retried(server: Script) -> None:
    server.plan(Answer(drop=True))

    async def main() -> int:
        async with async_client(server.url) as client:
            return (await client.put("/v4/x", json={"a": 1})).status_code

    assert asyncio.run(main()) == 200
    assert [s.body for s in server.seen] == [b'{"a":1}', b'{"a":1}']


def test_dropped_connection_after_a_post_is_not_retried(server: Script) -> None:
    server.plan(Answer(drop=True))

    async def main() -> None:
        async with async_client(server.url) as client:
            await client.post("/v4/x", json={"a": 1})

    with pytest.raises(httpx.RemoteProtocolError):
        asyncio.run(main())
    assert len(server.seen) == 1


def test_shared_budget_across_tasks(server: Script) -> None:
    server.default = Answer(503)
    budget = RetryBudget(capacity=15, retry_cost=5)

    async def main() -> list[int]:
        async with async_client(server.url, budget=budget) as client:
            responses = await asyncio.gather(*(client.get("/v4/x") for _ in range(20)))
            return [r.status_code for r in responses]

    assert asyncio.run(main()) == [503] * 20
    assert len(server.seen) == 23


def test_redirects_remembered_and_credentials_guarded(server: Script, regional: Script) -> None:
    server.plan(
        Answer(308, {"Location": "https://eu.tiledb.test/v4/a"}),
        Answer(307, {"Location": f"http://localhost:{regional.port}/v4/b"}),
    )
    hosts = AsyncMappedHosts({"api.tiledb.test": server.url, "eu.tiledb.test": regional.url})

    async def main() -> None:
        async with async_client("https://api.tiledb.test", inner=hosts) as client:
            await client.put("/v4/a", content=b"body")
            await client.put("/v4/a", content=b"body")
            await client.get("/v4/b")

    asyncio.run(main())
    assert [s.path for s in server.seen] == ["/v4/a", "/v4/b"]
    assert [(s.method, s.body) for s in regional.seen[:2]] == [("PUT", b"body"), ("PUT", b"body")]
    assert regional.seen[0].headers["x-tiledb-rest-api-key"] == API_KEY
    assert regional.seen[1].headers["x-tiledb-rest-api-key"] == API_KEY
    assert "x-tiledb-rest-api-key" not in regional.seen[2].headers


def test_redirect_loop(server: Script) -> None:
    server.default = Answer(302, {"Location": "/v4/x"})

    async def main() -> None:
        async with async_client(server.url, redirects=RedirectCache(server.url, max_redirects=3)) as client:
            await client.get("/v4/x")

    with pytest.raises(RedirectLoopError, match="More than 3 redirects"):
        asyncio.run(main())
    assert len(server.seen) == 4


def test_factory_and_close(server: Script) -> None:
    server.plan(Answer(503))
    transport = async_transport(
        policy=RetryPolicy.for_mode("forceful", backoff_factor=0.001),
        budget=RetryBudget(),
        redirects=RedirectCache(server.url),
    )

    async def main() -> int:
        async with httpx.AsyncClient(base_url=server.url, transport=transport) as client:
            return (await client.get("/v4/x")).status_code

    assert asyncio.run(main()) == 200
    assert len(server.seen) == 2


def test_aclose_propagates_to_the_wrapped_transport() -> None:
    closed = []

    class Inner(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

        async def aclose(self) -> None:
            closed.append(True)

    from tiledb.client._http.transport import AsyncRetryTransport

    async def main() -> None:
        transport = AsyncRetryTransport(
            Inner(), policy=policy(), budget=RetryBudget(), redirects=RedirectCache("http://h")
        )
        async with httpx.AsyncClient(transport=transport) as client:
            assert (await client.get("http://h/x")).status_code == 200

    asyncio.run(main())
    assert closed == [True]
