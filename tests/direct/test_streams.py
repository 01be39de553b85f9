"""Streams: ``agent_chat`` yields server-sent events as they arrive, the Delta Sharing queries one
NDJSON record at a time; closing the iterator closes the connection."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from tiledb.client.rest_api import models
from tiledb.client.rest_api.api import AgentApi, AsyncAgentApi, AsyncDeltasharingApi, DeltasharingApi

import tiledb.client as tc
from tiledb.client.testing import FakeServer
from tiledb.client.testing.handlers.streams import StreamControl, stream_control


@pytest.fixture
def control(logged_in: FakeServer) -> Iterator[StreamControl]:
    """The server's stream settings, with a gate the last record waits for."""
    settings = stream_control(logged_in)
    settings.records, settings.gate, settings.sent = 3, threading.Event(), 0
    settings.last_sent.clear()
    yield settings
    settings.gate.set()
    settings.gate = None


def table(server: FakeServer) -> str:
    """A table to query: an asset of the seeded teamspace (a deployment answers 404 for one that
    does not exist)."""
    return server.add_assets(n=1, prefix="table_")[0]


def chat() -> models.ChatRequest:
    return models.ChatRequest(
        prompt="hello", llm_config_id="llm_1", model=models.OpenaiModel("gpt-3.5-turbo")
    )


def test_the_first_event_arrives_before_the_server_sends_the_last(
    logged_in: FakeServer, control: StreamControl
) -> None:
    stream = tc.build(AgentApi).agent_chat(logged_in.workspace_name, chat())
    with stream:
        first = next(stream)
        # In the caller's hands, while the server still holds the last event behind the gate.
        assert not control.last_sent.is_set()
        assert first.event == "start" and isinstance(first.data, models.ChatStreamStartEvent)
        control.gate.set()  # type: ignore[union-attr]
        rest = list(stream)
    assert control.last_sent.is_set()
    assert [e.event for e in rest] == ["message"] * 3 + ["done"]
    assert isinstance(rest[0].data, models.ChatStreamMessageEvent)
    assert rest[0].data.content.startswith("part 1")
    assert isinstance(rest[-1].data, models.ChatStreamDoneEvent)
    assert [e.id for e in rest] == ["1", "2", "3", "4"]
    assert stream.response.is_closed


def test_async_events_arrive_before_the_last_is_sent(logged_in: FakeServer, control: StreamControl) -> None:
    async def main() -> list[Any]:
        api = tc.build(AsyncAgentApi)
        stream = await api.agent_chat(logged_in.workspace_name, chat())
        async with stream:
            first = await stream.__anext__()
            assert not control.last_sent.is_set()
            control.gate.set()  # type: ignore[union-attr]
            return [first] + [event async for event in stream]

    events = asyncio.run(main())
    assert [e.event for e in events] == ["start"] + ["message"] * 3 + ["done"]
    assert control.last_sent.is_set()


def test_closing_the_iterator_closes_the_connection(logged_in: FakeServer, control: StreamControl) -> None:
    stream = tc.build(AgentApi).agent_chat(logged_in.workspace_name, chat())
    assert next(stream).event == "start"
    stream.close()
    assert stream.response.is_closed
    assert not control.last_sent.is_set()  # the server never got to send the last event
    assert list(stream) == []  # a closed stream ends


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_ndjson_records_come_one_at_a_time(
    logged_in: FakeServer, control: StreamControl, flavour: str
) -> None:
    control.records = 5
    ws, ts, asset = logged_in.workspace_name, "general", table(logged_in)
    body = models.QueryTableRequest()
    if flavour == "sync":
        stream = tc.build(DeltasharingApi).query_table(ws, ts, asset, body)
        first = next(stream)
        assert not control.last_sent.is_set()
        control.gate.set()  # type: ignore[union-attr]
        records = [first, *stream]
    else:

        async def main() -> list[Any]:
            stream = await tc.build(AsyncDeltasharingApi).query_table(ws, ts, asset, body)
            first = await stream.__anext__()
            assert not control.last_sent.is_set()
            control.gate.set()  # type: ignore[union-attr]
            return [first] + [r async for r in stream]

        records = asyncio.run(main())
    assert len(records) == 5
    assert all(isinstance(r, models.QueryTableResponse) for r in records)
    assert len({r.id for r in records}) == 5


def test_a_stream_error_status_raises_its_class(logged_in: FakeServer) -> None:
    logged_in.faults.add(prefix="/v4/agents/chat/", status=403)
    with pytest.raises(tc.PermissionDeniedError):
        tc.build(AgentApi).agent_chat(logged_in.workspace_name, chat())


def test_memory_stays_flat_however_long_the_stream(logged_in: FakeServer, control: StreamControl) -> None:
    import tracemalloc

    control.records, control.pause = 3000, 0.0
    control.gate.set()  # type: ignore[union-attr]
    stream = tc.build(DeltasharingApi).query_table(
        logged_in.workspace_name, "general", table(logged_in), models.QueryTableRequest()
    )
    first = next(stream)
    record_size = len(json.dumps(first.to_dict()))
    tracemalloc.start()
    try:
        count = 1 + sum(1 for _ in stream)  # each record dropped once read
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 3000
    # The whole body is 3000 records; reading it held a small fraction of that at any time.
    assert peak < record_size * 3000 / 5, (peak, record_size)


def _table_calls(api: DeltasharingApi, share: str, schema: str, name: str) -> list[Callable[[], Any]]:
    """The four table calls of Delta Sharing on one table, ready to run."""
    return [
        lambda: list(api.query_table(share, schema, name, models.QueryTableRequest())),
        lambda: list(api.query_table_changes(share, schema, name)),
        lambda: api.query_table_metadata(share, schema, name),
        lambda: api.query_table_verison(share, schema, name),
    ]


def test_a_query_of_an_unknown_share_schema_or_table_is_a_404(
    logged_in: FakeServer, control: StreamControl
) -> None:
    from tiledb.client.rest_api.client import AuthenticatedClient

    control.pause = 0.0
    control.gate.set()  # type: ignore[union-attr]

    ws, asset = logged_in.workspace_name, table(logged_in)
    folder = logged_in.add_folder("a_folder")
    # A key bound to no workspace (one bound to the seeded workspace is refused elsewhere: 403).
    key = logged_in.add_token()
    wrong = [
        ("nowhere", "general", asset, "workspace 'nowhere' not found"),
        (ws, "nowhere", asset, "schema 'nowhere' not found"),
        (ws, "general", "no_such_table", "table 'no_such_table' not found"),
        (ws, "general", folder, f"table {folder!r} not found"),  # a folder is no table
    ]
    with AuthenticatedClient(
        logged_in.url, key, prefix="", auth_header_name="X-TILEDB-REST-API-KEY"
    ) as client:
        api = DeltasharingApi(client)
        for share, schema, name, words in wrong:
            for call in _table_calls(api, share, schema, name):
                with pytest.raises(tc.NotFoundError) as info:
                    call()
                assert words in str(info.value)
                assert info.value.request_id  # the spec's Error body, with the request's id
        # The same table by path and by id, in its schema by name and by id, is found.
        path = logged_in.state.assets[asset].path
        for call in _table_calls(api, ws, logged_in.teamspace_id, path) + _table_calls(
            api, ws, "general", asset
        ):
            call()
