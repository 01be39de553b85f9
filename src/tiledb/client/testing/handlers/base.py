"""The handlers' common ground: the request context, the reply, the registry, lookups and permissions."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from starlette.datastructures import Headers, QueryParams

from ..spec import Operation
from ..state import (
    Asset,
    State,
    StateError,
    Teamspace,
    Token,
    User,
    Workspace,
)

__all__ = ["HANDLERS", "Context", "Reply", "handler"]

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
def fail(status: int, message: str) -> StateError:
    return StateError(status, message)


def ok(ctx: Context, body: Any = None) -> Reply:
    return Reply(ctx.op.success_status, body)


def json_body(ctx: Context) -> dict[str, Any]:
    if not isinstance(ctx.body, dict):
        raise fail(400, "the request body must be a JSON object")
    return ctx.body


def json_list(ctx: Context) -> list[Any]:
    if not isinstance(ctx.body, list):
        raise fail(400, "the request body must be a JSON array")
    return ctx.body


def flag_param(value: str | None) -> bool:
    return value is not None and value.lower() in ("1", "true", "yes", "on")


def int_param(ctx: Context, name: str, default: int) -> int:
    raw = ctx.query.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError:
        raise fail(400, f"query parameter {name!r} must be an integer") from None


def paginate(ctx: Context, items: list[Any]) -> tuple[list[Any], dict[str, int]]:
    page = int_param(ctx, "page", 1)
    per_page = int_param(ctx, "per_page", DEFAULT_PER_PAGE)
    if page < 1 or per_page < 1:
        raise fail(400, "page and per_page must be positive")
    total = len(items)
    start = (page - 1) * per_page
    meta = {
        "page": page,
        "per_page": per_page,
        "total_pages": math.ceil(total / per_page),
        "total_items": total,
    }
    return items[start : start + per_page], meta


def parse_time(value: Any, name: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(str(value))
        return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except (ValueError, OverflowError):
        raise fail(400, f"{name!r} must be an ISO-8601 date-time between the years 1 and 9999") from None


def workspace_of(ctx: Context) -> Workspace:
    if ctx.workspace is None:
        raise fail(404, "workspace not found")
    return ctx.workspace


def teamspace_of(ctx: Context, ref: str | None = None) -> Teamspace:
    ws = workspace_of(ctx)
    ref = ctx.params.get("teamspace") if ref is None else ref
    ts = ctx.state.teamspace(ws, ref or "")
    if ts is None:
        raise fail(404, f"teamspace {ref!r} not found in workspace {ws.name!r}")
    return ts


def scope_teamspace(ctx: Context) -> Teamspace | None:
    ref = ctx.query.get("teamspace_id")
    return teamspace_of(ctx, ref) if ref else None


def user_of(ctx: Context, ref: str) -> User:
    user = ctx.state.user(ref)
    if user is None:
        raise fail(404, f"user {ref!r} not found")
    return user


def asset_of(ctx: Context, ts: Teamspace, ref: str) -> Asset:
    asset = ctx.state.asset(ts, ref)
    if asset is None:
        raise fail(404, f"asset {ref!r} not found")
    return asset


def folder_of(ctx: Context, ts: Teamspace, path: str) -> Asset | None:
    """The folder at ``path`` or with that id (``None`` for the root); 404 if missing or not a folder."""
    path = path.strip("/")
    if not path:
        return None
    folder = ctx.state.asset(ts, path)
    if folder is None or folder.type != "folder":
        raise fail(404, f"folder {path!r} not found")
    return folder


def children_of(ctx: Context, ts: Teamspace, path: str) -> list[Asset]:
    """The assets directly inside the folder at ``path`` (or with that id)."""
    folder = folder_of(ctx, ts, path)
    inside = folder.path if folder is not None else ""
    return [a for a in ctx.state.assets_in(ts) if a.parent == inside]


# ------------------------------------------------------------- permissions
# A deployment's rules, simplified: workspace owners and admins may do anything in the workspace;
# in a teamspace, any member (or anyone, for a public teamspace) reads, owners and editors write,
# owners manage members and the teamspace itself.
WS_ADMIN = ("owner", "admin")
NEEDS = {"read": "a membership", "write": "the owner or editor role", "manage": "the owner role"}


def is_ws_admin(ctx: Context) -> bool:
    return ctx.state.workspace_role(workspace_of(ctx), ctx.user) in WS_ADMIN


def require_ws_admin(ctx: Context, action: str) -> None:
    if not is_ws_admin(ctx):
        raise fail(403, f"{action} needs the owner or admin role in workspace {workspace_of(ctx).name!r}")


def may(ctx: Context, ts: Teamspace, level: str) -> bool:
    if is_ws_admin(ctx):
        return True
    role = ctx.state.teamspace_role(ts, ctx.user)
    if level == "read":
        return role is not None or ts.visibility == "public"
    if level == "write":
        return role in ("owner", "editor")
    return role == "owner"


def teamspace_for(ctx: Context, level: str, ref: str | None = None) -> Teamspace:
    """The request's teamspace, if the caller may act on it at ``level``.

    A private teamspace the caller can not read (not a member, not a workspace owner or admin) is
    answered 404 exactly as one that does not exist, so its existence is not disclosed (the file
    store answers the same); a caller who reads it but lacks the role ``level`` needs gets 403.
    """
    ts = teamspace_of(ctx, ref)
    if not may(ctx, ts, "read"):
        ref = ctx.params.get("teamspace") if ref is None else ref
        raise fail(404, f"teamspace {ref!r} not found in workspace {workspace_of(ctx).name!r}")
    if not may(ctx, ts, level):
        raise fail(403, f"this needs {NEEDS[level]} in teamspace {ts.name!r}")
    return ts
