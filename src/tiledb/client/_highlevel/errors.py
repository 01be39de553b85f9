"""The exceptions of the high-level modules, and the one place that turns API failures into them.

Each module (``assets``, ``folders``, ``files``, ...) raises its own class, named as in the
established client. All derive from :class:`HighLevelError`, itself a
:class:`~tiledb.client.client.ClientError` and a :class:`TileDBCloudError` (the established
client's base, public in ``tiledb.client.tiledb_cloud_error``), so a :class:`tiledb.TileDBError`.
Bad input refused before any request raises the module's ``...ValueError`` class, which is both
the module's error and :class:`ValueError`, so either ``except`` catches it. The generated
layer's :class:`~tiledb.client.rest_api.errors.ApiError` or the network error is kept as
``__cause__`` and its status and request id are copied onto the new exception.
"""

from __future__ import annotations

import functools
import inspect
import json
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import tiledb

from .._errors import ClientError

if TYPE_CHECKING:
    from ..rest_api.errors import ApiError

__all__ = [
    "AssetCreatorError",
    "AssetsError",
    "CredentialsError",
    "FileUploaderError",
    "FilesError",
    "FoldersError",
    "HighLevelError",
    "StorageSettingsError",
    "TeamspacesError",
    "TileDBCloudError",
    "TokensError",
    "UsersError",
    "VersionsError",
    "WorkspacesError",
    "api_exception",
    "maybe_wrap",
    "refused",
    "refusing",
    "translated",
]


class TileDBCloudError(tiledb.TileDBError):
    """An API call failed: the established client's base of every high-level module error.

    ``TileDBCloudError(http_status, json_data=..., body=...)`` describes a failed answer as the
    established client does: the server's ``message`` and ``code`` when the body was a JSON error
    document, a plain sentence for a 404 or any other body.

    :ivar http_status: The HTTP status, ``None`` when there was no answer.
    :ivar json_data: The answer's body parsed as JSON, when it was JSON.
    :ivar body: The answer's raw body, when it was not JSON.
    """

    http_status: int | None = None
    json_data: Any = None
    body: Any = None

    def __init__(self, http_status: int | None = None, *, json_data: Any = None, body: Any = None) -> None:
        self.http_status = http_status
        self.json_data = json_data
        self.body = body
        super().__init__(self._describe())

    def _describe(self) -> str:
        data = self.json_data
        if isinstance(data, dict) and ("message" in data or "code" in data):
            rest = {k: v for k, v in data.items() if k not in ("message", "code")}
            text = f"{data.get('message')} - Code: {data.get('code')}"
            return f"{text} - Extra details: {rest!r}" if rest else text
        if self.http_status == 404:
            return "HTTP 404: resource not found"
        return f"Unknown HTTP {self.http_status} error; response body: {self.body!r}"

    @classmethod
    def from_response(cls, resp: Any) -> TileDBCloudError:
        """The error for a failed answer (an httpx response or anything with ``status``/``data``)."""
        status = getattr(resp, "status_code", None) or getattr(resp, "status", None)
        raw = getattr(resp, "text", None)
        if raw is None:
            raw = getattr(resp, "data", None)
        if isinstance(raw, bytes):
            raw = raw.decode("utf-8", "replace")
        if not isinstance(raw, str):
            return cls(status, body=raw)
        try:
            return cls(status, json_data=json.loads(raw))
        except ValueError:
            return cls(status, body=raw)


class HighLevelError(ClientError, TileDBCloudError):
    """A high-level operation failed.

    :ivar status_code: The HTTP status the server answered, ``None`` when there was no answer
        (a network failure) or the request was refused before it was sent; also readable as
        ``http_status``, the established client's name.
    :ivar request_id: The server's request id, when it gave one.
    """

    request_id: str | None = None

    def __init__(
        self, message: str, *, status_code: int | None = None, request_id: str | None = None
    ) -> None:
        # The message is ours: TileDBCloudError's constructor (which builds one) is skipped.
        tiledb.TileDBError.__init__(self, message)
        self.http_status = status_code
        self.request_id = request_id

    @property
    def status_code(self) -> int | None:
        """The HTTP status the server answered (``None``: no answer, or refused before sending)."""
        return self.http_status

    @status_code.setter
    def status_code(self, value: int | None) -> None:
        self.http_status = value


class AssetsError(HighLevelError):
    """An ``assets`` operation failed."""


class AssetCreatorError(AssetsError):
    """Creating or registering an asset failed."""


class FoldersError(HighLevelError):
    """A ``folders`` operation failed."""


class FilesError(HighLevelError):
    """A ``files`` operation failed."""


class TeamspacesError(HighLevelError):
    """A ``teamspaces`` operation failed."""


class TokensError(HighLevelError):
    """A ``tokens`` operation failed."""


class UsersError(HighLevelError):
    """A ``users`` operation failed."""


class WorkspacesError(HighLevelError):
    """A ``workspaces`` operation failed."""


class StorageSettingsError(HighLevelError):
    """A ``storagesettings`` operation failed."""


class CredentialsError(HighLevelError):
    """A ``credentials`` operation failed."""


class VersionsError(HighLevelError):
    """Reading the server's versions failed."""


class FileUploaderError(FilesError):
    """An upload failed (the established client's name for it)."""


_REFUSED: dict[type[HighLevelError], type[HighLevelError]] = {}


def refused(error: type[HighLevelError], message: str) -> HighLevelError:
    """The exception for bad input refused before any request: both ``error`` and ``ValueError``.

    The established client raises its module error where this client checks arguments first and
    raises ``ValueError``; the class made here is both, so code written either way catches it.
    """
    cls = _REFUSED.get(error)
    if cls is None:

        def reduce(self: HighLevelError) -> tuple[Any, ...]:
            # Pickled as the call that makes it: the class is made here, not found by name.
            return (refused, (error, str(self)))

        namespace = {"__module__": error.__module__, "__doc__": error.__doc__, "__reduce__": reduce}
        cls = _REFUSED.setdefault(error, type(error.__name__, (error, ValueError), namespace))
    return cls(message)


def refusing(error: type[HighLevelError], namespace: MutableMapping[str, Any], names: Iterable[str]) -> None:
    """Make the public functions ``names`` of a module raise :func:`refused` errors for bad input.

    Each function defined in the module (``namespace`` is its ``globals()``) is replaced by one
    that turns a ``ValueError`` it raises (bad input, refused before any request) into an
    exception that is both ``error`` and ``ValueError``, with the same message. Signatures,
    names and docstrings stay those of the function (``functools.wraps``).
    """
    module = namespace["__name__"]
    for name in names:
        func = namespace.get(name)
        if (
            inspect.isfunction(func)
            and func.__module__ == module
            and not inspect.iscoroutinefunction(func)
            and not getattr(func, "__refusing__", False)
        ):
            namespace[name] = _refusing(error, func)


def _refusing(error: type[HighLevelError], func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def checked(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ValueError as exc:
            if isinstance(exc, HighLevelError):
                raise
            converted = refused(error, str(exc))
            raise converted.with_traceback(exc.__traceback__) from None

    checked.__refusing__ = True  # type: ignore[attr-defined]
    return checked


def api_exception() -> type[ApiError]:
    """The generated layer's API error, readable under the established ``ApiException`` names.

    ``except ApiException`` catches what this client raises; ``.status`` and ``.reason`` are
    added beside its ``status_code`` (``.body`` and ``.headers`` it has already).
    """
    from http import HTTPStatus

    from ..rest_api.errors import ApiError

    if not hasattr(ApiError, "status"):

        def status(self: ApiError) -> int:
            return self.status_code

        def reason(self: ApiError) -> str:
            try:
                return HTTPStatus(self.status_code).phrase
            except ValueError:
                return ""

        ApiError.status = property(status)  # type: ignore[attr-defined]
        ApiError.reason = property(reason)  # type: ignore[attr-defined]
    return ApiError


def maybe_wrap(exc: BaseException) -> TileDBCloudError:
    """The established client's helper: ``exc`` as a :class:`TileDBCloudError`, for ``raise ... from``.

    An error of this client's high-level modules is returned as it is; an API error whose body is
    JSON becomes a ``TileDBCloudError`` carrying it; one whose body is not JSON is raised as such a
    ``TileDBCloudError``; anything else is raised again, unchanged.
    """
    if isinstance(exc, TileDBCloudError):
        return exc
    error_type = api_exception()
    if not isinstance(exc, error_type):
        raise exc
    try:
        data = json.loads(exc.body)
    except ValueError:
        raise TileDBCloudError(exc.status_code, body=exc.body) from exc
    return TileDBCloudError(exc.status_code, json_data=data)


def _convert(error: type[HighLevelError], action: str, exc: Exception) -> HighLevelError | None:
    """The high-level error for ``exc``, or ``None`` when ``exc`` is not an API or network failure."""
    # Imported here: this module is imported by every high-level module, and the generated
    # layer and httpx are loaded by the time a request has failed anyway.
    import httpx

    from ..rest_api.errors import ApiConnectionError, ApiError, ResponseValidationError

    if isinstance(exc, ApiConnectionError):
        # No answer: its text names the request and what httpx reported, never a header.
        return error(f"{action} failed: {exc.reason}")
    if isinstance(exc, ApiError | ResponseValidationError):
        # Their text already holds the status, the server's message (or what did not parse) and
        # the request id, and never a request header (so never a credential).
        converted = error(f"{action} failed: {exc}")
        converted.status_code = exc.status_code
        converted.request_id = exc.request_id
        return converted
    if isinstance(exc, httpx.HTTPError):
        # httpx messages name the error and the host, not the request's headers.
        detail = str(exc) or type(exc).__name__
        return error(f"{action} failed: {type(exc).__name__}: {detail}")
    if isinstance(exc, ClientError) and not isinstance(exc, HighLevelError):
        # The session layer's own failure (no session, retry budget spent, ...).
        return error(f"{action} failed: {exc}")
    return None


@contextmanager
def translated(error: type[HighLevelError], action: str) -> Iterator[None]:
    """Turn an API or network failure inside the block into ``error``, chained from it.

    :param error: The module's exception class.
    :param action: What was being done, in words (``"getting asset 'a/b'"``); starts the message.
    """
    try:
        yield
    except Exception as exc:
        converted = _convert(error, action, exc)
        if converted is None:
            raise
        raise converted from exc


# Each class is defined here and imported by its module: tracebacks, reprs and pickles name it
# where users import it from (``tiledb.client.assets.AssetsError``), not by this private module.
for _cls, _module in (
    (AssetsError, "assets"),
    (AssetCreatorError, "assets"),
    (FoldersError, "folders"),
    (FilesError, "files"),
    (TeamspacesError, "teamspaces"),
    (TokensError, "tokens"),
    (UsersError, "users"),
    (WorkspacesError, "workspaces"),
    (StorageSettingsError, "storagesettings"),
    (CredentialsError, "credentials"),
    (VersionsError, "versions"),
    (FileUploaderError, "files"),
    (TileDBCloudError, "tiledb_cloud_error"),
):
    _cls.__module__ = f"tiledb.client.{_module}"
del _cls, _module
