"""Handlers of the read-only integrations, answering consistent data from the server's state.

* Delta Sharing: a workspace is a share, its teamspaces are the share's schemas and the assets in
  them (folders aside) its tables; pages of ``maxResults`` with a ``nextPageToken``. A share,
  schema or table that does not exist (or that the caller can not read) is a 404, for the
  listings and the table queries alike (see ``streams.py``); tests add tables with
  ``server.add_assets(...)``.
* Databricks and Snowflake: catalogs, databases and warehouses seen through a workspace credential
  (404 for a credential that does not exist), seeded with one of each; tests add more with
  ``server.state.kind("databricks_catalogs")[credential_id] = {...}`` and the like.
* Capabilities: the deployed TileDB version; the asset indexer: a run that is done at once.
"""

from __future__ import annotations

import base64
import copy
from typing import Any

from ..state import Asset, Credential, Teamspace, Workspace
from .base import Context, Reply, fail, handler, int_param, may, scope_teamspace, workspace_of

#: The TileDB version the fake deployment runs (as ``get_versions`` says), and the oldest client it
#: supports.
DEPLOYED = {"major": 2, "minor": 27, "patch": 0}
MINIMUM_CLIENT = {"major": 2, "minor": 20, "patch": 0}


def _page(ctx: Context, items: list[dict[str, Any]]) -> dict[str, Any]:
    """``{"items": [...], "nextPageToken": ...}`` for ``maxResults`` and ``pageToken``."""
    size = int_param(ctx, "maxResults", 100)
    if size < 1:
        raise fail(400, "invalid request: query.maxResults: must be at least 1 (minimum)")
    token = ctx.query.get("pageToken")
    start = 0
    if token:
        try:
            start = int(base64.urlsafe_b64decode(token.encode()).decode())
        except (ValueError, UnicodeDecodeError):
            raise fail(400, "invalid request: query.pageToken: not a token this server gave") from None
    out: dict[str, Any] = {"items": items[start : start + size]}
    if start + size < len(items):
        out["nextPageToken"] = base64.urlsafe_b64encode(str(start + size).encode()).decode()
    return out


def _shares(ctx: Context) -> list[Workspace]:
    return [w for w in ctx.state.workspaces.values() if ctx.user.id in w.members]


def _schemas(ctx: Context, ws: Workspace) -> list[Teamspace]:
    return [t for t in ctx.state.teamspaces.values() if t.workspace_id == ws.id and may(ctx, t, "read")]


def _schema(ctx: Context, ws: Workspace) -> Teamspace:
    """The schema (teamspace) of the path, if the caller reads it; else 404, as for one that does
    not exist (a share does not disclose what the caller can not read)."""
    ref = ctx.params["teamspace"]
    for ts in _schemas(ctx, ws):
        if ref in (ts.id, ts.name):
            return ts
    raise fail(404, f"schema {ref!r} not found in share {ws.name!r}")


def shared_table(ctx: Context) -> tuple[Workspace, Teamspace, Asset]:
    """The share, schema and table a Delta Sharing query names; 404 for any that is unknown.

    The share is the workspace (a missing one is answered 404 before any handler runs), the
    schema a teamspace the caller reads, the table an asset of it by path or id (not a folder).
    """
    ws = workspace_of(ctx)
    ts = _schema(ctx, ws)
    ref = ctx.params["asset"]
    asset = ctx.state.asset(ts, ref)
    if asset is None or asset.type == "folder":
        raise fail(404, f"table {ref!r} not found in schema {ts.name!r} of share {ws.name!r}")
    return ws, ts, asset


def _tables(ctx: Context, ws: Workspace, spaces: list[Teamspace]) -> list[dict[str, Any]]:
    return [
        {"name": a.path, "schema": ts.name, "share": ws.name, "shareId": ws.id, "id": a.id}
        for ts in spaces
        for a in ctx.state.assets_in(ts)
        if a.type != "folder"
    ]


@handler("list_shares")
def list_shares(ctx: Context) -> Reply:
    """The shares the caller reads: their workspaces."""
    items = [{"name": w.name, "id": w.id} for w in _shares(ctx)]
    return Reply(200, _page(ctx, items))


@handler("get_share")
def get_share(ctx: Context) -> Reply:
    """One share."""
    ws = workspace_of(ctx)
    return Reply(200, {"share": {"name": ws.name, "id": ws.id}})


@handler("list_share_schemas")
def list_share_schemas(ctx: Context) -> Reply:
    """A share's schemas: the teamspaces the caller reads."""
    ws = workspace_of(ctx)
    return Reply(200, _page(ctx, [{"name": t.name, "share": ws.name} for t in _schemas(ctx, ws)]))


@handler("list_share_all_tables")
def list_share_all_tables(ctx: Context) -> Reply:
    """Every table of a share."""
    ws = workspace_of(ctx)
    return Reply(200, _page(ctx, _tables(ctx, ws, _schemas(ctx, ws))))


@handler("list_share_schema_tables")
def list_share_schema_tables(ctx: Context) -> Reply:
    """The tables of one schema (teamspace)."""
    ws = workspace_of(ctx)
    return Reply(200, _page(ctx, _tables(ctx, ws, [_schema(ctx, ws)])))


@handler("query_table_verison")
def query_table_version(ctx: Context) -> Reply:
    """A table's version (no body; the Delta Sharing protocol's ``Delta-Table-Version`` header)."""
    shared_table(ctx)
    return Reply(200, None, {"Delta-Table-Version": "0"})


# ---------------------------------------------------- Databricks, Snowflake
def _credential(ctx: Context) -> Credential:
    ws = workspace_of(ctx)
    ts = scope_teamspace(ctx)
    cred = ctx.state.credential(ws, ctx.params["name"], ts.id if ts else None)
    if cred is None:
        raise fail(404, f"credential {ctx.params['name']!r} not found")
    return cred


def _seeded(ctx: Context, kind: str, default: dict[str, Any]) -> Reply:
    cred = _credential(ctx)
    found = ctx.state.kind(kind).setdefault(cred.id, copy.deepcopy(default))
    return Reply(200, copy.deepcopy(found))


_CATALOGS: dict[str, Any] = {
    "catalogs": {
        "main": {
            "name": "main",
            "full_name": "main",
            "catalog_type": "MANAGED_CATALOG",
            "owner": "admins",
            "schemas": {"default": {"name": "default", "tables": []}},
        }
    }
}
_DB_WAREHOUSES: dict[str, Any] = {
    "warehouses": {
        "wh-1": {"id": "wh-1", "name": "Starter Warehouse", "cluster_size": "X-Small", "state": "STOPPED"}
    }
}
_SF_DATABASES: dict[str, Any] = {
    "databases": {
        "ANALYTICS": {
            "name": "ANALYTICS",
            "schemas": {},
            "origin": None,
            "comment": None,
            "options": None,
            "object_visibility": None,
        }
    }
}
_SF_WAREHOUSE: dict[str, Any] = {
    "name": "COMPUTE_WH",
    "state": "SUSPENDED",
    "type": "STANDARD",
    "size": "X-Small",
    "auto_suspend": 600,
    "available": "100",
    "provisioning": "0",
    "quiescing": "0",
    "other": "0",
    "comment": "",
    "resource_monitor": "null",
    "warehouse_credit_limit": "0",
    "target_statement_size": "",
    "disabled_reasons": "",
}


@handler("list_catalogs")
def list_catalogs(ctx: Context) -> Reply:
    """Databricks catalogs seen through a credential."""
    return _seeded(ctx, "databricks_catalogs", _CATALOGS)


@handler("list_warehouses")
def list_warehouses(ctx: Context) -> Reply:
    """Databricks SQL warehouses seen through a credential."""
    return _seeded(ctx, "databricks_warehouses", _DB_WAREHOUSES)


@handler("list_databases")
def list_databases(ctx: Context) -> Reply:
    """Snowflake databases seen through a credential."""
    return _seeded(ctx, "snowflake_databases", _SF_DATABASES)


@handler("list_snowflake_warehouses")
def list_snowflake_warehouses(ctx: Context) -> Reply:
    """Snowflake warehouses seen through a credential."""
    return _seeded(ctx, "snowflake_warehouses", {"warehouses": {"COMPUTE_WH": _SF_WAREHOUSE}})


@handler("handle_get_capabilities")
def get_capabilities(ctx: Context) -> Reply:
    """The deployed TileDB version and the oldest supported client."""
    body = {
        "deployedTileDBVersion": dict(DEPLOYED),
        "minimumSupportedTileDBClientVersion": dict(MINIMUM_CLIENT),
    }
    return Reply(200, body)


@handler("search_assets_indexer")
def search_assets_indexer(ctx: Context) -> Reply:
    """The asset indexer: a run finishes at once (every asset is indexed)."""
    indexed = len(ctx.state.assets)
    return Reply(200, {"status": "done", "done": True, "metrics": {"indexed": indexed}, "errors": []})
