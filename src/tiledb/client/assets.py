"""Assets of a teamspace: list, get, search, register, update, rename, move, delete, metadata.

An ``asset`` argument may be an ``Asset`` object, an asset id (``ast_...``), a path inside the
teamspace (leading ``/`` optional) with ``teamspace=``, or a ``tiledb://workspace/teamspace/path``
URI. Failures raise :class:`AssetsError` (registering: :class:`AssetCreatorError`) carrying the
server's status, message and request id, chained from the API error.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._highlevel import metadata as _metadata
from ._highlevel.args import choice, given, one_or_many, unset_if_none
from ._highlevel.errors import AssetCreatorError, AssetsError, maybe_wrap, refusing, translated
from ._highlevel.pager import Pager
from ._highlevel.pages import json_pages
from ._highlevel.reexport import API, API_EXCEPTION, MODELS, lazy_names
from ._highlevel.resolve import AssetRef, resolve_asset, resolve_teamspace, resolve_user, session_workspace

if TYPE_CHECKING:
    from .rest_api.api import AssetsApi
    from .rest_api.models import Asset, AssetProperty

__all__ = [
    "AssetCreatorError",
    "AssetsError",
    "delete_asset",
    "delete_metadata",
    "get_asset",
    "get_asset_properties",
    "get_assets_in_path",
    "get_metadata",
    "list_assets",
    "maybe_wrap",
    "move_assets",
    "register_asset",
    "rename_asset",
    "search_assets",
    "update_asset",
    "update_asset_properties",
    "update_metadata",
]


def _api() -> AssetsApi:
    from .client import build
    from .rest_api.api import AssetsApi

    return build(AssetsApi)


def _ref(asset: object, teamspace: object, **kwargs: Any) -> AssetRef:
    """Resolve an asset argument (a malformed one raises ``ValueError`` before any request)."""
    return resolve_asset(asset, teamspace, **kwargs)


def list_assets(
    path: object,
    *,
    teamspace: object = None,
    type: str | None = None,
    created_by: object = None,
    expand: str | None = None,
    page: int = 1,
    per_page: int | None = None,
    order_by: str | None = None,
) -> Pager[Asset]:
    """The assets directly inside a folder (``"/"`` or ``""`` for the teamspace root), lazily paged.

    :param path: The folder: a path, an id, a ``Folder``/``Asset`` object or a ``tiledb://`` URI.
    :param teamspace: The teamspace of a path or id.
    :param type: Only assets of this type (``"array"``, ``"folder"``, ...).
    :param created_by: Only assets created by this user (object, id or username).
    :param expand: Extra fields the server should fill in.
    :param page: The first page to list.
    :param per_page: Items per page (``None``: the server's default).
    :param order_by: The field to sort by.
    :return: A :class:`~tiledb.client._highlevel.pager.Pager` over ``Asset`` objects.
    """
    from .rest_api.models import AssetType

    ref = _ref(path, teamspace, allow_root=True, what="folder", prefer_path=True)
    options = given(
        asset_type=choice(AssetType, type, "type") if type is not None else None,
        created_by=resolve_user(created_by) if created_by is not None else None,
        expand=expand,
        order_by=order_by,
    )
    from .rest_api.api.assets import list_assets as operation
    from .rest_api.models import AssetListResponse

    call = json_pages(
        operation, AssetListResponse, _api().client, AssetsError, f"listing the assets in {ref}"
    )
    return Pager(call, ref.workspace, ref.teamspace, ref.segment, page=page, per_page=per_page, **options)


def get_asset(asset: object, *, teamspace: object = None) -> Asset:
    """One asset, in a single request.

    :raises AssetsError: the asset does not exist (404) or may not be read (403), or the request failed.
    """
    ref = _ref(asset, teamspace)
    with translated(AssetsError, f"getting asset {ref}"):
        return _api().get_asset(ref.workspace, ref.teamspace, ref.asset).data


def get_assets_in_path(asset: object, *, teamspace: object = None) -> list[Asset]:
    """The assets along a path: every enclosing folder from the outermost, then the asset itself."""
    ref = _ref(asset, teamspace)
    with translated(AssetsError, f"getting the assets along {ref}"):
        return list(_api().get_assets_in_path(ref.workspace, ref.teamspace, ref.asset).data)


def get_metadata(asset: object, *, teamspace: object = None) -> dict[str, Any]:
    """All metadata of an asset (every page), values converted back from their stored types."""
    ref = _ref(asset, teamspace)
    from .rest_api.api.assets import get_asset_metadata as operation
    from .rest_api.models import AssetMetadataListResponse

    call = json_pages(
        operation, AssetMetadataListResponse, _api().client, AssetsError, f"getting the metadata of {ref}"
    )
    entries: Pager[Any] = Pager(call, ref.workspace, ref.teamspace, ref.asset, per_page=100)
    return {e.key: _metadata.decode(e.key, e.value, e.type_) for e in entries}


def update_metadata(asset: object, items: Mapping[str, Any], *, teamspace: object = None) -> dict[str, Any]:
    """Add or replace metadata entries; returns the asset's metadata as the server answered it.

    :param items: Keys to values: ``int``, ``float``, ``bool``, ``str``, ``bytes`` or numpy scalars.
    :raises TypeError: a value that cannot be stored (checked before any request).
    """
    from .rest_api.models import AssetMetadataSaveRequestInner, AssetMetadataType

    if not isinstance(items, Mapping):
        raise TypeError(f"items must be a mapping of keys to values, not {type(items).__name__}")
    body = []
    for key, value in items.items():
        if not isinstance(key, str) or not key:
            raise ValueError(f"metadata keys must be non-empty strings, got {key!r}")
        text, kind = _metadata.encode(key, value)
        body.append(AssetMetadataSaveRequestInner(key=key, value=text, type_=AssetMetadataType(kind)))
    ref = _ref(asset, teamspace)
    with translated(AssetsError, f"updating the metadata of {ref}"):
        answer = _api().update_asset_metadata(ref.workspace, ref.teamspace, ref.asset, body)
    rows = getattr(answer, "data", None) or []
    return {e.key: _metadata.decode(e.key, e.value, e.type_) for e in rows}


def delete_metadata(asset: object, keys: Sequence[str], *, teamspace: object = None) -> None:
    """Remove metadata entries by key (one key or a list of keys)."""
    names = one_or_many(keys, "keys")
    if not names or not all(isinstance(k, str) and k for k in names):
        raise ValueError(f"keys must be one non-empty string or a list of them, got {keys!r}")
    ref = _ref(asset, teamspace)
    with translated(AssetsError, f"deleting metadata {names} of {ref}"):
        _api().delete_asset_metadata(ref.workspace, ref.teamspace, ref.asset, names)


def get_asset_properties(asset: object, *, teamspace: object = None) -> list[AssetProperty]:
    """The properties of an asset (default view, region, pruning settings, ...)."""
    ref = _ref(asset, teamspace)
    with translated(AssetsError, f"getting the properties of {ref}"):
        return list(_api().get_asset_properties(ref.workspace, ref.teamspace, ref.asset).data)


def update_asset_properties(
    asset: object, properties: Mapping[str, object], *, teamspace: object = None
) -> list[AssetProperty]:
    """Set properties (key to value; values are sent as text); returns the properties the server answered."""
    from .rest_api.models import AssetPropertySaveRequestInner, AssetPropertySaveRequestInnerKey

    if not isinstance(properties, Mapping) or not properties:
        raise ValueError("properties must be a non-empty mapping of property names to values")
    body = [
        AssetPropertySaveRequestInner(key=AssetPropertySaveRequestInnerKey(str(k)), value=str(v), id=None)
        for k, v in properties.items()
    ]
    ref = _ref(asset, teamspace)
    with translated(AssetsError, f"updating the properties of {ref}"):
        answer = _api().update_asset_properties(ref.workspace, ref.teamspace, ref.asset, body)
    return list(getattr(answer, "data", None) or [])


def register_asset(uri: str, path: object, *, teamspace: object = None, acn: str | None = None) -> Asset:
    """Register an existing cloud object (``s3://...``) as an asset at ``path``; returns the new asset.

    When ``path`` is an existing folder or the teamspace root, the URI's last segment is appended
    as the asset's name.

    :param acn: The name of the access credential that reaches ``uri``.
    :raises AssetCreatorError: the registration failed (the path is taken, no permission, ...).
    """
    from .rest_api.models import AssetRegisterRequest

    if not isinstance(uri, str) or "://" not in uri or uri.startswith("tiledb://"):
        raise ValueError(f"uri must be a storage URI such as s3://bucket/key, got {uri!r}")
    ref = _ref(path, teamspace, allow_root=True)
    name = uri.rstrip("/").rpartition("/")[2]
    api = _api()
    with translated(AssetCreatorError, f"registering {uri} at {ref}"):
        target = name if ref.is_root else _into_folder(api, ref, name)
        api.register_asset(
            ref.workspace,
            ref.teamspace,
            target,
            AssetRegisterRequest(uri=uri, access_credentials_name=acn),
        )
        return api.get_asset(ref.workspace, ref.teamspace, target).data


def _is_id(asset: str) -> bool:
    """Whether a resolved asset reference is an id rather than a path."""
    return asset.startswith("ast_") and "/" not in asset


def _into_folder(api: AssetsApi, ref: AssetRef, name: str) -> str:
    """``ref``'s path, with ``name`` appended when it is an existing folder."""
    from .rest_api.errors import ApiError

    try:
        found = api.get_asset(ref.workspace, ref.teamspace, ref.asset).data
    except ApiError as exc:
        # A missing path is where the new asset goes; a missing folder id is a mistake.
        if exc.status_code == 404 and not _is_id(ref.asset):
            return ref.asset
        raise
    if str(found.type_) == "folder":
        return f"{found.path}/{name}"
    return found.path


def update_asset(
    asset: object, *, teamspace: object = None, description: str | None = None, type: str | None = None
) -> Asset:
    """Change an asset's description or type; returns the asset as the server has it afterwards."""
    from .rest_api.models import AssetType, AssetUpdateRequest

    if description is None and type is None:
        raise ValueError("nothing to update: pass description= or type=")
    ref = _ref(asset, teamspace)
    body = AssetUpdateRequest(
        description=unset_if_none(description),
        type_=choice(AssetType, type, "type") if type is not None else unset_if_none(None),
    )
    api = _api()
    with translated(AssetsError, f"updating asset {ref}"):
        api.update_asset(ref.workspace, ref.teamspace, ref.asset, body)
        return api.get_asset(ref.workspace, ref.teamspace, ref.asset).data


def rename_asset(asset: object, name: str, *, teamspace: object = None) -> str:
    """Rename an asset in place (not a move); returns its new path.

    Renaming a folder changes the path of everything inside it. Two requests: the rename, then
    reading the new path back.
    """
    from .rest_api.models import AssetUpdateRequest

    if not isinstance(name, str) or not name.strip() or "/" in name or name in (".", ".."):
        raise ValueError(f"name must be a non-empty asset name without '/', got {name!r}")
    ref = _ref(asset, teamspace)
    api = _api()
    with translated(AssetsError, f"renaming {ref} to {name!r}"):
        api.update_asset(ref.workspace, ref.teamspace, ref.asset, AssetUpdateRequest(name=name))
        if _is_id(ref.asset):
            renamed = ref.asset
        else:
            parent = ref.asset.rpartition("/")[0]
            renamed = f"{parent}/{name}" if parent else name
        return api.get_asset(ref.workspace, ref.teamspace, renamed).data.path


def move_assets(assets: object, folder: object, *, teamspace: object = None) -> None:
    """Move one asset or a list of assets into ``folder`` (``"/"``: the teamspace root).

    Every asset must be in the folder's teamspace.
    """
    from .rest_api.models import AssetsMoveRequest

    target = _ref(folder, teamspace, allow_root=True, what="folder", prefer_path=True)

    def member(asset: object) -> AssetRef:
        # A bare path or id is taken in the folder's teamspace when no teamspace= was given.
        bare = isinstance(asset, str) and not asset.startswith("tiledb://")
        return _ref(asset, target.teamspace if teamspace is None and bare else teamspace)

    refs = [member(a) for a in one_or_many(assets, "assets")]
    if not refs:
        raise ValueError("assets must be an asset or a non-empty list of assets")
    for ref in refs:
        if _differ(ref.workspace, target.workspace, "ws_") or _differ(ref.teamspace, target.teamspace, "ts_"):
            raise ValueError(f"cannot move {ref} into {target}: assets move within one teamspace only")
    body = AssetsMoveRequest(assets_to_add=[r.asset for r in refs], target=target.asset)
    with translated(AssetsError, f"moving {len(refs)} asset(s) into {target}"):
        _api().move_assets(target.workspace, target.teamspace, body)


def _differ(one: str, other: str, id_prefix: str) -> bool:
    """Whether two spellings surely name different resources.

    A name and an id cannot be compared without a request; the server then refuses an asset
    that is not in the target teamspace (it is not found there).
    """
    return one.startswith(id_prefix) == other.startswith(id_prefix) and one != other


def delete_asset(asset: object, *, teamspace: object = None, delete_storage: bool = False) -> None:
    """Delete an asset; a folder is deleted with everything inside it.

    :param delete_storage: Also delete the stored data behind the asset (not only its registration).
    """
    ref = _ref(asset, teamspace)
    with translated(AssetsError, f"deleting asset {ref}"):
        _api().delete_asset(ref.workspace, ref.teamspace, ref.asset, delete_assets=bool(delete_storage))


def _teamspaces(value: object) -> list[str] | None:
    if value is None:
        return None
    return [resolve_teamspace(t) for t in one_or_many(value, "teamspace")]


def _strings(value: object, what: str) -> list[str] | None:
    if value is None:
        return None
    items = one_or_many(value, what)
    if not all(isinstance(i, str) and i for i in items):
        raise ValueError(f"{what} must be a non-empty string or a list of them, got {value!r}")
    return items


def search_assets(
    *,
    query: str | None = None,
    fields: object = None,
    metadata: object = None,
    path: str | None = None,
    teamspace: object = None,
    teamspace_exclude: object = None,
    public: bool | None = None,
    sort: str | None = None,
    sort_dir: str | None = None,
    page: int = 1,
    per_page: int | None = None,
) -> Pager[Asset]:
    """Search the session's workspace for assets, lazily paged.

    :param query: Text matched against the assets' names and paths (or ``fields``).
    :param fields: One field or a list (``"name"``, ``"description"``, ``"path"``, ...) that
        ``query`` is matched against.
    :param metadata: One ``"key=value"`` filter or a list of them; an asset must match all.
    :param path: Only assets under this folder path.
    :param teamspace: One teamspace (name, id or object) or a list.
    :param teamspace_exclude: Teamspaces to leave out, same forms.
    :param public: Only public (or only non-public) assets.
    :param sort: The field to sort by; ``sort_dir`` is ``"asc"`` or ``"desc"``.
    """
    if path is not None and (not isinstance(path, str) or path.strip("/") != path.strip("/").strip()):
        raise ValueError(f"path must be a folder path, got {path!r}")
    options = given(
        q=query,
        filters=_strings(fields, "fields"),
        metadata=_strings(metadata, "metadata"),
        path=path.strip("/") if path else None,
        teamspace=_teamspaces(teamspace),
        teamspace_exclude=_teamspaces(teamspace_exclude),
        public=public,
        sort=sort,
        sort_dir=sort_dir,
    )
    workspace = session_workspace()
    from .rest_api.api.assets import search_assets as operation
    from .rest_api.models import AssetListResponse

    call = json_pages(
        operation,
        AssetListResponse,
        _api().client,
        AssetsError,
        f"searching assets in workspace {workspace!r}",
    )
    return Pager(call, workspace, page=page, per_page=per_page, **options)


# The models, enums and Api classes the established module re-exports, and its ``ApiException``:
# imported on first access (see ``_highlevel/reexport.py``), so importing this module stays cheap.
__getattr__, __dir__ = lazy_names(
    __name__,
    {
        MODELS: (
            "Asset",
            "AssetMemberType",
            "AssetMetadataSaveRequestInner",
            "AssetMetadataType",
            "AssetRegisterRequest",
            "AssetType",
            "AssetUpdateRequest",
            "AssetsMoveRequest",
            "Teamspace",
        ),
        API: ("AssetsApi",),
        API_EXCEPTION: ("ApiException",),
    },
)

# Bad input refused before any request raises an error that is both AssetsError (as the established
# client raises) and ValueError (as Python code expects).
refusing(AssetsError, globals(), __all__)
