"""Reading the ListObjectsV2 answer of ``GET /v4/files/{workspace}/{teamspace}`` into typed entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.etree import ElementTree

from .._highlevel.errors import FilesError

__all__ = ["FileEntry", "FolderEntry", "Page", "parse_page"]


@dataclass(frozen=True)
class FileEntry:
    """A file in a listing: its path in the teamspace, size, ETag and last change."""

    path: str
    size: int
    etag: str | None
    last_modified: datetime | None

    @property
    def name(self) -> str:
        """The last segment of :attr:`path`."""
        return self.path.rstrip("/").rpartition("/")[2]


@dataclass(frozen=True)
class FolderEntry:
    """A common prefix of a listing with a delimiter: a folder, its path ending with ``/``."""

    path: str

    @property
    def name(self) -> str:
        """The last segment of :attr:`path`, without the trailing ``/``."""
        return self.path.rstrip("/").rpartition("/")[2]


@dataclass(frozen=True)
class Page:
    """One page of a listing and the token of the next one (``None`` on the last page)."""

    entries: list[FileEntry | FolderEntry]
    next_token: str | None


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _text(element: ElementTree.Element, name: str) -> str | None:
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return None


def _time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def parse_page(content: bytes) -> Page:
    """Parse one ListObjectsV2 document (S3's ``Contents`` or the spec's ``Objects`` elements)."""
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError as exc:
        raise FilesError(
            f"The file listing is not valid XML ({exc}); the server may not support it."
        ) from None
    entries: list[FileEntry | FolderEntry] = []
    for element in root:
        tag = _local(element.tag)
        if tag in ("Contents", "Objects"):
            key = _text(element, "Key")
            if not key:
                continue
            size_text = _text(element, "Size") or "0"
            try:
                size = int(size_text)
            except ValueError:
                raise FilesError(
                    f"The file listing gives {key!r} the size {size_text!r}, not a number."
                ) from None
            entries.append(
                FileEntry(key, size, _text(element, "ETag") or None, _time(_text(element, "LastModified")))
            )
        elif tag == "CommonPrefixes":
            prefix = _text(element, "Prefix")
            if prefix:
                entries.append(FolderEntry(prefix))
    truncated = (_text(root, "IsTruncated") or "").lower() == "true"
    token = _text(root, "NextContinuationToken") or None
    if truncated and not token:
        raise FilesError("The file listing says more pages follow but gives no NextContinuationToken.")
    return Page(entries, token if truncated else None)
