"""TileDB client and supporting methods, such as login().

Login and configure a client session from a named profile::

    >>> tiledb.client.login(profile_name=PROFILE_NAME)

This module is the public face of the session layer: the names of the
established client's ``tiledb.client.client``, each defined in the module
that implements it (``_login``, ``_profiles``, ``_clients``, ``_tiledb``...)
and imported here.  ``tiledb.client`` offers the same names lazily, straight
from those modules, so ``import tiledb.client`` stays cheap; importing this
module loads the session layer.  ``client`` (the shared :class:`Client`) is
made on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._errors import ClientError, ConfigurationError, LoginError
from ._highlevel.reexport import API, API_EXCEPTION, MODELS, lazy_names
from ._http.retry import RetryMode
from ._session.bridge import Config, Ctx
from ._session.clients import Client
from ._session.login import (
    build,
    default_user,
    get_self_user,
    get_user,
    get_user_workspaces,
    get_workspace,
    get_workspace_id,
    login,
)
from ._session.profiles import configure
from ._session.records import Workspace
from .rest_api.errors import ApiError

if TYPE_CHECKING:
    client: Client  # the shared Client, made on first access (see __getattr__)

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


# The models, enums and Api classes the established module re-exports, and its ``ApiException``:
# imported on first access (see ``_highlevel/reexport.py``), so importing this module stays cheap.
_reexported, __dir__ = lazy_names(
    __name__,
    {
        MODELS: (
            "APIToken",
            "TokenCreateRequest",
            "TokenScope",
            "User",
            "UserSelfWorkspace",
            "WorkspaceRole",
            "WorkspaceUser",
        ),
        API: (
            "TokensApi",
            "UsersApi",
            "WorkspacesApi",
        ),
        API_EXCEPTION: ("ApiException",),
        "tiledb.client.rest_api.client": ("ApiClient=AuthenticatedClient",),
    },
)


def __getattr__(name: str) -> Any:
    if name == "client":
        from ._session.clients import shared_client

        return shared_client()
    return _reexported(name)
