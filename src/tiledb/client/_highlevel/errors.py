"""The exceptions of the high-level modules, and the one place that turns API failures into them.

Each module (``assets``, ``folders``, ``files``, ...) raises its own class, named as in the
established client. All derive from :class:`HighLevelError`, itself a
:class:`~tiledb.client.client.ClientError` (so a :class:`tiledb.TileDBError`). The generated
layer's :class:`~tiledb.client.rest_api.errors.ApiError` or the network error is kept as
``__cause__`` and its status and request id are copied onto the new exception.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from .._errors import ClientError

__all__ = [
    "AssetCreatorError",
    "AssetsError",
    "CredentialsError",
    "FilesError",
    "FoldersError",
    "HighLevelError",
    "StorageSettingsError",
    "TeamspacesError",
    "TokensError",
    "UsersError",
    "WorkspacesError",
    "translated",
]


class HighLevelError(ClientError):
    """A high-level operation failed.

    :ivar status_code: The HTTP status the server answered, ``None`` when there was no answer
        (a network failure) or the request was refused before it was sent.
    :ivar request_id: The server's request id, when it gave one.
    """

    status_code: int | None = None
    request_id: str | None = None

    def __init__(
        self, message: str, *, status_code: int | None = None, request_id: str | None = None
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.request_id = request_id


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
):
    _cls.__module__ = f"tiledb.client.{_module}"
del _cls, _module
