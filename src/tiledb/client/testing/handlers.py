"""Stateful operation handlers of the fake server, keyed by ``operationId``.

Each handler gets a :class:`Context` (the authenticated user, the resolved workspace, the parsed
body, ...) and returns a :class:`Reply`. It runs under the state lock. Operations without a
handler here are answered with the deterministic example body built from the spec.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from starlette.datastructures import Headers, QueryParams

from .spec import Operation
from .state import (
    Asset,
    Credential,
    Member,
    State,
    StateError,
    StorageSetting,
    Teamspace,
    Token,
    User,
    Workspace,
    iso,
    now,
)

__all__ = ["HANDLERS", "Context", "Reply"]

DEFAULT_PER_PAGE = 20


@dataclass
class Context:
    """Everything a handler may need about one authenticated request."""

    state: State
    op: Operation
    params: dict[str, str]
    query: QueryParams
    headers: Headers
    body: Any
    user: User
    token: Token | None
    workspace: Workspace | None


@dataclass
class Reply:
    """A handler's answer: status, JSON-able body (``None`` for none) and extra headers."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Context], Reply]
HANDLERS: dict[str, Handler] = {}


def handler(*operation_ids: str) -> Callable[[Handler], Handler]:
    """Register a function as the handler of the given operations."""

    def register(func: Handler) -> Handler:
        for op_id in operation_ids:
            HANDLERS[op_id] = func
        return func

    return register


# ------------------------------------------------------------------ helpers
def _fail(status: int, message: str) -> StateError:
    return StateError(status, message)


def _ok(ctx: Context, body: Any = None) -> Reply:
    return Reply(ctx.op.success_status, body)


def _body(ctx: Context) -> dict[str, Any]:
    if not isinstance(ctx.body, dict):
        raise _fail(400, "the request body must be a JSON object")
    return ctx.body


def _list_body(ctx: Context) -> list[Any]:
    if not isinstance(ctx.body, list):
        raise _fail(400, "the request body must be a JSON array")
    return ctx.body


def _flag(value: str | None) -> bool:
    return value is not None and value.lower() in ("1", "true", "yes", "on")


def _int(ctx: Context, name: str, default: int) -> int:
    raw = ctx.query.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError:
        raise _fail(400, f"query parameter {name!r} must be an integer") from None


def _paginate(ctx: Context, items: list[Any]) -> tuple[list[Any], dict[str, int]]:
    page = _int(ctx, "page", 1)
    per_page = _int(ctx, "per_page", DEFAULT_PER_PAGE)
    if page < 1 or per_page < 1:
        raise _fail(400, "page and per_page must be positive")
    total = len(items)
    start = (page - 1) * per_page
    meta = {
        "page": page,
        "per_page": per_page,
        "total_pages": math.ceil(total / per_page),
        "total_items": total,
    }
    return items[start : start + per_page], meta


def _parse_time(value: Any, name: str) -> datetime:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise _fail(400, f"{name!r} must be an ISO-8601 date-time") from None


def _workspace(ctx: Context) -> Workspace:
    if ctx.workspace is None:
        raise _fail(404, "workspace not found")
    return ctx.workspace


def _teamspace(ctx: Context, ref: str | None = None) -> Teamspace:
    ws = _workspace(ctx)
    ref = ctx.params.get("teamspace") if ref is None else ref
    ts = ctx.state.teamspace(ws, ref or "")
    if ts is None:
        raise _fail(404, f"teamspace {ref!r} not found in workspace {ws.name!r}")
    return ts


def _scope_teamspace(ctx: Context) -> Teamspace | None:
    ref = ctx.query.get("teamspace_id")
    return _teamspace(ctx, ref) if ref else None


def _user(ctx: Context, ref: str) -> User:
    user = ctx.state.user(ref)
    if user is None:
        raise _fail(404, f"user {ref!r} not found")
    return user


def _asset(ctx: Context, ts: Teamspace, ref: str) -> Asset:
    asset = ctx.state.asset(ts, ref)
    if asset is None:
        raise _fail(404, f"asset {ref!r} not found")
    return asset


def _folder(ctx: Context, ts: Teamspace, path: str) -> Asset | None:
    """The folder at ``path`` or with that id (``None`` for the root); 404 if missing or not a folder."""
    path = path.strip("/")
    if not path:
        return None
    folder = ctx.state.asset(ts, path)
    if folder is None or folder.type != "folder":
        raise _fail(404, f"folder {path!r} not found")
    return folder


def _children(ctx: Context, ts: Teamspace, path: str) -> list[Asset]:
    """The assets directly inside the folder at ``path`` (or with that id)."""
    folder = _folder(ctx, ts, path)
    inside = folder.path if folder is not None else ""
    return [a for a in ctx.state.assets_in(ts) if a.parent == inside]


# ------------------------------------------------------------- permissions
# A deployment's rules, simplified: workspace owners and admins may do anything in the workspace;
# in a teamspace, any member (or anyone, for a public teamspace) reads, owners and editors write,
# owners manage members and the teamspace itself.
_WS_ADMIN = ("owner", "admin")
_NEEDS = {"read": "a membership", "write": "the owner or editor role", "manage": "the owner role"}


def _is_ws_admin(ctx: Context) -> bool:
    return ctx.state.workspace_role(_workspace(ctx), ctx.user) in _WS_ADMIN


def _require_ws_admin(ctx: Context, action: str) -> None:
    if not _is_ws_admin(ctx):
        raise _fail(403, f"{action} needs the owner or admin role in workspace {_workspace(ctx).name!r}")


def _may(ctx: Context, ts: Teamspace, level: str) -> bool:
    if _is_ws_admin(ctx):
        return True
    role = ctx.state.teamspace_role(ts, ctx.user)
    if level == "read":
        return role is not None or ts.visibility == "public"
    if level == "write":
        return role in ("owner", "editor")
    return role == "owner"


def _ts_for(ctx: Context, level: str, ref: str | None = None) -> Teamspace:
    """The request's teamspace, if the caller may act on it at ``level`` (else 403)."""
    ts = _teamspace(ctx, ref)
    if not _may(ctx, ts, level):
        raise _fail(403, f"this needs {_NEEDS[level]} in teamspace {ts.name!r}")
    return ts


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


def _member_json(state: State, members: Mapping[str, Any], user_id: str, default_role: str) -> dict[str, Any]:
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
    return _member_json(state, ws.members, user_id, "member")


def ts_user_json(state: State, ts: Teamspace, user_id: str) -> dict[str, Any]:
    """``TeamspaceUser`` schema."""
    return _member_json(state, ts.members, user_id, "viewer")


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


def _asset_list(ctx: Context, assets: Iterable[Asset]) -> Reply:
    items = list(assets)
    kind = ctx.query.get("asset_type")
    if kind:
        items = [a for a in items if a.type == kind]
    creator = ctx.query.get("created_by")
    if creator:
        items = [
            a for a in items if (u := ctx.state.users.get(a.created_by)) and creator in (u.id, u.username)
        ]
    page, meta = _paginate(ctx, items)
    return _ok(ctx, {"data": [asset_json(ctx.state, a) for a in page], "pagination_metadata": meta})


# -------------------------------------------------------------------- users
@handler("get_self_user")
def get_self_user(ctx: Context) -> Reply:
    """The authenticated user and the workspaces they belong to."""
    user = ctx.user
    spaces = [w for w in ctx.state.workspaces.values() if user.id in w.members]
    data = {"user": user_json(user), "workspaces": [workspace_json(ctx.state, w, user) for w in spaces]}
    return _ok(ctx, {"data": data})


@handler("create_user")
def create_user(ctx: Context) -> Reply:
    """Sign up a user with a password."""
    body = _body(ctx)
    user = ctx.state.add_user(
        str(body["username"]),
        str(body["password"]),
        email=str(body["email"]),
        display_name=body.get("display_name"),
        role="owner",
    )
    if body.get("timezone"):
        user.timezone = str(body["timezone"])
    user.email_confirmed = False
    return _ok(ctx, {"data": user_json(user)})


@handler("change_password")
def change_password(ctx: Context) -> Reply:
    """Change the caller's password after checking the current one."""
    body = _body(ctx)
    if ctx.user.password is None or body.get("current_password") != ctx.user.password:
        raise _fail(403, "the current password is wrong")
    if not body.get("new_password"):
        raise _fail(400, "the new password must not be empty")
    ctx.user.password = str(body["new_password"])
    return _ok(ctx)


def _mail_token(ctx: Context, scope: str) -> Reply:
    """Issue a one-use token of ``scope`` to the named user (what the e-mail would carry).

    The answer is the same whether or not the user exists, as a deployment's is, so that the
    call cannot be used to find out which accounts exist.
    """
    ref = str(_body(ctx).get("username_or_email") or "")
    user = ctx.state.user(ref) or next((u for u in ctx.state.users.values() if u.email == ref), None)
    if user is not None:
        ctx.state.add_token(user, None, name=scope, scope=scope, kind=scope)
    return _ok(ctx)


@handler("request_email_confirmation")
def request_email_confirmation(ctx: Context) -> Reply:
    """Mail (here: store) an e-mail confirmation token."""
    return _mail_token(ctx, "confirm_email")


@handler("request_password_reset")
def request_password_reset(ctx: Context) -> Reply:
    """Mail (here: store) a password-reset token."""
    return _mail_token(ctx, "password_reset")


def _used_mail_token(ctx: Context, scope: str) -> None:
    """Check the request's token may do ``scope``; a mailed (one-use) token is used up."""
    if ctx.token is None or ctx.token.scope not in (scope, "*"):
        raise _fail(403, f"this needs a {scope} token")
    if ctx.token.scope == scope:
        ctx.token.revoked = True


@handler("confirm_email")
def confirm_email(ctx: Context) -> Reply:
    """Mark the token's user's e-mail address as confirmed."""
    _used_mail_token(ctx, "confirm_email")
    ctx.user.email_confirmed = True
    return _ok(ctx)


@handler("reset_password")
def reset_password(ctx: Context) -> Reply:
    """Set a new password for the token's user."""
    password = _body(ctx).get("new_password")
    if not password:
        raise _fail(400, "the new password must not be empty")
    _used_mail_token(ctx, "password_reset")
    ctx.user.password = str(password)
    return _ok(ctx)


@handler("get_user")
def get_user(ctx: Context) -> Reply:
    """A user by id or username."""
    return _ok(ctx, {"data": user_json(_user(ctx, ctx.params["user_id"]))})


def _require_self_or_admin(ctx: Context, user: User, action: str) -> None:
    if user.id != ctx.user.id and ctx.user.role not in _WS_ADMIN:
        raise _fail(403, f"{action} another user needs the deployment's owner or admin role")


@handler("update_user")
def update_user(ctx: Context) -> Reply:
    """Change a user's profile fields (one's own, or anyone's for a deployment admin)."""
    user = _user(ctx, ctx.params["user_id"])
    body = _body(ctx)
    _require_self_or_admin(ctx, user, "updating")
    if "role" in body and ctx.user.role not in _WS_ADMIN:
        raise _fail(403, "changing a deployment role needs the deployment's owner or admin role")
    for name in ("display_name", "email", "timezone", "role"):
        if name in body:
            setattr(user, name, str(body[name]))
    return _ok(ctx)


@handler("delete_user")
def delete_user(ctx: Context) -> Reply:
    """Delete a user with their memberships and tokens."""
    user = _user(ctx, ctx.params["user_id"])
    _require_self_or_admin(ctx, user, "deleting")
    state = ctx.state
    del state.users[user.id]
    for ws in state.workspaces.values():
        ws.members.pop(user.id, None)
    for ts in state.teamspaces.values():
        ts.members.pop(user.id, None)
    for token in state.tokens.values():
        if token.user_id == user.id:
            token.revoked = True
    return _ok(ctx)


# --------------------------------------------------------------- workspaces
@handler("create_workspace")
def create_workspace(ctx: Context) -> Reply:
    """Create a workspace with its default credential, storage setting and ``general`` teamspace."""
    body = _body(ctx)
    state = ctx.state
    ws = state.add_workspace(str(body["name"]), ctx.user, description=str(body.get("description", "")))
    cred = body.get("default_credential") or {}
    if isinstance(cred, dict) and cred.get("name"):
        state.add_credential(
            ws,
            str(cred["name"]),
            str(cred.get("provider", "AWS")),
            provider_default=bool(cred.get("provider_default", True)),
            allowed_in_tasks=bool(cred.get("allowed_in_tasks", False)),
            secret=cred.get("credential"),
            role=cred.get("role"),
        )
    setting = body.get("default_storage_setting") or {}
    if isinstance(setting, dict) and setting.get("name"):
        state.add_storage_setting(
            ws,
            str(setting["name"]),
            str(setting.get("path", "")),
            str(setting.get("credentials_name", "")),
            is_default=True,
        )
    return _ok(ctx, {"data": workspace_json(state, ws, ctx.user)})


@handler("get_workspace")
def get_workspace(ctx: Context) -> Reply:
    """A workspace by id or name."""
    return _ok(ctx, {"data": workspace_json(ctx.state, _workspace(ctx), ctx.user)})


@handler("update_workspace")
def update_workspace(ctx: Context) -> Reply:
    """Rename or describe a workspace."""
    ws = _workspace(ctx)
    _require_ws_admin(ctx, "updating a workspace")
    body = _body(ctx)
    if "name" in body and body["name"] != ws.name:
        if ctx.state.workspace(str(body["name"])) is not None:
            raise _fail(409, f"workspace {body['name']!r} already exists")
        ws.name = str(body["name"])
    if "description" in body:
        ws.description = str(body["description"])
    ws.updated_at = now()
    return _ok(ctx)


@handler("delete_workspace")
def delete_workspace(ctx: Context) -> Reply:
    """Delete a workspace and everything in it."""
    ws = _workspace(ctx)
    _require_ws_admin(ctx, "deleting a workspace")
    state = ctx.state
    del state.workspaces[ws.id]
    for table in (state.teamspaces, state.assets, state.storage_settings, state.credentials):
        for key in [k for k, v in table.items() if v.workspace_id == ws.id]:
            del table[key]
    for token in state.tokens.values():
        if token.workspace_id == ws.id:
            token.revoked = True
    return _ok(ctx)


# ---------------------------------------------------------- workspace users
@handler("list_workspace_users")
def list_workspace_users(ctx: Context) -> Reply:
    """Members of a workspace, searchable and paged."""
    ws = _workspace(ctx)
    rows = [ws_user_json(ctx.state, ws, uid) for uid in ws.members]
    search = (ctx.query.get("search") or "").lower()
    if search:
        rows = [
            r for r in rows if any(search in str(r[k]).lower() for k in ("username", "display_name", "email"))
        ]
    page, meta = _paginate(ctx, rows)
    return _ok(ctx, {"data": page, "pagination_metadata": meta})


@handler("create_workspace_user")
def create_workspace_user(ctx: Context) -> Reply:
    """Add a user to a workspace."""
    ws = _workspace(ctx)
    _require_ws_admin(ctx, "adding workspace members")
    body = _body(ctx)
    user = _user(ctx, str(body["user_id"]))
    if user.id in ws.members:
        raise _fail(409, f"{user.username!r} is already a member of {ws.name!r}")
    ctx.state.add_member(ws, user, str(body["role"]), ctx.user)
    return _ok(ctx, {"data": ws_user_json(ctx.state, ws, user.id)})


def _ws_member(ctx: Context) -> tuple[Workspace, User]:
    ws = _workspace(ctx)
    user = _user(ctx, ctx.params["user_id"])
    if user.id not in ws.members:
        raise _fail(404, f"{user.username!r} is not a member of {ws.name!r}")
    return ws, user


@handler("get_workspace_user")
def get_workspace_user(ctx: Context) -> Reply:
    """One member of a workspace."""
    ws, user = _ws_member(ctx)
    return _ok(ctx, {"data": ws_user_json(ctx.state, ws, user.id)})


@handler("update_workspace_user")
def update_workspace_user(ctx: Context) -> Reply:
    """Change a member's workspace role."""
    ws, user = _ws_member(ctx)
    _require_ws_admin(ctx, "changing workspace roles")
    ws.members[user.id].role = str(_body(ctx)["role"])
    return _ok(ctx)


@handler("delete_workspace_user")
def delete_workspace_user(ctx: Context) -> Reply:
    """Remove a member from a workspace."""
    ws, user = _ws_member(ctx)
    if user.id != ctx.user.id:
        _require_ws_admin(ctx, "removing workspace members")
    del ws.members[user.id]
    return _ok(ctx)


# --------------------------------------------------------------- teamspaces
@handler("create_teamspaces")
def create_teamspaces(ctx: Context) -> Reply:
    """Create a teamspace owned by the caller."""
    body = _body(ctx)
    ts = ctx.state.add_teamspace(
        _workspace(ctx),
        str(body["name"]),
        ctx.user,
        description=str(body.get("description", "")),
        visibility=str(body.get("visibility", "private")),
        icon=str(body.get("icon", "default")),
    )
    return _ok(ctx, {"data": teamspace_json(ctx.state, ts, ctx.user)})


@handler("list_teamspaces")
def list_teamspaces(ctx: Context) -> Reply:
    """Teamspaces of a workspace (only the caller's with ``memberships=true``)."""
    ws = _workspace(ctx)
    spaces = [t for t in ctx.state.teamspaces.values() if t.workspace_id == ws.id]
    if _flag(ctx.query.get("memberships")):
        spaces = [t for t in spaces if ctx.user.id in t.members]
    return _ok(ctx, {"data": [teamspace_json(ctx.state, t, ctx.user) for t in spaces]})


@handler("get_teamspace")
def get_teamspace(ctx: Context) -> Reply:
    """A teamspace by id or name."""
    return _ok(ctx, {"data": teamspace_json(ctx.state, _teamspace(ctx), ctx.user)})


@handler("update_teamspace")
def update_teamspace(ctx: Context) -> Reply:
    """Rename, describe or change the visibility of a teamspace."""
    ts = _ts_for(ctx, "manage")
    body = _body(ctx)
    if "name" in body and body["name"] != ts.name:
        if ctx.state.teamspace(_workspace(ctx), str(body["name"])) is not None:
            raise _fail(409, f"teamspace {body['name']!r} already exists")
        ts.name = str(body["name"])
    for src, dst in (("description", "description"), ("icon", "icon"), ("visibility_level", "visibility")):
        if src in body:
            setattr(ts, dst, str(body[src]))
    return _ok(ctx)


@handler("delete_teamspaces")
def delete_teamspaces(ctx: Context) -> Reply:
    """Delete every teamspace of a workspace, with their assets."""
    ws = _workspace(ctx)
    _require_ws_admin(ctx, "deleting every teamspace")
    state = ctx.state
    doomed = {k for k, t in state.teamspaces.items() if t.workspace_id == ws.id}
    for table in (state.assets, state.storage_settings, state.credentials):
        for key in [k for k, v in table.items() if v.teamspace_id in doomed]:
            del table[key]
    for key in doomed:
        del state.teamspaces[key]
    return _ok(ctx)


@handler("delete_teamspace")
def delete_teamspace(ctx: Context) -> Reply:
    """Delete a teamspace with its assets and storage settings."""
    ts = _ts_for(ctx, "manage")
    state = ctx.state
    del state.teamspaces[ts.id]
    for table in (state.assets, state.storage_settings, state.credentials):
        for key in [k for k, v in table.items() if v.teamspace_id == ts.id]:
            del table[key]
    return _ok(ctx)


# ---------------------------------------------------------- teamspace users
def _ts_member(ctx: Context) -> tuple[Teamspace, User]:
    ts = _teamspace(ctx)
    user = _user(ctx, ctx.params["user_id"])
    if user.id not in ts.members:
        raise _fail(404, f"{user.username!r} is not a member of teamspace {ts.name!r}")
    return ts, user


@handler("list_teamspace_users")
def list_teamspace_users(ctx: Context) -> Reply:
    """Members of a teamspace, filtered by ``search`` and ``role``, paged."""
    ts = _ts_for(ctx, "read")
    rows = [ts_user_json(ctx.state, ts, uid) for uid in ts.members]
    search = (ctx.query.get("search") or "").lower()
    if search:
        rows = [r for r in rows if search in r["username"].lower() or search in r["email"].lower()]
    role = ctx.query.get("role")
    if role:
        rows = [r for r in rows if r["role"] == role]
    page, meta = _paginate(ctx, rows)
    return _ok(ctx, {"data": page, "pagination_metadata": meta})


@handler("create_teamspace_users")
def create_teamspace_users(ctx: Context) -> Reply:
    """Add users to a teamspace."""
    ts = _ts_for(ctx, "manage")
    added = []
    for item in _list_body(ctx):
        user = _user(ctx, str(item["user_id"]))
        ts.members[user.id] = _new_member(user, str(item["role"]), ctx.user)
        added.append(ts_user_json(ctx.state, ts, user.id))
    return _ok(ctx, {"data": added})


def _new_member(user: User, role: str, by: User) -> Member:
    return Member(user.id, role, by.id)


@handler("get_teamspace_user")
def get_teamspace_user(ctx: Context) -> Reply:
    """One member of a teamspace."""
    ts, user = _ts_member(ctx)
    return _ok(ctx, {"data": ts_user_json(ctx.state, ts, user.id)})


@handler("update_teamspace_user")
def update_teamspace_user(ctx: Context) -> Reply:
    """Change a member's teamspace role."""
    ts, user = _ts_member(ctx)
    _ts_for(ctx, "manage")
    ts.members[user.id].role = str(_body(ctx)["role"])
    return _ok(ctx)


@handler("delete_teamspace_user")
def delete_teamspace_user(ctx: Context) -> Reply:
    """Remove a member from a teamspace."""
    ts, user = _ts_member(ctx)
    if user.id != ctx.user.id:
        _ts_for(ctx, "manage")
    del ts.members[user.id]
    return _ok(ctx)


@handler("update_teamspace_users")
def update_teamspace_users(ctx: Context) -> Reply:
    """Change several members' roles at once (404, changing nothing, if one is not a member)."""
    ts = _ts_for(ctx, "manage")
    changes = []
    for item in _list_body(ctx):
        user = _user(ctx, str(item["user_id"]))
        if user.id not in ts.members:
            raise _fail(404, f"{user.username!r} is not a member of teamspace {ts.name!r}")
        changes.append((user.id, str(item["role"])))
    for user_id, role in changes:
        ts.members[user_id].role = role
    return _ok(ctx)


@handler("delete_teamspace_users")
def delete_teamspace_users(ctx: Context) -> Reply:
    """Remove several members at once."""
    ts = _ts_for(ctx, "manage")
    for ref in _list_body(ctx):
        user = ctx.state.user(str(ref))
        if user is not None:
            ts.members.pop(user.id, None)
    return _ok(ctx)


@handler("join_teamspace")
def join_teamspace(ctx: Context) -> Reply:
    """The caller joins a public teamspace as a viewer (workspace admins join any)."""
    ts = _teamspace(ctx)
    if ts.visibility != "public" and not _is_ws_admin(ctx):
        raise _fail(403, f"teamspace {ts.name!r} is private: ask its owner to add you")
    if ctx.user.id not in ts.members:
        ts.members[ctx.user.id] = _new_member(ctx.user, "viewer", ctx.user)
    return _ok(ctx, {"data": ts_user_json(ctx.state, ts, ctx.user.id)})


@handler("leave_teamspace")
def leave_teamspace(ctx: Context) -> Reply:
    """The caller leaves a teamspace."""
    ts = _teamspace(ctx)
    if ts.members.pop(ctx.user.id, None) is None:
        raise _fail(404, f"you are not a member of teamspace {ts.name!r}")
    return _ok(ctx)


# ------------------------------------------------------------------- tokens
@handler("create_token")
def create_token(ctx: Context) -> Reply:
    """Create an API token for the caller, optionally bound to one workspace.

    Created with a workspace token, the new token is bound to that same workspace.
    """
    body = _body(ctx)
    ws = None
    if body.get("workspace_id"):
        ws = ctx.state.workspace(str(body["workspace_id"]))
        if ws is None:
            raise _fail(404, f"workspace {body['workspace_id']!r} not found")
        if ctx.user.id not in ws.members:
            raise _fail(403, f"you are not a member of workspace {ws.name!r}")
    if ctx.token is not None and ctx.token.workspace_id:
        # A workspace token creates tokens of its own workspace only (the default when omitted).
        if ws is None:
            ws = ctx.state.workspaces.get(ctx.token.workspace_id)
        elif ws.id != ctx.token.workspace_id:
            raise _fail(403, "a workspace token can only create tokens for its own workspace")
    expires = _parse_time(body["expires_at"], "expires_at") if body.get("expires_at") else None
    token = ctx.state.add_token(
        ctx.user, ws, name=body.get("name") or None, scope=str(body["scope"]), expires_at=expires
    )
    return _ok(ctx, {"data": token_json(token, reveal=True)})


@handler("list_tokens")
def list_tokens(ctx: Context) -> Reply:
    """The caller's live tokens of one ``type`` (``api`` or ``session``), keys masked."""
    kind = ctx.query.get("type")
    if kind not in ("api", "session"):
        raise _fail(400, "query parameter 'type' must be 'api' or 'session'")
    tokens = [t for t in ctx.state.tokens.values() if t.user_id == ctx.user.id and t.kind == kind and t.valid]
    page, meta = _paginate(ctx, tokens)
    return _ok(ctx, {"data": [token_json(t, reveal=False) for t in page], "pagination_metadata": meta})


@handler("revoke_token")
def revoke_token(ctx: Context) -> Reply:
    """Revoke one of the caller's tokens; it gets 401 from then on."""
    token = ctx.state.tokens.get(ctx.params["token_id"])
    if token is None or token.user_id != ctx.user.id or token.revoked:
        raise _fail(404, f"token {ctx.params['token_id']!r} not found")
    token.revoked = True
    return _ok(ctx)


# ------------------------------------------------------------------- assets
@handler("list_assets")
def list_assets(ctx: Context) -> Reply:
    """Assets directly inside a folder path or id (``""`` for the teamspace root), paged."""
    ts = _ts_for(ctx, "read")
    return _asset_list(ctx, _children(ctx, ts, ctx.params.get("path", "")))


@handler("get_folder_contents")
def get_folder_contents(ctx: Context) -> Reply:
    """Assets directly inside a folder, paged."""
    ts = _ts_for(ctx, "read")
    return _asset_list(ctx, _children(ctx, ts, ctx.params["folder"]))


_SEARCH_FIELDS = ("name", "path", "description", "type")


def _metadata_filter(raw: str) -> Callable[[Asset], bool]:
    """``key=value`` (the entry's text equals ``value``) or ``key`` (the entry exists)."""
    key, sep, value = raw.partition("=")
    if not key:
        raise _fail(400, f"metadata filter {raw!r} must be 'key' or 'key=value'")
    if not sep:
        return lambda a: key in a.metadata
    return lambda a: key in a.metadata and a.metadata[key][0] == value


@handler("search_assets")
def search_assets(ctx: Context) -> Reply:
    """Assets of the workspace's readable teamspaces matching ``q`` in the ``filters`` fields.

    ``q`` is matched (case-insensitively, as a substring) against name and path, or against the
    fields named by ``filters``; every ``metadata`` filter must match; ``teamspace`` and
    ``teamspace_exclude`` take several names or ids; ``public`` keeps public (or private)
    teamspaces only.
    """
    ws = _workspace(ctx)
    spaces = [t for t in ctx.state.teamspaces.values() if t.workspace_id == ws.id]
    wanted = ctx.query.getlist("teamspace")
    if wanted:
        spaces = list({t.id: t for t in (_teamspace(ctx, ref) for ref in wanted)}.values())
    excluded = set(ctx.query.getlist("teamspace_exclude"))
    spaces = [t for t in spaces if not {t.id, t.name} & excluded and _may(ctx, t, "read")]
    if ctx.query.get("public") is not None:
        public = _flag(ctx.query.get("public"))
        spaces = [t for t in spaces if (t.visibility == "public") == public]
    items = [a for t in spaces for a in ctx.state.assets_in(t)]
    fields = ctx.query.getlist("filters") or ["name", "path"]
    unknown = [f for f in fields if f not in _SEARCH_FIELDS]
    if unknown:
        raise _fail(400, f"unknown search fields {unknown}; expected some of {list(_SEARCH_FIELDS)}")
    q = (ctx.query.get("q") or "").lower()
    if q:
        items = [a for a in items if any(q in str(getattr(a, f)).lower() for f in fields)]
    for check in [_metadata_filter(raw) for raw in ctx.query.getlist("metadata")]:
        items = [a for a in items if check(a)]
    prefix = (ctx.query.get("path") or "").strip("/")
    if prefix:
        items = [a for a in items if a.path.startswith(prefix + "/")]
    return _asset_list(ctx, items)


@handler("get_asset")
def get_asset(ctx: Context) -> Reply:
    """An asset by id or path."""
    ts = _ts_for(ctx, "read")
    return _ok(ctx, {"data": asset_json(ctx.state, _asset(ctx, ts, ctx.params["asset"]))})


@handler("update_asset")
def update_asset(ctx: Context) -> Reply:
    """Change an asset's description or type, or rename it (its path, and those inside it, follow)."""
    asset = _asset(ctx, _ts_for(ctx, "write"), ctx.params["asset"])
    body = _body(ctx)
    if "name" in body:
        ctx.state.rename_asset(asset, str(body["name"]))
    for name in ("description", "type"):
        if name in body:
            setattr(asset, name, str(body[name]))
    asset.updated_at = now()
    return _ok(ctx)


@handler("delete_asset")
def delete_asset(ctx: Context) -> Reply:
    """Delete an asset (a folder with its contents)."""
    asset = _asset(ctx, _ts_for(ctx, "write"), ctx.params["asset"])
    ctx.state.delete_asset(asset)
    return _ok(ctx)


@handler("register_asset")
def register_asset(ctx: Context) -> Reply:
    """Register an existing cloud object as an array asset at ``path`` (missing folders are made)."""
    ts = _ts_for(ctx, "write")
    body = _body(ctx)
    path = ctx.params["path"].strip("/")
    ctx.state.add_asset(ts, path, ctx.user, type="array", uri=str(body["uri"]))
    return _ok(ctx)


@handler("get_assets_in_path")
def get_assets_in_path(ctx: Context) -> Reply:
    """The assets along a path, from the outermost folder to the asset itself."""
    ts = _ts_for(ctx, "read")
    parts = ctx.params["path"].strip("/").split("/")
    chain = []
    for i in range(1, len(parts) + 1):
        chain.append(asset_json(ctx.state, _asset(ctx, ts, "/".join(parts[:i]))))
    return _ok(ctx, {"data": chain})


@handler("move_assets")
def move_assets(ctx: Context) -> Reply:
    """Move assets (ids or paths) into the ``target`` folder (path or id, ``""`` for the root)."""
    ts = _ts_for(ctx, "write")
    body = _body(ctx)
    target = str(body["target"]).strip("/")
    existing = ctx.state.asset(ts, target) if target else None
    if existing is not None:
        if existing.type != "folder":
            raise _fail(409, f"{target!r} is not a folder")
        target = existing.path
    elif target:
        ctx.state.ensure_folder(ts, target, ctx.user)
    for ref in body["assets_to_add"]:
        asset = _asset(ctx, ts, str(ref))
        if target == asset.path or target.startswith(asset.path + "/"):
            raise _fail(409, f"cannot move {asset.path!r} into itself")
        new_path = f"{target}/{asset.name}" if target else asset.name
        if new_path == asset.path:
            continue
        if ctx.state.asset(ts, new_path) is not None:
            raise _fail(409, f"an asset already exists at {new_path!r}")
        ctx.state.move_asset(asset, new_path)
    return _ok(ctx)


@handler("get_asset_metadata")
def get_asset_metadata(ctx: Context) -> Reply:
    """An asset's metadata entries, paged."""
    asset = _asset(ctx, _ts_for(ctx, "read"), ctx.params["asset"])
    rows = [{"key": k, "value": v, "type": t} for k, (v, t) in asset.metadata.items()]
    page, meta = _paginate(ctx, rows)
    return _ok(ctx, {"data": page, "pagination_metadata": meta})


@handler("update_asset_metadata")
def update_asset_metadata(ctx: Context) -> Reply:
    """Add or replace metadata entries; answers with all entries."""
    asset = _asset(ctx, _ts_for(ctx, "write"), ctx.params["asset"])
    for item in _list_body(ctx):
        asset.metadata[str(item["key"])] = (str(item["value"]), str(item["type"]))
    rows = [{"key": k, "value": v, "type": t} for k, (v, t) in asset.metadata.items()]
    return _ok(ctx, {"data": rows})


@handler("delete_asset_metadata")
def delete_asset_metadata(ctx: Context) -> Reply:
    """Remove the metadata entries named by every ``metadata_key``."""
    asset = _asset(ctx, _ts_for(ctx, "write"), ctx.params["asset"])
    for key in ctx.query.getlist("metadata_key"):
        asset.metadata.pop(key, None)
    return _ok(ctx)


def _property_rows(asset: Asset) -> list[dict[str, Any]]:
    return [{"id": pid, "key": key, "value": value} for key, (pid, value) in asset.properties.items()]


@handler("get_asset_properties")
def get_asset_properties(ctx: Context) -> Reply:
    """An asset's properties."""
    asset = _asset(ctx, _ts_for(ctx, "read"), ctx.params["asset"])
    return _ok(ctx, {"data": _property_rows(asset)})


@handler("update_asset_properties")
def update_asset_properties(ctx: Context) -> Reply:
    """Set properties by key; answers with all of them."""
    asset = _asset(ctx, _ts_for(ctx, "write"), ctx.params["asset"])
    for item in _list_body(ctx):
        key = str(item["key"])
        pid = asset.properties.get(key, (None, ""))[0] or ctx.state.new_id("prop")
        asset.properties[key] = (pid, str(item["value"]))
    return _ok(ctx, {"data": _property_rows(asset)})


# ------------------------------------------------------------------ folders
@handler("create_folder")
def create_folder(ctx: Context) -> Reply:
    """Create a folder in an existing folder; 409 if it exists unless ``exists_ok``, 404 without a parent."""
    ts = _ts_for(ctx, "write")
    body = ctx.body if isinstance(ctx.body, dict) else {}
    path = ctx.params["folder"].strip("/")
    existing = ctx.state.asset(ts, path)
    if existing is not None and not (body.get("exists_ok") and existing.type == "folder"):
        raise _fail(409, f"an asset already exists at {path!r}")
    if existing is None:
        _folder(ctx, ts, path.rpartition("/")[0])
    folder = existing or ctx.state.ensure_folder(ts, path, ctx.user)
    if folder is None:
        raise _fail(400, "a folder needs a non-empty path")
    if body.get("description"):
        folder.description = str(body["description"])
    return _ok(ctx, {"data": folder_json(ctx.state, folder)})


@handler("get_folder")
def get_folder(ctx: Context) -> Reply:
    """A folder by path or asset id."""
    ts = _ts_for(ctx, "read")
    ref = ctx.params["folder"]
    folder = ctx.state.asset(ts, ref)
    if folder is None or folder.type != "folder":
        raise _fail(404, f"folder {ref!r} not found")
    return _ok(ctx, {"data": folder_json(ctx.state, folder)})


# --------------------------------------------------------- storage settings
def _setting(ctx: Context) -> StorageSetting:
    ws = _workspace(ctx)
    ref = ctx.params["stset_id"]
    found = next(
        (s for s in ctx.state.storage_settings.values() if s.workspace_id == ws.id and ref in (s.id, s.name)),
        None,
    )
    if found is None:
        raise _fail(404, f"storage setting {ref!r} not found")
    return found


@handler("create_storage_setting")
def create_storage_setting(ctx: Context) -> Reply:
    """Create a storage setting for the workspace (or the ``teamspace_id`` teamspace)."""
    _require_ws_admin(ctx, "creating storage settings")
    body = _body(ctx)
    setting = ctx.state.add_storage_setting(
        _workspace(ctx),
        str(body["name"]),
        str(body["path"]),
        str(body["credentials_name"]),
        teamspace=_scope_teamspace(ctx),
        is_default=bool(body.get("is_default", False)),
    )
    return _ok(ctx, {"data": storage_json(setting)})


@handler("list_storage_settings")
def list_storage_settings(ctx: Context) -> Reply:
    """Storage settings of the workspace (or of one teamspace), paged."""
    ws = _workspace(ctx)
    ts = _scope_teamspace(ctx)
    rows = [
        s
        for s in ctx.state.storage_settings.values()
        if s.workspace_id == ws.id and s.teamspace_id == (ts.id if ts else None)
    ]
    page, meta = _paginate(ctx, rows)
    return _ok(ctx, {"data": [storage_json(s) for s in page], "pagination_metadata": meta})


@handler("get_storage_setting_by_id")
def get_storage_setting(ctx: Context) -> Reply:
    """A storage setting by id or name."""
    return _ok(ctx, {"data": storage_json(_setting(ctx))})


@handler("patch_storage_setting_by_id")
def patch_storage_setting(ctx: Context) -> Reply:
    """Change a storage setting; making it default clears the previous default."""
    _require_ws_admin(ctx, "changing storage settings")
    setting = _setting(ctx)
    body = _body(ctx)
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
    return _ok(ctx)


@handler("delete_storage_setting_by_id")
def delete_storage_setting(ctx: Context) -> Reply:
    """Delete a storage setting."""
    _require_ws_admin(ctx, "deleting storage settings")
    del ctx.state.storage_settings[_setting(ctx).id]
    return _ok(ctx)


# -------------------------------------------------------------- credentials
def _credential(ctx: Context) -> Credential:
    ts = _scope_teamspace(ctx)
    cred = ctx.state.credential(_workspace(ctx), ctx.params["name"], ts.id if ts else None)
    if cred is None:
        raise _fail(404, f"credential {ctx.params['name']!r} not found")
    return cred


@handler("create_credential")
def create_credential(ctx: Context) -> Reply:
    """Store a named credential."""
    _require_ws_admin(ctx, "creating credentials")
    body = _body(ctx)
    ctx.state.add_credential(
        _workspace(ctx),
        str(body["name"]),
        str(body["provider"]),
        teamspace=_scope_teamspace(ctx),
        provider_default=bool(body.get("provider_default", False)),
        allowed_in_tasks=bool(body.get("allowed_in_tasks", False)),
        secret=body.get("credential"),
        role=body.get("role"),
    )
    return _ok(ctx)


@handler("get_credentials")
def get_credentials(ctx: Context) -> Reply:
    """Credentials of the workspace, filtered by provider/type/teamspace, paged."""
    ws = _workspace(ctx)
    ts = _scope_teamspace(ctx)
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
    page, meta = _paginate(ctx, rows)
    return _ok(ctx, {"data": [credential_json(ctx.state, c) for c in page], "pagination_metadata": meta})


@handler("get_credential_by_name")
def get_credential(ctx: Context) -> Reply:
    """A credential by name."""
    return _ok(ctx, {"data": credential_json(ctx.state, _credential(ctx))})


@handler("patch_credential_by_name")
def patch_credential(ctx: Context) -> Reply:
    """Change a credential."""
    _require_ws_admin(ctx, "changing credentials")
    cred = _credential(ctx)
    body = _body(ctx)
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
    return _ok(ctx)


@handler("delete_credential_by_name")
def delete_credential(ctx: Context) -> Reply:
    """Delete a credential."""
    _require_ws_admin(ctx, "deleting credentials")
    del ctx.state.credentials[_credential(ctx).id]
    return _ok(ctx)


@handler("verify_credential")
def verify_credential(ctx: Context) -> Reply:
    """Check a credential without storing it: it needs keys, a role or a token for its provider."""
    body = _body(ctx)
    if not any(body.get(k) for k in ("credential", "role", "token")):
        raise _fail(400, f"credential {body.get('name')!r} has no keys, role or token to verify")
    return _ok(ctx)
