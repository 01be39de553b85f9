"""Folders of a teamspace: create (like ``mkdir``, optionally ``-p``), get, list contents.

A ``folder`` argument takes the same forms as an asset (see :mod:`tiledb.client.assets`).
Failures raise :class:`FoldersError` carrying the server's status, message and request id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._highlevel.errors import FoldersError, maybe_wrap, refusing, translated
from ._highlevel.pager import Pager
from ._highlevel.pages import json_pages
from ._highlevel.reexport import API, API_EXCEPTION, MODELS, lazy_names
from ._highlevel.resolve import AssetRef, resolve_asset

if TYPE_CHECKING:
    from .rest_api.api import FoldersApi
    from .rest_api.models import Asset, Folder

__all__ = ["FoldersError", "create_folder", "get_folder", "list_folder_contents", "maybe_wrap"]

#: Page size used to read a folder's whole contents: large, so most folders take one request.
CONTENTS_PER_PAGE = 100


def _api() -> FoldersApi:
    from .client import build
    from .rest_api.api import FoldersApi

    return build(FoldersApi)


def create_folder(
    path: object,
    *,
    teamspace: object = None,
    description: str | None = None,
    parents: bool = False,
    exist_ok: bool = False,
) -> Folder:
    """Create a folder; returns the folder the server answered.

    :param path: The new folder's path (or a ``tiledb://`` URI).
    :param description: Its description.
    :param parents: Create missing enclosing folders first, like ``mkdir -p``. Only a missing
        folder is created: any other failure on the way (403, 500, ...) is raised as it is.
    :param exist_ok: Succeed (returning the existing folder) when the folder already exists.
    :raises FoldersError: the parent folder is missing (without ``parents``), the path is taken,
        the caller may not write there, or the request failed.
    """
    from .rest_api.models import FolderCreateRequestInner
    from .rest_api.types import UNSET

    if description is not None and not isinstance(description, str):
        raise TypeError(f"description must be a string, not {type(description).__name__}")
    ref = resolve_asset(path, teamspace, what="folder")
    if ref.asset.startswith("ast_") and "/" not in ref.asset:
        raise ValueError(f"create_folder needs the new folder's path, not an asset id: {path!r}")
    api = _api()
    if parents:
        segments = ref.asset.split("/")
        for depth in range(1, len(segments)):
            ancestor = AssetRef(ref.workspace, ref.teamspace, "/".join(segments[:depth]))
            with translated(FoldersError, f"creating parent folder {ancestor}"):
                api.create_folder(
                    ancestor.workspace,
                    ancestor.teamspace,
                    ancestor.asset,
                    FolderCreateRequestInner(exists_ok=True),
                )
    body = FolderCreateRequestInner(
        description=description if description is not None else UNSET, exists_ok=bool(exist_ok)
    )
    with translated(FoldersError, f"creating folder {ref}"):
        return api.create_folder(ref.workspace, ref.teamspace, ref.asset, body).data


def get_folder(folder: object, *, teamspace: object = None) -> Folder:
    """One folder (by path, asset id, object or URI)."""
    ref = resolve_asset(folder, teamspace, what="folder")
    with translated(FoldersError, f"getting folder {ref}"):
        return _api().get_folder(ref.workspace, ref.teamspace, ref.asset).data


def list_folder_contents(folder: object, *, teamspace: object = None) -> list[Asset]:
    """Every asset directly inside a folder (all pages; ``"/"`` lists the teamspace root)."""
    from .client import build
    from .rest_api.api import AssetsApi

    ref = resolve_asset(folder, teamspace, allow_root=True, what="folder", prefer_path=True)
    # The folder-contents operation takes no page parameter; the asset listing of the same
    # folder does, so every page is reachable through it.
    from .rest_api.api.assets import list_assets as operation
    from .rest_api.models import AssetListResponse

    call = json_pages(
        operation, AssetListResponse, build(AssetsApi).client, FoldersError, f"listing folder {ref}"
    )
    pager: Pager[Asset] = Pager(call, ref.workspace, ref.teamspace, ref.segment, per_page=CONTENTS_PER_PAGE)
    return list(pager)


# The models, enums and Api classes the established module re-exports, and its ``ApiException``:
# imported on first access (see ``_highlevel/reexport.py``), so importing this module stays cheap.
__getattr__, __dir__ = lazy_names(
    __name__,
    {
        MODELS: (
            "Asset",
            "Folder",
            "FolderCreateRequestInner",
            "Teamspace",
        ),
        API: ("FoldersApi",),
        API_EXCEPTION: ("ApiException",),
    },
)

# Bad input refused before any request raises an error that is both FoldersError (as the established
# client raises) and ValueError (as Python code expects).
refusing(FoldersError, globals(), __all__)
