"""Files in a teamspace: upload, download, list, presigned URLs.

The established client's ``upload_file``, ``download_file`` and ``upload_tree``
with the same parameters, and more, all through the session's configured
client (its retries, TLS settings, proxies and credentials):

* constant memory whatever the size: a file is read and sent one part at a
  time, and downloaded in chunks straight to disk;
* up to ``threshold`` bytes (8,000,000 by default) in one ``PUT``, larger
  files as an S3-style multipart upload whose parts go in parallel on the
  shared client's thread pool, each retried on its own by the retry policy,
  each ``ETag`` checked against the MD5 of the part; a failed or interrupted
  upload is aborted, leaving no open upload on the server;
* a download goes to a temporary file next to the destination, renamed into
  place when complete; a lost connection resumes from the last byte written,
  and large files come as parallel ranges when one connection alone is slow; a
  file read in one stream is checked against its ``ETag`` when that is an MD5;
* ``progress=`` callbacks: ``(bytes_done, bytes_total)`` for one file (the
  total is ``None`` while unknown, e.g. for a stream), ``(files_done,
  files_total, bytes_done, bytes_total)`` for a tree;
* ``aupload_file``, ``adownload_file``, ``aupload_tree`` and
  ``adownload_tree`` do the same from async code (the transfer runs in a
  worker thread; cancelling the task aborts it cleanly).

Paths are relative to the teamspace (a leading ``/`` is optional), or
``tiledb://<workspace>/<teamspace>/<path>`` URIs; without a URI the workspace
is the session's and ``teamspace=`` (a name, an id or a ``Teamspace``) is
needed.  Every failure is a :class:`FilesError` saying what to change, with the
server's status and request id when the server refused.

**Better than the established client**, which bypassed the configured client,
held downloads in memory, sent parts one at a time without progress, resume,
abort or ETag checks, needed seekable file objects, failed on zero-byte
uploads and on ``download_file`` to a path string, and needed Python 3.12 for
``upload_tree``.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar, Union

from ._highlevel.errors import FilesError, FileUploaderError
from ._highlevel.reexport import API, API_EXCEPTION, MODELS, lazy_names
from ._transfer.deletes import NotAFileError, NotEmptyError
from ._transfer.listing import FileEntry, FolderEntry
from ._transfer.remote import asset_type, http, list_entries, pool_and_parallel
from ._transfer.sync import SyncResult
from ._transfer.target import Target, check, guarded, resolve
from ._transfer.trees import TreeError
from ._transfer.upload import (
    DEFAULT_PART_SIZE,
    DEFAULT_THRESHOLD,
    Source,
    buffer_chunks,
    content_type_soon,
    file_chunks,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ._transfer.deletes import Removed

__all__ = [
    "DEFAULT_PART_SIZE",
    "DEFAULT_THRESHOLD",
    "FileEntry",
    "FileUploaderError",
    "FilesError",
    "FolderEntry",
    "NotAFileError",
    "NotEmptyError",
    "PresignedURL",
    "SyncResult",
    "TreeError",
    "adownload_file",
    "adownload_tree",
    "aupload_file",
    "aupload_tree",
    "delete",
    "download_file",
    "download_tree",
    "list_files",
    "presigned_url",
    "sync",
    "upload_file",
    "upload_tree",
]

_T = TypeVar("_T")

#: ``(bytes_done, bytes_total)``; the total is ``None`` while unknown.
Progress = Callable[[int, int | None], object]
#: ``(files_done, files_total, bytes_done, bytes_total)`` for tree transfers.
TreeProgress = Callable[[int, int, int, int], object]
#: What :func:`upload_file` reads: a local path, bytes-like data or a binary file object.
UploadSource = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, IO[bytes]]
#: Where :func:`download_file` writes: a local path (file or existing folder) or a binary file object.
DownloadDestination = Union[str, "os.PathLike[str]", IO[bytes]]


@dataclass(frozen=True)
class PresignedURL:
    """A URL that reads one file without credentials, until :attr:`expires_at`."""

    url: str
    expires_at: datetime | None

    def __str__(self) -> str:
        return self.url


# --------------------------------------------------------------------------------- helpers
def _open_source(file: object) -> tuple[Source, str | None, Callable[[], None]]:
    """A :class:`Source` for ``file``, its own file name (if any) and a function closing it."""
    if isinstance(file, bytes | bytearray | memoryview):
        view = memoryview(file).cast("B")
        position = 0

        def read(size: int) -> bytes:
            # Read through the caller's buffer: only the part being sent is copied.
            nonlocal position
            chunk = view[position : position + size].tobytes()
            position += len(chunk)
            return chunk

        label = f"{len(view)} bytes"
        return Source(read, len(view), label, buffer_chunks(view)), None, lambda: None
    if isinstance(file, str | os.PathLike):
        local = Path(os.fspath(file))
        if local.is_dir():
            raise FilesError(f"{str(local)!r} is a folder: upload it with upload_tree().")
        try:
            handle = open(local, "rb")  # noqa: SIM115 - closed by the returned function
        except FileNotFoundError:
            raise FilesError(f"No local file {str(local)!r}: check the path.") from None
        except OSError as exc:
            raise FilesError(
                f"The local file {str(local)!r} can not be read: {exc.strerror or exc}."
            ) from None
        status = os.fstat(handle.fileno())
        # A regular file is read again where each part starts; anything else (a FIFO, a device)
        # is read once, as a stream.
        reread = file_chunks(handle, str(local)) if stat.S_ISREG(status.st_mode) else None
        size = status.st_size if reread is not None else None
        return Source(handle.read, size, repr(str(local)), reread), local.name, handle.close
    if isinstance(file, io.TextIOBase):
        raise FilesError("The file object is open in text mode: open it with 'rb' (binary), or pass bytes.")
    reader = getattr(file, "read", None)
    if not callable(reader):
        raise FilesError(
            f"file must be a local path, bytes, bytearray, memoryview or a binary file object, "
            f"not {type(file).__name__}."
        )
    name = getattr(file, "name", None)
    own_name = os.path.basename(name) if isinstance(name, str) and name and not name.startswith("<") else None
    return (
        Source(reader, _remaining(file), repr(name) if own_name else "the file object"),
        own_name,
        lambda: None,
    )


def _remaining(file: Any) -> int | None:
    """Bytes left in a seekable file object; ``None`` for a stream (pipes, sockets, ...)."""
    try:
        if not file.seekable():
            return None
        here = file.tell()
        end = file.seek(0, io.SEEK_END)
        file.seek(here)
        return max(int(end) - int(here), 0)
    except (AttributeError, OSError, ValueError):
        return None


# ---------------------------------------------------------------------------------- upload
def upload_file(
    file: UploadSource,
    path: str,
    *,
    teamspace: object = None,
    content_type: str | None = None,
    progress: Progress | None = None,
    part_size: int = DEFAULT_PART_SIZE,
    threshold: int = DEFAULT_THRESHOLD,
    parallel: int | None = None,
    parents: bool = False,
) -> None:
    """Upload a local file, bytes or a binary file object to a file in a teamspace.

    :param file: A local path, ``bytes``/``bytearray``/``memoryview``, or a
        binary file object (it need not be seekable; it is read from its
        current position and not closed).
    :param path: Destination in the teamspace, or a ``tiledb://`` URI. If it
        is a folder (an existing one, the root ``""``, or a path ending in
        ``/``) the file's own name is appended; bytes and unnamed streams
        need a full path. An existing file is replaced.
    :param teamspace: Teamspace name, id or object (not needed with a URI).
    :param content_type: Media type stored with the file; guessed from the
        name, else ``application/octet-stream``.
    :param progress: Called with ``(bytes_done, bytes_total)`` from the
        calling thread, at the start and after each part.
    :param part_size: Bytes per part of a multipart upload.
    :param threshold: Largest size sent in a single ``PUT``.
    :param parallel: Parts in flight at once (default: 4, at most the pool size).
    :param parents: Create the missing folders above the destination (as
        ``cp`` on the command line and the fsspec filesystem do); by default a
        missing folder is an error, as with the established client.
    :raises FilesError: The source can not be read, the destination is wrong
        (a missing folder, another kind of asset), or the upload failed; a
        multipart upload is aborted first.
    """
    _upload_file(
        file, path, teamspace, content_type, progress, part_size, threshold, parallel, None, parents=parents
    )


def _upload_file(
    file: object,
    path: object,
    teamspace: object,
    content_type: str | None,
    progress: Progress | None,
    part_size: int,
    threshold: int,
    parallel: int | None,
    cancel: threading.Event | None,
    *,
    parents: bool = False,
) -> None:
    from ._transfer.upload import Uploader

    target, folder_hint = resolve(path, teamspace)
    created = False  # the folder above the destination made here: nothing can be at the destination
    if parents:
        from ._transfer.ops import make_folder

        above = (
            target
            if folder_hint
            else Target(target.workspace, target.teamspace, target.path.rpartition("/")[0])
        )
        if above.path and asset_type(above) is None:
            make_folder(above, parents=True)
            created = True
    source, own_name, close = _open_source(file)
    try:
        # The type of the name is guessed while the destination is looked up.
        ctype: Callable[[], str] = (
            functools.partial(str, content_type)
            if content_type
            else content_type_soon(own_name or target.path)
        )
        folder = folder_hint
        if not folder and not created:
            kind = asset_type(target)
            if kind == "folder":
                folder = True
            elif kind not in (None, "file"):
                raise FilesError(
                    f"{target.label} is an asset of type {kind}, not a file: upload to another path."
                )
        if folder:
            if own_name is None:
                raise FilesError(
                    f"{target.label or 'The teamspace root'} is a folder and the data has no file name: "
                    "give the full destination path, e.g. 'folder/name.bin'."
                )
            target = target.child(own_name)
        pool, count = pool_and_parallel(parallel)
        uploader = Uploader(
            http(),
            pool,
            threshold=threshold,
            part_size=part_size,
            parallel=count,
            progress=progress,
            cancel=cancel,
        )
        uploader.upload(source, target, ctype())
    finally:
        close()


# -------------------------------------------------------------------------------- download
def download_file(
    path: str,
    file: DownloadDestination,
    *,
    teamspace: object = None,
    progress: Progress | None = None,
    part_size: int = DEFAULT_PART_SIZE,
    parallel: int | None = None,
) -> None:
    """Download a file of a teamspace to a local path or into a binary file object.

    :param path: The file in the teamspace, or a ``tiledb://`` URI.
    :param file: A local file path (an existing folder gets the file's name
        appended; the folder must exist) or a binary file object, written
        from its current position and not closed. A path is written through
        a temporary file in the same folder and replaced only when complete.
    :param teamspace: Teamspace name, id or object (not needed with a URI).
    :param progress: Called with ``(bytes_done, bytes_total)`` from the calling thread.
    :param part_size: Bytes per range when a large file is fetched in parallel ranges.
    :param parallel: Ranges in flight at once at most (default: 4, at most the
        pool size). When the first range arrives fast enough that the client,
        not the connection, is the limit, the rest comes in one stream instead.
        A file object is always written by one stream, in order.
    :raises FilesError: The file does not exist or is not a file, the local
        folder does not exist, or the download failed after resuming.
    """
    _download_file(path, file, teamspace, progress, part_size, parallel, None)


def _download_file(
    path: object,
    file: object,
    teamspace: object,
    progress: Progress | None,
    part_size: int,
    parallel: int | None,
    cancel: threading.Event | None,
) -> None:
    from ._transfer.download import Downloader

    target, folder_hint = resolve(path, teamspace)
    if folder_hint:
        raise FilesError(
            f"{target.label or 'The teamspace root'} is a folder: download it with download_tree()."
        )
    pool, count = pool_and_parallel(parallel)
    downloader = Downloader(
        http(), pool, range_size=part_size, parallel=count, progress=progress, cancel=cancel
    )
    if isinstance(file, str | os.PathLike):
        dest = Path(os.fspath(file))
        if dest.is_dir():
            dest = dest / target.path.rpartition("/")[2]
        if not dest.parent.is_dir():
            raise FilesError(f"The local folder {str(dest.parent)!r} does not exist: create it first.")
        downloader.to_path(target, dest)
        return
    if isinstance(file, io.TextIOBase):
        raise FilesError("The file object is open in text mode: open it with 'wb' (binary).")
    if not callable(getattr(file, "write", None)):
        raise FilesError(f"file must be a local path or a binary file object, not {type(file).__name__}.")
    downloader.to_stream(target, file)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------------- trees
def upload_tree(
    source: str | os.PathLike[str],
    path: str,
    *,
    teamspace: object = None,
    progress: TreeProgress | None = None,
    part_size: int = DEFAULT_PART_SIZE,
    threshold: int = DEFAULT_THRESHOLD,
    parallel: int | None = None,
    concurrency: int | None = None,
) -> None:
    """Upload the contents of a local folder into a folder of a teamspace, creating its folders.

    ``upload_tree("data", "project")`` makes ``data/a/b.bin`` the file
    ``project/a/b.bin``; ``project`` and the missing folders above it are
    created. Several files go at once (``concurrency``, 8 by default), each
    large one with its parts in parallel (``parallel``). The first failure
    stops the others cleanly (no partial file, no open upload) and is raised
    naming its file and the files not copied; so does Ctrl-C.

    :param progress: Called with ``(files_done, files_total, bytes_done, bytes_total)``
        from the calling thread.
    :param concurrency: Files in flight at once (default 8).
    :raises FilesError: ``source`` is not a folder, or a folder could not be
        created; :class:`~tiledb.client._transfer.trees.TreeError` (a
        ``FilesError``) when a file failed.
    """
    _upload_tree(source, path, teamspace, progress, part_size, threshold, parallel, None, concurrency)


def _upload_tree(
    source: object,
    path: object,
    teamspace: object,
    progress: TreeProgress | None,
    part_size: int,
    threshold: int,
    parallel: int | None,
    cancel: threading.Event | None,
    concurrency: int | None = None,
) -> None:
    from ._transfer import trees

    if not isinstance(source, str | os.PathLike):
        raise FilesError(f"source must be a local folder path, not {type(source).__name__}.")
    root = Path(os.fspath(source))
    if not root.is_dir():
        raise FilesError(f"{str(root)!r} is not a local folder: use upload_file() for a file.")
    target, _ = resolve(path, teamspace)
    trees.upload_tree(
        root,
        target,
        part_size=part_size,
        threshold=threshold,
        parallel=parallel,
        concurrency=concurrency,
        progress=progress,
        cancel=cancel,
    )


def _uri(target: Target) -> str:
    return f"tiledb://{target.workspace}/{target.teamspace}/{target.path}"


def download_tree(
    path: str,
    destination: str | os.PathLike[str],
    *,
    teamspace: object = None,
    progress: TreeProgress | None = None,
    part_size: int = DEFAULT_PART_SIZE,
    parallel: int | None = None,
    concurrency: int | None = None,
) -> None:
    """Download every file under a folder of a teamspace into a local folder.

    ``download_tree("project", "out")`` writes ``project/a/b.bin`` to
    ``out/a/b.bin``, creating local folders (``out`` itself may be new; its
    parent must exist). Several files come at once (``concurrency``, 8 by
    default), each through a temporary file renamed into place when
    complete, so a failure or Ctrl-C leaves no partial file; the first
    failure is raised naming its file and the files not copied.

    :param progress: Called with ``(files_done, files_total, bytes_done, bytes_total)``
        from the calling thread.
    :param concurrency: Files in flight at once (default 8).
    :raises FilesError: The local destination can not be created, or a download failed.
    """
    _download_tree(path, destination, teamspace, progress, part_size, parallel, None, concurrency)


def _download_tree(
    path: object,
    destination: object,
    teamspace: object,
    progress: TreeProgress | None,
    part_size: int,
    parallel: int | None,
    cancel: threading.Event | None,
    concurrency: int | None = None,
) -> None:
    from ._transfer import trees

    if not isinstance(destination, str | os.PathLike):
        raise FilesError(f"destination must be a local folder path, not {type(destination).__name__}.")
    out = Path(os.fspath(destination))
    if out.exists() and not out.is_dir():
        raise FilesError(f"{str(out)!r} is a file, not a folder: choose a folder to download into.")
    if not out.parent.is_dir():
        raise FilesError(f"The local folder {str(out.parent)!r} does not exist: create it first.")
    target, _ = resolve(path, teamspace)
    trees.download_tree(
        target,
        out,
        part_size=part_size,
        parallel=parallel,
        concurrency=concurrency,
        progress=progress,
        cancel=cancel,
    )


# ---------------------------------------------------------------------------------- delete
def delete(path: str, *, teamspace: object = None, recursive: bool = False) -> Removed:
    """Delete a file, or a folder (with ``recursive``, everything inside it too).

    Nothing is deleted that was not asked for: a folder that holds anything
    (files, folders, arrays, groups...) is refused unless ``recursive`` is
    true, with a message saying what it holds; an asset of another kind than
    file or folder is never deleted on its own path (use
    :func:`tiledb.client.assets.delete_asset`), though a folder deleted
    recursively takes the arrays and groups inside it with it.

    :return: What was deleted: its kind and the kinds of what was inside.
    :raises FilesError: Nothing is there (status 404), the folder is not
        empty (:class:`~tiledb.client._transfer.deletes.NotEmptyError`), the
        asset is not a file or folder, or the server refused.
    """
    from ._transfer.deletes import remove

    target, _ = resolve(path, teamspace)
    return remove(target, recursive=recursive)


# ------------------------------------------------------------------------------------ sync
def sync(
    source: str | os.PathLike[str],
    destination: str | os.PathLike[str],
    *,
    teamspace: object = None,
    delete: bool = False,
    exclude: Sequence[str] = (),
    include: Sequence[str] = (),
    dry_run: bool = False,
    size_only: bool = False,
    concurrency: int | None = None,
    progress: TreeProgress | None = None,
) -> SyncResult:
    """Copy what changed from a local folder to a folder of a teamspace, or back.

    The remote side is the ``tiledb://`` URI (or, without one, the side that
    is not an existing local folder, with ``teamspace=``). A file is copied
    when it is missing at the destination, its size differs or its checksum
    differs (MD5 against the ``ETag``; a multipart ``ETag`` is computed
    locally from the file's parts); an unchanged tree sends no file bytes.

    :param delete: Delete destination files the source lacks (files only:
        arrays, groups and what the filters leave out are never touched).
    :param exclude: Shell patterns (``*.tmp``, ``logs/*``) of paths, relative
        to the folder, to leave out.
    :param include: Patterns to take back in, over ``exclude``.
    :param dry_run: Decide and return what would be done; change nothing.
    :param size_only: Compare sizes only (no checksums read).
    :param concurrency: Files in flight at once (default 8).
    :return: The actions (``upload``/``download``/``delete`` with a reason)
        and how many files were already the same.
    :raises FilesError: A side is not a folder, both or neither are remote,
        or a copy failed (a ``TreeError`` naming the file and those not copied).
    """
    from ._transfer.sync import sync_tree

    filters = [("exclude", str(p)) for p in _patterns(exclude, "exclude")]
    filters += [("include", str(p)) for p in _patterns(include, "include")]
    src_remote = isinstance(source, str) and source.startswith("tiledb://")
    dst_remote = isinstance(destination, str) and destination.startswith("tiledb://")
    if src_remote and dst_remote:
        raise FilesError("sync copies between this machine and a teamspace: one side must be local.")
    upload = os.path.isdir(os.fspath(source)) if not src_remote and not dst_remote else dst_remote
    local, remote = (source, destination) if upload else (destination, source)
    target, _ = resolve(remote, teamspace)
    return sync_tree(
        Path(os.fspath(local)),
        target,
        upload=upload,
        delete=delete,
        filters=filters,  # type: ignore[arg-type]
        dry_run=dry_run,
        size_only=size_only,
        concurrency=concurrency,
        progress=progress,
    )


def _patterns(value: object, name: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list | tuple) or not all(isinstance(p, str) for p in value):
        raise FilesError(f"{name} must be a pattern or a list of patterns, not {type(value).__name__}.")
    return list(value)


# --------------------------------------------------------------------------- list, presign
def list_files(
    path: str = "",
    *,
    teamspace: object = None,
    recursive: bool = False,
    page_size: int | None = None,
) -> list[FileEntry | FolderEntry]:
    """List the files (and, unless ``recursive``, the folders) in a folder of a teamspace.

    Every page of the ListObjectsV2 answer is fetched.

    :param path: A folder (``""``: the teamspace root) or a ``tiledb://`` URI.
    :param recursive: Every file below the folder, without folder entries.
    :param page_size: Entries per request (``max-keys``; the server's default if ``None``).
    :return: :class:`FileEntry` and :class:`FolderEntry` items, sorted by path.
    """
    target, _ = resolve(path, teamspace)
    if page_size is not None and (
        isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1
    ):
        raise FilesError(f"page_size must be a positive whole number or None, got {page_size!r}.")
    return list_entries(target, recursive=recursive, page_size=page_size)


def presigned_url(path: str, *, teamspace: object = None) -> PresignedURL:
    """A URL that reads the file without credentials, for a limited time.

    :raises FilesError: The file does not exist or the server gave no URL.
    """
    from xml.etree import ElementTree

    target, _ = resolve(path, teamspace)
    action = f"Getting a presigned URL for {target.label}"
    response = check(guarded(action, lambda: http().get(target.url(), params={"presigned": "true"})), action)
    try:
        root = ElementTree.fromstring(response.content)
    except ElementTree.ParseError:
        raise FilesError(f"{action} failed: the answer is not XML.") from None
    url = root.findtext("SignedUrl")
    if not url:
        raise FilesError(f"{action} failed: the answer has no SignedUrl.")
    expires = root.findtext("ExpiresAt")
    try:
        expires_at = datetime.fromisoformat(expires.replace("Z", "+00:00")) if expires else None
    except ValueError:
        expires_at = None
    return PresignedURL(url.strip(), expires_at)


# ----------------------------------------------------------------------------- async twins
async def _in_thread(run: Callable[[threading.Event], _T]) -> _T:
    """Run a blocking transfer in a worker thread; cancelling the task aborts the transfer."""
    import asyncio  # async callers have it loaded already; blocking ones never pay for it

    cancel = threading.Event()
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(None, run, cancel)
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        cancel.set()
        # The transfer notices, aborts a multipart upload and removes its temp file; the
        # cancellation is what the caller sees, not the transfer's own failure.
        with contextlib.suppress(BaseException):
            await future
        raise


def _loop_callback(callback: Callable[..., object] | None) -> Callable[..., object] | None:
    """``callback`` called on the event loop's thread instead of the worker's."""
    import asyncio

    if callback is None:
        return None
    loop = asyncio.get_running_loop()

    def relay(*args: int | None) -> None:
        loop.call_soon_threadsafe(callback, *args)

    return relay


async def aupload_file(
    file: UploadSource,
    path: str,
    *,
    teamspace: object = None,
    content_type: str | None = None,
    progress: Progress | None = None,
    part_size: int = DEFAULT_PART_SIZE,
    threshold: int = DEFAULT_THRESHOLD,
    parallel: int | None = None,
) -> None:
    """:func:`upload_file` for async code; ``progress`` is called on the event loop."""
    relay = _loop_callback(progress)
    run = functools.partial(
        _upload_file, file, path, teamspace, content_type, relay, part_size, threshold, parallel
    )
    await _in_thread(run)


async def adownload_file(
    path: str,
    file: DownloadDestination,
    *,
    teamspace: object = None,
    progress: Progress | None = None,
    part_size: int = DEFAULT_PART_SIZE,
    parallel: int | None = None,
) -> None:
    """:func:`download_file` for async code; ``progress`` is called on the event loop."""
    relay = _loop_callback(progress)
    run = functools.partial(_download_file, path, file, teamspace, relay, part_size, parallel)
    await _in_thread(run)


async def aupload_tree(
    source: str | os.PathLike[str],
    path: str,
    *,
    teamspace: object = None,
    progress: TreeProgress | None = None,
    part_size: int = DEFAULT_PART_SIZE,
    threshold: int = DEFAULT_THRESHOLD,
    parallel: int | None = None,
    concurrency: int | None = None,
) -> None:
    """:func:`upload_tree` for async code; ``progress`` is called on the event loop."""
    relay = _loop_callback(progress)
    run = functools.partial(
        _upload_tree, source, path, teamspace, relay, part_size, threshold, parallel, concurrency=concurrency
    )
    await _in_thread(run)


async def adownload_tree(
    path: str,
    destination: str | os.PathLike[str],
    *,
    teamspace: object = None,
    progress: TreeProgress | None = None,
    part_size: int = DEFAULT_PART_SIZE,
    parallel: int | None = None,
    concurrency: int | None = None,
) -> None:
    """:func:`download_tree` for async code; ``progress`` is called on the event loop."""
    relay = _loop_callback(progress)
    run = functools.partial(
        _download_tree, path, destination, teamspace, relay, part_size, parallel, concurrency=concurrency
    )
    await _in_thread(run)


# The models, enums and Api classes the established module re-exports, and its ``ApiException``:
# imported on first access (see ``_highlevel/reexport.py``), so importing this module stays cheap.
__getattr__, __dir__ = lazy_names(
    __name__,
    {
        MODELS: (
            "AssetType",
            "Teamspace",
        ),
        API: (
            "AssetsApi",
            "FilesApi",
        ),
        API_EXCEPTION: ("ApiException",),
    },
)
