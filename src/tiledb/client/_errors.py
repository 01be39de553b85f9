"""Exceptions raised by the session layer of ``tiledb.client``.

All of them derive from :class:`tiledb.TileDBError`, so code that already
catches TileDB-Py's errors keeps working.  Messages never contain a token or
a password: callers build them from names, paths and hosts only.
"""

from __future__ import annotations

import tiledb

__all__ = [
    "ClientError",
    "ConfigurationError",
    "ConfigurationTypeError",
    "LoginError",
    "LoginTypeError",
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
