"""The activity log: what the server did (assets created, renamed, moved, deleted, metadata
changed, tokens created and revoked), recorded by the handlers and listed as the spec filters it."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

from ..state import Asset, State, Teamspace, Token, User, Workspace, iso, now
from .base import Context, Reply, handler, ok, paginate, teamspace_for, workspace_of
from .views import user_json

#: Which ``object_type`` filter values an asset of each type answers to.
_OBJECT_TYPES = {"array", "file", "folder", "group", "notebook"}


def record(
    state: State,
    user: User,
    action: str,
    ws: Workspace,
    *,
    asset: Asset | None = None,
    ts: Teamspace | None = None,
    token: Token | None = None,
) -> None:
    """Append one activity (``action`` as the spec names them: ``create``, ``update``, ...)."""
    entry: dict[str, Any] = {
        "activity_id": state.new_id("act"),
        "api_version": "v4",
        "subject": user_json(user),
        "action": action,
        "workspace": {"workspace_id": ws.id, "name": ws.name},
        "recorded_at": iso(now()),
    }
    kinds = {"asset"}
    if asset is not None:
        entry["object"] = {"asset_id": asset.id, "path": asset.path, "type": asset.type, "name": asset.name}
        kinds |= {asset.type} & _OBJECT_TYPES
        ts = ts or state.teamspaces.get(asset.teamspace_id)
    elif token is not None:
        entry["object"] = {"token_id": token.id, "name": token.name, "scope": token.scope}
        kinds = {"token"}
    if ts is not None:
        entry["teamspace"] = {"teamspace_id": ts.id, "name": ts.name, "space_type": ts.space_type}
    # The filters' view of the entry, kept beside the answer.
    meta = {
        "object_types": kinds,
        "object_id": (asset.id if asset else token.id if token else ""),
        "teamspace_id": ts.id if ts else None,
        "subjects": {user.id, user.username},
        "seq": len(state.kind("activities")),
    }
    state.kind("activities")[entry["activity_id"]] = {"entry": entry, "meta": meta}


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text.upper().replace("Z", "+00:00")).astimezone(UTC)


def _list(ctx: Context, ws: Workspace, ts: Teamspace | None) -> Reply:
    q = ctx.query
    rows = [
        r for r in ctx.state.kind("activities").values() if r["entry"]["workspace"]["workspace_id"] == ws.id
    ]
    if ts is not None:
        rows = [r for r in rows if r["meta"]["teamspace_id"] == ts.id]
    if q.get("id"):
        rows = [r for r in rows if r["entry"]["activity_id"] == q["id"]]
    if q.get("api_version"):
        rows = [r for r in rows if r["entry"]["api_version"] == q["api_version"]]
    if q.getlist("subject"):
        wanted = set(q.getlist("subject"))
        rows = [r for r in rows if r["meta"]["subjects"] & wanted]
    if q.getlist("object_type"):
        types = set(q.getlist("object_type"))
        rows = [r for r in rows if r["meta"]["object_types"] & types]
    if q.get("object_id"):
        rows = [r for r in rows if r["meta"]["object_id"] == q["object_id"]]
    if q.getlist("action_type"):
        actions = set(q.getlist("action_type"))
        rows = [r for r in rows if r["entry"]["action"] in actions]
    if q.get("recorded_after"):
        after = _when(q["recorded_after"])
        rows = [r for r in rows if _when(r["entry"]["recorded_at"]) >= after]
    if q.get("recorded_before"):
        before = _when(q["recorded_before"])
        rows = [r for r in rows if _when(r["entry"]["recorded_at"]) <= before]
    # Newest first unless order=asc (recording order breaks ties within a second).
    rows.sort(key=lambda r: (r["entry"]["recorded_at"], r["meta"]["seq"]), reverse=q.get("order") != "asc")
    page, meta = paginate(ctx, rows)
    return ok(ctx, {"data": [copy.deepcopy(r["entry"]) for r in page], "pagination_metadata": meta})


@handler("list_activities_in_workspace")
def list_activities_in_workspace(ctx: Context) -> Reply:
    """The workspace's activity log, filtered and paged."""
    return _list(ctx, workspace_of(ctx), None)


@handler("list_activities_in_teamspace")
def list_activities_in_teamspace(ctx: Context) -> Reply:
    """One teamspace's activity log, filtered and paged."""
    ts = teamspace_for(ctx, "read")
    return _list(ctx, workspace_of(ctx), ts)
