"""The generated layer of the TileDB REST API v4 client (openapi-python-client, project templates).

``tiledb.client.rest_api.api`` holds one class per tag (``TokensApi``, ``AssetsApi``, ...),
``tiledb.client.rest_api.models`` the schemas and ``tiledb.client.rest_api.errors`` the exceptions.
Nothing heavy is imported until it is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient as AuthenticatedClient
    from .client import Client as Client
    from .errors import ApiError as ApiError
    from .errors import ResponseValidationError as ResponseValidationError

_LAZY = {
    "AuthenticatedClient": ".client",
    "Client": ".client",
    "ApiError": ".errors",
    "ResponseValidationError": ".errors",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
