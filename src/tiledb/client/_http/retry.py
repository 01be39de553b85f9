"""Retry policy of the HTTP transport: modes, policy values, the shared retry budget.

This module only decides; the transports in :mod:`tiledb.client._http.transport` send and sleep.

Which failures are retried, for the methods a policy lists (every method in both retrying modes):

================================================  ==========================================
failure                                           retried for
================================================  ==========================================
a status in ``RetryPolicy.statuses``              every method in ``methods``: the server
                                                  answered that it did not do the work
``httpx.ConnectError``, ``httpx.ConnectTimeout``  every method in ``methods``: the request
``httpx.PoolTimeout``                             never left this process
``httpx.RemoteProtocolError``,                    only GET, HEAD, OPTIONS, PUT, DELETE and
``httpx.ReadTimeout``, ``httpx.ReadError``,       TRACE: the server may have received and acted
``httpx.WriteTimeout``, ``httpx.WriteError``      on the request (a connection closed without
                                                  an answer may have been closed after the
                                                  server read the whole request), so POST and
                                                  PATCH are never sent twice
anything else (TLS or proxy setup, invalid URL,   never
``httpx.LocalProtocolError``, ...)
================================================  ==========================================

Some connection failures say the address itself is wrong, so retrying would only make a new
user wait for the same error (see :func:`connect_failure`):

* a host name that does not resolve is never retried;
* a refused connection (nothing listens on that port) is retried at most
  ``RetryPolicy.refused_retries`` times, enough to ride out a server that restarts;
* a TLS handshake answered in plain HTTP (``https://`` for an ``http://`` server) is never
  retried, nor is a failed TLS certificate verification: neither changes between attempts.

A request whose body is a one-shot stream (not loaded in memory) is never retried.
"""

from __future__ import annotations

import email.utils
import enum
import socket
import ssl
import threading
import time
from collections.abc import Iterable
from typing import Any

import httpx

from .._frozen import FrozenValue

__all__ = [
    "PLAIN_HTTP_TLS_REASONS",
    "RetryBudget",
    "RetryMode",
    "RetryPolicy",
    "certificate_error",
    "connect_failure",
    "plain_request_refused",
    "wrong_address_hint",
]

ALL_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "POST", "PATCH", "TRACE"})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

# The request never reached the server.
_UNSENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# The server may have received the request and acted on it.
_AMBIGUOUS_ERRORS: tuple[type[Exception], ...] = (
    httpx.RemoteProtocolError,
    httpx.ReadTimeout,
    httpx.ReadError,
    httpx.WriteTimeout,
    httpx.WriteError,
)


#: What OpenSSL reports when the other end answers a TLS handshake with plain HTTP text: the
#: first bytes of ``HTTP/1.1 400 ...`` read as a TLS record header give a nonsense version or
#: length. Which one depends on the OpenSSL release.
PLAIN_HTTP_TLS_REASONS = frozenset(
    {"WRONG_VERSION_NUMBER", "HTTP_REQUEST", "PACKET_LENGTH_TOO_LONG", "RECORD_LAYER_FAILURE"}
)


def _causes(error: BaseException) -> list[BaseException]:
    """``error`` and the exceptions behind it (httpx -> httpcore -> ssl/socket: a few links)."""
    chain: list[BaseException] = []
    seen: BaseException | None = error
    while seen is not None and len(chain) < 8:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    return chain


def certificate_error(error: BaseException) -> ssl.SSLCertVerificationError | None:
    """The TLS certificate verification failure behind ``error`` (its cause chain), if any."""
    for cause in _causes(error):
        if isinstance(cause, ssl.SSLCertVerificationError):
            return cause
    return None


def connect_failure(error: BaseException) -> str | None:
    """What a failed connection says about the address, from the cause chain of ``error``.

    ``"unresolved"``: the host name does not resolve; ``"refused"``: the host refused the
    connection (nothing listens on the port); ``"lookup_busy"``: the name server could not
    answer for now (``EAI_AGAIN``), retried as briefly as a refusal; ``"plain_http"``: the
    TLS handshake got a plain HTTP answer; ``"certificate"``: the server's certificate could not be verified;
    ``None``: anything else (a timeout, a reset, ...).
    """
    for cause in _causes(error):
        if isinstance(cause, ssl.SSLCertVerificationError):
            return "certificate"
        if isinstance(cause, ssl.SSLError) and (cause.reason or "").upper() in PLAIN_HTTP_TLS_REASONS:
            return "plain_http"
        if isinstance(cause, socket.gaierror):
            return "lookup_busy" if cause.errno == socket.EAI_AGAIN else "unresolved"
        if isinstance(cause, ConnectionRefusedError):
            return "refused"
    return None


def wrong_address_hint(error: BaseException, server_address: str) -> str | None:
    """A sentence on what ``error`` says is wrong with ``server_address``, or ``None``.

    Used in the messages of ``login()`` and the session queries; it names the host (never a
    credential: server addresses are checked to carry no user information).
    """
    failure = connect_failure(error)
    url = httpx.URL(server_address)
    if failure == "unresolved":
        return f"the host name {url.host!r} could not be resolved (no such name); check the host for typos"
    if failure == "refused":
        where = f"{url.host}:{url.port or (443 if url.scheme == 'https' else 80)}"
        return f"the connection to {where} was refused (nothing listens there); check the host and port"
    if failure == "plain_http":
        plain = server_address.replace("https://", "http://", 1)
        return (
            "the server answered the TLS handshake in plain HTTP (WRONG_VERSION_NUMBER): it speaks "
            f"http, not https; use host={plain!r}"
        )
    if url.scheme == "http" and isinstance(error, (httpx.RemoteProtocolError, httpx.ReadError)):
        secure = server_address.replace("http://", "https://", 1)
        return f"the server closed the connection without an answer; if it expects TLS, use host={secure!r}"
    return None


def plain_request_refused(status: int, body: str, server_address: str) -> str | None:
    """The hint for an ``http://`` request that a TLS port answered with an error page, or ``None``.

    Web servers and load balancers answer plain HTTP on their TLS port with a 400 page that says
    so ("The plain HTTP request was sent to HTTPS port"); the user then needs ``https://``.
    """
    if not server_address.startswith("http://") or status != 400:
        return None
    text = body.lower()
    if "https" not in text and "ssl" not in text and "tls" not in text:
        return None
    secure = server_address.replace("http://", "https://", 1)
    return f"the server expects TLS on that port; use host={secure!r}"


class RetryMode(enum.StrEnum):
    """How persistently a client retries failed requests.

    ``DEFAULT`` retries 503 and 429, ``FORCEFUL`` also retries 400, 500, 501 and 502,
    ``DISABLED`` never retries. Both retrying modes also retry connection failures
    (see the table in this module's documentation).
    """

    DEFAULT = "default"
    FORCEFUL = "forceful"
    DISABLED = "disabled"

    @classmethod
    def parse(cls, value: RetryMode | str, *, name: str = "mode") -> RetryMode:
        """Return the mode named by ``value`` (a member or its name, any case).

        :param name: the parameter name the error message uses.
        :raises ValueError: for any other value, naming the allowed ones.
        """
        if isinstance(value, cls):
            return value
        allowed = ", ".join(repr(m.value) for m in cls)
        if isinstance(value, str):
            try:
                return cls(value.strip().lower())
            except ValueError:
                pass
            shown = value if len(value) <= 20 else value[:20] + "..."
            raise ValueError(f"{name} must be a RetryMode or one of {allowed}, got {shown!r}")
        raise ValueError(f"{name} must be a RetryMode or one of {allowed}, got a {type(value).__name__}")


def _to_statuses(values: Iterable[int]) -> frozenset[int]:
    return frozenset(int(v) for v in values)


def _to_methods(values: Iterable[str]) -> frozenset[str]:
    return frozenset(str(v).upper() for v in values)


def _non_negative(name: str, value: float) -> None:
    if value < 0:
        raise ValueError(f"{name} must be >= 0, got {value}")


def _positive(name: str, value: float) -> None:
    if value <= 0:
        raise ValueError(f"{name} must be > 0, got {value}")


def _fraction(name: str, value: float) -> None:
    if not 0 <= value <= 1:
        raise ValueError(f"{name} must be between 0 and 1, got {value}")


def _at_least_one(name: str, value: int) -> None:
    if value < 1:
        raise ValueError(f"{name} must be >= 1, got {value}")


class RetryPolicy(FrozenValue):
    """What is retried, and how long a single call may spend retrying.

    :param statuses: response statuses that are retried, for any method in ``methods``.
    :param methods: methods that may be retried at all (upper case).
    :param backoff_factor: the first backoff, in seconds; each further retry doubles it.
    :param backoff_max: the longest single backoff, in seconds.
    :param jitter: the fraction of each backoff that is random: a backoff ``d`` becomes a
        uniform draw from ``[d * (1 - jitter), d]``, so clients that failed together do not
        come back together. ``0`` disables it, ``1`` is "full jitter".
    :param total_timeout: the time budget of one call, in seconds, counted from the first
        send. No sleep ends and no new attempt starts after it; the last response (or
        error) surfaces instead. An attempt already under way keeps the client's timeout.
    :param retry_after_max: the longest wait a ``Retry-After`` header may impose, in seconds.
    :param max_attempts: the most sends of one call, the first included (1: never retry).
    :param refused_retries: the most retries of a call whose connections are refused: a port
        where nothing listens is far more often a wrong address than a server restarting, so
        a new user learns of the mistake at once instead of after the whole time budget.
    """

    __match_args__ = (
        "statuses",
        "methods",
        "backoff_factor",
        "backoff_max",
        "jitter",
        "total_timeout",
        "retry_after_max",
        "max_attempts",
        "refused_retries",
    )
    __slots__ = __match_args__

    statuses: frozenset[int]
    methods: frozenset[str]
    backoff_factor: float
    backoff_max: float
    jitter: float
    total_timeout: float
    retry_after_max: float
    max_attempts: int
    refused_retries: int

    def __init__(
        self,
        statuses: Iterable[int],
        methods: Iterable[str] = ALL_METHODS,
        backoff_factor: float = 0.25,
        backoff_max: float = 10.0,
        jitter: float = 0.5,
        total_timeout: float = 120.0,
        retry_after_max: float = 30.0,
        max_attempts: int = 10,
        refused_retries: int = 3,
    ) -> None:
        set_ = object.__setattr__
        set_(self, "statuses", _to_statuses(statuses))
        set_(self, "methods", _to_methods(methods))
        set_(self, "backoff_factor", backoff_factor)
        set_(self, "backoff_max", backoff_max)
        set_(self, "jitter", jitter)
        set_(self, "total_timeout", total_timeout)
        set_(self, "retry_after_max", retry_after_max)
        set_(self, "max_attempts", max_attempts)
        set_(self, "refused_retries", refused_retries)
        _non_negative("backoff_factor", backoff_factor)
        _non_negative("backoff_max", backoff_max)
        _fraction("jitter", jitter)
        _positive("total_timeout", total_timeout)
        _non_negative("retry_after_max", retry_after_max)
        _at_least_one("max_attempts", max_attempts)
        _non_negative("refused_retries", refused_retries)

    @classmethod
    def for_mode(cls, mode: RetryMode | str, **overrides: Any) -> RetryPolicy:
        """The policy of a retry mode, with any field replaced by ``overrides``.

        Both retrying modes retry 429 as well: "Too Many Requests" says the server did not
        do the work and when to come back, exactly like 503, and a client that gives up at
        once only turns a brief throttle into an error for the user.

        :raises ValueError: for an unknown mode.
        :raises TypeError: for an unknown field name.
        """
        mode = RetryMode.parse(mode)
        fields: dict[str, Any]
        if mode is RetryMode.DISABLED:
            fields = {"statuses": frozenset(), "max_attempts": 1}
        elif mode is RetryMode.FORCEFUL:
            fields = {"statuses": frozenset({400, 429, 500, 501, 502, 503})}
        else:
            fields = {"statuses": frozenset({429, 503})}
        return cls(**{**fields, **overrides})  # an unknown name: TypeError from __init__

    def backoff(self, retries_done: int, rand: float) -> float:
        """The pause before retry number ``retries_done + 1``, given ``rand`` in ``[0, 1)``."""
        base = min(self.backoff_factor * 2.0**retries_done, self.backoff_max)
        return base * (1.0 - self.jitter * rand)

    def error_is_retryable(self, method: str, error: Exception, retries_done: int = 0) -> bool:
        """Whether a send that failed with ``error`` may be sent again (see the module table).

        :param retries_done: how many times this call was retried already.
        """
        if method not in self.methods:
            return False
        if isinstance(error, _UNSENT_ERRORS):
            failure = connect_failure(error)
            if failure in ("refused", "lookup_busy"):
                return retries_done < self.refused_retries
            return failure is None
        return isinstance(error, _AMBIGUOUS_ERRORS) and method in IDEMPOTENT_METHODS

    def retry_after(self, response: httpx.Response, now: float | None = None) -> float | None:
        """The wait a ``Retry-After`` header asks for, capped at ``retry_after_max``.

        Accepts seconds and HTTP dates (``now`` is the current Unix time, for tests).
        Returns ``None`` without a usable header.
        """
        value = response.headers.get("retry-after")
        if not value:
            return None
        value = value.strip()
        try:
            seconds = float(value)
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return None
            seconds = when.timestamp() - (time.time() if now is None else now)
        if seconds != seconds:  # NaN
            return None
        return min(max(seconds, 0.0), self.retry_after_max)


class RetryBudget:
    """A token bucket shared by every call of one client, limiting retries as a whole.

    Each retry takes ``retry_cost`` tokens (``timeout_cost`` after a timeout, which ties
    up the server longer); a call that succeeds puts back ``success_refund`` tokens plus
    whatever its own last retry took. When the bucket cannot pay for a retry, the retry
    is refused and the caller gets the failure at once. So during an outage the retries
    of all threads together stop after ``capacity / retry_cost`` of them, and each thread
    sends only its first attempt until successes refill the bucket: retries help with
    brief faults and never multiply the load on a server that is down.

    Thread-safe; the lock is never held across a sleep or an ``await``.
    """

    def __init__(
        self,
        capacity: float = 500.0,
        retry_cost: float = 5.0,
        timeout_cost: float = 10.0,
        success_refund: float = 1.0,
    ) -> None:
        if capacity < 0 or retry_cost < 0 or timeout_cost < 0 or success_refund < 0:
            raise ValueError("RetryBudget amounts must be >= 0")
        self.capacity = float(capacity)
        self.retry_cost = float(retry_cost)
        self.timeout_cost = float(timeout_cost)
        self.success_refund = float(success_refund)
        self._tokens = float(capacity)
        self._lock = threading.Lock()

    @property
    def tokens(self) -> float:
        """Tokens left now."""
        return self._tokens

    def acquire(self, cost: float) -> bool:
        """Take ``cost`` tokens for a retry; ``False`` (and nothing taken) if too few are left."""
        with self._lock:
            if self._tokens < cost:
                return False
            self._tokens -= cost
            return True

    def refund(self, amount: float) -> None:
        """Put ``amount`` tokens back, up to ``capacity``."""
        if self._tokens >= self.capacity:  # the usual case: skip the lock
            return
        with self._lock:
            self._tokens = min(self.capacity, self._tokens + amount)

    def __repr__(self) -> str:
        return f"RetryBudget(tokens={self._tokens:g}/{self.capacity:g})"
