"""Exceptions raised by the session layer of ``tiledb.client``, and how secrets are kept out of text.

All of them derive from :class:`tiledb.TileDBError`, so code that already catches TileDB-Py's
errors keeps working, and print under the public module (``tiledb.client.LoginError``).
Messages never contain a token or a password: callers build them from names, paths and hosts
only, and pass any text that might hold one through :func:`redact`; reprs show a secret as
:data:`MASK` through :func:`mask`. This is the one style of masking in the package.
"""

from __future__ import annotations

from collections.abc import Iterable

import tiledb

__all__ = [
    "MASK",
    "ClientError",
    "ConfigurationError",
    "ConfigurationTypeError",
    "LoginError",
    "LoginTypeError",
    "mask",
    "redact",
]


class ClientError(tiledb.TileDBError):
    """Raise for client-related errors."""


class ConfigurationError(tiledb.TileDBError):
    """Raise for errors during configuration."""


class LoginError(tiledb.TileDBError):
    """Raise for errors during login."""


class ConfigurationTypeError(ConfigurationError, TypeError):
    """A ``configure()`` argument has the wrong type.

    It is both a :class:`ConfigurationError` (as the seed promises) and a
    :class:`TypeError` (as Python code expects for a wrong type).
    """


class LoginTypeError(LoginError, TypeError):
    """A ``login()`` argument has the wrong type."""


# The classes are defined here but imported from ``tiledb.client``: tracebacks, reprs and pickles
# name them where users find them (``tiledb.client.LoginError``), not by this private module.
for _cls in (ClientError, ConfigurationError, LoginError, ConfigurationTypeError, LoginTypeError):
    _cls.__module__ = "tiledb.client"
del _cls

#: What a secret is replaced with wherever it would otherwise be shown.
MASK = "<redacted>"


def mask(value: str | None) -> str | None:
    """Return ``None`` for ``None`` and :data:`MASK` for any other value."""
    return None if value is None else MASK


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """Replace every occurrence of each non-empty secret in ``text`` by :data:`MASK`.

    Longer secrets are replaced first so that a secret containing another one
    is masked as a whole.
    """
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text
