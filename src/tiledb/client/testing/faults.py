"""Fault injection rules for :class:`~tiledb.client.testing.FakeServer`.

A :class:`Fault` says which requests it applies to (an exact path, a path prefix or a regular
expression, optionally a method and a listener) and what happens to the next ``count`` of them:

* ``status=503`` (or 429, 500, 502, ...) answers that status with a body of kind ``body``
  (``"json"``: the spec's ``Error`` document; ``"html"``: a small HTML page; ``"empty"``: nothing;
  or literal ``bytes``/``str``), optionally with a ``Retry-After`` header;
* ``delay=2.0`` waits that many seconds first (alone, the normal answer follows the delay);
* ``drop=True`` closes the TCP connection without sending a single byte of an answer;
* ``truncate=True`` sends the normal answer cut in half, with a Content-Length that matches the cut
  body, so the JSON is invalid;
* ``missing_field=True`` (or a dotted path such as ``"data.user.username"``) sends the normal 2xx
  answer with a required field removed;
* ``redirect=307`` answers a redirect to the same path and query on the regional listener, or on
  ``redirect_to`` (a base URL such as ``http://localhost:1234``, or a full URL used as is);
  ``redirect_loop=True`` redirects to the very URL that was requested.

Transfer faults, for the file store (``/v4/files/...``):

* ``drop_after=N`` sends the first ``N`` bytes of a file's body (a ``GET``), or reads the first
  ``N`` bytes of an upload (a ``PUT``), then closes the connection;
* ``part=k`` restricts a rule to part ``k`` of a multipart upload (``?partNumber=k``), e.g.
  ``faults.add(prefix="/v4/files/", method="PUT", part=2, status=503)``;
* ``wrong_etag=True`` stores an uploaded part (or file) but answers an ``ETag`` that is not the MD5
  of what was received.

Rules are tried in the order they were added; the first active one that matches is used, so adding
``status=503, count=2`` and then ``status=429`` on the same path yields 503, 503, 429, then normal
answers. ``count=None`` keeps a rule active until it is removed or :meth:`Faults.clear` is called.

A network that is not loopback: ``FakeServer.link = Link(bandwidth=100e6, latency=0.01)`` (set
before :meth:`~tiledb.client.testing.FakeServer.start`) answers every request ``latency`` seconds
late and moves request and response bodies at most ``bandwidth`` bytes per second each way, shared
by every connection, as one link would (the benchmarks use it; tests rarely need it).
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any, Literal

__all__ = ["BodyKind", "Fault", "Faults", "Link", "Listener"]

Listener = Literal["main", "regional"]
BodyKind = Literal["json", "html", "empty"]
RetryAfter = float | int | timedelta | datetime | str

_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(eq=False)
class Fault:
    """One fault rule; see the module documentation for the meaning of each field."""

    path: str | None = None
    prefix: str | None = None
    regex: re.Pattern[str] | None = None
    method: str | None = None
    listener: Listener | None = None
    count: int | None = 1
    status: int | None = None
    body: BodyKind | bytes | str = "json"
    content_type: str | None = None
    retry_after: RetryAfter | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False
    truncate: bool = False
    missing_field: bool | str = False
    redirect: int | None = None
    redirect_to: str | None = None
    redirect_loop: bool = False
    drop_after: int | None = None
    part: int | None = None
    wrong_etag: bool = False
    #: How many requests this rule has been applied to.
    served: int = 0

    @property
    def remaining(self) -> int | None:
        """Requests this rule still applies to (``None``: unlimited)."""
        return None if self.count is None else max(self.count - self.served, 0)

    @property
    def active(self) -> bool:
        """Whether the rule still applies to further requests."""
        return self.count is None or self.served < self.count

    def matches(
        self, method: str, raw_path: str, path: str, listener: Listener, *, part: int | None = None
    ) -> bool:
        """Whether this rule applies to a request (``raw_path`` as sent, ``path`` unquoted).

        ``part`` is the multipart part number of the request, if it is an upload part.
        """
        if self.part is not None and self.part != part:
            return False
        if self.method is not None and self.method.upper() != method.upper():
            return False
        if self.listener is not None and self.listener != listener:
            return False
        candidates = (raw_path, path)
        if self.path is not None and self.path not in candidates:
            return False
        if self.prefix is not None and not any(c.startswith(self.prefix) for c in candidates):
            return False
        return self.regex is None or any(self.regex.search(c) for c in candidates)

    def retry_after_header(self) -> str | None:
        """The ``Retry-After`` value: seconds for a number, an HTTP date for a datetime/timedelta."""
        value = self.retry_after
        if value is None:
            return None
        if isinstance(value, str):
            return value
        if isinstance(value, timedelta):
            value = datetime.now(UTC) + value
        if isinstance(value, datetime):
            if value.tzinfo is None:
                value = value.replace(tzinfo=UTC)
            return format_datetime(value.astimezone(UTC), usegmt=True)
        return str(int(value)) if float(value).is_integer() else str(value)


class Faults:
    """Thread-safe, ordered set of :class:`Fault` rules, reachable as ``FakeServer.faults``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[Fault] = []
        self._served = 0

    def add(
        self,
        path: str | None = None,
        method: str | None = None,
        *,
        prefix: str | None = None,
        regex: str | re.Pattern[str] | None = None,
        listener: Listener | None = None,
        count: int | None = 1,
        status: int | None = None,
        body: BodyKind | bytes | str = "json",
        content_type: str | None = None,
        retry_after: RetryAfter | None = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
        drop: bool = False,
        truncate: bool = False,
        missing_field: bool | str = False,
        redirect: int | None = None,
        redirect_to: str | None = None,
        redirect_loop: bool = False,
        drop_after: int | None = None,
        part: int | None = None,
        wrong_etag: bool = False,
    ) -> Fault:
        """Add a rule and return it (its ``served`` counter tells how often it fired).

        With none of ``path``, ``prefix`` and ``regex`` the rule applies to every request. A
        redirect rule without an explicit ``listener`` applies to the main listener only, so the
        redirected request is answered normally by the regional one.
        """
        if (redirect_to is not None or redirect_loop) and redirect is None:
            redirect = 307
        if redirect is not None and redirect not in _REDIRECTS:
            raise ValueError(f"redirect must be one of {sorted(_REDIRECTS)}, not {redirect}")
        actions = [
            status is not None,
            drop,
            truncate,
            bool(missing_field),
            redirect is not None,
            drop_after is not None,
            wrong_etag,
        ]
        if sum(actions) > 1:
            raise ValueError(
                "choose one of status, drop, truncate, missing_field, redirect, drop_after and "
                "wrong_etag per fault"
            )
        if sum(actions) == 0 and delay <= 0:
            raise ValueError(
                "a fault needs an effect (status, drop, truncate, missing_field, redirect, delay, "
                "drop_after, wrong_etag)"
            )
        if drop_after is not None and drop_after < 0:
            raise ValueError("drop_after must be a number of bytes, 0 or more")
        if count is not None and count < 1:
            raise ValueError("count must be a positive number or None")
        if status is not None and not 100 <= status <= 599:
            raise ValueError(f"invalid HTTP status {status}")
        if redirect is not None and listener is None and not redirect_loop and redirect_to is None:
            listener = "main"
        fault = Fault(
            path=path,
            prefix=prefix,
            regex=re.compile(regex) if isinstance(regex, str) else regex,
            method=method,
            listener=listener,
            count=count,
            status=status,
            body=body,
            content_type=content_type,
            retry_after=retry_after,
            headers=dict(headers or {}),
            delay=delay,
            drop=drop,
            truncate=truncate,
            missing_field=missing_field,
            redirect=redirect,
            redirect_to=redirect_to,
            redirect_loop=redirect_loop,
            drop_after=drop_after,
            part=part,
            wrong_etag=wrong_etag,
        )
        with self._lock:
            self._rules.append(fault)
        return fault

    def remove(self, fault: Fault) -> None:
        """Remove one rule (no error if it is already gone)."""
        with self._lock:
            self._rules = [f for f in self._rules if f is not fault]

    def clear(self) -> None:
        """Remove every rule; the :attr:`served` counter is kept."""
        with self._lock:
            self._rules.clear()

    def reset_counter(self) -> None:
        """Set :attr:`served` back to zero."""
        with self._lock:
            self._served = 0

    @property
    def served(self) -> int:
        """Total number of requests a fault was applied to."""
        with self._lock:
            return self._served

    @property
    def rules(self) -> list[Fault]:
        """A copy of the rules still active, in matching order."""
        with self._lock:
            return [f for f in self._rules if f.active]

    def take(
        self, method: str, raw_path: str, path: str, listener: Listener, *, part: int | None = None
    ) -> Fault | None:
        """Find the first active rule for a request and count it as served (server side)."""
        with self._lock:
            for fault in self._rules:
                if fault.active and fault.matches(method, raw_path, path, listener, part=part):
                    fault.served += 1
                    self._served += 1
                    if not fault.active:
                        self._rules.remove(fault)
                    return fault
        return None

    def __len__(self) -> int:
        return len(self.rules)


_Asgi = Callable[
    [dict[str, Any], Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]
]


class _Pace:
    """One direction of a link: bytes leave no faster than ``rate`` per second, for everyone.

    A link that was idle for up to ``slack`` seconds may catch up that much (a token bucket that
    deep): a sleep that wakes late then costs no bandwidth, as it would not on a real link.
    """

    def __init__(self, rate: float, slack: float = 0.005) -> None:
        self._rate = rate
        self._slack = slack
        self._free_at = 0.0  # when the link has sent everything handed to it so far

    async def carry(self, size: int) -> None:
        now = time.monotonic()
        start = max(now - self._slack, self._free_at)
        self._free_at = start + size / self._rate
        if self._free_at > now:
            await asyncio.sleep(self._free_at - now)


@dataclass(frozen=True)
class Link:
    """A network link in front of the fake server: a ``latency`` (seconds) before every answer
    and a ``bandwidth`` (bytes per second, each way) for the bodies; ``None`` leaves either out."""

    bandwidth: float | None = None
    latency: float = 0.0

    def __post_init__(self) -> None:
        if self.bandwidth is not None and self.bandwidth <= 0:
            raise ValueError("bandwidth must be a positive number of bytes per second")
        if self.latency < 0:
            raise ValueError("latency must be 0 or more seconds")

    def wrap(self, app: _Asgi) -> _Asgi:
        """The ASGI app ``app`` behind this link (one pace per direction, made per server)."""
        up = None if self.bandwidth is None else _Pace(self.bandwidth)
        down = None if self.bandwidth is None else _Pace(self.bandwidth)
        latency = self.latency

        async def linked(
            scope: dict[str, Any],
            receive: Callable[[], Awaitable[Any]],
            send: Callable[[Any], Awaitable[None]],
        ) -> None:
            if scope.get("type") != "http":
                await app(scope, receive, send)
                return
            if latency:
                await asyncio.sleep(latency)

            async def paced_receive() -> Any:
                message = await receive()
                if up is not None and message.get("type") == "http.request":
                    await up.carry(len(message.get("body", b"")))
                return message

            async def paced_send(message: Any) -> None:
                if down is not None and message.get("type") == "http.response.body":
                    await down.carry(len(message.get("body", b"")))
                await send(message)

            await app(scope, paced_receive if up is not None else receive, paced_send)

        return linked
