"""The one rule of what a file delete may touch, shared by ``files``, the fsspec filesystem and the CLI.

* A file is deleted when asked for.
* A folder is deleted only when recursive deletion is asked, or when it holds nothing at all;
  otherwise :class:`NotEmptyError` says what it holds (``'examples' is not empty: 1 array,
  1 group``) and nothing is deleted.
* An asset that is neither a file nor a folder (an array, a group, a notebook...) is never deleted
  on its own path by a file command (:class:`NotAFileError`); inside a folder deleted recursively
  it goes with the folder, and the :class:`Removed` record counts it.

What a folder holds is read from the assets API (the file listing shows files and folders only).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .._highlevel.errors import FilesError, translated
from .remote import asset_type, http
from .target import Target, check, guarded

__all__ = [
    "NotAFileError",
    "NotEmptyError",
    "Removed",
    "assets_inside",
    "describe",
    "remove",
]

#: Statuses of the two refusals (a conflict with what is there, as a server would answer).
CONFLICT = 409


class NotEmptyError(FilesError):
    """A folder holds something and recursive deletion was not asked: nothing was deleted.

    :ivar contents: How many assets of each kind the folder holds directly.
    """

    contents: Counter[str]


class NotAFileError(FilesError):
    """The path is an asset of another kind (an array, a group...): file commands do not delete it.

    :ivar kind: The asset type at the path.
    """

    kind: str


@dataclass(frozen=True)
class Removed:
    """What a delete removed: the target, its own kind and the kinds of everything inside it."""

    target: Target
    kind: str
    inside: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        """``folder 'a/b' with 2 files, 1 array`` or ``file 'a/b.csv'``."""
        text = f"{self.kind} {self.target.path!r}"
        return f"{text} with {describe(self.inside)}" if self.inside else text


_PLURALS = {"file": "files", "folder": "folders", "array": "arrays", "group": "groups"}


def describe(counts: Counter[str]) -> str:
    """``2 files, 1 array`` (kinds in a fixed order: files and folders first, then by name)."""
    order = ["file", "folder", *sorted(k for k in counts if k not in ("file", "folder"))]
    parts = []
    for kind in order:
        n = counts.get(kind, 0)
        if n:
            parts.append(f"{n} {kind if n == 1 else _PLURALS.get(kind, kind + 's')}")
    return ", ".join(parts) or "nothing"


def _children(target: Target) -> list[dict[str, Any]]:
    """The assets directly inside the folder ``target`` (every page of the assets API listing)."""
    from ..rest_api.types import path_segment

    url = (
        f"/v4/assets/list/{path_segment(target.workspace, 'workspace')}/"
        f"{path_segment(target.teamspace, 'teamspace')}/{path_segment(target.path or '/', 'path')}"
    )
    action = f"Listing the assets of {target.label}"
    found: list[dict[str, Any]] = []
    page = 1
    while True:
        query = {"page": str(page), "per_page": "100"}
        response = check(guarded(action, lambda q=query: http().get(url, params=q)), action)  # type: ignore[misc]
        try:
            body = response.json()
            items = list(body.get("data") or [])
            meta = body.get("pagination_metadata") or {}
        except (ValueError, AttributeError, TypeError):
            raise FilesError(f"{action} failed: the answer is not the expected JSON.") from None
        found.extend(i for i in items if isinstance(i, dict))
        total_pages = int(meta.get("total_pages") or 1)
        if page >= total_pages or not items:
            return found
        page += 1


def assets_inside(target: Target, *, recursive: bool) -> list[tuple[str, str]]:
    """``(path, type)`` of the assets inside the folder ``target`` (below it too with ``recursive``)."""
    out: list[tuple[str, str]] = []
    pending = [target]
    while pending:
        folder = pending.pop()
        for item in _children(folder):
            path = str(item.get("path") or "").strip("/")
            kind = str(item.get("type") or "unknown")
            if not path:
                continue
            out.append((path, kind))
            if recursive and kind == "folder":
                pending.append(Target(target.workspace, target.teamspace, path))
    return out


def remove(target: Target, *, recursive: bool) -> Removed:
    """Delete the file or folder at ``target`` under the rule of this module.

    :param recursive: Delete a folder with everything inside it (of any asset type).
    :raises NotEmptyError: A folder holds something and ``recursive`` is false.
    :raises NotAFileError: ``target`` is an asset of another kind than file or folder.
    :raises FilesError: Nothing is at ``target`` (status 404), or the server refused.
    """
    if not target.path:
        raise FilesError(f"{target.label} is a teamspace root: it can not be deleted.", status_code=CONFLICT)
    kind = asset_type(target)  # asked every time: a cached "file" may be a folder by now
    if kind is None:
        raise FilesError(f"{target.label}: no such file or folder.", status_code=404)
    inside: Counter[str] = Counter()
    if kind == "folder":
        inside = Counter(k for _, k in assets_inside(target, recursive=recursive))
        if inside and not recursive:
            full = NotEmptyError(
                f"'{target.path}' is not empty: {describe(inside)}. Nothing was deleted; "
                "delete it recursively to remove it with its contents.",
                status_code=CONFLICT,
            )
            full.contents = inside
            raise full
    elif kind != "file":
        other = NotAFileError(
            f"'{target.path}' is an asset of type {kind}, not a file or folder: "
            "file commands do not delete it (use the assets API). Nothing was deleted.",
            status_code=CONFLICT,
        )
        other.kind = kind
        raise other
    from ..rest_api.api import AssetsApi
    from .sessions import build_api

    with translated(FilesError, f"Deleting {target.label}"):
        build_api(AssetsApi).delete_asset(
            target.workspace, target.teamspace, target.path, delete_assets=False
        )
    return Removed(target, kind, inside)


# Users import these from tiledb.client.files: tracebacks, reprs and pickles name them there.
NotEmptyError.__module__ = "tiledb.client.files"
NotAFileError.__module__ = "tiledb.client.files"
