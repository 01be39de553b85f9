"""Handlers of users and API tokens: the caller, sign-up, passwords, e-mail confirmation, tokens."""

from __future__ import annotations

from ..state import Token, User
from .activity import record
from .base import WS_ADMIN, Context, Reply, fail, handler, json_body, ok, paginate, parse_time, user_of
from .views import token_json, user_json, workspace_json


def _log_token(ctx: Context, action: str, token: Token) -> None:
    ws = ctx.state.workspaces.get(token.workspace_id or "")
    if ws is not None:  # the log is a workspace's: a token of no workspace is not in one
        record(ctx.state, ctx.user, action, ws, token=token)


# -------------------------------------------------------------------- users
@handler("get_self_user")
def get_self_user(ctx: Context) -> Reply:
    """The authenticated user and the workspaces they belong to."""
    user = ctx.user
    spaces = [w for w in ctx.state.workspaces.values() if user.id in w.members]
    data = {"user": user_json(user), "workspaces": [workspace_json(ctx.state, w, user) for w in spaces]}
    return ok(ctx, {"data": data})


@handler("create_user")
def create_user(ctx: Context) -> Reply:
    """Sign up a user with a password."""
    body = json_body(ctx)
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
    return ok(ctx, {"data": user_json(user)})


@handler("change_password")
def change_password(ctx: Context) -> Reply:
    """Change the caller's password after checking the current one."""
    body = json_body(ctx)
    if ctx.user.password is None or body.get("current_password") != ctx.user.password:
        raise fail(403, "the current password is wrong")
    if not body.get("new_password"):
        raise fail(400, "the new password must not be empty")
    ctx.user.password = str(body["new_password"])
    return ok(ctx)


def _mail_token(ctx: Context, scope: str) -> Reply:
    """Issue a one-use token of ``scope`` to the named user (what the e-mail would carry).

    The answer is the same whether or not the user exists, as a deployment's is, so that the
    call cannot be used to find out which accounts exist.
    """
    ref = str(json_body(ctx).get("username_or_email") or "")
    user = ctx.state.user(ref) or next((u for u in ctx.state.users.values() if u.email == ref), None)
    if user is not None:
        ctx.state.add_token(user, None, name=scope, scope=scope, kind=scope)
    return ok(ctx)


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
        raise fail(403, f"this needs a {scope} token")
    if ctx.token.scope == scope:
        ctx.token.revoked = True


@handler("confirm_email")
def confirm_email(ctx: Context) -> Reply:
    """Mark the token's user's e-mail address as confirmed."""
    _used_mail_token(ctx, "confirm_email")
    ctx.user.email_confirmed = True
    return ok(ctx)


@handler("reset_password")
def reset_password(ctx: Context) -> Reply:
    """Set a new password for the token's user."""
    password = json_body(ctx).get("new_password")
    if not password:
        raise fail(400, "the new password must not be empty")
    _used_mail_token(ctx, "password_reset")
    ctx.user.password = str(password)
    return ok(ctx)


@handler("get_user")
def get_user(ctx: Context) -> Reply:
    """A user by id or username."""
    return ok(ctx, {"data": user_json(user_of(ctx, ctx.params["user_id"]))})


def _require_self_or_admin(ctx: Context, user: User, action: str) -> None:
    if user.id != ctx.user.id and ctx.user.role not in WS_ADMIN:
        raise fail(403, f"{action} another user needs the deployment's owner or admin role")


@handler("update_user")
def update_user(ctx: Context) -> Reply:
    """Change a user's profile fields (one's own, or anyone's for a deployment admin)."""
    user = user_of(ctx, ctx.params["user_id"])
    body = json_body(ctx)
    _require_self_or_admin(ctx, user, "updating")
    if "role" in body and ctx.user.role not in WS_ADMIN:
        raise fail(403, "changing a deployment role needs the deployment's owner or admin role")
    for name in ("display_name", "email", "timezone", "role"):
        if name in body:
            setattr(user, name, str(body[name]))
    return ok(ctx)


@handler("delete_user")
def delete_user(ctx: Context) -> Reply:
    """Delete a user with their memberships and tokens."""
    user = user_of(ctx, ctx.params["user_id"])
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
    return ok(ctx)


# ------------------------------------------------------------------- tokens
@handler("create_token")
def create_token(ctx: Context) -> Reply:
    """Create an API token for the caller, optionally bound to one workspace.

    Created with a workspace token, the new token is bound to that same workspace.
    """
    body = json_body(ctx)
    ws = None
    if body.get("workspace_id"):
        ws = ctx.state.workspace(str(body["workspace_id"]))
        if ws is None:
            raise fail(404, f"workspace {body['workspace_id']!r} not found")
        if ctx.user.id not in ws.members:
            raise fail(403, f"you are not a member of workspace {ws.name!r}")
    if ctx.token is not None and ctx.token.workspace_id:
        # A workspace token creates tokens of its own workspace only (the default when omitted).
        if ws is None:
            ws = ctx.state.workspaces.get(ctx.token.workspace_id)
        elif ws.id != ctx.token.workspace_id:
            raise fail(403, "a workspace token can only create tokens for its own workspace")
    expires = parse_time(body["expires_at"], "expires_at") if body.get("expires_at") else None
    token = ctx.state.add_token(
        ctx.user, ws, name=body.get("name") or None, scope=str(body["scope"]), expires_at=expires
    )
    _log_token(ctx, "create", token)
    return ok(ctx, {"data": token_json(token, reveal=True)})


@handler("list_tokens")
def list_tokens(ctx: Context) -> Reply:
    """The caller's live tokens of one ``type`` (``api`` or ``session``), keys masked."""
    kind = ctx.query.get("type")
    if kind not in ("api", "session"):
        raise fail(400, "query parameter 'type' must be 'api' or 'session'")
    tokens = [t for t in ctx.state.tokens.values() if t.user_id == ctx.user.id and t.kind == kind and t.valid]
    page, meta = paginate(ctx, tokens)
    return ok(ctx, {"data": [token_json(t, reveal=False) for t in page], "pagination_metadata": meta})


@handler("revoke_token")
def revoke_token(ctx: Context) -> Reply:
    """Revoke one of the caller's tokens; it gets 401 from then on."""
    token = ctx.state.tokens.get(ctx.params["token_id"])
    if token is None or token.user_id != ctx.user.id or token.revoked:
        raise fail(404, f"token {ctx.params['token_id']!r} not found")
    token.revoked = True
    _log_token(ctx, "delete", token)
    return ok(ctx)
