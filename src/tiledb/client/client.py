"""TileDB client and supporting methods, such as login().

Login and configure a client session from a named profile::

    >>> tiledb.client.login(profile_name=PROFILE_NAME)

This module is the public face of the session layer.  It stays cheap to
import: httpx, the generated layer and the transport load on first use, and
``Client``, ``RetryMode``, ``Workspace``, ``ApiError`` and the shared
``client`` are resolved lazily by the module's ``__getattr__``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ._configure import configure
from ._errors import ClientError, ConfigurationError, LoginError

if TYPE_CHECKING:
    import tiledb

    from ._clients import Client
    from ._records import Workspace
    from ._transport import RetryMode
    from .rest_api.client import Client as GeneratedClient
    from .rest_api.errors import ApiError
    from .rest_api.models.user import User
    from .rest_api.models.user_self_workspace import UserSelfWorkspace

    client: Client

__all__ = [
    "ApiError",
    "Client",
    "ClientError",
    "Config",
    "ConfigurationError",
    "Ctx",
    "LoginError",
    "RetryMode",
    "Workspace",
    "build",
    "client",
    "configure",
    "default_user",
    "get_self_user",
    "get_user",
    "get_user_workspaces",
    "get_workspace",
    "get_workspace_id",
    "login",
]

_T = TypeVar("_T")

# Names loaded on first access: (module, attribute).
_LAZY = {
    "Client": ("._clients", "Client"),
    "RetryMode": ("._transport", "RetryMode"),
    "Workspace": ("._records", "Workspace"),
    "ApiError": (".rest_api.errors", "ApiError"),
}


def __getattr__(name: str) -> Any:
    if name == "client":
        from ._clients import shared_client

        return shared_client()
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(target[0], __package__), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def login(
    profile_name: str | None = None, profile_dir: str | None = None, threads: int | None = None
) -> None:
    """Login and configure a TileDB client session using stored credentials.

    Loads a profile saved by :func:`configure` and makes it the current
    session; call it again to switch profiles.  The profile is resolved by
    TileDB-Py (``TILEDB_REST_*`` environment variables override its values)
    and becomes TileDB-Py's current profile too: ``TILEDB_PROFILE_NAME`` and
    ``TILEDB_PROFILE_DIR`` are set (or cleared for the defaults).  A username
    and password are exchanged for a session token; the password is not kept.
    Cached user and workspace data are dropped and TileDB-Py's default
    context gets the new credentials.

    :param profile_name: Name of the profile; ``None`` uses the default
        profile if it exists (else credentials from the environment).
    :param profile_dir: Directory of ``profiles.json``; ``None`` means ``~/.tiledb``.
    :param threads: Resize the shared client's thread pool (``None``: unchanged).
    :raises LoginError: If the profile is missing or incomplete, or the login
        fails; the environment is left as it was.
    """
    from ._login import login as _login

    _login(profile_name, profile_dir, threads)


def build(builder: Callable[[GeneratedClient], _T]) -> _T:
    """The standard low-level API client builder.

    ``build(TokensApi)`` returns a ``TokensApi`` over the shared client,
    configured for the current session (loaded lazily when there was no
    ``login()``).  Async Api classes get an ``httpx.AsyncClient``.

    :param builder: An API class, such as ``tiledb.client.rest_api.api.AssetsApi``.
    """
    from ._clients import shared_client

    return shared_client().build(builder)


def Config(cfg_dict: Mapping[str, Any] | None = None) -> tiledb.Config:
    """Builds a tiledb config setting the login parameters that exist for the cloud service.

    :raises ValueError: if ``cfg_dict`` sets ``rest.server_address``,
        ``rest.username`` or ``rest.password``.
    :return: tiledb.Config
    """
    from ._tdbconfig import Config as _config

    return _config(cfg_dict)


def Ctx(config: Mapping[str, Any] | tiledb.Config | None = None) -> tiledb.Ctx:
    """Builds a TileDB Context that has the tiledb config parameters for tiledb cloud set from stored login.

    :return: tiledb.Ctx
    """
    from ._tdbconfig import Ctx as _ctx

    return _ctx(config)


def default_user() -> User:
    """Get the currently logged-in user.

    :raises ClientError: When the user can not be retrieved.
    """
    from ._queries import default_user as _impl

    return _impl()


def get_self_user() -> tuple[User, list[UserSelfWorkspace]]:
    """Get the currently logged-in user and related workspaces.

    :raises ClientError: When the user can not be retrieved.
    """
    from ._queries import get_self_user as _impl

    return _impl()


def get_user() -> User:
    """The current session's deployment user.

    The ``role`` attribute describes the user's role in the TileDB
    deployment: "owner", "admin" or "member".  If it can not be retrieved,
    the profile's host is likely wrong.

    :raises ClientError: When the user can not be retrieved.
    """
    from ._queries import get_user as _impl

    return _impl()


def get_user_workspaces() -> list[Workspace]:
    """A list of relationships between the session user and workspaces.

    :raises ClientError: When the user-workspace relationships can not be retrieved.
    """
    from ._queries import get_user_workspaces as _impl

    return _impl()


def get_workspace() -> Workspace:
    """Get the current session's workspace.

    If it can not be retrieved, the profile's host is likely wrong.

    :raises ConfigurationError: When the session has no workspace.
    :raises ClientError: When the workspace can not be retrieved.
    """
    from ._queries import get_workspace as _impl

    return _impl()


def get_workspace_id() -> str:
    """Get the current session's workspace id.

    :raises ConfigurationError: ``"Workspace is undefined."`` without a workspace.
    """
    from ._queries import get_workspace_id as _impl

    return _impl()
