"""Which pool an async client's transport sends through: aiohttp's when it is installed (the
``aiohttp`` extra: several times faster under bursts of concurrent calls, see :mod:`.aio`), httpx's
own otherwise, and always httpx's for HTTP/2 and for requests through a proxy.

``TILEDB_CLIENT_ASYNC_TRANSPORT`` overrides the default: ``httpx`` or ``aiohttp``. Nothing here
imports aiohttp: a process that never builds an async client never loads it.
"""

from __future__ import annotations

import importlib.util
import os
import ssl
from collections.abc import Callable
from typing import Literal

import httpx

__all__ = ["ENGINE_VARIABLE", "Engine", "aiohttp_available", "async_engine", "fast_async_pool"]

#: The environment variable that names the async engine.
ENGINE_VARIABLE = "TILEDB_CLIENT_ASYNC_TRANSPORT"

Engine = Literal["aiohttp", "httpx"]


def aiohttp_available() -> bool:
    """Whether aiohttp can be imported (found without importing it)."""
    try:
        return importlib.util.find_spec("aiohttp") is not None
    except ValueError:  # imported once and removed again (a None entry in sys.modules)
        return False


def async_engine(engine: Engine | None = None) -> Engine:
    """The engine an async client uses: ``engine`` when given, else the environment's choice,
    else aiohttp when installed, else httpx. Asking for aiohttp without it raises ``ImportError``."""
    if engine is None:
        named = os.environ.get(ENGINE_VARIABLE, "").strip().lower()
        if named in ("httpx", "aiohttp"):
            engine = "httpx" if named == "httpx" else "aiohttp"
        else:
            return "aiohttp" if aiohttp_available() else "httpx"
    if engine == "aiohttp" and not aiohttp_available():
        raise ImportError(
            "The aiohttp async transport was asked for but aiohttp is missing: "
            "pip install 'tiledb-rest-client[aiohttp]' (or set TILEDB_CLIENT_ASYNC_TRANSPORT=httpx)."
        )
    return engine


def fast_async_pool(
    context: ssl.SSLContext,
    limits: httpx.Limits,
    *,
    http2: bool,
    proxy: str | None,
    engine: Engine | None = None,
) -> Callable[[], httpx.AsyncBaseTransport] | None:
    """The maker of one event loop's aiohttp pool, or ``None`` where httpx's pool is the one."""
    if http2 or proxy is not None or async_engine(engine) != "aiohttp":
        return None
    from .aio import pool_factory

    return pool_factory(context, limits)
