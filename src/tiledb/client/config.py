"""The established client's configuration module, done through this client's one session.

``setup_configuration(...)`` makes a session from the values given (a token, or a username and
password exchanged for one) and makes it current, as ``login()`` does; ``load_configuration()``
does the same from what TileDB-Py's ``tiledb.Config()`` holds (the current profile and the
``TILEDB_REST_*`` variables); ``setup_default_ctx()`` gives TileDB-Py's default context the current
session. ``config`` (read as ``tiledb.client.config.config``) is the current session, loaded by
``load_configuration()`` on first access when there is none. There is no second global state:
these functions and ``tiledb.client.login()`` replace the same session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import tiledb

from ._errors import ConfigurationError, LoginError
from ._session.bridge import refresh_default_ctx
from ._session.clients import shared_client
from ._session.session import open_session, peek_session, swap_session
from ._session.settings import SESSION_KEYS, _checked, _get

if TYPE_CHECKING:
    from ._session.session import Session

    config: Session  # the current session, loaded on first access (see __getattr__)

__all__ = ["ConfigurationError", "load_configuration", "setup_configuration", "setup_default_ctx"]

_LABEL = "the configuration"


def load_configuration() -> None:
    """Make the settings TileDB-Py sees (profile, ``TILEDB_REST_*``) the current session.

    :raises ConfigurationError: they hold neither a token nor a username and password, or the
        password exchange fails.
    """
    cfg = tiledb.Config()
    values = {key: _get(cfg, key) for key in SESSION_KEYS}
    if not values["rest.token"] and not (values["rest.username"] and values["rest.password"]):
        raise ConfigurationError(
            "No credentials: set rest.token (or rest.username and rest.password) in the TileDB "
            "configuration, or store a profile with tiledb.client.configure(...)"
        )
    verify = (values["rest.verify_ssl"] or "true").lower() not in ("false", "0", "no", "off")
    setup_configuration(
        api_key=values["rest.token"],
        host=values["rest.server_address"] or "",
        username=values["rest.username"],
        password=values["rest.password"],
        verify_ssl=verify,
        ca_file=values["ssl.ca_file"],
        workspace=values["rest.workspace"],
    )


def setup_configuration(
    api_key: str | None = None,
    host: str = "",
    username: str | None = None,
    password: str | None = None,
    verify_ssl: bool = True,
    ca_file: str | None = None,
    workspace: str | None = None,
) -> None:
    """Make a session from these values the current one (nothing is saved to a profile).

    :param api_key: An API token; when given, ``username`` and ``password`` are not used.
    :param host: The server (``""``: TileDB's default server).
    :param username: With ``password``: exchanged for a session token now.
    :param password: The password of ``username``; not kept.
    :param verify_ssl: Check the server's TLS certificate.
    :param ca_file: A CA bundle to check it with.
    :param workspace: The workspace name or id.
    :raises ConfigurationError: the values are incomplete or invalid, or the exchange fails.
    """
    for name, value in (
        ("api_key", api_key),
        ("host", host),
        ("username", username),
        ("password", password),
        ("ca_file", ca_file),
        ("workspace", workspace),
    ):
        if value is not None and not isinstance(value, str):
            raise ConfigurationError(f"{name} must be a string or None, not {type(value).__name__}")
    values = {
        "rest.server_address": host or None,
        "rest.token": api_key or None,
        "rest.username": username or None,
        "rest.password": password or None,
        "rest.workspace": workspace or None,
        "rest.verify_ssl": "true" if verify_ssl else "false",
        "ssl.ca_file": ca_file or None,
    }
    try:
        settings = _checked(values, None, None, _LABEL)
        session = open_session(settings, shared_client().open_httpx_client)
    except LoginError as exc:
        raise ConfigurationError(str(exc)) from None
    swap_session(session)
    refresh_default_ctx(session)


def setup_default_ctx() -> None:
    """Give TileDB-Py's default context the current session's server and token (if there is one)."""
    session = peek_session()
    if session is not None:
        refresh_default_ctx(session)


def __getattr__(name: str) -> Any:
    if name == "config":
        if peek_session() is None:
            load_configuration()
        return peek_session()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
