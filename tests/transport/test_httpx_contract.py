"""What the transport stack takes from httpx beyond its documented surface, checked on the installed
release: when an httpx release changes one of these, this file fails first and names it.

``make test-pythons`` runs the suite on the oldest and the newest httpx that ``pyproject.toml``
allows, so both ends of the range go through these checks.
"""

from __future__ import annotations

import inspect
import re
import tomllib
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def test_the_installed_httpx_is_inside_the_declared_range() -> None:
    with open(ROOT / "pyproject.toml", "rb") as file:
        dependencies = tomllib.load(file)["project"]["dependencies"]
    (spec,) = (d for d in dependencies if re.match(r"httpx\b", d))
    lower = re.search(r">=\s*([\d.]+)", spec)
    upper = re.search(r"<\s*([\d.]+)", spec)
    assert lower is not None and upper is not None, spec
    installed = _version(httpx.__version__)
    assert _version(lower.group(1)) <= installed < _version(upper.group(1)), (httpx.__version__, spec)


def test_a_client_wraps_the_transports_body_in_a_replaceable_sync_stream() -> None:
    # RetryTransport swaps response.stream for a stream of its own (the body of httpx's reference
    # cycle, encode/httpx#3733): the attribute must be public, settable and a SyncByteStream.
    seen: list[httpx.Response] = []

    def answer(request: httpx.Request) -> httpx.Response:
        response = httpx.Response(200, content=b"body")
        seen.append(response)
        return response

    with httpx.Client(transport=httpx.MockTransport(answer)) as client:
        response = client.get("http://example.test/")
    assert isinstance(seen[0].stream, httpx.SyncByteStream)
    assert response.content == b"body"
    response.stream = httpx.ByteStream(b"")  # settable: the transport relies on it
    assert isinstance(response.stream, httpx.SyncByteStream)


def test_a_request_carries_its_timeouts_as_a_dict_with_a_pool_entry() -> None:
    # The connection wrappers read the pool timeout from request.extensions["timeout"]["pool"].
    captured: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        captured.append(request)
        return httpx.Response(204)

    timeout = httpx.Timeout(5.0, pool=1.5)
    with httpx.Client(transport=httpx.MockTransport(answer), timeout=timeout) as client:
        client.get("http://example.test/")
    assert captured[0].extensions["timeout"]["pool"] == 1.5


def test_a_streamed_request_body_raises_request_not_read() -> None:
    # The retry decision tells a replayable body from a one-shot stream this way.
    request = httpx.Request("PUT", "http://example.test/", content=iter([b"a", b"b"]))
    try:
        request.content  # noqa: B018
    except httpx.RequestNotRead:
        pass
    else:
        raise AssertionError("httpx no longer raises RequestNotRead for a streamed body")
    assert httpx.Request("PUT", "http://example.test/", content=b"ab").content == b"ab"


def test_the_stock_transports_take_the_arguments_the_stack_passes() -> None:
    for transport in (httpx.HTTPTransport, httpx.AsyncHTTPTransport):
        parameters = inspect.signature(transport).parameters
        for name in ("verify", "limits", "proxy", "http2", "retries"):
            assert name in parameters, f"{transport.__name__} lost its {name!r} argument"


def test_a_client_keeps_its_transport_where_the_suite_looks_for_it() -> None:
    # Private, used by tests only (to reach the pool behind a client): fail here, not in ten places.
    transport = httpx.MockTransport(lambda request: httpx.Response(204))
    with httpx.Client(transport=transport) as client:
        assert client._transport is transport
