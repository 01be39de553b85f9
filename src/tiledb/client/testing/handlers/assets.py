"""Handlers of assets and folders: listings, search, updates, moves, metadata and properties."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..state import (
    Asset,
    now,
)
from .activity import record
from .base import (
    Context,
    Reply,
    asset_of,
    children_of,
    fail,
    flag_param,
    folder_of,
    handler,
    json_body,
    json_list,
    may,
    ok,
    paginate,
    teamspace_for,
    teamspace_of,
    workspace_of,
)
from .views import asset_json, asset_list, folder_json


def _log(ctx: Context, action: str, asset: Asset) -> None:
    record(ctx.state, ctx.user, action, ctx.state.workspaces[asset.workspace_id], asset=asset)


# ------------------------------------------------------------------- assets
@handler("list_assets")
def list_assets(ctx: Context) -> Reply:
    """Assets directly inside a folder path or id (``""`` for the teamspace root), paged."""
    ts = teamspace_for(ctx, "read")
    return asset_list(ctx, children_of(ctx, ts, ctx.params.get("path", "")))


@handler("get_folder_contents")
def get_folder_contents(ctx: Context) -> Reply:
    """Assets directly inside a folder, paged."""
    ts = teamspace_for(ctx, "read")
    return asset_list(ctx, children_of(ctx, ts, ctx.params["folder"]))


_SEARCH_FIELDS = ("name", "path", "description", "type")


def _metadata_filter(raw: str) -> Callable[[Asset], bool]:
    """``key=value`` (the entry's text equals ``value``) or ``key`` (the entry exists)."""
    key, sep, value = raw.partition("=")
    if not key:
        raise fail(400, f"metadata filter {raw!r} must be 'key' or 'key=value'")
    if not sep:
        return lambda a: key in a.metadata
    return lambda a: key in a.metadata and a.metadata[key][0] == value


@handler("search_assets")
def search_assets(ctx: Context) -> Reply:
    """Assets of the workspace's readable teamspaces matching ``q`` in the ``filters`` fields.

    ``q`` is matched (case-insensitively, as a substring) against name and path, or against the
    fields named by ``filters`` (of name, path, description and type; empty ones are ignored);
    every ``metadata`` filter must match; ``teamspace`` and ``teamspace_exclude`` take several
    names or ids; ``public`` keeps public (or private) teamspaces only.
    """
    ws = workspace_of(ctx)
    spaces = [t for t in ctx.state.teamspaces.values() if t.workspace_id == ws.id]
    wanted = ctx.query.getlist("teamspace")
    if wanted:
        spaces = list({t.id: t for t in (teamspace_of(ctx, ref) for ref in wanted)}.values())
    excluded = set(ctx.query.getlist("teamspace_exclude"))
    spaces = [t for t in spaces if not {t.id, t.name} & excluded and may(ctx, t, "read")]
    if ctx.query.get("public") is not None:
        public = flag_param(ctx.query.get("public"))
        spaces = [t for t in spaces if (t.visibility == "public") == public]
    items = [a for t in spaces for a in ctx.state.assets_in(t)]
    fields = [f for f in ctx.query.getlist("filters") if f] or ["name", "path"]
    unknown = [f for f in fields if f not in _SEARCH_FIELDS]
    if unknown:
        raise fail(400, f"unknown search fields {unknown}; expected some of {list(_SEARCH_FIELDS)}")
    q = (ctx.query.get("q") or "").lower()
    if q:
        items = [a for a in items if any(q in str(getattr(a, f)).lower() for f in fields)]
    for check in [_metadata_filter(raw) for raw in ctx.query.getlist("metadata") if raw]:
        items = [a for a in items if check(a)]
    prefix = (ctx.query.get("path") or "").strip("/")
    if prefix:
        items = [a for a in items if a.path.startswith(prefix + "/")]
    return asset_list(ctx, items)


@handler("get_asset")
def get_asset(ctx: Context) -> Reply:
    """An asset by id or path."""
    ts = teamspace_for(ctx, "read")
    return ok(ctx, {"data": asset_json(ctx.state, asset_of(ctx, ts, ctx.params["asset"]))})


@handler("update_asset")
def update_asset(ctx: Context) -> Reply:
    """Change an asset's description or type, or rename it (its path, and those inside it, follow)."""
    asset = asset_of(ctx, teamspace_for(ctx, "write"), ctx.params["asset"])
    body = json_body(ctx)
    if "name" in body:
        ctx.state.rename_asset(asset, str(body["name"]))
    for name in ("description", "type"):
        if name in body:
            setattr(asset, name, str(body[name]))
    asset.updated_at = now()
    _log(ctx, "update", asset)
    return ok(ctx)


@handler("delete_asset")
def delete_asset(ctx: Context) -> Reply:
    """Delete an asset (a folder with its contents)."""
    asset = asset_of(ctx, teamspace_for(ctx, "write"), ctx.params["asset"])
    _log(ctx, "delete", asset)
    ctx.state.delete_asset(asset)
    return ok(ctx)


@handler("register_asset")
def register_asset(ctx: Context) -> Reply:
    """Register an existing cloud object as an array asset at ``path`` (missing folders are made)."""
    ts = teamspace_for(ctx, "write")
    body = json_body(ctx)
    path = ctx.params["path"].strip("/")
    _log(ctx, "register", ctx.state.add_asset(ts, path, ctx.user, type="array", uri=str(body["uri"])))
    return ok(ctx)


@handler("get_assets_in_path")
def get_assets_in_path(ctx: Context) -> Reply:
    """The assets along a path, from the outermost folder to the asset itself."""
    ts = teamspace_for(ctx, "read")
    parts = ctx.params["path"].strip("/").split("/")
    chain = []
    for i in range(1, len(parts) + 1):
        chain.append(asset_json(ctx.state, asset_of(ctx, ts, "/".join(parts[:i]))))
    return ok(ctx, {"data": chain})


@handler("move_assets")
def move_assets(ctx: Context) -> Reply:
    """Move assets (ids or paths) into the ``target`` folder (path or id, ``""`` for the root)."""
    ts = teamspace_for(ctx, "write")
    body = json_body(ctx)
    target = str(body["target"]).strip("/")
    existing = ctx.state.asset(ts, target) if target else None
    if existing is not None:
        if existing.type != "folder":
            raise fail(409, f"{target!r} is not a folder")
        target = existing.path
    elif target:
        ctx.state.ensure_folder(ts, target, ctx.user)
    for ref in body["assets_to_add"]:
        asset = asset_of(ctx, ts, str(ref))
        if target == asset.path or target.startswith(asset.path + "/"):
            raise fail(409, f"cannot move {asset.path!r} into itself")
        new_path = f"{target}/{asset.name}" if target else asset.name
        if new_path == asset.path:
            continue
        if ctx.state.asset(ts, new_path) is not None:
            raise fail(409, f"an asset already exists at {new_path!r}")
        ctx.state.move_asset(asset, new_path)
        _log(ctx, "add-content-via-move", asset)
    return ok(ctx)


@handler("get_asset_metadata")
def get_asset_metadata(ctx: Context) -> Reply:
    """An asset's metadata entries, paged."""
    asset = asset_of(ctx, teamspace_for(ctx, "read"), ctx.params["asset"])
    rows = [{"key": k, "value": v, "type": t} for k, (v, t) in asset.metadata.items()]
    page, meta = paginate(ctx, rows)
    return ok(ctx, {"data": page, "pagination_metadata": meta})


@handler("update_asset_metadata")
def update_asset_metadata(ctx: Context) -> Reply:
    """Add or replace metadata entries; answers with all entries."""
    asset = asset_of(ctx, teamspace_for(ctx, "write"), ctx.params["asset"])
    for item in json_list(ctx):
        asset.metadata[str(item["key"])] = (str(item["value"]), str(item["type"]))
    _log(ctx, "add-metadata", asset)
    rows = [{"key": k, "value": v, "type": t} for k, (v, t) in asset.metadata.items()]
    return ok(ctx, {"data": rows})


@handler("delete_asset_metadata")
def delete_asset_metadata(ctx: Context) -> Reply:
    """Remove the metadata entries named by every ``metadata_key``."""
    asset = asset_of(ctx, teamspace_for(ctx, "write"), ctx.params["asset"])
    for key in ctx.query.getlist("metadata_key"):
        asset.metadata.pop(key, None)
    _log(ctx, "remove-metadata", asset)
    return ok(ctx)


def _property_rows(asset: Asset) -> list[dict[str, Any]]:
    return [{"id": pid, "key": key, "value": value} for key, (pid, value) in asset.properties.items()]


@handler("get_asset_properties")
def get_asset_properties(ctx: Context) -> Reply:
    """An asset's properties."""
    asset = asset_of(ctx, teamspace_for(ctx, "read"), ctx.params["asset"])
    return ok(ctx, {"data": _property_rows(asset)})


@handler("update_asset_properties")
def update_asset_properties(ctx: Context) -> Reply:
    """Set properties by key; answers with all of them."""
    asset = asset_of(ctx, teamspace_for(ctx, "write"), ctx.params["asset"])
    for item in json_list(ctx):
        key = str(item["key"])
        pid = asset.properties.get(key, (None, ""))[0] or ctx.state.new_id("prop")
        asset.properties[key] = (pid, str(item["value"]))
    return ok(ctx, {"data": _property_rows(asset)})


# ------------------------------------------------------------------ folders
@handler("create_folder")
def create_folder(ctx: Context) -> Reply:
    """Create a folder in an existing folder; 409 if it exists unless ``exists_ok``, 404 without a parent."""
    ts = teamspace_for(ctx, "write")
    body = ctx.body if isinstance(ctx.body, dict) else {}
    path = ctx.params["folder"].strip("/")
    existing = ctx.state.asset(ts, path)
    if existing is not None and not (body.get("exists_ok") and existing.type == "folder"):
        raise fail(409, f"an asset already exists at {path!r}")
    if existing is None:
        folder_of(ctx, ts, path.rpartition("/")[0])
    folder = existing or ctx.state.ensure_folder(ts, path, ctx.user)
    if folder is None:
        raise fail(400, "a folder needs a non-empty path")
    if body.get("description"):
        folder.description = str(body["description"])
    if existing is None:
        _log(ctx, "create", folder)
    return ok(ctx, {"data": folder_json(ctx.state, folder)})


@handler("get_folder")
def get_folder(ctx: Context) -> Reply:
    """A folder by path or asset id."""
    ts = teamspace_for(ctx, "read")
    ref = ctx.params["folder"]
    folder = ctx.state.asset(ts, ref)
    if folder is None or folder.type != "folder":
        raise fail(404, f"folder {ref!r} not found")
    return ok(ctx, {"data": folder_json(ctx.state, folder)})
