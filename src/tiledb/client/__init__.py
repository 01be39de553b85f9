"""The TileDB REST API v4 client.

``tiledb.client`` offers the session layer (``login``, ``configure``,
``build``, ``Client`` ...: the names of :mod:`tiledb.client.client`) and the
high-level modules (``tiledb.client.assets``, ``files``, ...).  Importing this
package is cheap: every name is loaded on first access, straight from the
module that implements it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._errors import ClientError as ClientError
    from ._errors import ConfigurationError as ConfigurationError
    from ._errors import LoginError as LoginError
    from ._highlevel.paginate import apaginate as apaginate
    from ._highlevel.paginate import paginate as paginate
    from ._http.retry import RetryMode as RetryMode
    from ._session.bridge import Config as Config
    from ._session.bridge import Ctx as Ctx
    from ._session.clients import Client as Client
    from ._session.login import build as build
    from ._session.login import default_user as default_user
    from ._session.login import get_self_user as get_self_user
    from ._session.login import get_user as get_user
    from ._session.login import get_user_workspaces as get_user_workspaces
    from ._session.login import get_workspace as get_workspace
    from ._session.login import get_workspace_id as get_workspace_id
    from ._session.login import login as login
    from ._session.profiles import configure as configure
    from ._session.records import Workspace as Workspace
    from .rest_api.errors import ApiConnectionError as ApiConnectionError
    from .rest_api.errors import ApiError as ApiError
    from .rest_api.errors import ApiTimeoutError as ApiTimeoutError
    from .rest_api.errors import AuthenticationError as AuthenticationError
    from .rest_api.errors import BadRequestError as BadRequestError
    from .rest_api.errors import ConflictError as ConflictError
    from .rest_api.errors import InternalServerError as InternalServerError
    from .rest_api.errors import NotFoundError as NotFoundError
    from .rest_api.errors import PermissionDeniedError as PermissionDeniedError
    from .rest_api.errors import RateLimitError as RateLimitError
    from .rest_api.errors import UnprocessableEntityError as UnprocessableEntityError

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientError",
    "Config",
    "ConfigurationError",
    "ConflictError",
    "Ctx",
    "InternalServerError",
    "LoginError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryMode",
    "UnprocessableEntityError",
    "Workspace",
    "apaginate",
    "build",
    "configure",
    "default_user",
    "get_self_user",
    "get_user",
    "get_user_workspaces",
    "get_workspace",
    "get_workspace_id",
    "login",
    "paginate",
]

# Where each name is implemented: one import on first access, no hop through the seed module.
_HOMES = {
    "ApiConnectionError": ".rest_api.errors",
    "ApiError": ".rest_api.errors",
    "ApiTimeoutError": ".rest_api.errors",
    "AuthenticationError": ".rest_api.errors",
    "BadRequestError": ".rest_api.errors",
    "Client": "._session.clients",
    "ClientError": "._errors",
    "Config": "._session.bridge",
    "ConfigurationError": "._errors",
    "ConflictError": ".rest_api.errors",
    "Ctx": "._session.bridge",
    "InternalServerError": ".rest_api.errors",
    "LoginError": "._errors",
    "NotFoundError": ".rest_api.errors",
    "PermissionDeniedError": ".rest_api.errors",
    "RateLimitError": ".rest_api.errors",
    "RetryMode": "._http.retry",
    "UnprocessableEntityError": ".rest_api.errors",
    "Workspace": "._session.records",
    "apaginate": "._highlevel.paginate",
    "build": "._session.login",
    "configure": "._session.profiles",
    "default_user": "._session.login",
    "get_self_user": "._session.login",
    "get_user": "._session.login",
    "get_user_workspaces": "._session.login",
    "get_workspace": "._session.login",
    "get_workspace_id": "._session.login",
    "login": "._session.login",
    "paginate": "._highlevel.paginate",
}

_SUBMODULES = frozenset(
    {
        "assets",
        "client",
        "credentials",
        "files",
        "folders",
        "rest_api",
        "storagesettings",
        "teamspaces",
        "testing",
        "tokens",
        "users",
        "workspaces",
    }
)


def __getattr__(name: str) -> Any:
    if name in __all__:
        value = getattr(importlib.import_module(_HOMES[name], __name__), name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__) | _SUBMODULES)
