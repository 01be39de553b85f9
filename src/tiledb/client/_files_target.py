"""Where a file call goes: workspace, teamspace and path, from arguments or a ``tiledb://`` URI.

A small parser of our own for now; the high-level layer will share one
resolver later.  Also turns transport and API failures into :class:`FilesError`
with the server's message, status and request id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NoReturn, TypeVar

import httpx

from ._highlevel_errors import FilesError

if TYPE_CHECKING:
    from .rest_api.client import Client as GeneratedClient

__all__ = ["Target", "configured_client", "fail_from", "resolve", "teamspace_ref"]

_T = TypeVar("_T")
SCHEME = "tiledb://"


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
        from .rest_api.types import path_segment

        workspace = path_segment(self.workspace, "workspace")
        base = f"/v4/files/{workspace}/{path_segment(self.teamspace, 'teamspace')}"
        return f"{base}/{path_segment(self.path, 'path')}" if self.path else base


def join(folder: str, name: str) -> str:
    """``folder/name`` without doubled slashes."""
    folder = folder.strip("/")
    name = name.strip("/")
    return f"{folder}/{name}" if folder else name


def teamspace_ref(teamspace: object) -> str | None:
    """A teamspace name or id from a string or a model object (``Teamspace`` and the like)."""
    if teamspace is None:
        return None
    if isinstance(teamspace, str):
        if not teamspace.strip():
            raise FilesError(
                "teamspace must not be empty: pass its name or id, or None with a tiledb:// URI."
            )
        return teamspace.strip()
    for attribute in ("teamspace_id", "id", "name"):
        value = getattr(teamspace, attribute, None)
        if isinstance(value, str) and value:
            return value
    raise FilesError(
        f"teamspace must be a name, an id or a Teamspace object, not {type(teamspace).__name__}."
    )


def _clean_path(path: str, what: str) -> str:
    parts = [p for p in path.replace("\\", "/").split("/") if p]
    if any(p in (".", "..") for p in parts):
        raise FilesError(
            f"{what} {path!r} must not contain '.' or '..' segments: give the path from the teamspace root."
        )
    return "/".join(parts)


def resolve(path: object, teamspace: object, *, what: str = "path") -> tuple[Target, bool]:
    """The target named by ``path`` (and ``teamspace``); also whether it ended with ``/`` (a folder).

    ``path`` is relative to the teamspace (a leading ``/`` is optional) or a
    ``tiledb://workspace/teamspace/path`` URI, whose workspace and teamspace win;
    a ``teamspace=`` that names another one is refused rather than ignored.
    """
    if not isinstance(path, str):
        path = getattr(path, "path", path)  # an Asset model carries its path
    if not isinstance(path, str):
        raise FilesError(f"{what} must be a str path or a tiledb:// URI, not {type(path).__name__}.")
    given = teamspace_ref(teamspace)
    if path.startswith(SCHEME):
        rest = path[len(SCHEME) :]
        workspace, _, rest = rest.partition("/")
        ts, _, inner = rest.partition("/")
        if not workspace or not ts:
            raise FilesError(
                f"The URI {path!r} names no teamspace: write tiledb://<workspace>/<teamspace>/<path>."
            )
        if given is not None and given != ts:
            raise FilesError(
                f"The URI {path!r} names teamspace {ts!r} but teamspace={given!r} was given: "
                "drop one of them."
            )
        return Target(workspace, ts, _clean_path(inner, what)), inner.endswith("/") or not inner
    if given is None:
        raise FilesError(
            f"No teamspace for {path!r}: pass teamspace='<name or id>' or a "
            "tiledb://<workspace>/<teamspace>/<path> URI."
        )
    from .client import get_workspace_id

    return Target(get_workspace_id(), given, _clean_path(path, what)), path.endswith("/") or not path.strip(
        "/"
    )


def configured_client() -> GeneratedClient:
    """The session's generated client (its httpx clients carry retries, TLS, proxies, credentials)."""
    from .client import build

    return build(lambda generated: generated)


def fail_from(exc: BaseException, action: str, hints: dict[int, str] | None = None) -> NoReturn:
    """Raise :class:`FilesError` for ``exc`` (an ``ApiError`` or an httpx error) while doing ``action``."""
    from .rest_api.errors import ApiError

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
    from .rest_api.errors import ApiError

    response.read()
    fail_from(ApiError.from_response(response), action, hints)


def guarded(action: str, call: Callable[[], _T], hints: dict[int, str] | None = None) -> _T:
    """Run ``call``; transport failures become :class:`FilesError`."""
    try:
        return call()
    except httpx.HTTPError as exc:
        fail_from(exc, action, hints)
