"""Handlers of what a deployment keeps beside workspaces: SSO domains, social logins, onboarding
status, the server's versions; and, per workspace, LLM configurations and invitations."""

from __future__ import annotations

import copy
from typing import Any

from ..state import iso, now
from .base import (
    WS_ADMIN,
    Context,
    Reply,
    fail,
    handler,
    json_body,
    json_list,
    ok,
    paginate,
    require_ws_admin,
    workspace_of,
)

#: What ``get_versions`` answers: the server's own version.
SERVER_VERSIONS = {
    "go_version": "go1.22.5",
    "tiledb_version": "2.27.0",
    "udf_images_version": [],
    "vcs_name": "git",
    "vcs_revision": "fake-server",
    "vcs_time": "2026-01-15T12:00:00Z",
    "build_id": "tiledb-client-testing",
}


def _record(ctx: Context, kind: str, ref: str) -> dict[str, Any]:
    found = ctx.state.kind(kind).get(ref)
    if found is None:
        raise fail(404, f"{kind.rstrip('s').replace('_', ' ')} {ref!r} not found")
    return found


def _require_deployment_admin(ctx: Context, action: str) -> None:
    if ctx.user.role not in WS_ADMIN:
        raise fail(403, f"{action} needs the deployment's owner or admin role")


# -------------------------------------------------------------- SSO domains
def _sso_json(record: dict[str, Any]) -> dict[str, Any]:
    """``SSODomainConfig``; the client secret is never echoed in full."""
    out = copy.deepcopy(record)
    out["oidc_client_secret"] = "********"
    return out


@handler("create_sso_domain")
def create_sso_domain(ctx: Context) -> Reply:
    """Register an OIDC domain; it is unverified until a check succeeds."""
    _require_deployment_admin(ctx, "configuring SSO")
    body = json_body(ctx)
    domains = ctx.state.kind("sso_domains")
    if any(d["domain"] == body["domain"] for d in domains.values()):
        raise fail(409, f"SSO domain {body['domain']!r} already exists")
    uid = ctx.state.new_id("sso")
    record = {
        "uuid": uid,
        "domain": body["domain"],
        "oidc_client_id": body["oidc_client_id"],
        "oidc_client_secret": body["oidc_client_secret"],
        "oidc_issuer": body["oidc_issuer"],
        "verification_status": "unverified",
        "check_results": [],
        "domain_setup": body.get("domain_setup")
        or {"cname_src": f"_tiledb.{body['domain']}", "cname_dst": "verify.tiledb.example", "txt": uid},
    }
    domains[uid] = record
    return ok(ctx, {"data": _sso_json(record)})


@handler("list_sso_domains")
def list_sso_domains(ctx: Context) -> Reply:
    """Every SSO domain of the deployment."""
    return ok(ctx, {"data": [_sso_json(d) for d in ctx.state.kind("sso_domains").values()]})


@handler("get_sso_domain")
def get_sso_domain(ctx: Context) -> Reply:
    """One SSO domain."""
    return ok(ctx, {"data": _sso_json(_record(ctx, "sso_domains", ctx.params["id"]))})


@handler("update_sso_domain")
def update_sso_domain(ctx: Context) -> Reply:
    """Change a domain's OIDC settings."""
    _require_deployment_admin(ctx, "configuring SSO")
    record = _record(ctx, "sso_domains", ctx.params["id"])
    body = json_body(ctx)
    for name in ("oidc_issuer", "oidc_client_id", "oidc_client_secret"):
        if name in body:
            record[name] = body[name]
    return ok(ctx, {"data": _sso_json(record)})


@handler("delete_sso_domain")
def delete_sso_domain(ctx: Context) -> Reply:
    """Remove an SSO domain."""
    _require_deployment_admin(ctx, "configuring SSO")
    _record(ctx, "sso_domains", ctx.params["id"])
    del ctx.state.kind("sso_domains")[ctx.params["id"]]
    return ok(ctx)


@handler("run_sso_domain_check")
def run_sso_domain_check(ctx: Context) -> Reply:
    """Check the domain's DNS records: the fake deployment finds them in place."""
    record = _record(ctx, "sso_domains", ctx.params["id"])
    result = {"status": "verified", "time": iso(now())}
    record["check_results"] = [*record["check_results"], result]
    record["verification_status"] = "verified"
    return ok(ctx, result)


# ------------------------------------------------------------ social logins
@handler("create_social_login")
def create_social_login(ctx: Context) -> Reply:
    """Register a social login provider (its secret is kept, never answered)."""
    _require_deployment_admin(ctx, "configuring social logins")
    body = json_body(ctx)
    sid = ctx.state.new_id("sl")
    record = {"id": sid, "name": body["name"], "provider": body["provider"], "client_id": body["client_id"]}
    ctx.state.kind("social_logins")[sid] = record
    ctx.state.kind("social_login_secrets")[sid] = {"client_secret": body["client_secret"]}
    return ok(ctx, {"data": dict(record)})


@handler("list_social_logins")
def list_social_logins(ctx: Context) -> Reply:
    """Every social login of the deployment."""
    return ok(ctx, {"data": [dict(r) for r in ctx.state.kind("social_logins").values()]})


@handler("get_social_login")
def get_social_login(ctx: Context) -> Reply:
    """One social login."""
    return ok(ctx, {"data": dict(_record(ctx, "social_logins", ctx.params["id"]))})


@handler("update_social_login")
def update_social_login(ctx: Context) -> Reply:
    """Change a social login's name or client id; its secret is replaced."""
    _require_deployment_admin(ctx, "configuring social logins")
    record = _record(ctx, "social_logins", ctx.params["id"])
    body = json_body(ctx)
    for name in ("name", "client_id"):
        if name in body:
            record[name] = body[name]
    ctx.state.kind("social_login_secrets")[record["id"]] = {"client_secret": body["client_secret"]}
    return ok(ctx)


@handler("delete_social_login")
def delete_social_login(ctx: Context) -> Reply:
    """Remove a social login."""
    _require_deployment_admin(ctx, "configuring social logins")
    _record(ctx, "social_logins", ctx.params["id"])
    del ctx.state.kind("social_logins")[ctx.params["id"]]
    ctx.state.kind("social_login_secrets").pop(ctx.params["id"], None)
    return ok(ctx)


# --------------------------------------------------------- onboarding status
@handler("get_onboarding_status")
def get_onboarding_status(ctx: Context) -> Reply:
    """The caller's onboarding status (not completed until set)."""
    status = ctx.state.user_records.get("onboarding", {}).get(ctx.user.id, {"onboarding_completed": False})
    return ok(ctx, {"data": dict(status)})


@handler("set_onboarding_status")
def set_onboarding_status(ctx: Context) -> Reply:
    """Record the caller's onboarding status."""
    data = json_body(ctx)["data"]
    ctx.state.user_records.setdefault("onboarding", {})[ctx.user.id] = dict(data)
    return ok(ctx)


@handler("delete_onboarding_status")
def delete_onboarding_status(ctx: Context) -> Reply:
    """Forget the caller's onboarding status."""
    ctx.state.user_records.setdefault("onboarding", {}).pop(ctx.user.id, None)
    return ok(ctx)


@handler("get_versions")
def get_versions(ctx: Context) -> Reply:
    """The server's versions."""
    return ok(ctx, {"data": copy.deepcopy(SERVER_VERSIONS)})


# ----------------------------------------------------------- LLM configs
def _llm_for(ctx: Context) -> dict[str, Any]:
    record = _record(ctx, "llm_configs", ctx.params["llmconfig_id"])
    if record["workspace"]["workspace_id"] != workspace_of(ctx).id:
        raise fail(404, f"LLM configuration {ctx.params['llmconfig_id']!r} not found")
    return record


def _models(ctx: Context, models: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": ctx.state.new_id("llm"), "name": m["name"], "is_default": m["is_default"]} for m in models]


def _one_default(ctx: Context, keep: dict[str, Any]) -> None:
    for other in ctx.state.kind("llm_configs").values():
        if other is not keep and other["workspace"]["workspace_id"] == keep["workspace"]["workspace_id"]:
            other["is_default"] = False


@handler("create_llm_config")
def create_llm_config(ctx: Context) -> Reply:
    """Store an LLM configuration for the workspace (its API key is never answered)."""
    ws = workspace_of(ctx)
    require_ws_admin(ctx, "configuring LLMs")
    body = json_body(ctx)
    cid = ctx.state.new_id("llmc")
    record = {
        "llmconfig_id": cid,
        "workspace": {"workspace_id": ws.id, "name": ws.name},
        "provider": body["provider"],
        "models": _models(ctx, body["models"]),
        "friendly_name": body["friendly_name"],
        "is_default": bool(body.get("is_default", False)),
        "created_at": iso(now()),
        "updated_at": iso(now()),
    }
    ctx.state.kind("llm_configs")[cid] = record
    if record["is_default"]:
        _one_default(ctx, record)
    return ok(ctx, {"data": copy.deepcopy(record)})


@handler("list_llm_configs")
def list_llm_configs(ctx: Context) -> Reply:
    """The workspace's LLM configurations."""
    ws = workspace_of(ctx)
    rows = [r for r in ctx.state.kind("llm_configs").values() if r["workspace"]["workspace_id"] == ws.id]
    return ok(ctx, {"data": copy.deepcopy(rows)})


@handler("update_llm_config")
def update_llm_config(ctx: Context) -> Reply:
    """Change an LLM configuration."""
    require_ws_admin(ctx, "configuring LLMs")
    record = _llm_for(ctx)
    body = json_body(ctx)
    for name in ("friendly_name", "provider", "is_default"):
        if name in body:
            record[name] = body[name]
    if "models" in body:
        record["models"] = _models(ctx, body["models"])
    if record["is_default"]:
        _one_default(ctx, record)
    record["updated_at"] = iso(now())
    return ok(ctx)


@handler("delete_llm_config")
def delete_llm_config(ctx: Context) -> Reply:
    """Remove an LLM configuration."""
    require_ws_admin(ctx, "configuring LLMs")
    del ctx.state.kind("llm_configs")[_llm_for(ctx)["llmconfig_id"]]
    return ok(ctx)


# -------------------------------------------------------------- invitations
@handler("create_invitations")
def create_invitations(ctx: Context) -> Reply:
    """Invite people (by e-mail) into the workspace with a prospective role."""
    ws = workspace_of(ctx)
    require_ws_admin(ctx, "inviting members")
    role = ctx.state.workspace_role(ws, ctx.user) or "member"
    for item in json_list(ctx):
        invite = item.get("workspace_invitation") or {"workspace_id": ws.id, "prospective_role": "member"}
        iid = ctx.state.new_id("inv")
        ctx.state.kind("invitations")[iid] = {
            "invitation_id": iid,
            "invitee_email": item["invitee_email"],
            "created_by": {
                "user_id": ctx.user.id,
                "display_name": ctx.user.display_name,
                "email": ctx.user.email,
                "workspace_role": role,
            },
            "created_at": iso(now()),
            "workspace_invitation": {
                "workspace_id": ws.id,
                "name": ws.name,
                "prospective_role": invite["prospective_role"],
            },
        }
        # What the e-mail would carry: the one secret that lets the invitee read and answer it.
        ctx.state.kind("invitation_jwts")[iid] = {"jwt": "jwt-" + ctx.state.new_id("inv", 32)}
    return ok(ctx)


def _invitations_of(ctx: Context, ws_id: str) -> list[dict[str, Any]]:
    return [
        r
        for r in ctx.state.kind("invitations").values()
        if r["workspace_invitation"]["workspace_id"] == ws_id
    ]


@handler("list_invitations")
def list_invitations(ctx: Context) -> Reply:
    """The workspace's open invitations, paged."""
    ws = workspace_of(ctx)
    require_ws_admin(ctx, "listing invitations")
    page, meta = paginate(ctx, _invitations_of(ctx, ws.id))
    return ok(ctx, {"data": copy.deepcopy(page), "pagination_metadata": meta})


@handler("revoke_invitation")
def revoke_invitation(ctx: Context) -> Reply:
    """Withdraw an open invitation."""
    ws = workspace_of(ctx)
    require_ws_admin(ctx, "revoking invitations")
    iid = ctx.params["invitation_id"]
    if iid not in {r["invitation_id"] for r in _invitations_of(ctx, ws.id)}:
        raise fail(404, f"invitation {iid!r} not found")
    del ctx.state.kind("invitations")[iid]
    ctx.state.kind("invitation_jwts").pop(iid, None)
    return ok(ctx)


def _invitation_by_jwt(ctx: Context) -> dict[str, Any]:
    iid = ctx.params["invitation_id"]
    record = _record(ctx, "invitations", iid)
    secret = ctx.state.kind("invitation_jwts").get(iid, {}).get("jwt")
    if json_body(ctx).get("jwt") != secret:
        raise fail(403, "this invitation token is not valid for that invitation")
    return record


@handler("get_invitation")
def get_invitation(ctx: Context) -> Reply:
    """An invitation, read with the token its e-mail carries."""
    return ok(ctx, {"data": copy.deepcopy(_invitation_by_jwt(ctx))})


@handler("respond_invitation")
def respond_invitation(ctx: Context) -> Reply:
    """Accept (the caller joins the workspace with the invited role) or decline an invitation."""
    record = _invitation_by_jwt(ctx)
    invite = record["workspace_invitation"]
    if json_body(ctx)["response"] == "accept":
        ws = ctx.state.workspaces.get(invite["workspace_id"])
        if ws is None:
            raise fail(404, "the invitation's workspace no longer exists")
        if ctx.user.id not in ws.members:
            inviter = ctx.state.users.get(record["created_by"]["user_id"])
            ctx.state.add_member(ws, ctx.user, invite["prospective_role"], inviter)
    del ctx.state.kind("invitations")[record["invitation_id"]]
    ctx.state.kind("invitation_jwts").pop(record["invitation_id"], None)
    return ok(ctx)
