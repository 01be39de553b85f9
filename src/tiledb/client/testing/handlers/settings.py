"""Handlers of what a workspace or teamspace keeps beside its assets: storage settings and credentials."""

from __future__ import annotations

from ..state import (
    Credential,
    StorageSetting,
)
from .base import (
    Context,
    Reply,
    fail,
    handler,
    json_body,
    ok,
    paginate,
    require_ws_admin,
    scope_teamspace,
    workspace_of,
)
from .views import credential_json, storage_json


# --------------------------------------------------------- storage settings
def _setting(ctx: Context) -> StorageSetting:
    ws = workspace_of(ctx)
    ref = ctx.params["stset_id"]
    found = next(
        (s for s in ctx.state.storage_settings.values() if s.workspace_id == ws.id and ref in (s.id, s.name)),
        None,
    )
    if found is None:
        raise fail(404, f"storage setting {ref!r} not found")
    return found


@handler("create_storage_setting")
def create_storage_setting(ctx: Context) -> Reply:
    """Create a storage setting for the workspace (or the ``teamspace_id`` teamspace)."""
    require_ws_admin(ctx, "creating storage settings")
    body = json_body(ctx)
    setting = ctx.state.add_storage_setting(
        workspace_of(ctx),
        str(body["name"]),
        str(body["path"]),
        str(body["credentials_name"]),
        teamspace=scope_teamspace(ctx),
        is_default=bool(body.get("is_default", False)),
    )
    return ok(ctx, {"data": storage_json(setting)})


@handler("list_storage_settings")
def list_storage_settings(ctx: Context) -> Reply:
    """Storage settings of the workspace (or of one teamspace), paged."""
    ws = workspace_of(ctx)
    ts = scope_teamspace(ctx)
    rows = [
        s
        for s in ctx.state.storage_settings.values()
        if s.workspace_id == ws.id and s.teamspace_id == (ts.id if ts else None)
    ]
    page, meta = paginate(ctx, rows)
    return ok(ctx, {"data": [storage_json(s) for s in page], "pagination_metadata": meta})


@handler("get_storage_setting_by_id")
def get_storage_setting(ctx: Context) -> Reply:
    """A storage setting by id or name."""
    return ok(ctx, {"data": storage_json(_setting(ctx))})


@handler("patch_storage_setting_by_id")
def patch_storage_setting(ctx: Context) -> Reply:
    """Change a storage setting; making it default clears the previous default."""
    require_ws_admin(ctx, "changing storage settings")
    setting = _setting(ctx)
    body = json_body(ctx)
    for name in ("name", "path", "credentials_name"):
        if name in body:
            setattr(setting, name, str(body[name]))
    if body.get("is_default"):
        for other in ctx.state.storage_settings.values():
            if other.workspace_id == setting.workspace_id and other.teamspace_id == setting.teamspace_id:
                other.is_default = False
        setting.is_default = True
    elif "is_default" in body:
        setting.is_default = False
    return ok(ctx)


@handler("delete_storage_setting_by_id")
def delete_storage_setting(ctx: Context) -> Reply:
    """Delete a storage setting."""
    require_ws_admin(ctx, "deleting storage settings")
    del ctx.state.storage_settings[_setting(ctx).id]
    return ok(ctx)


# -------------------------------------------------------------- credentials
def _credential(ctx: Context) -> Credential:
    ts = scope_teamspace(ctx)
    cred = ctx.state.credential(workspace_of(ctx), ctx.params["name"], ts.id if ts else None)
    if cred is None:
        raise fail(404, f"credential {ctx.params['name']!r} not found")
    return cred


@handler("create_credential")
def create_credential(ctx: Context) -> Reply:
    """Store a named credential."""
    require_ws_admin(ctx, "creating credentials")
    body = json_body(ctx)
    ctx.state.add_credential(
        workspace_of(ctx),
        str(body["name"]),
        str(body["provider"]),
        teamspace=scope_teamspace(ctx),
        provider_default=bool(body.get("provider_default", False)),
        allowed_in_tasks=bool(body.get("allowed_in_tasks", False)),
        secret=body.get("credential"),
        role=body.get("role"),
    )
    return ok(ctx)


@handler("get_credentials")
def get_credentials(ctx: Context) -> Reply:
    """Credentials of the workspace, filtered by provider/type/teamspace, paged."""
    ws = workspace_of(ctx)
    ts = scope_teamspace(ctx)
    rows = [c for c in ctx.state.credentials.values() if c.workspace_id == ws.id]
    if ts is not None:
        rows = [c for c in rows if c.teamspace_id == ts.id]
    if ctx.query.get("provider"):
        rows = [c for c in rows if c.provider == ctx.query["provider"]]
    if ctx.query.get("excl_provider"):
        rows = [c for c in rows if c.provider != ctx.query["excl_provider"]]
    if ctx.query.get("type") in ("workspace", "teamspace"):
        want_ts = ctx.query["type"] == "teamspace"
        rows = [c for c in rows if bool(c.teamspace_id) == want_ts]
    page, meta = paginate(ctx, rows)
    return ok(ctx, {"data": [credential_json(ctx.state, c) for c in page], "pagination_metadata": meta})


@handler("get_credential_by_name")
def get_credential(ctx: Context) -> Reply:
    """A credential by name."""
    return ok(ctx, {"data": credential_json(ctx.state, _credential(ctx))})


@handler("patch_credential_by_name")
def patch_credential(ctx: Context) -> Reply:
    """Change a credential."""
    require_ws_admin(ctx, "changing credentials")
    cred = _credential(ctx)
    body = json_body(ctx)
    if "name" in body:
        cred.name = str(body["name"])
    if "provider" in body:
        cred.provider = str(body["provider"])
    for name in ("provider_default", "allowed_in_tasks"):
        if name in body:
            setattr(cred, name, bool(body[name]))
    if "credential" in body:
        cred.secret = dict(body["credential"] or {})
    if "role" in body:
        cred.role = body["role"]
    return ok(ctx)


@handler("delete_credential_by_name")
def delete_credential(ctx: Context) -> Reply:
    """Delete a credential."""
    require_ws_admin(ctx, "deleting credentials")
    del ctx.state.credentials[_credential(ctx).id]
    return ok(ctx)


@handler("verify_credential")
def verify_credential(ctx: Context) -> Reply:
    """Check a credential without storing it: it needs keys, a role or a token for its provider."""
    body = json_body(ctx)
    if not any(body.get(k) for k in ("credential", "role", "token")):
        raise fail(400, f"credential {body.get('name')!r} has no keys, role or token to verify")
    return ok(ctx)
