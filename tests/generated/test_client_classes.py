"""The generated ``Client``, ``AuthenticatedClient``, ``File`` and ``Response``: plain slotted classes.

They behave as the generator's attrs classes did (constructor, ``with_*`` copies, httpx clients,
context managers, equality), never show a credential in ``repr`` or ``str``, and importing their
modules does not import attrs.
"""

from __future__ import annotations

import asyncio
import io
import json
import subprocess
import sys
from http import HTTPStatus
from typing import Any

import httpx
import pytest
from tiledb.client.rest_api.client import AuthenticatedClient, Client
from tiledb.client.rest_api.types import File, Response

SECRET = "s3cr3t-T0KEN-value"
URL = "https://api.example.test/root"


def _recorder() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    return seen, httpx.MockTransport(answer)


def _shown(client: object) -> list[str]:
    return [repr(client), str(client), f"{client}", f"{client!r}", repr([client]), repr({"c": client})]


# -- no credential in repr / str ---------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["Bearer", "", "Token"])
def test_authenticated_client_never_shows_its_token(prefix: str) -> None:
    client = AuthenticatedClient(URL, SECRET, prefix=prefix, auth_header_name="X-TILEDB-REST-API-KEY")
    texts = _shown(client)
    with client:
        texts += _shown(client)  # once the httpx client (which carries the header) exists
        texts += _shown(client.with_headers({"X-Other": "1"}))
    for text in texts:
        assert SECRET not in text
        assert URL in text
    assert "token=<hidden>" in repr(client)
    assert repr(client).startswith("AuthenticatedClient(")


def test_client_never_shows_header_or_cookie_values() -> None:
    client = Client(
        URL,
        headers={"Authorization": f"Bearer {SECRET}", "X-TILEDB-REST-API-KEY": SECRET},
        cookies={"session": SECRET},
    )
    texts = _shown(client) + _shown(client.with_headers({"X-Api-Key": SECRET}))
    texts += _shown(client.with_cookies({"other": SECRET}))
    for text in texts:
        assert SECRET not in text
        assert URL in text
    assert repr(client).startswith("Client(")


def test_password_in_the_base_url_is_hidden() -> None:
    client = AuthenticatedClient(f"https://alice:{SECRET}@api.example.test:8443/v4?x=1", "tok")
    assert SECRET not in repr(client)
    assert "alice" not in repr(client)
    assert "https://<hidden>@api.example.test:8443/v4?x=1" in repr(client)


# -- constructor -------------------------------------------------------------------------------


def test_constructor_keywords_and_defaults() -> None:
    client = AuthenticatedClient(base_url=URL, token=SECRET)
    assert (client.token, client.prefix, client.auth_header_name) == (SECRET, "Bearer", "Authorization")
    assert client.raise_on_unexpected_status is False
    positional = AuthenticatedClient(URL, SECRET, "Token", "X-Key", raise_on_unexpected_status=True)
    assert (positional.prefix, positional.auth_header_name) == ("Token", "X-Key")
    assert positional.raise_on_unexpected_status is True
    assert Client(URL).raise_on_unexpected_status is False


@pytest.mark.parametrize(
    "build",
    [
        lambda: Client(URL, token=SECRET),  # type: ignore[call-arg]
        lambda: Client(URL, verify=False),  # type: ignore[call-arg]
        lambda: AuthenticatedClient(URL, SECRET, base=URL),  # type: ignore[call-arg]
        lambda: AuthenticatedClient(URL, SECRET, prefx="Token"),  # type: ignore[call-arg]
        lambda: Client(URL, {"a": "b"}),  # type: ignore[call-arg, arg-type]  # cookies: keyword-only
        lambda: AuthenticatedClient(URL, SECRET, "Bearer", "Authorization", {}),  # type: ignore[call-arg, arg-type]
        lambda: AuthenticatedClient(URL),  # type: ignore[call-arg]  # the token is required
    ],
)
def test_constructor_rejects_unknown_or_misplaced_arguments(build: Any) -> None:
    with pytest.raises(TypeError):
        build()


def test_no_new_attributes() -> None:
    for client in (Client(URL), AuthenticatedClient(URL, SECRET)):
        assert not hasattr(client, "__dict__")
        with pytest.raises(AttributeError):
            client.tokn = "x"  # type: ignore[union-attr]


# -- with_headers / with_cookies / with_timeout -------------------------------------------------


def _sent_by(client: Client | AuthenticatedClient, seen: list[httpx.Request]) -> httpx.Request:
    """The request an operation sends through ``client`` (the one path every generated call takes)."""
    from tiledb.client.rest_api.client import send

    send(client, {"method": "GET", "url": "/ping"})
    return seen[-1]


def test_with_methods_return_copies_keeping_credentials_and_connections() -> None:
    seen, transport = _recorder()
    timeout = httpx.Timeout(3.0)
    original = AuthenticatedClient(
        URL,
        SECRET,
        prefix="Token",
        auth_header_name="X-Key",
        headers={"X-A": "a"},
        timeout=timeout,
        follow_redirects=True,
        raise_on_unexpected_status=True,
        httpx_args={"transport": transport},
    )
    new_timeout = httpx.Timeout(7.0)
    copies = [
        original.with_headers({"X-B": "b"}),
        original.with_cookies({"d": "2"}),
        original.with_timeout(new_timeout),
    ]
    for copy in copies:
        assert copy is not original
        assert type(copy) is AuthenticatedClient
        assert (copy.token, copy.prefix, copy.auth_header_name) == (SECRET, "Token", "X-Key")
        assert copy.raise_on_unexpected_status is True
        # One set of connections: the copy uses the original's httpx client.
        assert copy.get_httpx_client() is original.get_httpx_client()
        sent = _sent_by(copy, seen)
        assert sent.headers["x-key"] == f"Token {SECRET}"
        assert sent.headers["x-a"] == "a"
        assert str(sent.url).startswith(URL)

    with_headers, with_cookies, with_timeout = (_sent_by(c, seen) for c in copies)
    assert with_headers.headers["x-b"] == "b"
    assert with_cookies.headers["cookie"] == "d=2"
    assert with_headers.extensions["timeout"] == timeout.as_dict()
    assert with_timeout.extensions["timeout"] == new_timeout.as_dict()
    # The original (and its httpx client) keeps its own settings.
    mine = _sent_by(original, seen)
    assert (mine.headers["x-key"], mine.headers["x-a"]) == (f"Token {SECRET}", "a")
    assert "x-b" not in mine.headers and "cookie" not in mine.headers
    assert mine.extensions["timeout"] == timeout.as_dict()
    assert "x-b" not in original.get_httpx_client().headers


def test_with_methods_chain() -> None:
    seen, transport = _recorder()
    original = Client(URL, headers={"X-A": "a"}, httpx_args={"transport": transport})
    copy = original.with_headers({"X-B": "b"}).with_cookies({"c": "1"}).with_timeout(httpx.Timeout(2.0))
    assert copy is not original
    assert type(copy) is Client
    sent = _sent_by(copy, seen)
    assert (sent.headers["x-a"], sent.headers["x-b"], sent.headers["cookie"]) == ("a", "b", "c=1")
    assert sent.extensions["timeout"] == httpx.Timeout(2.0).as_dict()
    assert "x-b" not in _sent_by(original, seen).headers


def test_with_methods_never_change_httpx_clients_already_built() -> None:
    client = Client(URL)
    http = client.get_httpx_client()
    with http:
        client.with_headers({"X-B": "b"})
        client.with_cookies({"c": "1"})
        client.with_timeout(httpx.Timeout(9.0))
        assert "x-b" not in http.headers
        assert "c" not in http.cookies
        assert http.timeout != httpx.Timeout(9.0)


def test_caller_headers_are_not_changed_by_the_credential() -> None:
    headers = {"X-A": "a"}
    client = AuthenticatedClient(URL, SECRET, headers=headers)
    client.get_httpx_client().close()
    assert headers == {"X-A": "a"}


# -- httpx clients and context managers --------------------------------------------------------


def test_sync_context_manager_sends_the_credential() -> None:
    seen, transport = _recorder()
    client = AuthenticatedClient(URL, SECRET, httpx_args={"transport": transport})
    copy = client.with_headers({"X-B": "b"})
    with client as entered:
        assert entered is client
        with copy as inner:  # a copy owns no connections: leaving it closes nothing
            assert inner is copy
        assert not client.get_httpx_client().is_closed
        _sent_by(copy, seen)
    assert client.get_httpx_client().is_closed
    assert seen[0].headers["authorization"] == f"Bearer {SECRET}"
    assert seen[0].headers["x-b"] == "b"
    assert str(seen[0].url) == f"{URL}/ping"


def test_async_context_manager_sends_the_credential() -> None:
    seen, transport = _recorder()

    async def main() -> bool:
        client = AuthenticatedClient(URL, SECRET, prefix="", httpx_args={"transport": transport})
        async with client as entered:
            assert entered is client
            await client.get_async_httpx_client().get("/ping")
        return client.get_async_httpx_client().is_closed

    assert asyncio.run(main())
    assert seen[0].headers["authorization"] == SECRET


def test_set_httpx_clients_are_used_as_given() -> None:
    client = Client(URL)
    with httpx.Client() as http:
        assert client.set_httpx_client(http) is client
        assert client.get_httpx_client() is http

    async def main() -> None:
        async with httpx.AsyncClient() as ahttp:
            assert client.set_async_httpx_client(ahttp) is client
            assert client.get_async_httpx_client() is ahttp

    asyncio.run(main())


def test_client_equality_and_hashing() -> None:
    assert Client(URL) == Client(URL)
    assert Client(URL) != Client(URL + "/other")
    assert AuthenticatedClient(URL, "a") != AuthenticatedClient(URL, "b")
    assert Client(URL) != AuthenticatedClient(URL, "a")
    with pytest.raises(TypeError):
        hash(Client(URL))


# -- File and Response -------------------------------------------------------------------------


def test_file_equality_repr_and_tuple() -> None:
    payload = io.BytesIO(b"abc")
    a = File(payload=payload, file_name="a.bin", mime_type="application/octet-stream")
    assert a == File(payload, "a.bin", "application/octet-stream")
    assert a != File(payload=payload, file_name="b.bin", mime_type="application/octet-stream")
    assert a != File(payload=io.BytesIO(b"abc"), file_name="a.bin", mime_type="application/octet-stream")
    assert a != ("a.bin", payload, "application/octet-stream")
    assert File(payload=payload) == File(payload=payload, file_name=None, mime_type=None)
    assert repr(a) == f"File(payload={payload!r}, file_name='a.bin', mime_type='application/octet-stream')"
    assert a.to_tuple() == ("a.bin", payload, "application/octet-stream")
    with pytest.raises(TypeError):
        hash(a)
    with pytest.raises(TypeError):
        File(payload=payload, name="a.bin")  # type: ignore[call-arg]


def test_response_equality_and_repr() -> None:
    made = Response[int](status_code=HTTPStatus.OK, content=b"{}", headers={"a": "b"}, parsed=1)
    assert made == Response(HTTPStatus.OK, b"{}", {"a": "b"}, 1)
    assert made == Response(status_code=200, content=b"{}", headers={"a": "b"}, parsed=1)
    assert made != Response(status_code=HTTPStatus.OK, content=b"{}", headers={"a": "b"}, parsed=2)
    assert made != Response(status_code=HTTPStatus.CREATED, content=b"{}", headers={"a": "b"}, parsed=1)
    assert made != (HTTPStatus.OK, b"{}", {"a": "b"}, 1)
    assert repr(made) == (
        "Response(status_code=<HTTPStatus.OK: 200>, content=b'{}', headers={'a': 'b'}, parsed=1)"
    )
    assert (
        repr(Response(299, b"", {}, None))
        == "Response(status_code=299, content=b'', headers={}, parsed=None)"
    )
    with pytest.raises(TypeError):
        hash(made)
    with pytest.raises(TypeError):
        Response(status_code=200, content=b"", headers={})  # type: ignore[call-arg]


# -- import cost -------------------------------------------------------------------------------

_IMPORTS = """
import json, sys
import tiledb, httpx
import tiledb.client.rest_api
before = sorted(m for m in sys.modules if m.split(".")[0] in ("attr", "attrs"))
import tiledb.client.rest_api.client
import tiledb.client.rest_api.types
after = sorted(m for m in sys.modules if m.split(".")[0] in ("attr", "attrs"))
print(json.dumps({"before": before, "after": after}))
"""


def test_client_and_types_do_not_import_attrs() -> None:
    run = subprocess.run([sys.executable, "-c", _IMPORTS], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)
    assert seen["before"] == [], "attrs is imported before the modules under test; the check means nothing"
    assert seen["after"] == []
