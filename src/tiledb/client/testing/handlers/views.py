"""The JSON bodies the fake server answers with, built from its state as the spec shapes them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..state import Asset, Credential, State, StorageSetting, Teamspace, Token, User, Workspace, iso, now
from .base import Context, Reply, ok, paginate


# -------------------------------------------------------------- serialisers
def user_json(user: User) -> dict[str, Any]:
    """``User`` schema."""
    return {
        "id": user.id,
        "display_name": user.display_name,
        "email": user.email,
        "is_valid_email": user.email_confirmed,
        "role": user.role,
        "username": user.username,
        "timezone": user.timezone,
        "created_at": iso(user.created_at),
        "updated_at": iso(user.updated_at),
    }


def member_json(state: State, members: Mapping[str, Any], user_id: str, default_role: str) -> dict[str, Any]:
    user = state.users.get(user_id)
    member = members.get(user_id)
    return {
        "user_id": user_id,
        "username": user.username if user else "deleted-user",
        "display_name": user.display_name if user else "Deleted user",
        "email": user.email if user else "deleted@example.com",
        "role": member.role if member else default_role,
        "added_by": member.added_by if member else user_id,
        "created_at": iso(member.created_at if member else (user.created_at if user else now())),
    }


def ws_user_json(state: State, ws: Workspace, user_id: str) -> dict[str, Any]:
    """``WorkspaceUser`` schema."""
    return member_json(state, ws.members, user_id, "member")


def ts_user_json(state: State, ts: Teamspace, user_id: str) -> dict[str, Any]:
    """``TeamspaceUser`` schema."""
    return member_json(state, ts.members, user_id, "viewer")


def workspace_json(state: State, ws: Workspace, viewer: User) -> dict[str, Any]:
    """``Workspace`` (and ``UserSelfWorkspace``) schema, ``self`` being ``viewer``'s membership."""
    return {
        "workspace_id": ws.id,
        "name": ws.name,
        "description": ws.description,
        "created_by": ws_user_json(state, ws, ws.owner_id),
        "self": ws_user_json(state, ws, viewer.id),
        "created_at": iso(ws.created_at),
        "updated_at": iso(ws.updated_at),
    }


def storage_json(setting: StorageSetting) -> dict[str, Any]:
    """``StorageSetting`` schema."""
    return {
        "storage_setting_id": setting.id,
        "name": setting.name,
        "is_default": setting.is_default,
        "path": setting.path,
        "credentials_name": setting.credentials_name,
        "invalid": False,
    }


def teamspace_json(state: State, ts: Teamspace, viewer: User) -> dict[str, Any]:
    """``Teamspace`` schema."""
    out: dict[str, Any] = {
        "teamspace_id": ts.id,
        "name": ts.name,
        "space_type": ts.space_type,
        "icon": ts.icon,
        "created_at": iso(ts.created_at),
        "created_by": ts_user_json(state, ts, ts.created_by),
        "description": ts.description,
        "visibility": ts.visibility,
        "updated_at": iso(ts.updated_at),
    }
    if viewer.id in ts.members:
        out["self"] = ts_user_json(state, ts, viewer.id)
    default = next(
        (s for s in state.storage_settings.values() if s.teamspace_id == ts.id and s.is_default),
        None,
    )
    if default is not None:
        out["default_storage_setting"] = storage_json(default)
    return out


def asset_json(state: State, asset: Asset) -> dict[str, Any]:
    """``Asset`` schema."""
    ws = state.workspaces[asset.workspace_id]
    ts = state.teamspaces[asset.teamspace_id]
    out: dict[str, Any] = {
        "id": asset.id,
        "workspace_id": ws.id,
        "teamspace_id": ts.id,
        "workspace": {"workspace_id": ws.id, "name": ws.name},
        "teamspace": {"teamspace_id": ts.id, "name": ts.name, "space_type": ts.space_type},
        "name": asset.name,
        "description": asset.description,
        "backing_type": asset.backing_type,
        "type": asset.type,
        "path": asset.path,
        "created_at": iso(asset.created_at),
        "updated_at": iso(asset.updated_at),
        "created_by": ws_user_json(state, ws, asset.created_by),
        "metadata": [{"key": k, "value": v, "type": t} for k, (v, t) in asset.metadata.items()],
        "uri": asset.uri,
        "tiledb_uri": f"tiledb://{ws.name}/{ts.name}/{asset.path}",
    }
    if asset.type == "folder":
        below = asset.path + "/"
        out["folderInfo"] = {
            "length": sum(
                1 for a in state.assets_in(ts) if a.parent == asset.path or a.path.startswith(below)
            )
        }
    elif asset.backing_type == "file":
        out["fileInfo"] = {"size": 1024}
    elif asset.backing_type == "group":
        out["groupInfo"] = {"length": 0}
    else:
        out["arrayInfo"] = {"size": 4096}
    return out


def folder_json(state: State, asset: Asset) -> dict[str, Any]:
    """``Folder`` schema for a folder asset."""
    ws = state.workspaces[asset.workspace_id]
    ts = state.teamspaces[asset.teamspace_id]
    parent = state.asset(ts, asset.parent) if asset.parent else None
    out: dict[str, Any] = {
        "id": asset.folder_id or asset.id,
        "workspace_id": ws.id,
        "teamspace_id": ts.id,
        "asset_id": asset.id,
        "name": asset.name,
        "created_at": iso(asset.created_at),
        "updated_at": iso(asset.updated_at),
        "created_by": ws_user_json(state, ws, asset.created_by),
        "description": asset.description,
    }
    if parent is not None:
        out["parent_folder_id"] = parent.folder_id or parent.id
    return out


def token_json(token: Token, *, reveal: bool) -> dict[str, Any]:
    """``APIToken`` schema; listings show a masked key, creation the real one."""
    key = token.api_key
    if not reveal:
        head, _, secret = key.rpartition("-")
        key = f"{head}-{'*' * 8}{secret[-4:]}"
    out: dict[str, Any] = {
        "token_id": token.id,
        "name": token.name,
        "created_at": iso(token.created_at),
        "expires_at": iso(token.expires_at),
        "api_key": key,
        "scope": token.scope,
    }
    if token.workspace_id:
        out["workspace_id"] = token.workspace_id
    return out


def credential_json(state: State, cred: Credential) -> dict[str, Any]:
    """``AccessCredential`` schema (secrets are never echoed)."""
    out: dict[str, Any] = {
        "credential_type": "teamspace" if cred.teamspace_id else "workspace",
        "id": cred.id,
        "name": cred.name,
        "provider": cred.provider,
        "provider_default": cred.provider_default,
        "created_at": iso(cred.created_at),
        "updated_at": iso(cred.updated_at),
        "allowed_in_tasks": cred.allowed_in_tasks,
        "status": "verified",
    }
    if cred.role is not None:
        out["role"] = cred.role
    return out


def asset_list(ctx: Context, assets: Iterable[Asset]) -> Reply:
    items = list(assets)
    kind = ctx.query.get("asset_type")
    if kind:
        items = [a for a in items if a.type == kind]
    creator = ctx.query.get("created_by")
    if creator:
        items = [
            a for a in items if (u := ctx.state.users.get(a.created_by)) and creator in (u.id, u.username)
        ]
    page, meta = paginate(ctx, items)
    return ok(ctx, {"data": [asset_json(ctx.state, a) for a in page], "pagination_metadata": meta})
