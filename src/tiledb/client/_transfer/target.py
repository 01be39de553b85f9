"""Where a file call goes: workspace, teamspace and path, from arguments or a ``tiledb://`` URI.

Names are read by the high-level layer's one resolver (:mod:`tiledb.client._highlevel.resolve`). Also
turns transport and API failures into :class:`FilesError` with the server's message, status and
request id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NoReturn, TypeVar

import httpx

from .._highlevel.errors import FilesError

if TYPE_CHECKING:
    from ..rest_api.client import Client as GeneratedClient

__all__ = ["Target", "configured_client", "fail_from", "resolve"]

_T = TypeVar("_T")


@dataclass(frozen=True)
class Target:
    """A workspace, a teamspace and a path inside it (``""`` for the teamspace root)."""

    workspace: str
    teamspace: str
    path: str

    @property
    def label(self) -> str:
        """``workspace/teamspace/path`` for messages."""
        return "/".join(p for p in (self.workspace, self.teamspace, self.path) if p)

    def child(self, name: str) -> Target:
        """The target ``name`` inside this one (a folder)."""
        return Target(self.workspace, self.teamspace, join(self.path, name))

    def url(self) -> str:
        """The ``/v4/files/...`` path of this target (each part one percent-encoded segment)."""
        from ..rest_api.types import path_segment

        workspace = path_segment(self.workspace, "workspace")
        base = f"/v4/files/{workspace}/{path_segment(self.teamspace, 'teamspace')}"
        return f"{base}/{path_segment(self.path, 'path')}" if self.path else base


def join(folder: str, name: str) -> str:
    """``folder/name`` without doubled slashes."""
    folder = folder.strip("/")
    name = name.strip("/")
    return f"{folder}/{name}" if folder else name


def resolve(path: object, teamspace: object, *, what: str = "path") -> tuple[Target, bool]:
    """The target named by ``path`` (and ``teamspace``); also whether it names a folder.

    The high-level layer's one resolver (:func:`tiledb.client._highlevel.resolve.resolve_asset`) reads
    ``path``: relative to the teamspace (a leading ``/`` is optional), a
    ``tiledb://workspace/teamspace/path`` URI (whose workspace is used, and whose teamspace must
    agree with ``teamspace=``) or an ``Asset`` object (by its path). Files are addressed by path,
    so an asset id is refused here. A trailing ``/`` or the teamspace root names a folder.
    """
    from .._highlevel.resolve import resolve_asset

    if isinstance(path, str) and "\\" in path:
        path = path.replace("\\", "/")
    try:
        ref = resolve_asset(path, teamspace, allow_root=True, what=what, prefer_path=True)
    except (ValueError, TypeError) as exc:
        raise FilesError(f"{str(exc)[:1].upper()}{str(exc)[1:]}.") from None
    if ref.asset.startswith("ast_") and "/" not in ref.asset:
        raise FilesError(
            f"{what} {ref.asset!r} is an asset id: files are addressed by their path in the teamspace "
            "(or a tiledb://<workspace>/<teamspace>/<path> URI)."
        )
    folder = ref.is_root or (isinstance(path, str) and path.rstrip().endswith("/"))
    return Target(ref.workspace, ref.teamspace, ref.asset), folder


def configured_client() -> GeneratedClient:
    """The session's generated client (its httpx clients carry retries, TLS, proxies, credentials)."""
    from .sessions import build_api

    return build_api(lambda generated: generated)


def fail_from(exc: BaseException, action: str, hints: dict[int, str] | None = None) -> NoReturn:
    """Raise :class:`FilesError` for ``exc`` (an ``ApiError`` or an httpx error) while doing ``action``."""
    from ..rest_api.errors import ApiError

    if isinstance(exc, FilesError):
        raise exc
    if isinstance(exc, ApiError):
        message = exc.error.message if exc.error is not None and getattr(exc.error, "message", None) else None
        detail = message or (exc.body[:200] if isinstance(exc.body, str) and exc.body else "no message")
        hint = (hints or {}).get(exc.status_code, "")
        where = f"HTTP {exc.status_code}" + (f", request id {exc.request_id}" if exc.request_id else "")
        raise FilesError(
            f"{action} failed: {detail} ({where}).{(' ' + hint) if hint else ''}",
            status_code=exc.status_code,
            request_id=exc.request_id,
        ) from exc
    if isinstance(exc, httpx.HTTPError):
        raise FilesError(f"{action} failed: {type(exc).__name__}: {exc}") from exc
    raise exc


def check(response: httpx.Response, action: str, hints: dict[int, str] | None = None) -> httpx.Response:
    """Return a 2xx ``response``; raise :class:`FilesError` (with the ``ApiError`` as cause) otherwise."""
    if 200 <= response.status_code < 300:
        return response
    from ..rest_api.errors import ApiError

    response.read()
    fail_from(ApiError.from_response(response), action, hints)


def guarded(action: str, call: Callable[[], _T], hints: dict[int, str] | None = None) -> _T:
    """Run ``call``; transport failures become :class:`FilesError`."""
    try:
        return call()
    except httpx.HTTPError as exc:
        fail_from(exc, action, hints)
