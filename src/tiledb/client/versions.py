"""The server's versions: its build, TileDB core and the UDF images it runs.

``get_versions()`` returns the ``Versions`` model (``go_version``, ``tiledb_version``,
``udf_images_version``, ``vcs_name``, ``vcs_revision``, ``vcs_time``, ``build_id``). Failures
raise :class:`VersionsError` carrying the server's status, message and request id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._highlevel.errors import VersionsError, translated
from ._highlevel.reexport import API, API_EXCEPTION, MODELS, lazy_names

if TYPE_CHECKING:
    from ._session.clients import Client
    from .rest_api.models import Versions

    client: Client  # the shared Client, as in tiledb.client.client

__all__ = ["VersionsError", "get_versions"]


def get_versions() -> Versions:
    """The versions of the server the session talks to (one request)."""
    from .client import build
    from .rest_api.api import VersionsApi

    with translated(VersionsError, "getting the server's versions"):
        return build(VersionsApi).get_versions().data


_reexported, __dir__ = lazy_names(
    __name__,
    {MODELS: ("Versions",), API: ("VersionsApi",), API_EXCEPTION: ("ApiException",)},
)


def __getattr__(name: str) -> Any:
    if name == "client":
        from ._session.clients import shared_client

        return shared_client()
    return _reexported(name)
