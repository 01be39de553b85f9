"""The async pool over aiohttp (the ``aiohttp`` extra): chosen by default when installed, never for
HTTP/2 or a proxy, and seen from above exactly as httpx's pool: the same exceptions, pool limits and
timeouts, bodies and connection reuse. The other transport tests run over it too (their
``async_client`` uses the default pool); ``TILEDB_CLIENT_ASYNC_TRANSPORT=httpx`` runs them over httpx's.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from tiledb.client._http import engine
from tiledb.client._http.aio import AiohttpPool
from tiledb.client._http.connections import default_verify_context
from tiledb.client._http.retry import connect_failure
from tiledb.client._http.transport import REPLAYABLE_BODY

from .support import Answer, Script, closed_port


def _client(url: str, max_connections: int = 10, pool: float = 5.0) -> httpx.AsyncClient:
    transport = AiohttpPool(default_verify_context(), httpx.Limits(max_connections=max_connections))
    return httpx.AsyncClient(base_url=url, transport=transport, timeout=httpx.Timeout(5.0, pool=pool))


def test_the_engine_is_aiohttp_when_installed_unless_the_environment_says_httpx(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(engine.ENGINE_VARIABLE, raising=False)
    assert engine.async_engine() == "aiohttp"
    monkeypatch.setenv(engine.ENGINE_VARIABLE, "httpx")
    assert engine.async_engine() == "httpx"
    assert engine.async_engine("aiohttp") == "aiohttp"  # an explicit choice wins
    monkeypatch.setattr(engine, "aiohttp_available", lambda: False)
    with pytest.raises(ImportError, match=r"tiledb-rest-client\[aiohttp\]"):
        engine.async_engine("aiohttp")
    monkeypatch.delenv(engine.ENGINE_VARIABLE)
    assert engine.async_engine() == "httpx"


def test_http2_and_proxies_stay_on_httpxs_pool() -> None:
    context, limits = default_verify_context(), httpx.Limits(max_connections=4)
    fast = engine.fast_async_pool(context, limits, http2=False, proxy=None, engine="aiohttp")
    assert fast is not None and isinstance(fast(), AiohttpPool)
    assert engine.fast_async_pool(context, limits, http2=True, proxy=None, engine="aiohttp") is None
    assert (
        engine.fast_async_pool(context, limits, http2=False, proxy="http://p:3128", engine="aiohttp") is None
    )
    assert engine.fast_async_pool(context, limits, http2=False, proxy=None, engine="httpx") is None


def test_sequential_calls_share_one_connection_and_a_burst_stays_within_the_limit(server: Script) -> None:
    server.default = Answer(delay=0.05)

    async def main() -> list[int]:
        async with _client(server.url, max_connections=6) as client:
            for i in range(5):
                await client.get(f"/v4/one?i={i}")
            answers = await asyncio.gather(*(client.get(f"/v4/burst?i={i}") for i in range(20)))
            return [a.status_code for a in answers]

    assert asyncio.run(main()) == [200] * 20
    burst = {s.peer for s in server.seen if s.path.startswith("/v4/burst")}
    assert 1 < len(burst) <= 6
    assert len({s.peer for s in server.seen if s.path.startswith("/v4/one")}) == 1


def test_a_request_beyond_the_limit_waits_then_raises_pool_timeout(server: Script) -> None:
    server.default = Answer(delay=1.0)

    async def main() -> list[object]:
        async with _client(server.url, max_connections=2, pool=0.2) as client:
            return await asyncio.gather(*(client.get("/v4/slow") for _ in range(3)), return_exceptions=True)

    outcomes = asyncio.run(main())
    assert sum(isinstance(o, httpx.PoolTimeout) for o in outcomes) == 1
    assert sum(isinstance(o, httpx.Response) and o.status_code == 200 for o in outcomes) == 2


def test_a_refused_connection_is_a_connect_error_that_names_the_refusal() -> None:
    async def main() -> None:
        async with _client(f"http://127.0.0.1:{port}") as client:
            await client.get("/v4/x")

    with closed_port() as port, pytest.raises(httpx.ConnectError) as caught:
        asyncio.run(main())
    assert connect_failure(caught.value) == "refused"


def test_a_dropped_connection_is_a_remote_protocol_error_and_not_sent_again(server: Script) -> None:
    server.plan(Answer(drop=True))  # then 200s: a second attempt would succeed

    async def main() -> None:
        async with _client(server.url) as client:
            await client.get("/v4/x")

    with pytest.raises(httpx.RemoteProtocolError):
        asyncio.run(main())
    assert len(server.seen) == 1  # retries are the retry policy's, never aiohttp's


def test_bodies_go_out_whole_as_bytes_or_as_a_stream_of_known_length(server: Script) -> None:
    async def parts() -> AsyncIterator[bytes]:
        for piece in (b"abc", b"def", b"gh"):
            yield piece

    async def main() -> None:
        async with _client(server.url) as client:
            await client.put("/v4/bytes", content=b"0123456789")
            request = client.build_request(
                "PUT",
                "/v4/stream",
                content=parts(),
                headers={"Content-Length": "8"},
                extensions={REPLAYABLE_BODY: False},
            )
            answer = await client.send(request)
            await answer.aclose()
            reply = await client.get("/v4/answer")
            assert reply.json() == {"ok": True}

    asyncio.run(main())
    bodies = {s.path: s.body for s in server.seen}
    assert bodies == {"/v4/bytes": b"0123456789", "/v4/stream": b"abcdefgh", "/v4/answer": b""}
    assert all("cookie" not in s.headers for s in server.seen)


def test_a_streamed_answer_read_in_part_then_closed_frees_its_slot(server: Script) -> None:
    server.default = Answer(body=b"x" * 200_000)

    async def main() -> int:
        async with _client(server.url, max_connections=1, pool=1.0) as client:
            async with client.stream("GET", "/v4/big") as answer:
                async for _ in answer.aiter_raw():
                    break  # leave the rest unread
            return (await client.get("/v4/next")).status_code  # the one slot is free again

    assert asyncio.run(main()) == 200
