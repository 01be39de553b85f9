"""The operations that answer a stream, streamed: ``agent_chat`` (server-sent events) and the Delta
Sharing queries (``application/x-ndjson``), one record at a time with a pause between records.
A Delta Sharing query names a table that must exist (an asset of a teamspace the caller reads,
see ``integrations.shared_table``): else the answer is a 404.

A handler returns a :class:`StreamedReply`, whose ``chunks`` the server sends as they come (see
``FakeServer._endpoint``). Tests steer the streams of a server through :func:`stream_control`:
how many records, the pause between them, and a gate the last record waits for, so a test can
prove that the first record reached the client while the server still held the last one.
"""

from __future__ import annotations

import asyncio
import json
import threading
import uuid
import weakref
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from ..examples import ExampleBuilder
from ..spec import load_spec
from ..state import State
from .base import Context, Reply, handler
from .integrations import shared_table

__all__ = ["StreamControl", "StreamedReply", "stream_control"]


@dataclass
class StreamControl:
    """How the streams of one fake server behave (defaults: 3 records, 20 ms apart, no gate).

    Attributes:
        records: How many records a stream sends (SSE: message events between start and done).
        pause: Seconds between two records.
        gate: When set to an event, the last record is sent only once it is set.
        sent: Records sent so far, by all streams of the server.
        last_sent: Set when a stream has sent its last record.
    """

    records: int = 3
    pause: float = 0.02
    gate: threading.Event | None = None
    sent: int = 0
    last_sent: threading.Event = field(default_factory=threading.Event)


_CONTROLS: weakref.WeakKeyDictionary[State, StreamControl] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def stream_control(server: Any) -> StreamControl:
    """The :class:`StreamControl` of a ``FakeServer`` (made on first use)."""
    state: State = server.state
    with _LOCK:
        control = _CONTROLS.get(state)
        if control is None:
            control = _CONTROLS[state] = StreamControl()
        return control


@dataclass
class StreamedReply(Reply):
    """A reply whose body is sent chunk by chunk as ``chunks()`` yields it."""

    chunks: Callable[[], AsyncIterator[bytes]] | None = None
    content_type: str = "application/json"
    #: The records ``chunks()`` sends, one each (so an answer check can read them without sending).
    records: list[bytes] = field(default_factory=list)


async def _paced(control: StreamControl, records: list[bytes]) -> AsyncIterator[bytes]:
    for index, record in enumerate(records):
        last = index == len(records) - 1
        if index:
            await asyncio.sleep(control.pause)
        if last and control.gate is not None:
            gate = control.gate
            for _ in range(1000):  # at most 10 s: a test that forgot its gate still ends
                if gate.is_set():
                    break
                await asyncio.sleep(0.01)
        yield record
        control.sent += 1
        if last:
            control.last_sent.set()


def _reply(ctx: Context, records: list[bytes], content_type: str) -> StreamedReply:
    control = _CONTROLS.get(ctx.state) or StreamControl()
    return StreamedReply(
        ctx.op.success_status,
        None,
        {"Cache-Control": "no-cache"},
        chunks=lambda: _paced(control, records),
        content_type=content_type,
        records=records,
    )


def _count(ctx: Context) -> int:
    control = _CONTROLS.get(ctx.state)
    return control.records if control is not None else StreamControl.records


@handler("agent_chat")
def agent_chat(ctx: Context) -> Reply:
    """A start event, one message event per record, a done event."""
    body = ctx.body if isinstance(ctx.body, dict) else {}
    conversation = str(body.get("conversation_id") or "conv_" + uuid.uuid4().hex[:12])
    run = "run_" + uuid.uuid4().hex[:12]
    base = {"conversation_id": conversation, "run_id": run}
    prompt = str(body.get("prompt", ""))
    events: list[tuple[str, dict[str, Any]]] = [("start", {"event": "start", **base})]
    for index in range(_count(ctx)):
        content = f"part {index + 1} of the answer to {prompt!r}"
        events.append(("message", {"event": "message", **base, "content": content, "agent": "fake"}))
    events.append(("done", {"event": "done", **base, "agent_chain": ["fake"]}))
    records = [
        f"event: {name}\nid: {i}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()
        for i, (name, data) in enumerate(events)
    ]
    return _reply(ctx, records, "text/event-stream")


_BUILDER: list[ExampleBuilder] = []


def _example(ctx: Context) -> Any:
    if not _BUILDER:
        _BUILDER.append(ExampleBuilder(load_spec()))
    schema = ctx.op.responses.get(ctx.op.success_status, (None, None))[1]
    return _BUILDER[0].build(schema)


@handler("query_table", "query_table_changes", "query_table_metadata")
def delta_sharing(ctx: Context) -> Reply:
    """One example record of the operation's schema per line, each with its own ``id``.

    Only for a table that exists: an unknown share, schema or table is a 404 (the spec's ``Error``
    body), as a deployment answers.
    """
    shared_table(ctx)
    template = _example(ctx)
    records = []
    for index in range(_count(ctx)):
        record = dict(template) if isinstance(template, dict) else template
        if isinstance(record, dict) and "id" in record:
            record["id"] = f"{record['id']}-{index}"
        records.append(json.dumps(record, separators=(",", ":")).encode() + b"\n")
    return _reply(ctx, records, "application/x-ndjson")
