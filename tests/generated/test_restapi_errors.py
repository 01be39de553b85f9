"""Error paths of the generated layer: ``ApiError`` for any non-2xx, ``ResponseValidationError`` for
a 2xx body that does not match the spec, success for any 2xx that carries the documented body."""

from __future__ import annotations

import asyncio
import copy
import pickle
from typing import Any

import httpx
import pytest
from _restapi_support import (
    Examples,
    LoopbackServer,
    Operation,
    Reply,
    build_call,
    operations,
    operations_by_id,
    ref_name,
    schemas,
    success_reply,
)
from tiledb.client.rest_api import api as api_package
from tiledb.client.rest_api import models
from tiledb.client.rest_api.api import AsyncTokensApi, ImagesApi, TokensApi, UsersApi, VersionsApi
from tiledb.client.rest_api.client import Client
from tiledb.client.rest_api.errors import ApiError, ResponseValidationError

import tiledb

API_KEY = "tdb-ws_secret-0123456789abcdefSECRETKEY"
BEARER = "eyJhbGciOiJIUzI1NiJ9.SECRETBEARER.sig"
HTML_502 = (
    "<!DOCTYPE html>\n<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n"
    "<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx/1.25.3</center>\n</body>\n</html>\n"
)


def error_body(message: str = "token not found", request_id: str = "req-1234", code: int = 4040) -> dict:
    return {"code": code, "message": message, "request_id": request_id}


def token_list() -> dict[str, Any]:
    return Examples().build(schemas()["TokenListResponse"])


@pytest.fixture
def secret_client(server: LoopbackServer) -> Any:
    """A client that sends an API key and a bearer token with every request."""
    headers = {"X-TILEDB-REST-API-KEY": API_KEY, "Authorization": f"Bearer {BEARER}"}
    with httpx.Client(base_url=server.url, headers=headers, timeout=10) as http:
        yield Client(base_url=server.url).set_httpx_client(http)


def assert_no_secret(exc: BaseException) -> None:
    texts = [str(exc), repr(exc), *map(str, exc.args), str(pickle.dumps(exc)), str(vars(exc))]
    for text in texts:
        assert API_KEY not in text
        assert BEARER not in text
        assert "SECRET" not in text


# ----------------------------------------------------------------------------------------- ApiError


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500, 503])
def test_json_error_document(server: LoopbackServer, secret_client: Client, status: int) -> None:
    server.reply_json(error_body(), status=status)
    with pytest.raises(ApiError) as info:
        TokensApi(secret_client).list_tokens("api", page=2)
    exc = info.value
    assert isinstance(exc, tiledb.TileDBError)
    assert exc.status_code == status
    assert isinstance(exc.error, models.Error)
    assert exc.error.code == 4040
    assert exc.message == "token not found"
    assert exc.request_id == "req-1234"
    assert (exc.method, exc.path) == ("GET", "/v4/tokens")
    assert str(exc) == f"HTTP {status} from GET /v4/tokens: token not found (request id req-1234)"
    name = type(exc).__name__
    assert (
        repr(exc) == f"{name}(status_code={status}, method='GET', path='/v4/tokens', request_id='req-1234')"
    )
    assert exc.headers["content-type"] == "application/json"
    assert server.last.headers["x-tiledb-rest-api-key"] == API_KEY  # the secret was sent...
    assert_no_secret(exc)  # ...and is nowhere in the error


def test_error_document_with_validation_error(server: LoopbackServer, client: Client) -> None:
    body = error_body("invalid request")
    body["validation_error"] = Examples().build(schemas()["ValidationError"])
    server.reply_json(body, status=422)
    with pytest.raises(ApiError) as info:
        TokensApi(client).list_tokens("api")
    assert info.value.error is not None
    assert info.value.error.to_dict() == body


@pytest.mark.parametrize("status", [502, 503, 504])
def test_html_from_a_proxy(server: LoopbackServer, secret_client: Client, status: int) -> None:
    server.reply(status, HTML_502, "text/html", x_request_id="proxy-rid-9")
    with pytest.raises(ApiError) as info:
        TokensApi(secret_client).revoke_token("tok 1")
    exc = info.value
    assert exc.status_code == status
    assert exc.error is None
    assert exc.body == HTML_502
    assert "502 Bad Gateway" in str(exc)
    assert "nginx/1.25.3" in str(exc)
    assert "<" not in str(exc) and "\n" not in str(exc)
    assert exc.request_id == "proxy-rid-9"  # from the answer's header, the body has none
    assert str(exc).startswith(f"HTTP {status} from DELETE /v4/tokens/tok")
    assert exc.path in ("/v4/tokens/tok 1", "/v4/tokens/tok%201")
    assert_no_secret(exc)


def test_long_html_body_is_cut(server: LoopbackServer, client: Client) -> None:
    server.reply(500, "<html><body>" + "word " * 500 + "</body></html>", "text/html")
    with pytest.raises(ApiError) as info:
        TokensApi(client).list_tokens("api")
    assert len(info.value.message) == 200
    assert info.value.message.endswith("...")
    assert len(info.value.body) > 2000  # the whole body stays available


@pytest.mark.parametrize("status", [502, 500, 404, 401])
def test_empty_body(server: LoopbackServer, secret_client: Client, status: int) -> None:
    server.reply(status)
    with pytest.raises(ApiError) as info:
        VersionsApi(secret_client).get_versions()
    exc = info.value
    assert (exc.status_code, exc.body, exc.error, exc.request_id) == (status, "", None, None)
    assert str(exc) == f"HTTP {status} from GET /v4/versions: (empty body)"
    assert_no_secret(exc)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b'{"detail": "not an Error document"}', "application/json"),
        (b'{"message": "only a message"}', "application/json"),  # required code/request_id missing
        (b'{"message": ', "application/json"),  # truncated JSON
        (b'["a", "list"]', "application/json"),
        (b"\xff\xfe\x00broken utf-8", "text/plain; charset=utf-8"),
        (b"plain text error", None),
    ],
)
def test_odd_error_bodies(
    server: LoopbackServer, client: Client, body: bytes, content_type: str | None
) -> None:
    server.reply(418, body, content_type)
    with pytest.raises(ApiError) as info:
        TokensApi(client).list_tokens("api")
    exc = info.value
    assert exc.status_code == 418
    assert exc.error is None
    assert exc.message  # some excerpt of the body
    assert str(exc).startswith("HTTP 418 from GET /v4/tokens: ")


def test_redirect_not_followed_is_an_error(server: LoopbackServer, client: Client) -> None:
    server.reply(302, b"", None, location="/elsewhere")
    with pytest.raises(ApiError) as info:
        TokensApi(client).list_tokens("api")
    assert info.value.status_code == 302
    assert len(server.requests) == 1


def test_error_for_bytes_and_none_operations(server: LoopbackServer, client: Client) -> None:
    server.reply_json(error_body("no such image"), status=404)
    with pytest.raises(ApiError, match="no such image"):
        ImagesApi(client).get_image("img")
    with pytest.raises(ApiError, match="no such image"):
        TokensApi(client).revoke_token("tok")


def test_api_key_header_parameter_is_not_in_the_error(server: LoopbackServer, client: Client) -> None:
    """``confirm_email`` takes the key as a header parameter; a rejected key stays out of the error."""
    server.reply_json(error_body("invalid, expired or revoked API key"), status=401)
    with pytest.raises(ApiError) as info:
        UsersApi(client).confirm_email(API_KEY)
    assert server.last.headers["x-tiledb-rest-api-key"] == API_KEY
    assert_no_secret(info.value)


def test_async_api_error(server: LoopbackServer) -> None:
    server.reply_json(error_body(), status=404)

    async def run() -> None:
        headers = {"X-TILEDB-REST-API-KEY": API_KEY}
        async with httpx.AsyncClient(base_url=server.url, headers=headers, timeout=10) as http:
            await AsyncTokensApi(Client(base_url=server.url).set_async_httpx_client(http)).list_tokens("api")

    with pytest.raises(ApiError) as info:
        asyncio.run(run())
    assert info.value.status_code == 404
    assert info.value.message == "token not found"
    assert_no_secret(info.value)


@pytest.mark.parametrize("kind", ["json", "html", "empty"])
def test_api_error_pickles(server: LoopbackServer, client: Client, kind: str) -> None:
    if kind == "json":
        server.reply_json(error_body(), status=404, x_request_id="hdr-rid")
    elif kind == "html":
        server.reply(502, HTML_502, "text/html", x_request_id="hdr-rid")
    else:
        server.reply(503)
    with pytest.raises(ApiError) as info:
        TokensApi(client).list_tokens("api")
    exc = info.value
    for clone in (pickle.loads(pickle.dumps(exc)), copy.copy(exc), copy.deepcopy(exc)):
        assert type(clone) is type(exc)
        assert isinstance(clone, tiledb.TileDBError)
        assert str(clone) == str(exc)
        assert repr(clone) == repr(exc)
        for name in ("status_code", "body", "request_id", "method", "path", "message"):
            assert getattr(clone, name) == getattr(exc, name), name
        assert dict(clone.headers) == dict(exc.headers)
        assert (clone.error is None) == (exc.error is None)
        if exc.error is not None:
            assert clone.error.to_dict() == exc.error.to_dict()


def test_api_error_built_by_hand() -> None:
    exc = ApiError(500)
    assert str(exc) == "HTTP 500: (empty body)"
    assert exc.headers == {}
    assert pickle.loads(pickle.dumps(exc)).status_code == 500


# -------------------------------------------------------------------------- ResponseValidationError


@pytest.mark.parametrize(
    ("body", "content_type", "detail"),
    [
        (HTML_502, "text/html", "not valid JSON"),
        ("<html><body>login page</body></html>", "text/html; charset=utf-8", "not valid JSON"),
        ("", "application/json", "not valid JSON"),
        ('{"data": [', "application/json", "not valid JSON"),
        ("null", "application/json", "TypeError"),
        ('"a string"', "application/json", "ValueError"),
    ],
)
def test_2xx_body_that_is_not_the_model(
    server: LoopbackServer, secret_client: Client, body: str, content_type: str, detail: str
) -> None:
    server.reply(200, body, content_type, x_request_id="rid-77")
    with pytest.raises(ResponseValidationError) as info:
        TokensApi(secret_client).list_tokens("api")
    exc = info.value
    assert not isinstance(exc, ApiError)
    assert isinstance(exc, tiledb.TileDBError)
    assert exc.operation == "list_tokens"
    assert exc.status_code == 200
    assert str(exc).startswith("list_tokens: the HTTP 200 answer does not match the API spec: ")
    assert detail in str(exc)
    assert exc.request_id == "rid-77"
    assert_no_secret(exc)
    clone = pickle.loads(pickle.dumps(exc))
    assert (type(clone), str(clone), clone.operation, clone.detail) == (
        ResponseValidationError,
        str(exc),
        exc.operation,
        exc.detail,
    )


MODEL_OPS = [op for op in operations() if op.result_kind == "model"]


def _required(op: Operation) -> list[str]:
    return list(schemas()[ref_name(op.success_schema or {}) or ""].get("required", []))


@pytest.mark.parametrize("op", [op for op in MODEL_OPS if _required(op)], ids=str)
def test_missing_required_field(op: Operation, server: LoopbackServer, client: Client) -> None:
    _, served = success_reply(op)
    field = _required(op)[-1]
    del served[field]
    server.responder = lambda request: Reply.json(served, status=op.success_status)
    call = build_call(op)
    with pytest.raises(ResponseValidationError) as info:
        getattr(getattr(api_package, op.api_class)(client), op.op_id)(*call.args, **call.kwargs)
    assert info.value.operation == op.op_id
    assert f"required field {field!r} is missing" in str(info.value)
    assert str(info.value).startswith(f"{op.op_id}: ")


def test_missing_nested_required_field(server: LoopbackServer, client: Client) -> None:
    body = token_list()
    required = schemas()["APIToken"]["required"]
    del body["data"][0][required[0]]
    server.reply_json(body)
    with pytest.raises(
        ResponseValidationError, match=f"list_tokens: .*required field {required[0]!r} is missing"
    ):
        TokensApi(client).list_tokens("api")


@pytest.mark.parametrize("bad", [7, "text", {"not": "a list"}])
def test_mistyped_field(server: LoopbackServer, client: Client, bad: Any) -> None:
    body = token_list()
    body["data"] = bad
    server.reply_json(body)
    with pytest.raises(ResponseValidationError, match=r"^list_tokens: "):
        TokensApi(client).list_tokens("api")


# ------------------------------------------------------------------------ 2xx other than documented


@pytest.mark.parametrize("status", [200, 201, 202, 203])
def test_any_2xx_with_the_body_is_a_success(server: LoopbackServer, client: Client, status: int) -> None:
    op = operations_by_id()["create_token"]
    assert op.success_status == 201
    answer = Examples().build(schemas()["TokenCreateResponse"])
    server.reply_json(answer, status=status)
    body = models.TokenCreateRequest.from_dict(Examples().build(schemas()["TokenCreateRequest"]))
    result = TokensApi(client).create_token(body)
    assert type(result) is models.TokenCreateResponse
    assert result.to_dict() == answer


@pytest.mark.parametrize(("status", "body"), [(200, b'{"ok": true}'), (202, b""), (204, b"")])
def test_no_content_operation_accepts_any_2xx(
    server: LoopbackServer, client: Client, status: int, body: bytes
) -> None:
    assert operations_by_id()["revoke_token"].result_kind == "none"
    server.reply(status, body, "application/json" if body else None)
    assert TokensApi(client).revoke_token("tok") is None


def test_bytes_operation_with_206(server: LoopbackServer, client: Client) -> None:
    from tiledb.client.rest_api.api import FilesApi

    server.reply(206, b"partial", "application/xml")
    assert FilesApi(client).file_get("ws", "ts", "a/b.txt", range_="bytes=0-6") == b"partial"
    assert server.last.headers["range"] == "bytes=0-6"


def test_enum_value_the_spec_does_not_list(server: LoopbackServer, client: Client) -> None:
    """A newer server's enum value never escapes as a bare ValueError and is never silently lost:
    either the model keeps it (lenient enums) or the call fails with a ResponseValidationError."""
    body = token_list()
    body["data"][0]["scope"] = "widget:admin"
    server.reply_json(body)
    try:
        result = TokensApi(client).list_tokens("api")
    except ResponseValidationError as exc:
        assert exc.operation == "list_tokens"
        assert "widget:admin" in str(exc)
    else:
        assert result.to_dict() == body
        assert result.data[0].scope == "widget:admin"


def test_unregistered_2xx_status_is_a_success(server: LoopbackServer, client: Client) -> None:
    server.reply_json(token_list(), status=299)
    assert type(TokensApi(client).list_tokens("api")) is models.TokenListResponse


def test_unregistered_2xx_status_in_detailed_response(server: LoopbackServer, client: Client) -> None:
    from tiledb.client.rest_api.api.tokens import list_tokens

    server.reply_json(token_list(), status=299)
    response = list_tokens.sync_detailed("api", client=client)
    assert response.status_code == 299
    assert type(response.parsed) is models.TokenListResponse
