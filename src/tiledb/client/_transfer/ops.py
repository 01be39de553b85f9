"""File operations beyond transfers, shared by the fsspec filesystem and the CLI's file commands.

``stat`` (what is at a path), ``delete``, ``move``, ``make_folder`` and ``read_range``, each over
the session's configured client like :mod:`tiledb.client.files`, each failing with a
:class:`FilesError` that carries the server's status (so callers can map it to ``OSError``s).
Nothing here imports fsspec: the CLI uses it without that extra.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from .._highlevel.errors import FilesError, translated
from .deletes import Removed, remove
from .listing import FileEntry, FolderEntry
from .remote import asset_type, create_folder, http, list_entries
from .target import Target, check, guarded, resolve

if TYPE_CHECKING:
    from ..rest_api.api import AssetsApi

__all__ = [
    "Removed",
    "Stat",
    "delete",
    "entries_below",
    "make_folder",
    "move",
    "read_range",
    "stat",
    "target_of",
    "uri_of",
]


@dataclass(frozen=True)
class Stat:
    """What is at a path: ``kind`` is ``"file"``, ``"directory"`` or ``"other"`` (an array, a group)."""

    target: Target
    kind: str
    size: int = 0
    etag: str | None = None
    last_modified: datetime | None = None


def target_of(path: str) -> Target:
    """The target of a ``tiledb://`` URI or a ``workspace/teamspace/path`` string."""
    text = path if path.startswith("tiledb://") else "tiledb://" + path.lstrip("/")
    return resolve(text, None)[0]


def uri_of(target: Target) -> str:
    """``tiledb://workspace/teamspace/path`` for ``target``."""
    return f"tiledb://{target.workspace}/{target.teamspace}/{target.path}".rstrip("/")


def stat(target: Target) -> Stat | None:
    """What is at ``target`` (``None``: nothing). The teamspace root is a directory.

    Looks the entry up in its parent's listing (one request, which gives size and ETag); an
    asset that is neither a file nor a folder is found through the assets API instead.
    """
    if not target.path:
        return Stat(target, "directory")
    parent_path, _, name = target.path.rpartition("/")
    parent = Target(target.workspace, target.teamspace, parent_path)
    try:
        entries = list_entries(parent, recursive=False)
    except FilesError as exc:
        if exc.status_code != 404:
            raise
        entries = []
    for entry in entries:
        if entry.name != name:
            continue
        if isinstance(entry, FolderEntry):
            return Stat(target, "directory")
        return Stat(target, "file", entry.size, entry.etag, entry.last_modified)
    kind = asset_type(target)
    if kind is None:
        return None
    if kind == "folder":
        return Stat(target, "directory")
    if kind == "file":  # not in the listing (a server that lists lazily): ask the file itself
        response = check(guarded("Reading " + target.label, lambda: http().head(target.url())), target.label)
        size = int(response.headers.get("content-length") or 0)
        return Stat(target, "file", size, response.headers.get("etag"))
    return Stat(target, "other")


def delete(target: Target, *, recursive: bool = False) -> Removed:
    """Delete the file or folder at ``target`` under the rule of :mod:`.deletes` (what it removed).

    A folder that holds anything goes only with ``recursive``; an asset of another kind (an
    array, a group) is never deleted on its own path.
    """
    return remove(target, recursive=recursive)


def move(source: Target, dest: Target, kind: str) -> None:
    """Move the file or folder ``source`` to ``dest`` (same teamspace; ``dest`` must not exist).

    A file is renamed by the files API in one request; a folder is moved into ``dest``'s parent
    and renamed by the assets API.
    """
    if (source.workspace, source.teamspace) != (dest.workspace, dest.teamspace):
        raise FilesError(f"Moving {source.label} to {dest.label}: both must be in one teamspace.")
    if not source.path or not dest.path:
        raise FilesError("A teamspace root can not be moved, nor replaced.")
    if kind == "file":
        action = f"Moving {source.label} to {dest.label}"
        headers = {"X-TileDB-Rename-To": dest.path}
        check(
            guarded(action, lambda: http().patch(source.url(), headers=headers)),
            action,
            {409: "Something is already at the destination: remove it first."},
        )
        return
    parent, _, name = dest.path.rpartition("/")
    old_parent, _, old_name = source.path.rpartition("/")
    from ..rest_api.models import AssetsMoveRequest, AssetUpdateRequest

    api = _assets_api()
    with translated(FilesError, f"Moving {source.label} to {dest.label}"):
        current = source.path
        if parent != old_parent:
            body = AssetsMoveRequest(assets_to_add=[source.path], target=parent or "/")
            api.move_assets(source.workspace, source.teamspace, body)
            current = f"{parent}/{old_name}".strip("/")
        if name != old_name:
            api.update_asset(source.workspace, source.teamspace, current, AssetUpdateRequest(name=name))


def _assets_api() -> AssetsApi:
    from ..rest_api.api import AssetsApi
    from .sessions import build_api

    return build_api(AssetsApi)


def make_folder(target: Target, *, parents: bool) -> None:
    """Create the folder ``target`` (and, with ``parents``, each missing folder above it).

    An existing folder is left as it is.
    """
    if not target.path:
        return
    segments = target.path.split("/")
    first = 1 if parents else len(segments)
    for end in range(first, len(segments) + 1):
        create_folder(Target(target.workspace, target.teamspace, "/".join(segments[:end])))


def read_range(
    target: Target, start: int, end: int | None, etag: str | None = None
) -> tuple[bytes, str | None]:
    """Bytes ``start`` up to ``end`` (exclusive; ``None``: to the end) in one ranged request.

    :param etag: The ETag the caller saw first; an answer with another one (the file was
        replaced meanwhile) raises instead of mixing two versions.
    :return: The bytes and the answer's ETag.
    """
    action = f"Reading {target.label}"
    if end is not None and end <= start:
        return b"", etag
    headers = {"Range": f"bytes={start}-{'' if end is None else end - 1}"}
    response = guarded(action, lambda: http().get(target.url(), headers=headers))
    if response.status_code == 416:  # at or past the end of the file
        return b"", etag
    check(response, action)
    seen = response.headers.get("etag")
    if etag is not None and seen is not None and seen != etag:
        raise FilesError(f"{action} failed: the file changed on the server while it was read; open it again.")
    body = response.content
    if response.status_code == 200:  # the whole file despite the Range: keep the part asked for
        body = body[start:end]
    return body, seen


def entries_below(target: Target, *, recursive: bool) -> list[FileEntry | FolderEntry]:
    """The listing of the folder ``target`` without any marker entry of the folder itself."""
    prefix = target.path + "/" if target.path else ""
    return [e for e in list_entries(target, recursive=recursive) if e.path != prefix]
