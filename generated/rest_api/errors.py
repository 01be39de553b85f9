"""The exceptions of the generated layer.

Every answer outside 2xx becomes an :class:`ApiError`, whatever its body (an ``Error`` document,
an HTML page from a proxy, nothing at all), of the class its status names:

======  ================================
status  class
======  ================================
400     :class:`BadRequestError`
401     :class:`AuthenticationError`
403     :class:`PermissionDeniedError`
404     :class:`NotFoundError`
409     :class:`ConflictError`
422     :class:`UnprocessableEntityError`
429     :class:`RateLimitError`
5xx     :class:`InternalServerError`
other   :class:`ApiError` itself
======  ================================

A request that got no answer at all (refused, reset, timed out) raises :class:`ApiConnectionError`
(:class:`ApiTimeoutError` for a timeout), chained from httpx's exception (``__cause__``). The
object raised is also an instance of that httpx exception's class, so code written to catch
``httpx.ConnectError`` or ``httpx.TimeoutException`` keeps working.

A 2xx answer whose body does not match the spec becomes a :class:`ResponseValidationError`. None of
them ever carries request headers, so no credential can reach a message, a ``repr`` or a log line
through them. All derive from ``tiledb.TileDBError`` and can be pickled.

An argument or request field the spec does not allow (a length, pattern, bound or item count) is
refused before sending with a :class:`ConstraintError`, a ``ValueError``.
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
        return (_rebuild_api_error, (type(self), self.status_code, kwargs))

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, method={self.method!r}, "
            f"path={self.path!r}, request_id={self.request_id!r})"
        )

    @classmethod
    def from_response(cls, response: httpx.Response) -> ApiError:
        """Build the error for a non-2xx answer; never fails on an odd body.

        Called on :class:`ApiError` itself, it gives the subclass the status names (a 404 gives a
        :class:`NotFoundError`); called on a subclass, that subclass.
        """
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
        klass = class_for_status(response.status_code) if cls is ApiError else cls
        return klass(
            response.status_code,
            method=method,
            path=path,
            body=body,
            error=error,
            request_id=request_id,
            headers=response.headers,
        )


def _rebuild_api_error(klass: type[ApiError], status_code: int, kwargs: dict[str, Any]) -> ApiError:
    kwargs["error"] = _parse_error(kwargs["body"])
    return klass(status_code, **kwargs)


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


class BadRequestError(ApiError):
    """The server refused the request as malformed (HTTP 400)."""


class AuthenticationError(ApiError):
    """The request carried no valid credential (HTTP 401)."""


class PermissionDeniedError(ApiError):
    """The credential is valid but may not do this (HTTP 403)."""


class NotFoundError(ApiError):
    """What the request names does not exist, or is hidden from this credential (HTTP 404)."""


class ConflictError(ApiError):
    """The request conflicts with the current state, such as a name already taken (HTTP 409)."""


class UnprocessableEntityError(ApiError):
    """The request was well formed but its content was refused (HTTP 422)."""


class RateLimitError(ApiError):
    """Too many requests: the server asks the client to slow down (HTTP 429)."""


class InternalServerError(ApiError):
    """The server failed (any HTTP 5xx status)."""


#: The class of each status that has one of its own (5xx statuses aside: InternalServerError).
STATUS_CLASSES: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def class_for_status(status_code: int) -> type[ApiError]:
    """The :class:`ApiError` class for an answer of ``status_code``."""
    klass = STATUS_CLASSES.get(status_code)
    if klass is not None:
        return klass
    return InternalServerError if 500 <= status_code < 600 else ApiError


class ApiConnectionError(TileDBError):
    """The request got no answer: the connection was refused, reset or broken, or a proxy failed.

    Raised from httpx's exception (its ``__cause__``); the object raised is an instance of that
    httpx class too (``isinstance(error, httpx.ConnectError)`` holds for a refused connection).

    Attributes:
        method: The HTTP method of the request.
        path: The URL path of the request (no host, no query).
        reason: What httpx reported, as ``"<class>: <message>"``.
    """

    method: str
    path: str
    reason: str

    def __init__(self, reason: str, *, method: str = "", path: str = "") -> None:
        self.reason = reason
        self.method = method
        self.path = path
        # What httpx's exceptions keep, for the httpx class mixed in (see from_exception).
        self._request: httpx.Request | None = None
        where = f"{method} {path}".strip()
        super().__init__(f"{where}: no answer from the server: {reason}" if where else f"no answer: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        httpx_class = next((c for c in type(self).__mro__ if c.__module__.startswith("httpx")), None)
        name = None if httpx_class is None else httpx_class.__name__
        return (_rebuild_connection_error, (_base_of(type(self)), name, self.reason, self.method, self.path))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(method={self.method!r}, path={self.path!r}, reason={self.reason!r})"

    @classmethod
    def from_exception(cls, exc: Exception, request: httpx.Request | None = None) -> ApiConnectionError:
        """The error to raise for httpx's ``exc`` (raise it ``from exc``).

        A timeout gives an :class:`ApiTimeoutError`; either is also of ``exc``'s own httpx class.
        """
        import httpx

        base: type[ApiConnectionError] = ApiTimeoutError if isinstance(exc, httpx.TimeoutException) else cls
        if request is None:
            try:
                request = exc.request if isinstance(exc, httpx.RequestError) else None
            except RuntimeError:
                request = None
        method, path = ("", "") if request is None else (request.method, request.url.path)
        detail = str(exc) or "(no detail)"
        error = _mixed_class(base, type(exc))(f"{type(exc).__name__}: {detail}", method=method, path=path)
        if request is not None:
            error._request = request
        return error


class ApiTimeoutError(ApiConnectionError):
    """The request got no answer in time (connect, read, write or pool timeout)."""


def _base_of(klass: type[ApiConnectionError]) -> type[ApiConnectionError]:
    return ApiTimeoutError if issubclass(klass, ApiTimeoutError) else ApiConnectionError


_MIXED: dict[tuple[type[Any], type[Any]], type[Any]] = {}


def _mixed_class(base: type[ApiConnectionError], httpx_class: type[Any]) -> type[ApiConnectionError]:
    """``base`` mixed with ``httpx_class`` (made once per pair), under ``base``'s name."""
    klass = _MIXED.get((base, httpx_class))
    if klass is None:
        if not isinstance(httpx_class, type) or not issubclass(httpx_class, Exception) or issubclass(httpx_class, base):
            return base
        klass = type(
            base.__name__, (base, httpx_class), {"__module__": base.__module__, "__qualname__": base.__qualname__}
        )
        _MIXED[(base, httpx_class)] = klass
    return klass


def _rebuild_connection_error(
    base: type[ApiConnectionError], httpx_name: str | None, reason: str, method: str, path: str
) -> ApiConnectionError:
    import httpx

    httpx_class = getattr(httpx, httpx_name, None) if httpx_name else None
    klass = base if httpx_class is None else _mixed_class(base, httpx_class)
    return klass(reason, method=method, path=path)


# Users catch them as tiledb.client.ApiError, ... (re-exported there): tracebacks and reprs say so
# too. Pickling still works, since tiledb.client gives the same classes under those names.
for _cls in (
    ApiError,
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    UnprocessableEntityError,
    RateLimitError,
    InternalServerError,
    ApiConnectionError,
    ApiTimeoutError,
):
    _cls.__module__ = "tiledb.client"
del _cls


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


class ConstraintError(ValueError):
    """An argument or model field the spec does not allow (too short, too long, out of bounds, not
    matching its pattern, too few or too many items), refused before anything is sent.

    The message names the argument (``per_page``) or field (``WorkspaceCreateRequest.name``), the
    rule and what was wrong: ``per_page: must be >= 1, got 0``. The value of a secret field (the
    ``secret_fields`` of ``openapi/config.yaml``) is never quoted.

    Attributes:
        field: The argument's or field's name.
        rule: The rule broken, in words (``must be >= 1``).
        problem: What the value was instead (``got 0``).
    """

    def __init__(self, field: str, rule: str, problem: str) -> None:
        self.field = field
        self.rule = rule
        self.problem = problem
        super().__init__(f"{field}: {rule}, {problem}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.field, self.rule, self.problem))


class UnexpectedStatus(Exception):
    """Kept for code written against openapi-python-client's default layer; this layer raises ApiError."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code}")


__all__ = [
    "STATUS_CLASSES",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConstraintError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "class_for_status",
]
