"""The TileDB REST API v4 client.

``tiledb.client`` offers the session layer (``login``, ``configure``,
``build``, ``Client`` ...: the names of :mod:`tiledb.client.client`) and the
high-level modules (``tiledb.client.assets``, ``files``, ...).  Importing this
package is cheap: every name is loaded on first access, straight from the
module that implements it.

The established client's modules that use the older v1/v2 API (``udf``, ``sql``, ``dag`` ...) are
not part of this package: importing one raises an ``ImportError`` that says so and points to the
migration page. Both packages install ``tiledb/client/``; when files of the other one are found
mixed into this directory, importing ``tiledb.client`` warns and says how to repair it.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec

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
    from .versions import get_versions as get_versions

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
    "get_versions",
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
    "get_versions": ".versions",
}

_SUBMODULES = frozenset(
    {
        "assets",
        "client",
        "config",
        "credentials",
        "files",
        "folders",
        "pager",
        "rest_api",
        "storagesettings",
        "teamspaces",
        "testing",
        "tiledb_cloud_error",
        "tokens",
        "users",
        "versions",
        "workspaces",
    }
)


#: The established client's modules that use the older v1/v2 API: not part of this package.
OLDER_API = frozenset(
    {"udf", "sql", "dag", "array", "tasks", "compute", "taskgraphs", "cloudarray", "soma", "vcf", "utilities"}
)

_MIGRATION = "docs/migration.md of tiledb-rest-client"


def _older_api_message(name: str) -> str:
    return (
        f"tiledb.client.{name} is not part of this package (tiledb-rest-client): it is a module of "
        "the established client (tiledb-client) that uses the older v1/v2 REST API. This package "
        "covers the v4 API: assets, folders, files, teamspaces, workspaces, users, tokens, "
        f"storagesettings, credentials, versions, config. See {_MIGRATION} ('What stays out') for "
        "what to use instead, or how to switch back to tiledb-client."
    )


class _OlderApiFinder:
    """Last on ``sys.meta_path``: ``tiledb.client.udf`` & co. fail with a message, not a bare 'No module'."""

    @staticmethod
    def find_spec(fullname: str, path: object = None, target: object = None) -> ModuleSpec | None:
        parts = fullname.split(".")
        if len(parts) >= 3 and parts[:2] == ["tiledb", "client"] and parts[2] in OLDER_API:
            raise ModuleNotFoundError(_older_api_message(parts[2]), name=fullname)
        return None


if not any(isinstance(finder, _OlderApiFinder) for finder in sys.meta_path):
    sys.meta_path.append(_OlderApiFinder())


def mixed_files(directory: str) -> list[str]:
    """The established client's files found in ``directory`` (this package's folder), sorted."""
    foreign = {"_common", *OLDER_API, *(f"{name}.py" for name in OLDER_API)}
    try:
        names = os.listdir(directory)
    except OSError:
        return []
    return sorted(name for name in names if name in foreign)


def _warn_if_mixed(directory: str) -> None:
    # One stat at import: the established client always installs its _common package.
    if not os.path.isdir(os.path.join(directory, "_common")):
        return
    found = mixed_files(directory)
    if found:
        import warnings

        warnings.warn(
            f"{directory} holds files of the established client tiledb-client ({', '.join(found)}) "
            "beside those of tiledb-rest-client: both packages install tiledb/client/. To repair, "
            "run: pip uninstall -y tiledb-client tiledb-rest-client && pip install tiledb-rest-client "
            f"(see {_MIGRATION}, 'Switching').",
            RuntimeWarning,
            stacklevel=2,
        )


_warn_if_mixed(os.path.dirname(os.path.abspath(__file__)))


def __getattr__(name: str) -> Any:
    if name in OLDER_API:
        # An ImportError, not an AttributeError: ``from tiledb.client import udf`` shows the message.
        raise ModuleNotFoundError(_older_api_message(name), name=f"{__name__}.{name}")
    if name in __all__:
        value = getattr(importlib.import_module(_HOMES[name], __name__), name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__) | _SUBMODULES)
