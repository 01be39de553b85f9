"""The TileDB REST API v4 client.

``tiledb.client`` re-exports the session layer (``login``, ``configure``,
``build``, ``Client`` ...) from :mod:`tiledb.client.client`.  Importing this
package is cheap: every name is loaded on first access.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._paginate import apaginate as apaginate
    from ._paginate import paginate as paginate
    from .client import ApiError as ApiError
    from .client import Client as Client
    from .client import ClientError as ClientError
    from .client import Config as Config
    from .client import ConfigurationError as ConfigurationError
    from .client import Ctx as Ctx
    from .client import LoginError as LoginError
    from .client import RetryMode as RetryMode
    from .client import Workspace as Workspace
    from .client import build as build
    from .client import configure as configure
    from .client import default_user as default_user
    from .client import get_self_user as get_self_user
    from .client import get_user as get_user
    from .client import get_user_workspaces as get_user_workspaces
    from .client import get_workspace as get_workspace
    from .client import get_workspace_id as get_workspace_id
    from .client import login as login

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

# Helpers that live in their own modules rather than in the seed module.
_HELPERS = {"paginate": "._paginate", "apaginate": "._paginate"}

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
        value = getattr(importlib.import_module(_HELPERS.get(name, ".client"), __name__), name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__) | _SUBMODULES)
