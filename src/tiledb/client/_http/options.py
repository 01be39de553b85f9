"""Client-wide HTTP settings: timeouts, the retry policy's limits, a transport of the user's own,
event hooks and an explicit proxy, settable in code and (timeouts, attempts, logging) from the
environment.

:class:`HttpOptions` is an immutable value: a session's ``Client`` holds one and rebuilds its httpx
clients when it is replaced. The environment is read when a ``Client`` is made:

=============================  ===============================================================
variable                       meaning
=============================  ===============================================================
``TILEDB_CLIENT_TIMEOUT``      seconds for connect, read, write and pool (a number > 0)
``TILEDB_CLIENT_MAX_ATTEMPTS`` the most sends of one call, the first included (an int >= 1)
``TILEDB_CLIENT_TIME_BUDGET``  seconds one call may spend, retries included (a number > 0)
``TILEDB_CLIENT_LOG``          ``debug`` or ``info``: the ``tiledb.client`` logger writes to
                               standard error at that level (secrets are never logged)
=============================  ===============================================================
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import httpx

__all__ = [
    "LOG_VARIABLE",
    "MAX_ATTEMPTS_VARIABLE",
    "TIMEOUT_VARIABLE",
    "TIME_BUDGET_VARIABLE",
    "HttpOptions",
    "log_from_environment",
    "options_from_environment",
]

TIMEOUT_VARIABLE = "TILEDB_CLIENT_TIMEOUT"
MAX_ATTEMPTS_VARIABLE = "TILEDB_CLIENT_MAX_ATTEMPTS"
TIME_BUDGET_VARIABLE = "TILEDB_CLIENT_TIME_BUDGET"
LOG_VARIABLE = "TILEDB_CLIENT_LOG"

Hooks = Mapping[str, Sequence[Callable[..., Any]]]
_HOOK_EVENTS = frozenset({"request", "response"})


def _timeout(value: object) -> httpx.Timeout | None:
    if value is None or isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError(f"timeout must be a positive number of seconds or an httpx.Timeout, got {value!r}")
    return httpx.Timeout(float(value))


def _hooks(value: Hooks | None, name: str) -> dict[str, list[Callable[..., Any]]] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping) or not set(value) <= _HOOK_EVENTS:
        raise ValueError(f"{name} must map 'request' and/or 'response' to lists of callables")
    hooks = {event: list(funcs) for event, funcs in value.items()}
    if not all(callable(f) for funcs in hooks.values() for f in funcs):
        raise TypeError(f"every hook of {name} must be callable")
    return hooks


class HttpOptions:
    """The client-wide HTTP settings of a session's ``Client`` (``None``: the built-in default).

    :param timeout: seconds (connect, read, write and pool) or an ``httpx.Timeout``; default 60 s,
        10 s to connect.
    :param max_attempts: the most sends of one call, the first included (default 10; 1 never
        retries).
    :param time_budget: seconds one call may spend, retries and their waits included (default 120).
    :param transport: an ``httpx.BaseTransport`` of your own, used under the retry, redirect and
        logging stack in place of httpx's connection pool (for blocking calls).
    :param async_transport: the same for async calls (an ``httpx.AsyncBaseTransport``).
    :param event_hooks: httpx event hooks of the blocking client: ``{"request": [...],
        "response": [...]}``; each is called with the ``httpx.Request`` or ``httpx.Response``.
    :param async_event_hooks: the same for the async client (coroutine functions).
    :param proxy: the URL of a proxy for every request, in place of the environment's proxies.
    """

    __slots__ = (
        "async_event_hooks",
        "async_transport",
        "event_hooks",
        "max_attempts",
        "proxy",
        "time_budget",
        "timeout",
        "transport",
    )

    def __init__(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_attempts: int | None = None,
        time_budget: float | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        event_hooks: Hooks | None = None,
        async_event_hooks: Hooks | None = None,
        proxy: str | None = None,
    ) -> None:
        if max_attempts is not None and (
            isinstance(max_attempts, bool) or not isinstance(max_attempts, int) or max_attempts < 1
        ):
            raise ValueError(f"max_attempts must be an int >= 1, got {max_attempts!r}")
        if time_budget is not None and (
            isinstance(time_budget, bool) or not isinstance(time_budget, int | float) or time_budget <= 0
        ):
            raise ValueError(f"time_budget must be a positive number of seconds, got {time_budget!r}")
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise TypeError(f"transport must be an httpx.BaseTransport, not {type(transport).__name__}")
        if async_transport is not None and not isinstance(async_transport, httpx.AsyncBaseTransport):
            raise TypeError(
                f"async_transport must be an httpx.AsyncBaseTransport, not {type(async_transport).__name__}"
            )
        if proxy is not None and (not isinstance(proxy, str) or "://" not in proxy):
            raise ValueError(f"proxy must be a URL such as 'http://proxy.example:3128', got {proxy!r}")
        self.timeout = _timeout(timeout)
        self.max_attempts = max_attempts
        self.time_budget = None if time_budget is None else float(time_budget)
        self.transport = transport
        self.async_transport = async_transport
        self.event_hooks = _hooks(event_hooks, "event_hooks")
        self.async_event_hooks = _hooks(async_event_hooks, "async_event_hooks")
        self.proxy = proxy

    def replace(self, **changes: Any) -> HttpOptions:
        """A copy with these settings changed (``None`` restores a default)."""
        current = {name: getattr(self, name) for name in self.__slots__}
        return HttpOptions(**{**current, **changes})

    def policy_overrides(self) -> dict[str, Any]:
        """The fields of ``RetryPolicy`` these settings replace."""
        overrides: dict[str, Any] = {}
        if self.max_attempts is not None:
            overrides["max_attempts"] = self.max_attempts
        if self.time_budget is not None:
            overrides["total_timeout"] = self.time_budget
        return overrides

    def __repr__(self) -> str:
        # A proxy URL may carry a password: objects and URLs are only said to be set.
        parts = [
            f"{name}={getattr(self, name)!r}"
            for name in ("timeout", "max_attempts", "time_budget")
            if getattr(self, name) is not None
        ]
        parts += [
            f"{name}=<set>"
            for name in ("transport", "async_transport", "event_hooks", "async_event_hooks", "proxy")
            if getattr(self, name) is not None
        ]
        return f"HttpOptions({', '.join(parts)})"


def _number(name: str, text: str, kind: type) -> Any:
    try:
        value = kind(text)
    except ValueError:
        raise ValueError(f"{name} must be a number, not {text!r}") from None
    return value


def options_from_environment(environ: Mapping[str, str] | None = None) -> HttpOptions:
    """The settings ``TILEDB_CLIENT_TIMEOUT``, ``_MAX_ATTEMPTS`` and ``_TIME_BUDGET`` ask for.

    :raises ValueError: for a value that is not a valid number, naming the variable.
    """
    env = os.environ if environ is None else environ
    changes: dict[str, Any] = {}
    for name, field, kind in (
        (TIMEOUT_VARIABLE, "timeout", float),
        (MAX_ATTEMPTS_VARIABLE, "max_attempts", int),
        (TIME_BUDGET_VARIABLE, "time_budget", float),
    ):
        text = env.get(name, "").strip()
        if text:
            changes[field] = _number(name, text, kind)
    try:
        return HttpOptions(**changes)
    except ValueError as exc:
        raise ValueError(f"{exc} (from the environment: {', '.join(sorted(changes))})") from None


#: The handler TILEDB_CLIENT_LOG added, so that it is added once per process.
_ENV_HANDLER: list[logging.Handler] = []


def log_from_environment(environ: Mapping[str, str] | None = None) -> None:
    """Send the ``tiledb.client`` logs to standard error when ``TILEDB_CLIENT_LOG`` asks for it.

    ``debug`` or ``info`` (any case); anything else, or nothing, leaves logging as it is. Records
    carry no secret (see the transport's logging), so none reaches the terminal.
    """
    env = os.environ if environ is None else environ
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(env.get(LOG_VARIABLE, "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger("tiledb.client")
    if not _ENV_HANDLER:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        _ENV_HANDLER.append(handler)
    logger.setLevel(level)
