"""State for the operations beside assets: what is created can be read, listed, updated and deleted,
and is gone (404) after a delete."""

from __future__ import annotations

import httpx

from tiledb.client.testing import FakeServer


def test_sso_domains_have_state(client: httpx.Client) -> None:
    created = client.post(
        "/v4/sso/domains",
        json={
            "domain": "example.com",
            "oidc_client_id": "cid",
            "oidc_client_secret": "very-secret-value",
            "oidc_issuer": "https://issuer.example.com",
        },
    )
    assert created.status_code == 201, created.text
    assert "very-secret-value" not in created.text
    uid = created.json()["data"]["uuid"]
    assert client.get(f"/v4/sso/domains/{uid}").json()["data"]["domain"] == "example.com"
    assert [d["uuid"] for d in client.get("/v4/sso/domains").json()["data"]] == [uid]
    updated = client.patch(f"/v4/sso/domains/{uid}", json={"oidc_client_id": "other"})
    assert updated.json()["data"]["oidc_client_id"] == "other"
    check = client.post(f"/v4/sso/domains/{uid}/run_check")
    assert check.json()["status"] == "verified"
    assert client.get(f"/v4/sso/domains/{uid}").json()["data"]["verification_status"] == "verified"
    again = {"domain": "example.com", "oidc_client_id": "c", "oidc_client_secret": "s", "oidc_issuer": "i"}
    assert client.post("/v4/sso/domains", json=again).status_code == 409
    assert client.delete(f"/v4/sso/domains/{uid}").status_code == 204
    assert client.get(f"/v4/sso/domains/{uid}").status_code == 404
    assert client.delete(f"/v4/sso/domains/{uid}").status_code == 404
    assert client.get("/v4/sso/domains").json()["data"] == []


def test_social_logins_have_state(client: httpx.Client) -> None:
    body = {"name": "GitHub", "provider": "github", "client_id": "cid", "client_secret": "sl-secret"}
    created = client.post("/v4/auth/sociallogins", json=body)
    assert created.status_code == 201, created.text
    assert "sl-secret" not in created.text
    sid = created.json()["data"]["id"]
    assert client.get(f"/v4/auth/sociallogins/{sid}").json()["data"]["name"] == "GitHub"
    patched = client.patch(f"/v4/auth/sociallogins/{sid}", json={"name": "Hub", "client_secret": "new"})
    assert patched.status_code == 204
    assert [s["name"] for s in client.get("/v4/auth/sociallogins").json()["data"]] == ["Hub"]
    assert client.delete(f"/v4/auth/sociallogins/{sid}").status_code == 204
    assert client.get(f"/v4/auth/sociallogins/{sid}").status_code == 404


def test_llm_configs_have_state(server: FakeServer, client: httpx.Client) -> None:
    base = f"/v4/agents/config/{server.workspace_name}"
    body = {
        "friendly_name": "team",
        "provider": "openai",
        "models": [{"name": "gpt-4o", "is_default": True}],
        "api_key": "sk-never-shown",
    }
    created = client.post(base, json=body)
    assert created.status_code == 201, created.text
    assert "sk-never-shown" not in created.text
    cid = created.json()["data"]["llmconfig_id"]
    assert client.patch(f"{base}/{cid}", json={"friendly_name": "renamed"}).status_code == 204
    listed = client.get(base).json()["data"]
    assert [(c["llmconfig_id"], c["friendly_name"]) for c in listed] == [(cid, "renamed")]
    assert client.delete(f"{base}/{cid}").status_code == 204
    assert client.get(base).json()["data"] == []
    assert client.delete(f"{base}/{cid}").status_code == 404


def test_onboarding_status_is_kept_per_user(client: httpx.Client) -> None:
    assert client.get("/v4/onboarding").json()["data"] == {"onboarding_completed": False}
    assert client.post("/v4/onboarding", json={"data": {"onboarding_completed": True}}).status_code == 204
    assert client.get("/v4/onboarding").json()["data"] == {"onboarding_completed": True}
    assert client.delete("/v4/onboarding").status_code == 204
    assert client.get("/v4/onboarding").json()["data"] == {"onboarding_completed": False}


def test_versions_answer_the_servers_version(client: httpx.Client) -> None:
    data = client.get("/v4/versions").json()["data"]
    assert data["vcs_revision"] == "fake-server"


def test_an_accepted_invitation_adds_the_member_with_the_invited_role(
    server: FakeServer, client: httpx.Client
) -> None:
    ws = server.workspace_name
    role = {"workspace_id": server.workspace_id, "prospective_role": "admin"}
    invite = {"invitee_email": "bob@example.com", "workspace_invitation": role}
    assert client.post(f"/v4/invitations/admin/{ws}", json=[invite]).status_code == 201
    listed = client.get(f"/v4/invitations/admin/{ws}").json()["data"]
    assert [i["invitee_email"] for i in listed] == ["bob@example.com"]
    iid = listed[0]["invitation_id"]
    jwt = server.state.kind("invitation_jwts")[iid]["jwt"]
    bob_id = server.add_user("bob", "bob-password")
    with httpx.Client(base_url=server.url, auth=("bob", "bob-password"), timeout=10) as bob:
        assert bob.post(f"/v4/invitations/{iid}", json={"jwt": "wrong"}).status_code == 403
        read = bob.post(f"/v4/invitations/{iid}", json={"jwt": jwt})
        assert read.json()["data"]["workspace_invitation"]["prospective_role"] == "admin"
        assert bob.patch(f"/v4/invitations/{iid}", json={"jwt": jwt, "response": "accept"}).status_code == 204
        assert bob.post(f"/v4/invitations/{iid}", json={"jwt": jwt}).status_code == 404
    member = client.get(f"/v4/workspaceusers/{ws}/{bob_id}").json()["data"]
    assert member["role"] == "admin"
    assert client.get(f"/v4/invitations/admin/{ws}").json()["data"] == []


def test_a_declined_or_revoked_invitation_adds_nobody(server: FakeServer, client: httpx.Client) -> None:
    ws = server.workspace_name
    invite = {"invitee_email": "carol@example.com"}
    assert client.post(f"/v4/invitations/admin/{ws}", json=[invite, invite]).status_code == 201
    first, second = (i["invitation_id"] for i in client.get(f"/v4/invitations/admin/{ws}").json()["data"])
    jwt = server.state.kind("invitation_jwts")[first]["jwt"]
    carol_id = server.add_user("carol", "carol-password")
    with httpx.Client(base_url=server.url, auth=("carol", "carol-password"), timeout=10) as carol:
        assert (
            carol.patch(f"/v4/invitations/{first}", json={"jwt": jwt, "response": "reject"}).status_code
            == 204
        )
    assert client.delete(f"/v4/invitations/admin/{ws}/{second}").status_code == 204
    assert client.delete(f"/v4/invitations/admin/{ws}/{second}").status_code == 404
    assert client.get(f"/v4/invitations/admin/{ws}").json()["data"] == []
    assert client.get(f"/v4/workspaceusers/{ws}/{carol_id}").status_code == 404
