"""Redirects through the session layer: credentials kept home, untrusted targets not remembered,
loops ended.

The fake server's second listener is the same address on another port: another origin, and an IP
address has no registrable domain, so it must get no credential (and the redirect is not
remembered). ``localhost`` is a different host from the configured ``127.0.0.1``: a foreign one.
Trusted regional hosts (https, same registrable domain) are exercised in
``tests/transport/test_redirects.py``, under named hosts; the https-to-http downgrade is in
``test_tls.py``.
"""

from __future__ import annotations

import pytest
from tiledb.client.rest_api.api import UsersApi
from tiledb.client.rest_api.errors import ApiError

import tiledb.client as tc
from tiledb.client._http.redirects import RedirectLoopError
from tiledb.client.testing import FakeServer

from .support import API_KEY, FIGURES, SecretWatch, SmallPolicies, wire_since

SELF = "/v4/users/self"


def credentials_of(request: object) -> list[str]:
    headers = request.headers  # type: ignore[attr-defined]
    return [*headers.getlist(API_KEY), *headers.getlist("authorization"), *headers.getlist("cookie")]


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_to_another_port_is_followed_without_the_token(
    status: int, server: FakeServer, alice: str, small_policy: type[SmallPolicies], watch: SecretWatch
) -> None:
    server.faults.add(SELF, "GET", redirect=status, count=2)  # to the regional listener
    mark = len(server.requests)
    with tc.Client() as client:
        api = client.build(UsersApi)
        for _ in range(2):  # not remembered: the second call starts at the configured origin again
            with pytest.raises(ApiError) as info:
                api.get_self_user()
            assert info.value.status_code == 401
            watch.see(info.value, api, client)
            FIGURES.add("clear_error")
    wire = wire_since(server, mark, SELF)
    assert [(r.listener, r.status) for r in wire] == [("main", status), ("regional", 401)] * 2
    assert [credentials_of(r) for r in wire if r.listener == "regional"] == [[], []]
    assert all(request.headers.getlist(API_KEY) == [server.token] for request in wire[::2])


def test_the_token_never_reaches_a_foreign_host(
    server: FakeServer, alice: str, small_policy: type[SmallPolicies], watch: SecretWatch
) -> None:
    """127.0.0.1 redirects to localhost (another host): the request arrives without credentials."""
    foreign = f"http://localhost:{server.regional_port}"
    server.faults.add(SELF, "GET", listener="main", redirect_to=foreign, count=2)
    mark = len(server.requests)
    with tc.Client() as client:
        api = client.build(UsersApi)
        for _ in range(2):  # and it is not remembered: the second call starts at home again
            with pytest.raises(ApiError) as info:
                api.get_self_user()
            assert info.value.status_code == 401
            watch.see(info.value)
            FIGURES.add("clear_error")
    wire = wire_since(server, mark, SELF)
    assert [(r.listener, r.status) for r in wire] == [("main", 307), ("regional", 401)] * 2
    assert [credentials_of(r) for r in wire if r.listener == "regional"] == [[], []]
    assert [r.headers["host"].split(":")[0] for r in wire if r.listener == "regional"] == ["localhost"] * 2


def test_basic_auth_never_reaches_a_foreign_host(
    server: FakeServer, profile_dir: str, small_policy: type[SmallPolicies], watch: SecretWatch
) -> None:
    """The password exchange is redirected to localhost: no Authorization header goes there."""
    tc.configure(
        username=server.username,
        password=server.password,
        workspace=server.workspace_name,
        host=server.url,
        profile_name="pw",
        profile_dir=profile_dir,
    )
    ws_path = f"/v4/workspaces/{server.workspace_name}"
    foreign = f"http://localhost:{server.regional_port}"
    server.faults.add(ws_path, "GET", listener="main", redirect_to=foreign)
    mark = len(server.requests)
    with pytest.raises(tc.LoginError) as info:
        tc.login("pw", profile_dir)
    watch.see(info.value)
    assert "401" in str(info.value)
    wire = wire_since(server, mark, ws_path)
    assert [(r.listener, r.status) for r in wire] == [("main", 307), ("regional", 401)]
    assert credentials_of(wire[0]) and not credentials_of(wire[1])
    FIGURES.add("clear_error")


def test_a_redirect_loop_ends_in_one_clear_error(
    server: FakeServer, alice: str, small_policy: type[SmallPolicies], watch: SecretWatch
) -> None:
    server.faults.add(SELF, "GET", redirect_loop=True, count=None)
    mark = len(server.requests)
    with tc.Client() as client, pytest.raises(RedirectLoopError) as info:
        client.build(UsersApi).get_self_user()
    watch.see(info.value)
    assert "More than 10 redirects" in str(info.value)
    assert len(info.value.chain) == 12  # the first URL, ten followed, the one refused
    assert len(wire_since(server, mark, SELF)) == 11
    FIGURES.add("clear_error")
    # The session layer turns it into a ClientError, caused by the loop.
    with pytest.raises(tc.ClientError) as outer:
        tc.get_user()
    watch.see(outer.value)
    assert isinstance(outer.value.__cause__, RedirectLoopError)
    assert "keeps redirecting" in str(outer.value) and "could not be reached" not in str(outer.value)
    FIGURES.add("clear_error")
