"""Handlers of the spaces beside teamspaces and of per-user records: a workspace's general space,
each member's user space, the academy's lessons and questionnaires, and agent conversations
(their state only: listing, reading and deleting; the chat that adds to them streams)."""

from __future__ import annotations

import copy
from typing import Any

from ..state import State, Teamspace, User, Workspace, iso, now
from .base import Context, Reply, fail, handler, int_param, json_body, json_list, ok, workspace_of


# ----------------------------------------------------------- general spaces
def _general(ctx: Context) -> Teamspace:
    """The workspace's general space: its ``general`` teamspace (made with the workspace)."""
    ws = workspace_of(ctx)
    general = ctx.state.kind("generalspaces").get(ws.id, {}).get("teamspace_id", "")
    found = ctx.state.teamspaces.get(general)
    ref = ctx.params.get("generalspace")
    if found is None or (ref is not None and ref not in (found.id, found.name)):
        raise fail(404, f"general space {ref or ''!r} not found in workspace {ws.name!r}")
    return found


def _space_json(ts: Teamspace, key: str) -> dict[str, Any]:
    return {
        key: ts.id,
        "name": ts.name,
        "icon": ts.icon,
        "description": ts.description,
        "created_at": iso(ts.created_at),
        "updated_at": iso(ts.updated_at),
    }


def _update(ctx: Context, ts: Teamspace, ws: Workspace) -> None:
    body = json_body(ctx)
    if "name" in body and body["name"] != ts.name:
        if ctx.state.teamspace(ws, str(body["name"])) is not None:
            raise fail(409, f"a space named {body['name']!r} already exists")
        ts.name = str(body["name"])
    for src, dst in (("description", "description"), ("icon", "icon"), ("visibility_level", "visibility")):
        if src in body:
            setattr(ts, dst, str(body[src]))
    ts.updated_at = now()


@handler("get_generalspace_by_workspace", "get_general_space")
def get_general_space(ctx: Context) -> Reply:
    """The workspace's general space."""
    return ok(ctx, {"data": _space_json(_general(ctx), "generalspace_id")})


@handler("update_generalspace_by_workspace", "update_generalspace_by_id")
def update_general_space(ctx: Context) -> Reply:
    """Rename, describe or change the general space (workspace owners and admins)."""
    ts = _general(ctx)
    if ctx.state.workspace_role(workspace_of(ctx), ctx.user) not in ("owner", "admin"):
        raise fail(403, "changing the general space needs the owner or admin role")
    _update(ctx, ts, workspace_of(ctx))
    return ok(ctx)


# -------------------------------------------------------------- user spaces
def _userspace(ctx: Context) -> Teamspace:
    """A member's own space (made on first use), by its id, or ``self``/the user's name."""
    ws = workspace_of(ctx)
    ref = ctx.params["userspace"]
    owned = ctx.state.kind("userspaces")
    mine = owned.get(f"{ws.id}/{ctx.user.id}")
    if mine is None:
        made = Teamspace(
            id=ctx.state.new_id("us"),
            workspace_id=ws.id,
            name=f"{ctx.user.username}'s space",
            created_by=ctx.user.id,
            space_type="userspace",
        )
        mine = owned[f"{ws.id}/{ctx.user.id}"] = {"teamspace": made}
    ts: Teamspace = mine["teamspace"]
    if ref not in (ts.id, "self", ctx.user.username, ctx.user.id):
        raise fail(404, f"user space {ref!r} not found")
    return ts


@handler("get_userspace")
def get_userspace(ctx: Context) -> Reply:
    """The caller's user space in the workspace."""
    return ok(ctx, {"data": _space_json(_userspace(ctx), "userspace_id")})


@handler("update_userspace")
def update_userspace(ctx: Context) -> Reply:
    """Rename or describe the caller's user space."""
    ts = _userspace(ctx)
    body = json_body(ctx)
    for name in ("name", "description", "icon"):
        if name in body:
            setattr(ts, name, str(body[name]))
    ts.updated_at = now()
    return ok(ctx)


# ------------------------------------------------------------------ academy
@handler("get_academy_lessons")
def get_academy_lessons(ctx: Context) -> Reply:
    """The caller's lessons (their progress), in the order first recorded."""
    lessons = ctx.state.user_records.setdefault("lessons", {}).get(ctx.user.id, {})
    return ok(ctx, {"data": copy.deepcopy(list(lessons.values()))})


@handler("put_academy_lessons")
def put_academy_lessons(ctx: Context) -> Reply:
    """Record lessons' progress (a lesson sent again replaces what was recorded)."""
    lessons = ctx.state.user_records.setdefault("lessons", {}).setdefault(ctx.user.id, {})
    for lesson in json_list(ctx):
        lessons[lesson["lesson_id"]] = dict(lesson)
    return ok(ctx)


@handler("get_academy_questionnaire")
def get_academy_questionnaire(ctx: Context) -> Reply:
    """The caller's answers to one questionnaire (404 before any)."""
    qid = ctx.params["questionnaire_id"]
    found = ctx.state.user_records.setdefault("questionnaires", {}).get(ctx.user.id, {}).get(qid)
    if found is None:
        raise fail(404, f"questionnaire {qid!r} not answered yet")
    return ok(ctx, {"data": [copy.deepcopy(found)]})


@handler("put_academy_questionnaire")
def put_academy_questionnaire(ctx: Context) -> Reply:
    """Record the caller's answers to a questionnaire (the path names it, whatever the body says)."""
    qid = ctx.params["questionnaire_id"]
    body = {**copy.deepcopy(json_body(ctx)), "questionnaire_id": qid}
    ctx.state.user_records.setdefault("questionnaires", {}).setdefault(ctx.user.id, {})[qid] = body
    return ok(ctx)


# ------------------------------------------------------ agent conversations
def _conversations(ctx: Context) -> list[dict[str, Any]]:
    ws = workspace_of(ctx)
    return [
        c
        for c in ctx.state.kind("conversations").values()
        if c["conversation"]["workspace_id"] == ws.id and c["conversation"]["user_id"] == ctx.user.id
    ]


def _conversation(ctx: Context) -> dict[str, Any]:
    cid = ctx.params["conversation_id"]
    found = next((c for c in _conversations(ctx) if c["conversation"]["conversation_id"] == cid), None)
    if found is None:
        raise fail(404, f"conversation {cid!r} not found")
    return found


@handler("list_agent_conversations")
def list_agent_conversations(ctx: Context) -> Reply:
    """The caller's conversations in the workspace, most recently used first."""
    rows = sorted(_conversations(ctx), key=lambda c: c["conversation"]["last_accessed_at"], reverse=True)
    offset = int_param(ctx, "offset", 0)
    limit = int_param(ctx, "limit", 20)
    page = [copy.deepcopy(c["conversation"]) for c in rows[offset : offset + limit]]
    return ok(ctx, {"conversations": page, "total": len(rows)})


@handler("get_agent_conversation")
def get_agent_conversation(ctx: Context) -> Reply:
    """A conversation's messages."""
    found = _conversation(ctx)
    found["conversation"]["last_accessed_at"] = iso(now())
    messages = copy.deepcopy(found["messages"])
    cid = found["conversation"]["conversation_id"]
    return ok(ctx, {"conversation_id": cid, "messages": messages, "message_count": len(messages)})


@handler("delete_agent_conversation")
def delete_agent_conversation(ctx: Context) -> Reply:
    """Delete a conversation."""
    del ctx.state.kind("conversations")[_conversation(ctx)["conversation"]["conversation_id"]]
    return ok(ctx)


def add_conversation(
    state: State, ws: Workspace, user: User, title: str, messages: list[tuple[str, str]]
) -> str:
    """Store a conversation of ``user`` in ``ws`` with ``(role, content)`` messages; returns its id."""
    with state.lock:
        cid = state.new_id("conv")
        when = iso(now())
        conversation = {
            "conversation_id": cid,
            "user_id": user.id,
            "workspace_id": ws.id,
            "title": title,
            "created_at": when,
            "last_accessed_at": when,
        }
        state.kind("conversations")[cid] = {
            "conversation": conversation,
            "messages": [{"role": role, "content": content} for role, content in messages],
        }
        return cid
