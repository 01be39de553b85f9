"""The objects every operation is called with: :class:`Client` and :class:`AuthenticatedClient`.

Both hold the settings of the httpx clients they build on first use (or that are handed to them with
``set_httpx_client`` / ``set_async_httpx_client``). They are plain classes with ``__slots__``
rather than attrs classes: building two attrs classes cost about a millisecond at import, which a
process that makes one call pays in full. Their ``repr`` shows the server, never a credential: no
token, no header or cookie value, no password inside the base URL.

Every operation sends through :func:`send` (or :func:`asend`, :func:`open_stream`,
:func:`aopen_stream`): that is where per-call options (:class:`CallOptions`) are applied and where
a request that got no answer becomes ``errors.ApiConnectionError``.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from . import errors

if TYPE_CHECKING:
    import datetime
    import ssl

__all__ = [
    "RETRY_MODES",
    "RETRY_MODE_EXTENSION",
    "RETRIES_EXTENSION",
    "AsyncStream",
    "AuthenticatedClient",
    "CallOptions",
    "Client",
    "RawResponse",
    "ServerSentEvent",
    "Stream",
    "aopen_stream",
    "asend",
    "call_options",
    "open_stream",
    "send",
]

_T = TypeVar("_T")

#: The retry modes a call may ask for (the values of ``tiledb.client.RetryMode``).
RETRY_MODES = ("default", "forceful", "disabled")
#: Request extension carrying a call's retry mode to the session's transport.
RETRY_MODE_EXTENSION = "tiledb.client.retry_mode"
#: Response extension where the session's transport counts the retries of a call (absent: none).
RETRIES_EXTENSION = "tiledb.client.retries"
# Answer headers that carry the server's request id.
_REQUEST_ID_HEADERS = ("x-request-id", "x-tiledb-request-id", "x-amzn-requestid")

Timeout = float | httpx.Timeout


def _checked_mode(value: object) -> str:
    text = value.value if hasattr(value, "value") else value
    if isinstance(text, str) and text.strip().lower() in RETRY_MODES:
        return text.strip().lower()
    allowed = ", ".join(repr(m) for m in RETRY_MODES)
    raise ValueError(f"retry_mode must be a RetryMode or one of {allowed}, got {value!r}")


def _checked_mapping(value: object, name: str) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping of str to str, not {type(value).__name__}")
    out: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str | int | float) or isinstance(item, bool):
            raise TypeError(f"{name} must map str to str, got a {type(item).__name__} for {key!r}")
        out[key] = str(item)
    return out


class CallOptions:
    """Settings for one call (or, on a copy made by ``with_options``, for every call of it).

    Args:
        timeout: Seconds (one number for connect, read, write and pool) or an ``httpx.Timeout``.
        retry_mode: ``"default"``, ``"forceful"`` or ``"disabled"`` (or a ``RetryMode``); applied by
            the session's transport (clients from ``tiledb.client.build()``).
        extra_headers: Headers added to the request; they override the client's of the same name,
            credentials included.
        extra_query: Query parameters added to the request.
        cookies: Cookies sent as a ``Cookie`` header (what ``with_cookies`` sets).

    ``None`` leaves a setting as the client has it. Values are checked when the object is made, so a
    wrong one fails before anything is sent.
    """

    __slots__ = ("timeout", "retry_mode", "extra_headers", "extra_query", "cookies")

    def __init__(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        cookies: Mapping[str, str] | None = None,
    ) -> None:
        if timeout is not None and not isinstance(timeout, httpx.Timeout):
            if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
                raise ValueError(f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}")
            timeout = httpx.Timeout(float(timeout))
        self.timeout: httpx.Timeout | None = timeout
        self.retry_mode = None if retry_mode is None else _checked_mode(retry_mode)
        self.extra_headers = None if extra_headers is None else _checked_mapping(extra_headers, "extra_headers")
        self.extra_query = None if extra_query is None else _checked_mapping(extra_query, "extra_query")
        self.cookies = None if cookies is None else _checked_mapping(cookies, "cookies")

    def merged(self, other: CallOptions) -> CallOptions:
        """These options overridden by those ``other`` sets (headers and query merged by name)."""
        new = CallOptions.__new__(CallOptions)
        new.timeout = other.timeout if other.timeout is not None else self.timeout
        new.retry_mode = other.retry_mode if other.retry_mode is not None else self.retry_mode
        new.extra_headers = _merged(self.extra_headers, other.extra_headers)
        new.extra_query = _merged(self.extra_query, other.extra_query)
        new.cookies = _merged(self.cookies, other.cookies)
        return new

    def apply(self, kwargs: dict[str, Any]) -> None:
        """Write these options into the keyword arguments of ``httpx.Client.request``."""
        if self.timeout is not None:
            kwargs["timeout"] = self.timeout
        headers = kwargs.get("headers")
        if self.extra_headers or self.cookies:
            headers = dict(headers or {})
            if self.cookies:
                headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
            if self.extra_headers:
                headers.update(self.extra_headers)
            kwargs["headers"] = headers
        if self.extra_query:
            kwargs["params"] = {**kwargs.get("params", {}), **self.extra_query}
        if self.retry_mode is not None:
            kwargs["extensions"] = {**kwargs.get("extensions", {}), RETRY_MODE_EXTENSION: self.retry_mode}

    def __repr__(self) -> str:
        # Header values may hold credentials: only their names are shown.
        parts = []
        if self.timeout is not None:
            parts.append(f"timeout={self.timeout!r}")
        if self.retry_mode is not None:
            parts.append(f"retry_mode={self.retry_mode!r}")
        if self.extra_headers:
            parts.append(f"extra_headers=<{', '.join(self.extra_headers)}>")
        if self.extra_query:
            parts.append(f"extra_query=<{', '.join(self.extra_query)}>")
        if self.cookies:
            parts.append(f"cookies=<{', '.join(self.cookies)}>")
        return f"CallOptions({', '.join(parts)})"


def _merged(first: dict[str, str] | None, second: dict[str, str] | None) -> dict[str, str] | None:
    if not first:
        return second
    if not second:
        return first
    return {**first, **second}


def call_options(
    timeout: Timeout | None,
    retry_mode: str | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
) -> CallOptions | None:
    """The :class:`CallOptions` of a method's keyword arguments, or ``None`` when none is given."""
    if timeout is None and retry_mode is None and extra_headers is None and extra_query is None:
        return None
    return CallOptions(timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query)


def _prepared(client: _BaseClient, kwargs: dict[str, Any], options: CallOptions | None) -> dict[str, Any]:
    defaults = client._options
    if defaults is not None:
        options = defaults if options is None else defaults.merged(options)
    if options is not None:
        options.apply(kwargs)
    return kwargs


def _no_answer(exc: httpx.TransportError) -> errors.ApiConnectionError:
    return errors.ApiConnectionError.from_exception(exc)


def send(client: _BaseClient, kwargs: dict[str, Any], options: CallOptions | None = None) -> httpx.Response:
    """Send an operation's request (the keyword arguments of ``httpx.Client.request``).

    Raises:
        errors.ApiConnectionError: The request got no answer (``ApiTimeoutError`` for a timeout).
    """
    http = client.get_httpx_client()
    if options is not None or client._options is not None:
        kwargs = _prepared(client, kwargs, options)
    try:
        return http.request(**kwargs)
    except httpx.TransportError as exc:
        raise _no_answer(exc) from exc


async def asend(client: _BaseClient, kwargs: dict[str, Any], options: CallOptions | None = None) -> httpx.Response:
    """The coroutine twin of :func:`send`, over the client's ``httpx.AsyncClient``."""
    http = client.get_async_httpx_client()
    if options is not None or client._options is not None:
        kwargs = _prepared(client, kwargs, options)
    try:
        return await http.request(**kwargs)
    except httpx.TransportError as exc:
        raise _no_answer(exc) from exc


@contextlib.contextmanager
def open_stream(
    client: _BaseClient, kwargs: dict[str, Any], options: CallOptions | None = None
) -> Iterator[httpx.Response]:
    """Send the request and yield the answer before its body is read; a 2xx answer only.

    Raises:
        errors.ApiError: For a status outside 2xx (its body is read first).
        errors.ApiConnectionError: The request got no answer, or the body broke off while read
            inside the block.
    """
    kwargs = _prepared(client, kwargs, options)
    http = client.get_httpx_client()
    try:
        with http.stream(**kwargs) as response:
            if not 200 <= response.status_code < 300:
                response.read()
                raise errors.ApiError.from_response(response)
            yield response
    except httpx.TransportError as exc:
        raise _no_answer(exc) from exc


@contextlib.asynccontextmanager
async def aopen_stream(
    client: _BaseClient, kwargs: dict[str, Any], options: CallOptions | None = None
) -> AsyncIterator[httpx.Response]:
    """The async twin of :func:`open_stream`."""
    kwargs = _prepared(client, kwargs, options)
    http = client.get_async_httpx_client()
    try:
        async with http.stream(**kwargs) as response:
            if not 200 <= response.status_code < 300:
                await response.aread()
                raise errors.ApiError.from_response(response)
            yield response
    except httpx.TransportError as exc:
        raise _no_answer(exc) from exc


class ServerSentEvent:
    """One event of a ``text/event-stream`` answer.

    Attributes:
        event: The event's type (its ``event:`` field), or ``None``.
        id: The event's id (its ``id:`` field; the last one seen), or ``None``.
        retry: The reconnection delay the server asks for, in milliseconds, or ``None``.
        text: The event's data as sent (its ``data:`` lines joined by newlines).
        data: The data parsed: the operation's model for JSON data it recognises, else the JSON
            value, else ``text`` itself.
    """

    __slots__ = ("event", "id", "retry", "text", "data")

    def __init__(self, event: str | None, id: str | None, retry: int | None, text: str, data: Any) -> None:
        self.event = event
        self.id = id
        self.retry = retry
        self.text = text
        self.data = data

    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self.event!r}, id={self.id!r}, data={type(self.data).__name__})"


class _SseParser:
    """Turns the lines of an event stream into events (the WHATWG rules, minus reconnection)."""

    __slots__ = ("_data", "_event", "_id", "_retry", "_parse")

    def __init__(self, parse: Callable[[Any], Any]) -> None:
        self._parse = parse
        self._event: str | None = None
        self._id: str | None = None
        self._retry: int | None = None
        self._data: list[str] = []

    def feed(self, line: str) -> ServerSentEvent | None:
        """Take one line (without its end); return the event a blank line completes."""
        if not line:
            return self.flush()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def flush(self) -> ServerSentEvent | None:
        """The event gathered so far, if it has data (the stream ended without a blank line)."""
        if not self._data:
            self._event = None
            return None
        text = "\n".join(self._data)
        try:
            value = json.loads(text)
        except ValueError:
            data: Any = text
        else:
            data = self._parse(value)
        event = ServerSentEvent(self._event, self._id, self._retry, text, data)
        self._event, self._data = None, []
        return event


def _records(kind: str, parse: Callable[[Any], Any], lines: Iterator[str]) -> Iterator[Any]:
    if kind == "ndjson":
        for line in lines:
            if line.strip():
                yield parse(json.loads(line))
        return
    parser = _SseParser(parse)
    for line in lines:
        event = parser.feed(line)
        if event is not None:
            yield event
    last = parser.flush()
    if last is not None:
        yield last


async def _arecords(kind: str, parse: Callable[[Any], Any], lines: AsyncIterator[str]) -> AsyncIterator[Any]:
    if kind == "ndjson":
        async for line in lines:
            if line.strip():
                yield parse(json.loads(line))
        return
    parser = _SseParser(parse)
    async for line in lines:
        event = parser.feed(line)
        if event is not None:
            yield event
    last = parser.flush()
    if last is not None:
        yield last


def _stream_request(
    http: httpx.Client | httpx.AsyncClient, client: _BaseClient, kwargs: dict[str, Any], options: CallOptions | None
) -> httpx.Request:
    kwargs = _prepared(client, kwargs, options)
    extensions = kwargs.pop("extensions", None)
    timeout = kwargs.pop("timeout", httpx.USE_CLIENT_DEFAULT)
    request = http.build_request(**kwargs, timeout=timeout)
    if extensions:
        request.extensions.update(extensions)
    return request


class Stream(Generic[_T]):
    """The records of a streamed answer, each parsed as it arrives: an iterator.

    Records are read from the connection one at a time, so memory stays flat however long the
    stream. The connection is released when the last record has been read, or on :meth:`close`
    (also the end of a ``with`` block), whichever comes first: break out of a loop early with
    ``close()`` or inside ``with``.

    Attributes:
        response: The open ``httpx.Response`` (status and headers are there).
    """

    __slots__ = ("response", "_records", "_operation", "_closed")

    def __init__(self, response: httpx.Response, records: Iterator[_T], operation: str) -> None:
        self.response = response
        self._records = records
        self._operation = operation
        self._closed = False

    @classmethod
    def open(
        cls,
        client: _BaseClient,
        kwargs: dict[str, Any],
        options: CallOptions | None,
        kind: str,
        parse: Callable[[Any], Any],
        operation: str,
    ) -> Stream[Any]:
        """Send the request, check the status and return the stream of its records.

        Args:
            kind: ``"sse"`` (text/event-stream: :class:`ServerSentEvent` objects) or ``"ndjson"``
                (one JSON document per line: ``parse`` of each).
            parse: Turns one JSON value into the record's model.
        """
        http = client.get_httpx_client()
        request = _stream_request(http, client, kwargs, options)
        try:
            response = http.send(request, stream=True)
        except httpx.TransportError as exc:
            raise _no_answer(exc) from exc
        if not 200 <= response.status_code < 300:
            try:
                response.read()
            finally:
                response.close()
            raise errors.ApiError.from_response(response)
        return cls(response, _records(kind, parse, response.iter_lines()), operation)

    def __iter__(self) -> Iterator[_T]:
        return self

    def __next__(self) -> _T:
        if self._closed:
            raise StopIteration
        try:
            return next(self._records)
        except StopIteration:
            self.close()
            raise
        except httpx.TransportError as exc:
            self.close()
            raise _no_answer(exc) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            self.close()
            raise errors.ResponseValidationError.from_exception(self._operation, self.response, exc) from exc

    def close(self) -> None:
        """Stop reading and release the connection (closed, since its body was not read to the end).

        The iterator then ends: a further ``next()`` raises ``StopIteration``.
        """
        self._closed = True
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


class AsyncStream(Generic[_T]):
    """The async twin of :class:`Stream`: an async iterator, closed by :meth:`aclose` or ``async with``."""

    __slots__ = ("response", "_records", "_operation", "_closed")

    def __init__(self, response: httpx.Response, records: AsyncIterator[_T], operation: str) -> None:
        self.response = response
        self._records = records
        self._operation = operation
        self._closed = False

    @classmethod
    async def open(
        cls,
        client: _BaseClient,
        kwargs: dict[str, Any],
        options: CallOptions | None,
        kind: str,
        parse: Callable[[Any], Any],
        operation: str,
    ) -> AsyncStream[Any]:
        """The coroutine twin of :meth:`Stream.open`."""
        http = client.get_async_httpx_client()
        request = _stream_request(http, client, kwargs, options)
        try:
            response = await http.send(request, stream=True)
        except httpx.TransportError as exc:
            raise _no_answer(exc) from exc
        if not 200 <= response.status_code < 300:
            try:
                await response.aread()
            finally:
                await response.aclose()
            raise errors.ApiError.from_response(response)
        return cls(response, _arecords(kind, parse, response.aiter_lines()), operation)

    def __aiter__(self) -> AsyncIterator[_T]:
        return self

    async def __anext__(self) -> _T:
        if self._closed:
            raise StopAsyncIteration
        try:
            return await self._records.__anext__()
        except StopAsyncIteration:
            await self.aclose()
            raise
        except httpx.TransportError as exc:
            await self.aclose()
            raise _no_answer(exc) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            await self.aclose()
            raise errors.ResponseValidationError.from_exception(self._operation, self.response, exc) from exc

    async def aclose(self) -> None:
        """Stop reading and release the connection; the iterator then ends."""
        self._closed = True
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()


class RawResponse(Generic[_T]):
    """A 2xx answer of an operation as it came, with what the plain call would return.

    What ``api.with_raw_response.<method>(...)`` returns; the plain method's value is
    :meth:`parse`.

    Attributes:
        http_response: The ``httpx.Response`` itself.
    """

    __slots__ = ("http_response", "_parser", "_parsed", "_done")

    def __init__(self, http_response: httpx.Response, parser: Callable[[httpx.Response], _T]) -> None:
        self.http_response = http_response
        self._parser = parser
        self._done = False
        self._parsed: _T | None = None

    @property
    def status_code(self) -> int:
        """The HTTP status of the answer."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's request id (from the answer's headers), if it sent one."""
        headers = self.http_response.headers
        return next((headers[name] for name in _REQUEST_ID_HEADERS if name in headers), None)

    @property
    def http_version(self) -> str:
        """``"HTTP/1.1"`` or ``"HTTP/2"``."""
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time from sending the request (its last attempt) to the end of the answer."""
        return self.http_response.elapsed

    @property
    def retries(self) -> int:
        """How many attempts were made beyond the first (by the session's transport)."""
        return int(self.http_response.extensions.get(RETRIES_EXTENSION, 0))

    @property
    def content(self) -> bytes:
        """The body as bytes."""
        return self.http_response.content

    def parse(self) -> _T:
        """What the plain call returns for this answer (parsed once, then kept)."""
        if not self._done:
            self._parsed = self._parser(self.http_response)
            self._done = True
        return self._parsed  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] request_id={self.request_id!r}>"


def _shown_url(url: object) -> str:
    """``url`` as text, with a ``user:password@`` part replaced by ``<hidden>@``."""
    text = str(url)
    head, sep, rest = text.partition("//")
    if not sep:
        return text
    ends = [i for i in (rest.find("/"), rest.find("?"), rest.find("#")) if i >= 0]
    end = min(ends) if ends else len(rest)
    authority = rest[:end]
    if "@" not in authority:
        return text
    return f"{head}//<hidden>@{authority.rpartition('@')[2]}{rest[end:]}"


class _BaseClient:
    """What :class:`Client` and :class:`AuthenticatedClient` share: settings and the httpx clients.

    Not meant to be used on its own; the two subclasses differ only in the headers they send.
    """

    __slots__ = (
        "raise_on_unexpected_status",
        "_base_url",
        "_cookies",
        "_headers",
        "_timeout",
        "_verify_ssl",
        "_follow_redirects",
        "_httpx_args",
        "_client",
        "_async_client",
        "_options",
        "_parent",
        "__weakref__",
    )

    def __init__(
        self,
        base_url: str,
        *,
        raise_on_unexpected_status: bool = False,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._base_url = base_url
        self._cookies: dict[str, str] = {} if cookies is None else cookies
        self._headers: dict[str, str] = {} if headers is None else headers
        self._timeout = timeout
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args: dict[str, Any] = {} if httpx_args is None else httpx_args
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None
        # Defaults of a copy made by with_options/with_headers/...: applied to every call.
        self._options: CallOptions | None = None
        # The client whose httpx clients a copy shares (always a root, never a copy).
        self._parent: _BaseClient | None = None

    # -- what the subclasses refine ------------------------------------------------------------

    def _settings(self) -> dict[str, Any]:
        """The constructor arguments that would build a client with these settings."""
        return {
            "base_url": self._base_url,
            "raise_on_unexpected_status": self.raise_on_unexpected_status,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify_ssl": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "httpx_args": self._httpx_args,
        }

    def _fields(self) -> tuple[Any, ...]:
        """Everything that makes two clients equal (the httpx clients included)."""
        return (
            self.raise_on_unexpected_status,
            self._base_url,
            self._cookies,
            self._headers,
            self._timeout,
            self._verify_ssl,
            self._follow_redirects,
            self._httpx_args,
            self._client,
            self._async_client,
            self._parent,
            id(self._options),
        )

    def _request_headers(self) -> dict[str, str]:
        """The headers the httpx clients built here send with every request."""
        return self._headers

    def _repr_extra(self) -> str:
        return ""

    # -- dunder methods --------------------------------------------------------------------------

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={_shown_url(self._base_url)!r}{self._repr_extra()})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _BaseClient) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value, like the attrs classes

    # -- copies with other settings --------------------------------------------------------------

    def _evolve(self, **changes: Any) -> Self:
        """A new client of the same class with these settings changed (no httpx client yet)."""
        return type(self)(**{**self._settings(), **changes})

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        retry_mode: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Self:
        """A copy that applies these options to every call, over the same connections.

        The copy shares this client's httpx clients (credentials, retries, redirects, logging
        included), now and after they are replaced; this client is left unchanged. Options given
        here are merged over those of this client, and per-call options over both.
        """
        return self._copy(
            CallOptions(timeout=timeout, retry_mode=retry_mode, extra_headers=extra_headers, extra_query=extra_query)
        )

    def _copy(self, options: CallOptions) -> Self:
        copy = type(self).__new__(type(self))
        for name in self._slot_names():
            setattr(copy, name, getattr(self, name))
        copy._parent = self if self._parent is None else self._parent
        copy._client = copy._async_client = None
        copy._options = options if self._options is None else self._options.merged(options)
        return copy

    def _slot_names(self) -> list[str]:
        names = []
        for klass in type(self).__mro__:
            for name in getattr(klass, "__slots__", ()):
                if name != "__weakref__" and name not in names:
                    names.append(name)
        return names

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy sending ``headers`` on top of this one's; this client is left unchanged.

        The copy shares this client's connections and credentials (see :meth:`with_options`).
        """
        return self._copy(CallOptions(extra_headers=headers))

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy sending ``cookies`` on top of this one's; this client is left unchanged."""
        return self._copy(CallOptions(cookies=cookies))

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy using ``timeout`` for every call; this client is left unchanged."""
        return self._copy(CallOptions(timeout=timeout))

    # -- the httpx clients -----------------------------------------------------------------------

    def _httpx_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._request_headers(),
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use ``client`` for blocking calls, as it is: this client's own settings no longer apply."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` for blocking calls, built from the settings on first use.

        A copy made by :meth:`with_options` (and the ``with_*`` methods) uses its original's.
        """
        if self._client is None:
            if self._parent is not None:
                return self._parent.get_httpx_client()
            self._client = httpx.Client(**self._httpx_kwargs())
        return self._client

    def _owns_connections(self) -> bool:
        # A copy made by with_options() and the with_* methods uses its original's httpx clients
        # (unless given its own): leaving it must not close what other objects share.
        return self._parent is None

    def __enter__(self) -> Self:
        """Enter the ``httpx.Client`` (which httpx allows only once) and return this client.

        On a copy made by :meth:`with_options` (or a ``with_*`` method) it does nothing: the
        connections are its original's.
        """
        if self._owns_connections() or self._client is not None:
            self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Leave the ``httpx.Client``, closing its connections (not on a copy: see ``__enter__``)."""
        if self._owns_connections() or self._client is not None:
            self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use ``async_client`` for async calls, as it is: this client's own settings no longer apply."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` for async calls, built from the settings on first use.

        A copy made by :meth:`with_options` (and the ``with_*`` methods) uses its original's.
        """
        if self._async_client is None:
            if self._parent is not None:
                return self._parent.get_async_httpx_client()
            self._async_client = httpx.AsyncClient(**self._httpx_kwargs())
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter the ``httpx.AsyncClient`` (which httpx allows only once) and return this client.

        On a copy it does nothing (see :meth:`__enter__`).
        """
        if self._owns_connections() or self._async_client is not None:
            await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Leave the ``httpx.AsyncClient``, closing its connections (not on a copy)."""
        if self._owns_connections() or self._async_client is not None:
            await self.get_async_httpx_client().__aexit__(*args, **kwargs)


class Client(_BaseClient):
    """The server to call and how: what every generated operation takes as ``client``.

    Args:
        base_url: The server's address; operation paths are relative to it.
        raise_on_unexpected_status: Accepted, and kept as an attribute, for compatibility with the
            generator's interface; the operations here raise ``errors.ApiError`` for every status
            outside 2xx whatever its value.
        cookies: Cookies sent with every request.
        headers: Headers sent with every request.
        timeout: The httpx timeout of every request (``httpx.TimeoutException`` when exceeded).
        verify_ssl: Whether to verify the server's certificate (``True``), a CA bundle path, or an
            ``ssl.SSLContext``. Only turn it off against a test server.
        follow_redirects: Whether httpx follows redirects (off by default).
        httpx_args: More keyword arguments for the ``httpx.Client`` and ``httpx.AsyncClient``.

    The settings apply to the httpx clients built here on first use, not to one handed over with
    :meth:`set_httpx_client` or :meth:`set_async_httpx_client`.
    """

    __slots__ = ()


class AuthenticatedClient(_BaseClient):
    """A :class:`Client` that also sends a credential, as ``<auth_header_name>: <prefix> <token>``.

    Takes the arguments of :class:`Client`, and:

    Args:
        token: The credential. It is sent with every request but never shown by ``repr``.
        prefix: Written before the token, ``"Bearer"`` by default; with ``""`` the header is the
            bare token.
        auth_header_name: The header that carries it, ``"Authorization"`` by default.

    ``token``, ``prefix`` and ``auth_header_name`` are also attributes; changing them affects only
    the httpx clients built afterwards.
    """

    __slots__ = ("token", "prefix", "auth_header_name")

    def __init__(
        self,
        base_url: str,
        token: str,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        *,
        raise_on_unexpected_status: bool = False,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(
            base_url,
            raise_on_unexpected_status=raise_on_unexpected_status,
            cookies=cookies,
            headers=headers,
            timeout=timeout,
            verify_ssl=verify_ssl,
            follow_redirects=follow_redirects,
            httpx_args=httpx_args,
        )
        self.token = token
        self.prefix = prefix
        self.auth_header_name = auth_header_name

    def _settings(self) -> dict[str, Any]:
        return {
            **super()._settings(),
            "token": self.token,
            "prefix": self.prefix,
            "auth_header_name": self.auth_header_name,
        }

    def _fields(self) -> tuple[Any, ...]:
        return (*super()._fields(), self.token, self.prefix, self.auth_header_name)

    def _request_headers(self) -> dict[str, str]:
        credential = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: credential}

    def _repr_extra(self) -> str:
        return f", token=<hidden>, prefix={self.prefix!r}, auth_header_name={self.auth_header_name!r}"
