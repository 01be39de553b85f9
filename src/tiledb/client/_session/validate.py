"""Checks and normalisations shared by ``configure()`` and ``login()``.

Everything here is pure: no file system, no network, no environment.
"""

from __future__ import annotations

import os
import urllib.parse
from typing import Any

from .._errors import ConfigurationError

__all__ = [
    "check_builder",
    "check_header_safe",
    "is_workspace_id",
    "normalize_host",
    "optional_path",
    "optional_str",
    "workspace_id_from_token",
]


def optional_str(value: Any, name: str, error: type[Exception]) -> str | None:
    """Return ``value`` if it is ``None`` or a string; raise ``error`` naming ``name`` otherwise."""
    if value is None or isinstance(value, str):
        return value
    raise error(f"{name} must be a string or None, not {type(value).__name__}.")


def optional_path(value: Any, name: str, error: type[Exception]) -> str | None:
    """Like :func:`optional_str`, but also accept :class:`os.PathLike` objects."""
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    if isinstance(value, bytes):
        raise error(f"{name} must be a str or os.PathLike of str, not bytes.")
    return optional_str(value, name, error)


def check_header_safe(value: str, name: str, error: type[Exception]) -> None:
    """Refuse a credential that can not travel in an HTTP header.

    The message names the parameter, never the value: the value is a secret.
    """
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value):
        raise error(f"{name} contains control characters (such as a line break); check the value.")
    if not value.isascii():
        raise error(f"{name} contains non-ASCII characters; check the value.")


def normalize_host(host: str) -> str:
    """Return the canonical form of a server address, or raise :class:`ConfigurationError`.

    Surrounding blanks and trailing slashes are removed and ``https://`` is
    prepended when no scheme is given.  Only ``http`` and ``https`` URLs with
    a host name, no user information, no query and no fragment are accepted.
    """
    text = host.strip()
    if not text:
        raise ConfigurationError("host is empty: pass the TileDB server address, e.g. host='api.tiledb.com'.")
    if "://" not in text:
        text = "https://" + text
    scheme, rest = text.split("://", 1)
    text = f"{scheme}://{rest.rstrip('/')}"
    hint = "pass an address such as host='api.tiledb.com' or host='https://api.tiledb.com'."
    try:
        parts = urllib.parse.urlsplit(text)
        port = parts.port  # raises ValueError for a malformed port
    except ValueError:
        raise ConfigurationError(f"host {host!r} is not a valid server address: {hint}") from None
    if parts.scheme not in ("http", "https"):
        raise ConfigurationError(
            f"host {host!r} uses the unsupported scheme {parts.scheme!r}: only http and https work; {hint}"
        )
    if not parts.hostname:
        raise ConfigurationError(f"host {host!r} has no host name: {hint}")
    if parts.username is not None or parts.password is not None:
        # Never echo the value: it holds credentials.
        raise ConfigurationError(
            "host must not contain a user name or password; pass them as username= and password=, "
            "or pass token=."
        )
    if parts.query or parts.fragment:
        raise ConfigurationError(f"host {host!r} must not contain a query or fragment: {hint}")
    if any(ch.isspace() for ch in text) or port == 0:
        raise ConfigurationError(f"host {host!r} is not a valid server address: {hint}")
    return text


def workspace_id_from_token(token: str) -> str | None:
    """Return the workspace id a token names, if it names one.

    A token ``<prefix>-ws_<id>-<secret>``, exactly three parts separated by
    ``-`` whose middle part starts with ``ws_``, identifies its workspace.
    """
    parts = token.split("-")
    if len(parts) == 3 and parts[1].startswith("ws_") and len(parts[1]) > len("ws_"):
        return parts[1]
    return None


def is_workspace_id(workspace: str) -> bool:
    """Tell whether ``workspace`` is a workspace id (``ws_...``) rather than a name."""
    return workspace.startswith("ws_")


def check_builder(builder: object) -> None:
    """Refuse, before any session is loaded, something ``build()`` can not build.

    ``build()`` takes an Api class of ``tiledb.client.rest_api.api`` (``UsersApi``,
    ``AsyncUsersApi``, ...: classes with an ``is_async`` flag), or a function that takes a
    generated client. Any other class (``int``, ``dict``, a model class) would be called with
    the generated client and fail far from the mistake, so it is refused here, as are an Api
    object instead of its class and anything that can not be called.

    :raises TypeError: naming what was passed and what is expected.
    """
    expected = (
        "build() needs an Api class from tiledb.client.rest_api.api (such as UsersApi or "
        "AsyncUsersApi) or a function taking a generated client as its builder"
    )
    if isinstance(builder, type):
        if isinstance(getattr(builder, "is_async", None), bool):
            return
        raise TypeError(f"{expected}; {builder.__module__}.{builder.__qualname__} is not an Api class.")
    if callable(builder):
        return
    kind = type(builder)
    if isinstance(getattr(kind, "is_async", None), bool):
        name = kind.__name__
        raise TypeError(f"build() takes the Api class itself as its builder: pass {name}, not {name}(...).")
    raise TypeError(f"{expected}, not {kind.__name__}.")
