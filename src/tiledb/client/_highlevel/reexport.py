"""The names a public module offers on first access: the models, enums and Api classes it re-exports.

The established client's high-level modules import the models and enums they use, so user code
finds them there (``from tiledb.client.teamspaces import TeamspaceRole``). Ours offer the same
names through a module ``__getattr__`` made here: each is imported from its home (the generated
layer's lazy ``models`` or ``api`` package, or one of ours) the first time it is asked for, so
importing a high-level module stays as cheap as before.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["API", "API_EXCEPTION", "MODELS", "lazy_names"]

#: Homes of the re-exported names, as absolute module names.
MODELS = "tiledb.client.rest_api.models"
API = "tiledb.client.rest_api.api"
_ERRORS = "tiledb.client._highlevel.errors"
#: The established ``ApiException`` (the generated layer's API error), for ``homes``.
API_EXCEPTION = _ERRORS


def _load(home: str, attr: str) -> Any:
    if attr == "ApiException" and home == _ERRORS:
        from .errors import api_exception

        return api_exception()
    return getattr(importlib.import_module(home), attr)


def lazy_names(
    module: str,
    homes: Mapping[str, Iterable[str]],
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A module ``__getattr__`` and ``__dir__`` offering the names of ``homes`` on first access.

    :param module: The public module's ``__name__``.
    :param homes: Absolute module name -> the names it provides (``MODELS``, ``API`` or another);
        ``"Name=attr"`` offers that module's ``attr`` as ``Name``. ``"ApiException"`` under
        ``"tiledb.client._highlevel.errors"`` is the generated layer's API error under its
        established name.
    """
    where: dict[str, tuple[str, str]] = {}
    for home, names in homes.items():
        for entry in names:
            name, _, attr = entry.partition("=")
            where[name] = (home, attr or name)

    def __getattr__(name: str) -> Any:
        found = where.get(name)
        if found is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        value = _load(*found)
        setattr(sys.modules[module], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[module])) | set(where))

    return __getattr__, __dir__
