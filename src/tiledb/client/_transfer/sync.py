"""Copy only what changed between a local folder and a folder of a teamspace, in either direction.

A file is copied when it is missing at the destination, its size differs, or its checksum differs:
the local file's MD5 against a single-part ``ETag`` (an MD5), or, for a multipart ``ETag``
(``"<md5>-<parts>"``), the S3 multipart ``ETag`` computed locally with the part size that gives that
many parts. ``size_only`` compares sizes alone. Checksums are read only for files of equal size.

``delete`` removes destination files the source lacks (files only, under the delete rule of
:mod:`.deletes`: never an array or a folder that holds one); files left out by the filters are
neither copied nor deleted. Filters follow ``aws s3 sync``: every file is in, and each
``exclude``/``include`` pattern that matches a file's path (relative to the folder, ``/``
separated, shell-style ``*``, ``?``, ``[...]``) decides again, the last match winning.
"""

from __future__ import annotations

import fnmatch
import hashlib
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .._highlevel.errors import FilesError
from .deletes import remove
from .listing import FileEntry
from .remote import http
from .target import Target
from .trees import (
    Job,
    TreeProgress,
    check_concurrency,
    download_job,
    local_files,
    make_folders,
    remote_files,
    run_jobs,
    upload_job,
)
from .upload import DEFAULT_PART_SIZE, DEFAULT_THRESHOLD

__all__ = ["Action", "Filter", "SyncResult", "multipart_etag", "sync_tree"]

#: ``("exclude", pattern)`` or ``("include", pattern)``, applied in order.
Filter = tuple[Literal["exclude", "include"], str]
_MIB = 2**20
#: Part sizes tried when a multipart ETag's part count matches none other (common client defaults).
_USUAL_PART_SIZES = (5 * _MIB, 8 * _MIB, 16 * _MIB, 64 * _MIB, 100 * _MIB)


@dataclass(frozen=True)
class Action:
    """One step of a sync: ``"upload"``, ``"download"`` or ``"delete"`` of ``name`` (and why)."""

    kind: str
    name: str
    reason: str
    size: int = 0


@dataclass(frozen=True)
class SyncResult:
    """What a sync did (or, with ``dry_run``, would do), and how many files it left as they were."""

    actions: tuple[Action, ...]
    unchanged: int
    dry_run: bool
    bytes_sent: int = field(default=0)

    @property
    def copied(self) -> list[str]:
        """Names of the files copied (or to copy)."""
        return [a.name for a in self.actions if a.kind != "delete"]

    @property
    def deleted(self) -> list[str]:
        """Names of the destination files deleted (or to delete)."""
        return [a.name for a in self.actions if a.kind == "delete"]


def wanted(name: str, filters: Sequence[Filter]) -> bool:
    """Whether ``name`` passes ``filters`` (the last matching pattern decides; none: it does)."""
    keep = True
    for kind, pattern in filters:
        if fnmatch.fnmatchcase(name, pattern):
            keep = kind == "include"
    return keep


def _md5_parts(path: Path, part_size: int) -> tuple[str, list[bytes]]:
    """The MD5 of the file and the MD5 digest of each ``part_size`` part."""
    whole = hashlib.md5(usedforsecurity=False)
    parts: list[bytes] = []
    with open(path, "rb") as handle:
        while True:
            part = hashlib.md5(usedforsecurity=False)
            left = part_size
            while left:
                chunk = handle.read(min(left, _MIB))
                if not chunk:
                    break
                part.update(chunk)
                whole.update(chunk)
                left -= len(chunk)
            if left == part_size:
                break
            parts.append(part.digest())
            if left:
                break
    return whole.hexdigest(), parts


def multipart_etag(part_digests: Sequence[bytes]) -> str:
    """The S3 multipart ETag of parts with these MD5 digests: ``md5(digests)-count``."""
    joined = hashlib.md5(b"".join(part_digests), usedforsecurity=False).hexdigest()
    return f"{joined}-{len(part_digests)}"


def same_content(path: Path, size: int, etag: str | None, part_size: int) -> bool:
    """Whether the local file matches a remote file of that ETag (``False`` when it can not tell)."""
    if not etag:
        return False
    tag = etag.strip().strip('"').lower()
    digest, _, count_text = tag.partition("-")
    if not count_text:
        return _md5_parts(path, max(size, 1))[0] == digest
    try:
        count = int(count_text)
    except ValueError:
        return False
    sizes = [part_size, DEFAULT_PART_SIZE, *_USUAL_PART_SIZES]
    if count > 0 and size > 0:  # the size that gives exactly that many parts, in whole MiB
        sizes.append(math.ceil(size / count / _MIB) * _MIB)
    for candidate in dict.fromkeys(sizes):  # every size giving that many parts, until one agrees
        fits = candidate > 0 and math.ceil(size / candidate) == count
        if fits and multipart_etag(_md5_parts(path, candidate)[1]) == tag:
            return True
    return False


def sync_tree(
    local: Path,
    remote: Target,
    *,
    upload: bool,
    delete: bool = False,
    filters: Sequence[Filter] = (),
    dry_run: bool = False,
    size_only: bool = False,
    part_size: int = DEFAULT_PART_SIZE,
    threshold: int = DEFAULT_THRESHOLD,
    parallel: int | None = None,
    concurrency: int | None = None,
    progress: TreeProgress | None = None,
    cancel: threading.Event | None = None,
) -> SyncResult:
    """Make the destination (``remote`` if ``upload``, else ``local``) hold what the source holds.

    One recursive listing of the remote folder and one walk of the local one decide; then the
    files to copy go as a tree (:func:`.trees.run_jobs`) and, with ``delete``, the extra files are
    deleted.
    """
    count = check_concurrency(concurrency)
    if upload and not local.is_dir():
        raise FilesError(f"{str(local)!r} is not a local folder: sync copies folders.")
    try:
        listed = {name: entry for name, entry in remote_files(remote) if wanted(name, filters)}
    except FilesError as exc:
        if exc.status_code != 404:
            raise
        listed = {}
    here: dict[str, tuple[Path, int]] = {}
    if local.is_dir():
        for path, name, size in local_files(local)[1]:
            if wanted(name, filters) and not _is_temporary(path):
                here[name] = (path, size)
    elif local.exists():
        raise FilesError(f"{str(local)!r} is a file, not a folder: sync copies folders.")
    actions: list[Action] = []
    unchanged = 0
    source_names = here if upload else listed
    for name in sorted(source_names):
        reason = _why_copy(name, here, listed, size_only, part_size)
        if reason is None:
            unchanged += 1
            continue
        size = here[name][1] if upload else listed[name].size
        actions.append(Action("upload" if upload else "download", name, reason, size))
    if delete:
        extra = sorted(set(listed) - set(here)) if upload else sorted(set(here) - set(listed))
        actions.extend(Action("delete", name, "not in the source") for name in extra)
    if dry_run:
        return SyncResult(tuple(actions), unchanged, True)
    copies = [a for a in actions if a.kind != "delete"]
    client = http()
    jobs: list[Job] = []
    if upload:
        needed: set[str] = set()
        for action in copies:
            parts = action.name.split("/")[:-1]
            needed.update("/".join(parts[:end]) for end in range(1, len(parts) + 1))
        if copies:
            make_folders(remote, sorted(needed), concurrency=count)
        for action in copies:
            path, size = here[action.name]
            jobs.append(
                upload_job(
                    path,
                    action.name,
                    size,
                    remote.child(action.name),
                    client=client,
                    part_size=part_size,
                    threshold=threshold,
                    parallel=parallel,
                )
            )
    else:
        local.mkdir(parents=True, exist_ok=True)
        for action in copies:
            entry = listed[action.name]
            jobs.append(
                download_job(
                    Target(remote.workspace, remote.teamspace, entry.path),
                    action.name,
                    entry.size,
                    local.joinpath(*action.name.split("/")),
                    client=client,
                    part_size=part_size,
                    parallel=parallel,
                )
            )
    run_jobs(jobs, concurrency=count, progress=progress, cancel=cancel, verb="Syncing")
    for action in actions:
        if action.kind != "delete":
            continue
        if upload:
            remove(Target(remote.workspace, remote.teamspace, listed[action.name].path), recursive=False)
        else:
            here[action.name][0].unlink(missing_ok=True)
    sent = sum(a.size for a in copies) if upload else 0
    return SyncResult(tuple(actions), unchanged, False, sent)


def _is_temporary(path: Path) -> bool:
    """A download's temporary file (left by a process killed mid-way): never a source file."""
    name = path.name
    return name.startswith(".") and name.endswith(".part") and name.count(".") >= 3


def _why_copy(
    name: str,
    here: dict[str, tuple[Path, int]],
    listed: dict[str, FileEntry],
    size_only: bool,
    part_size: int,
) -> str | None:
    """Why ``name`` must be copied (``None``: it is the same on both sides)."""
    if name not in here or name not in listed:
        return "missing at the destination"
    path, size = here[name]
    entry = listed[name]
    if size != entry.size:
        return "size differs"
    if size_only:
        return None
    if not same_content(path, size, entry.etag, part_size):
        return "checksum differs"
    return None


# Users import these from tiledb.client.files: tracebacks, reprs and pickles name them there.
SyncResult.__module__ = "tiledb.client.files"
