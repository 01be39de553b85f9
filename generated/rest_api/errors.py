"""The exceptions of the generated layer.

Every answer outside 2xx becomes one :class:`ApiError`, whatever its body (an ``Error`` document,
an HTML page from a proxy, nothing at all). A 2xx answer whose body does not match the spec becomes
a :class:`ResponseValidationError`. Neither ever carries request headers, so no credential can
reach a message, a ``repr`` or a log line through them.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from .models.error import Error

    # TileDB-Py ships no type information; to a type checker its error is a plain Exception.
    TileDBError = Exception
else:
    from tiledb import TileDBError

# Answer headers that carry a request id when the body does not.
_REQUEST_ID_HEADERS = ("x-request-id", "x-tiledb-request-id", "x-amzn-requestid")
_MAX_DETAIL = 200
# Patterns, compiled (and cached by ``re``) when the first error message needs them, not at import.
_WHITESPACE = r"\s+"


def _request_of(response: httpx.Response) -> tuple[str, str]:
    """Method and path (without the query) of the request behind ``response``, if known."""
    try:
        request = response.request
    except RuntimeError:
        return "", ""
    return request.method, request.url.raw_path.split(b"?", 1)[0].decode("ascii", "replace")


_HTML_TITLE = r"(?is)<title[^>]*>(.*?)</title>"
_HTML_TAG = r"<[^>]*>"


def _one_line(text: str) -> str:
    return re.sub(_WHITESPACE, " ", re.sub(_HTML_TAG, " ", text)).strip()


def _snippet(text: str) -> str:
    """A short one-line excerpt of a non-JSON body, for messages.

    Markup is dropped; an HTML page whose heading repeats its title is not repeated.
    """
    title_match = re.search(_HTML_TITLE, text)
    title = _one_line(title_match.group(1)) if title_match else ""
    rest = _one_line(re.sub(_HTML_TITLE, " ", text))
    if title and rest.startswith(title):
        rest = rest[len(title) :].strip()
    text = f"{title} {rest}".strip()
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 3] + "..."


class ApiError(TileDBError):
    """The server answered with a status outside 2xx.

    Attributes:
        status_code: The HTTP status of the answer.
        error: The parsed ``Error`` document, or ``None`` when the body was not one.
        body: The raw body as text (may be empty).
        request_id: The server's request id, from the body or the answer's headers.
        method: The HTTP method of the request.
        path: The URL path of the request (no host, no query).
        headers: The headers of the answer (never those of the request).
    """

    status_code: int
    error: Error | None
    body: str
    request_id: str | None
    method: str
    path: str
    headers: httpx.Headers | dict[str, str]

    def __init__(
        self,
        status_code: int,
        *,
        method: str = "",
        path: str = "",
        body: str = "",
        error: Error | None = None,
        request_id: str | None = None,
        headers: httpx.Headers | dict[str, str] | None = None,
    ) -> None:
        self.status_code = status_code
        self.error = error
        self.body = body
        self.request_id = request_id
        self.method = method
        self.path = path
        self.headers = headers if headers is not None else {}
        super().__init__(self._message())

    @property
    def message(self) -> str:
        """The server's own message (or an excerpt of a non-JSON body); empty when there is none."""
        if self.error is not None and isinstance(self.error.message, str):
            return self.error.message
        return _snippet(self.body)

    def _message(self) -> str:
        where = f"{self.method} {self.path}".strip()
        text = f"HTTP {self.status_code}"
        if where:
            text += f" from {where}"
        detail = self.message
        text += f": {detail}" if detail else ": (empty body)"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        kwargs = {
            "method": self.method,
            "path": self.path,
            "body": self.body,
            "request_id": self.request_id,
            "headers": dict(self.headers),
        }
        return (_rebuild_api_error, (self.status_code, kwargs))

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, method={self.method!r}, "
            f"path={self.path!r}, request_id={self.request_id!r})"
        )

    @classmethod
    def from_response(cls, response: httpx.Response) -> ApiError:
        """Build the error for a non-2xx answer; never fails on an odd body."""
        method, path = _request_of(response)
        try:
            body = response.text
        except Exception:  # an undecodable body must not hide the status
            body = response.content.decode("utf-8", "replace")
        error = _parse_error(body)
        request_id: str | None = None
        if error is not None and isinstance(error.request_id, str) and error.request_id:
            request_id = error.request_id
        else:
            for name in _REQUEST_ID_HEADERS:
                if name in response.headers:
                    request_id = response.headers[name]
                    break
        return cls(
            response.status_code,
            method=method,
            path=path,
            body=body,
            error=error,
            request_id=request_id,
            headers=response.headers,
        )


def _rebuild_api_error(status_code: int, kwargs: dict[str, Any]) -> ApiError:
    kwargs["error"] = _parse_error(kwargs["body"])
    return ApiError(status_code, **kwargs)


def _parse_error(body: str) -> Error | None:
    """The ``Error`` document in ``body``, or ``None`` when the body is not one."""
    if not body.lstrip().startswith("{"):
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict) or "message" not in data:
        return None
    from .models.error import Error

    try:
        return Error.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


# Users catch it as tiledb.client.ApiError (re-exported there): tracebacks and reprs say so too.
# Pickling still works, since tiledb.client gives the same class under that name.
ApiError.__module__ = "tiledb.client"


class ResponseValidationError(TileDBError):
    """A 2xx answer whose body does not match the spec (not JSON, a missing or mistyped field).

    Attributes:
        operation: The operationId of the call.
        status_code: The HTTP status of the answer.
        detail: What did not match.
        request_id: The server's request id from the answer's headers, if any.
    """

    def __init__(self, operation: str, status_code: int, detail: str, request_id: str | None = None) -> None:
        self.operation = operation
        self.status_code = status_code
        self.detail = detail
        self.request_id = request_id
        text = f"{operation}: the HTTP {status_code} answer does not match the API spec: {detail}"
        if request_id:
            text += f" (request id {request_id})"
        super().__init__(text)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.operation, self.status_code, self.detail, self.request_id))

    @classmethod
    def from_exception(cls, operation: str, response: httpx.Response, exc: Exception) -> ResponseValidationError:
        """Describe the parsing failure ``exc`` of ``response`` in words."""
        if isinstance(exc, json.JSONDecodeError):
            detail = f"the body is not valid JSON ({exc.msg} at position {exc.pos})"
        elif isinstance(exc, KeyError):
            detail = f"required field {exc.args[0]!r} is missing"
        else:
            detail = f"{type(exc).__name__}: {exc}"
        request_id = next((response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None)
        return cls(operation, response.status_code, detail, request_id)


class UnexpectedStatus(Exception):
    """Kept for code written against openapi-python-client's default layer; this layer raises ApiError."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code}")


__all__ = ["ApiError", "ResponseValidationError", "UnexpectedStatus"]
