"""Small requests about what is on the server: the asset type at a path, folder creation, listings.

Each goes through the session's configured httpx client (retries, redirects, credentials) and
fails with :class:`FilesError` carrying the server's status, so the file functions, the fsspec
filesystem and the CLI share one way of asking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._highlevel.errors import FilesError
from .listing import FileEntry, FolderEntry, parse_page
from .target import Target, check, configured_client, guarded

if TYPE_CHECKING:
    import httpx

__all__ = ["asset_type", "create_folder", "http", "list_entries", "pool_and_parallel", "teamspace_names"]


def http() -> httpx.Client:
    """The session's blocking httpx client (the transport stack of every generated call)."""
    return configured_client().get_httpx_client()


def pool_and_parallel(parallel: int | None) -> tuple[Any, int]:
    """The shared thread pool and how many parts of a file may be in flight (``None``: the default)."""
    from .._session.clients import shared_client

    client = shared_client()
    if parallel is None:
        parallel = min(4, client.threads)
    if isinstance(parallel, bool) or not isinstance(parallel, int) or parallel < 1:
        raise FilesError(f"parallel must be a positive whole number or None, got {parallel!r}.")
    return client.pool, parallel


def _item_path(kind: str, target: Target, last: str) -> str:
    from ..rest_api.types import path_segment

    return (
        f"/v4/{kind}/{path_segment(target.workspace, 'workspace')}/"
        f"{path_segment(target.teamspace, 'teamspace')}/{path_segment(target.path, last)}"
    )


def asset_type(target: Target) -> str | None:
    """The asset type at ``target`` (``None`` when nothing is there)."""
    url = _item_path("assets/item", target, "path")
    action = f"Looking up {target.label}"
    response = guarded(action, lambda: http().get(url))
    if response.status_code == 404:
        return None
    check(response, action)
    try:
        kind = response.json()["data"]["type"]
    except (ValueError, KeyError, TypeError):
        return None
    return str(kind) if kind is not None else None


def create_folder(target: Target) -> None:
    """Create the folder ``target`` (its parent must exist); an existing folder is left as it is."""
    url = _item_path("folders", target, "folder")
    action = f"Creating the folder {target.label}"
    response = guarded(action, lambda: http().post(url, json={"exists_ok": True}))
    check(response, action, {409: "Another kind of asset is at that path: choose another destination."})


def list_entries(
    target: Target, *, recursive: bool, page_size: int | None = None
) -> list[FileEntry | FolderEntry]:
    """Every entry of the folder ``target`` (all pages), below it too with ``recursive``."""
    url = Target(target.workspace, target.teamspace, "").url()
    params: dict[str, str] = {"list-type": "2", "delimiter": "" if recursive else "/"}
    if target.path:
        params["prefix"] = target.path + "/"
    if page_size is not None:
        params["max-keys"] = str(page_size)
    action = f"Listing the files of {target.label}"
    entries: list[FileEntry | FolderEntry] = []
    token: str | None = None
    seen: set[str] = set()
    while True:
        query = dict(params, **({"continuation-token": token} if token else {}))
        response = check(guarded(action, lambda q=query: http().get(url, params=q)), action)  # type: ignore[misc]
        page = parse_page(response.content)
        entries.extend(page.entries)
        if page.next_token is None:
            return entries
        if page.next_token in seen:
            raise FilesError(f"{action} failed: the server repeated a continuation token.")
        seen.add(page.next_token)
        token = page.next_token


def teamspace_names(workspace: str) -> list[str] | None:
    """The names of the teamspaces of ``workspace`` the caller sees (``None``: no such workspace)."""
    from ..rest_api.api import TeamspacesApi
    from ..rest_api.errors import ApiError
    from .sessions import build_api
    from .target import fail_from

    action = f"Listing the teamspaces of {workspace}"
    try:
        answer = build_api(TeamspacesApi).list_teamspaces(workspace)
    except ApiError as exc:
        if exc.status_code in (403, 404):
            return None
        fail_from(exc, action)
    except Exception as exc:  # a transport failure: FilesError like every file request
        fail_from(exc, action)
    return sorted(str(t.name) for t in (answer.data or []))
