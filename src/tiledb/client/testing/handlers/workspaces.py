"""Handlers of workspaces and teamspaces, and of their members."""

from __future__ import annotations

from ..state import (
    Member,
    Teamspace,
    User,
    Workspace,
    now,
)
from .base import (
    Context,
    Reply,
    fail,
    flag_param,
    handler,
    is_ws_admin,
    json_body,
    json_list,
    ok,
    paginate,
    require_ws_admin,
    teamspace_for,
    teamspace_of,
    user_of,
    workspace_of,
)
from .views import teamspace_json, ts_user_json, workspace_json, ws_user_json


# --------------------------------------------------------------- workspaces
@handler("create_workspace")
def create_workspace(ctx: Context) -> Reply:
    """Create a workspace with its default credential, storage setting and ``general`` teamspace."""
    body = json_body(ctx)
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
    return ok(ctx, {"data": workspace_json(state, ws, ctx.user)})


@handler("get_workspace")
def get_workspace(ctx: Context) -> Reply:
    """A workspace by id or name."""
    return ok(ctx, {"data": workspace_json(ctx.state, workspace_of(ctx), ctx.user)})


@handler("update_workspace")
def update_workspace(ctx: Context) -> Reply:
    """Rename or describe a workspace."""
    ws = workspace_of(ctx)
    require_ws_admin(ctx, "updating a workspace")
    body = json_body(ctx)
    if "name" in body and body["name"] != ws.name:
        if ctx.state.workspace(str(body["name"])) is not None:
            raise fail(409, f"workspace {body['name']!r} already exists")
        ws.name = str(body["name"])
    if "description" in body:
        ws.description = str(body["description"])
    ws.updated_at = now()
    return ok(ctx)


@handler("delete_workspace")
def delete_workspace(ctx: Context) -> Reply:
    """Delete a workspace and everything in it."""
    ws = workspace_of(ctx)
    require_ws_admin(ctx, "deleting a workspace")
    state = ctx.state
    del state.workspaces[ws.id]
    for table in (state.teamspaces, state.assets, state.storage_settings, state.credentials):
        for key in [k for k, v in table.items() if v.workspace_id == ws.id]:
            del table[key]
    for token in state.tokens.values():
        if token.workspace_id == ws.id:
            token.revoked = True
    return ok(ctx)


# ---------------------------------------------------------- workspace users
@handler("list_workspace_users")
def list_workspace_users(ctx: Context) -> Reply:
    """Members of a workspace, searchable and paged."""
    ws = workspace_of(ctx)
    rows = [ws_user_json(ctx.state, ws, uid) for uid in ws.members]
    search = (ctx.query.get("search") or "").lower()
    if search:
        rows = [
            r for r in rows if any(search in str(r[k]).lower() for k in ("username", "display_name", "email"))
        ]
    page, meta = paginate(ctx, rows)
    return ok(ctx, {"data": page, "pagination_metadata": meta})


@handler("create_workspace_user")
def create_workspace_user(ctx: Context) -> Reply:
    """Add a user to a workspace."""
    ws = workspace_of(ctx)
    require_ws_admin(ctx, "adding workspace members")
    body = json_body(ctx)
    user = user_of(ctx, str(body["user_id"]))
    if user.id in ws.members:
        raise fail(409, f"{user.username!r} is already a member of {ws.name!r}")
    ctx.state.add_member(ws, user, str(body["role"]), ctx.user)
    return ok(ctx, {"data": ws_user_json(ctx.state, ws, user.id)})


def _keep_an_owner(members: dict[str, Member], user: User, new_role: str | None, where: str) -> None:
    """Refuse (409) to remove or demote the last owner of a workspace or teamspace."""
    member = members.get(user.id)
    if member is None or member.role != "owner" or new_role == "owner":
        return
    if not any(m.role == "owner" for uid, m in members.items() if uid != user.id):
        raise fail(409, f"{user.username!r} is the last owner of {where}: make another member owner first")


def _ws_member(ctx: Context) -> tuple[Workspace, User]:
    ws = workspace_of(ctx)
    user = user_of(ctx, ctx.params["user_id"])
    if user.id not in ws.members:
        raise fail(404, f"{user.username!r} is not a member of {ws.name!r}")
    return ws, user


@handler("get_workspace_user")
def get_workspace_user(ctx: Context) -> Reply:
    """One member of a workspace."""
    ws, user = _ws_member(ctx)
    return ok(ctx, {"data": ws_user_json(ctx.state, ws, user.id)})


@handler("update_workspace_user")
def update_workspace_user(ctx: Context) -> Reply:
    """Change a member's workspace role."""
    ws, user = _ws_member(ctx)
    require_ws_admin(ctx, "changing workspace roles")
    role = str(json_body(ctx)["role"])
    _keep_an_owner(ws.members, user, role, f"workspace {ws.name!r}")
    ws.members[user.id].role = role
    return ok(ctx)


@handler("delete_workspace_user")
def delete_workspace_user(ctx: Context) -> Reply:
    """Remove a member from a workspace."""
    ws, user = _ws_member(ctx)
    if user.id != ctx.user.id:
        require_ws_admin(ctx, "removing workspace members")
    _keep_an_owner(ws.members, user, None, f"workspace {ws.name!r}")
    del ws.members[user.id]
    return ok(ctx)


# --------------------------------------------------------------- teamspaces
@handler("create_teamspaces")
def create_teamspaces(ctx: Context) -> Reply:
    """Create a teamspace owned by the caller."""
    body = json_body(ctx)
    ts = ctx.state.add_teamspace(
        workspace_of(ctx),
        str(body["name"]),
        ctx.user,
        description=str(body.get("description", "")),
        visibility=str(body.get("visibility", "private")),
        icon=str(body.get("icon", "default")),
    )
    return ok(ctx, {"data": teamspace_json(ctx.state, ts, ctx.user)})


@handler("list_teamspaces")
def list_teamspaces(ctx: Context) -> Reply:
    """Teamspaces of a workspace (only the caller's with ``memberships=true``)."""
    ws = workspace_of(ctx)
    spaces = [t for t in ctx.state.teamspaces.values() if t.workspace_id == ws.id]
    if flag_param(ctx.query.get("memberships")):
        spaces = [t for t in spaces if ctx.user.id in t.members]
    return ok(ctx, {"data": [teamspace_json(ctx.state, t, ctx.user) for t in spaces]})


@handler("get_teamspace")
def get_teamspace(ctx: Context) -> Reply:
    """A teamspace by id or name."""
    return ok(ctx, {"data": teamspace_json(ctx.state, teamspace_of(ctx), ctx.user)})


@handler("update_teamspace")
def update_teamspace(ctx: Context) -> Reply:
    """Rename, describe or change the visibility of a teamspace."""
    ts = teamspace_for(ctx, "manage")
    body = json_body(ctx)
    if "name" in body and body["name"] != ts.name:
        if ctx.state.teamspace(workspace_of(ctx), str(body["name"])) is not None:
            raise fail(409, f"teamspace {body['name']!r} already exists")
        ts.name = str(body["name"])
    for src, dst in (("description", "description"), ("icon", "icon"), ("visibility_level", "visibility")):
        if src in body:
            setattr(ts, dst, str(body[src]))
    return ok(ctx)


@handler("delete_teamspaces")
def delete_teamspaces(ctx: Context) -> Reply:
    """Delete every teamspace of a workspace, with their assets."""
    ws = workspace_of(ctx)
    require_ws_admin(ctx, "deleting every teamspace")
    state = ctx.state
    doomed = {k for k, t in state.teamspaces.items() if t.workspace_id == ws.id}
    for table in (state.assets, state.storage_settings, state.credentials):
        for key in [k for k, v in table.items() if v.teamspace_id in doomed]:
            del table[key]
    for key in doomed:
        del state.teamspaces[key]
    return ok(ctx)


@handler("delete_teamspace")
def delete_teamspace(ctx: Context) -> Reply:
    """Delete a teamspace with its assets and storage settings."""
    ts = teamspace_for(ctx, "manage")
    state = ctx.state
    del state.teamspaces[ts.id]
    for table in (state.assets, state.storage_settings, state.credentials):
        for key in [k for k, v in table.items() if v.teamspace_id == ts.id]:
            del table[key]
    return ok(ctx)


# ---------------------------------------------------------- teamspace users
def _ts_member(ctx: Context) -> tuple[Teamspace, User]:
    ts = teamspace_of(ctx)
    user = user_of(ctx, ctx.params["user_id"])
    if user.id not in ts.members:
        raise fail(404, f"{user.username!r} is not a member of teamspace {ts.name!r}")
    return ts, user


@handler("list_teamspace_users")
def list_teamspace_users(ctx: Context) -> Reply:
    """Members of a teamspace, filtered by ``search`` and ``role``, paged."""
    ts = teamspace_for(ctx, "read")
    rows = [ts_user_json(ctx.state, ts, uid) for uid in ts.members]
    search = (ctx.query.get("search") or "").lower()
    if search:
        rows = [r for r in rows if search in r["username"].lower() or search in r["email"].lower()]
    role = ctx.query.get("role")
    if role:
        rows = [r for r in rows if r["role"] == role]
    page, meta = paginate(ctx, rows)
    return ok(ctx, {"data": page, "pagination_metadata": meta})


@handler("create_teamspace_users")
def create_teamspace_users(ctx: Context) -> Reply:
    """Add users to a teamspace."""
    ts = teamspace_for(ctx, "manage")
    added = []
    for item in json_list(ctx):
        user = user_of(ctx, str(item["user_id"]))
        ts.members[user.id] = _new_member(user, str(item["role"]), ctx.user)
        added.append(ts_user_json(ctx.state, ts, user.id))
    return ok(ctx, {"data": added})


def _new_member(user: User, role: str, by: User) -> Member:
    return Member(user.id, role, by.id)


@handler("get_teamspace_user")
def get_teamspace_user(ctx: Context) -> Reply:
    """One member of a teamspace."""
    ts, user = _ts_member(ctx)
    return ok(ctx, {"data": ts_user_json(ctx.state, ts, user.id)})


@handler("update_teamspace_user")
def update_teamspace_user(ctx: Context) -> Reply:
    """Change a member's teamspace role."""
    ts, user = _ts_member(ctx)
    teamspace_for(ctx, "manage")
    role = str(json_body(ctx)["role"])
    _keep_an_owner(ts.members, user, role, f"teamspace {ts.name!r}")
    ts.members[user.id].role = role
    return ok(ctx)


@handler("delete_teamspace_user")
def delete_teamspace_user(ctx: Context) -> Reply:
    """Remove a member from a teamspace."""
    ts, user = _ts_member(ctx)
    if user.id != ctx.user.id:
        teamspace_for(ctx, "manage")
    _keep_an_owner(ts.members, user, None, f"teamspace {ts.name!r}")
    del ts.members[user.id]
    return ok(ctx)


@handler("update_teamspace_users")
def update_teamspace_users(ctx: Context) -> Reply:
    """Change several members' roles at once (404, changing nothing, if one is not a member)."""
    ts = teamspace_for(ctx, "manage")
    changes = []
    for item in json_list(ctx):
        user = user_of(ctx, str(item["user_id"]))
        if user.id not in ts.members:
            raise fail(404, f"{user.username!r} is not a member of teamspace {ts.name!r}")
        changes.append((user.id, str(item["role"])))
    after = {uid: Member(uid, m.role, m.added_by) for uid, m in ts.members.items()}
    for user_id, role in changes:
        after[user_id].role = role
    if not any(m.role == "owner" for m in after.values()):
        raise fail(409, f"teamspace {ts.name!r} would have no owner left")
    for user_id, role in changes:
        ts.members[user_id].role = role
    return ok(ctx)


@handler("delete_teamspace_users")
def delete_teamspace_users(ctx: Context) -> Reply:
    """Remove several members at once."""
    ts = teamspace_for(ctx, "manage")
    doomed = {u.id for u in (ctx.state.user(str(ref)) for ref in json_list(ctx)) if u is not None}
    if not any(m.role == "owner" for uid, m in ts.members.items() if uid not in doomed):
        raise fail(409, f"teamspace {ts.name!r} would have no owner left")
    for user_id in doomed:
        ts.members.pop(user_id, None)
    return ok(ctx)


@handler("join_teamspace")
def join_teamspace(ctx: Context) -> Reply:
    """The caller joins a public teamspace as a viewer (workspace admins join any)."""
    ts = teamspace_of(ctx)
    if ts.visibility != "public" and not is_ws_admin(ctx):
        raise fail(403, f"teamspace {ts.name!r} is private: ask its owner to add you")
    if ctx.user.id not in ts.members:
        ts.members[ctx.user.id] = _new_member(ctx.user, "viewer", ctx.user)
    return ok(ctx, {"data": ts_user_json(ctx.state, ts, ctx.user.id)})


@handler("leave_teamspace")
def leave_teamspace(ctx: Context) -> Reply:
    """The caller leaves a teamspace."""
    ts = teamspace_of(ctx)
    if ctx.user.id not in ts.members:
        raise fail(404, f"you are not a member of teamspace {ts.name!r}")
    _keep_an_owner(ts.members, ctx.user, None, f"teamspace {ts.name!r}")
    del ts.members[ctx.user.id]
    return ok(ctx)
