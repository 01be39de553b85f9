"""tiledb.client.tokens against the fake server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tiledb.client import tokens
from tiledb.client.testing import FakeServer


def test_create_list_revoke(hl: FakeServer) -> None:
    expires = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)
    token = tokens.create_token("ci", "*", expires_at=expires)
    assert token.name == "ci" and token.expires_at == expires
    assert token.api_key.startswith("tdb-") and hl.token_for(token.api_key) is not None
    assert token.api_key not in repr(token)
    listed = tokens.list_tokens("api")
    assert {t.name for t in listed} == {"seed-token", "ci"}
    assert all("*" in t.api_key for t in listed)  # keys masked in listings
    assert len(tokens.list_tokens("session")) == 0
    tokens.revoke_token(token)
    assert {t.name for t in tokens.list_tokens("api")} == {"seed-token"}
    with pytest.raises(tokens.TokensError) as caught:
        tokens.revoke_token(token.token_id)
    assert caught.value.status_code == 404


def test_naive_expiry_is_utc_and_scopes(hl: FakeServer) -> None:
    naive = datetime.now(UTC).replace(microsecond=0, tzinfo=None) + timedelta(days=1)
    token = tokens.create_token("reader", "user:read", expires_at=naive)
    assert token.expires_at == naive.replace(tzinfo=UTC) and str(token.scope) == "user:read"


def test_paging(hl: FakeServer) -> None:
    for i in range(25):
        hl.add_token(name=f"t{i}", workspace_id=hl.workspace_id)
    pager = tokens.list_tokens("api", per_page=10)
    assert len(pager) == 26 and len(list(pager)) == 26 and pager[-1].name == "t24"


def test_bad_input(hl: FakeServer) -> None:
    hl.clear_requests()
    with pytest.raises(ValueError):
        tokens.list_tokens("apis")
    with pytest.raises(ValueError):
        tokens.create_token("", "*")
    with pytest.raises(ValueError):
        tokens.create_token("x", "everything")
    with pytest.raises(TypeError):
        tokens.create_token("x", "*", expires_at="tomorrow")  # type: ignore[arg-type]
    with pytest.raises(ValueError) as leaked:
        tokens.revoke_token(hl.token)  # a key, not an id: refused without echoing it
    assert hl.token not in str(leaked.value)
    with pytest.raises(ValueError):
        tokens.revoke_token("")
    assert hl.requests == []
