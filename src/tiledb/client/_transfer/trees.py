"""Trees at fleet scale: several files in flight at once, one progress for the tree, clean failures.

A tree transfer is a list of :class:`Job` (one file each) run by :func:`run_jobs` on a pool of its
own, ``concurrency`` files at a time; each file's parts still go on the shared client's pool, so
the two budgets are apart (files in flight, parts per file). The first failure stops the others
(those running abort their upload or remove their temporary file, those waiting never start) and
is raised as :class:`TreeError` naming its file and the files not copied. Ctrl-C does the same
and re-raises ``KeyboardInterrupt``: no partial file, no open multipart upload.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._highlevel.errors import FilesError
from .listing import FileEntry
from .ops import make_folder
from .remote import http, list_entries, pool_and_parallel
from .target import Target
from .upload import DEFAULT_PART_SIZE, DEFAULT_THRESHOLD, Source, content_type_of, file_chunks

if TYPE_CHECKING:
    import httpx

__all__ = [
    "DEFAULT_CONCURRENCY",
    "Job",
    "TreeError",
    "check_concurrency",
    "download_job",
    "download_tree",
    "local_files",
    "make_folders",
    "remote_files",
    "run_jobs",
    "upload_job",
    "upload_tree",
]

#: Files in flight at once in a tree transfer (each with its own parts in parallel when large).
DEFAULT_CONCURRENCY = 8
#: How many names of files not copied a :class:`TreeError` message lists.
_NAMES_SHOWN = 10

TreeProgress = Callable[[int, int, int, int], object]
FileProgress = Callable[[int, "int | None"], None]


class TreeError(FilesError):
    """A tree transfer stopped: the first failure, the file it happened to and what was not copied.

    :ivar failed: The file whose transfer failed first (relative to the tree).
    :ivar not_copied: Every file of the tree that was not copied (the failed one included).
    """

    failed: str
    not_copied: list[str]


@dataclass(frozen=True)
class Job:
    """One file of a tree: its name in the tree, its size and the function that moves it."""

    name: str
    size: int
    run: Callable[[FileProgress, threading.Event], None]


def check_concurrency(value: object) -> int:
    """``value`` as a number of files in flight (``None``: :data:`DEFAULT_CONCURRENCY`)."""
    if value is None:
        return DEFAULT_CONCURRENCY
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise FilesError(f"concurrency must be a positive whole number or None, got {value!r}.")
    return value


def local_files(root: Path) -> tuple[list[str], list[tuple[Path, str, int]]]:
    """The folders (relative, parents first) and files ``(path, relative name, size)`` under ``root``."""
    folders: list[str] = []
    files: list[tuple[Path, str, int]] = []
    for here, dirs, names in os.walk(root):
        dirs.sort()
        relative = Path(here).relative_to(root).as_posix()
        relative = "" if relative == "." else relative
        if relative:
            folders.append(relative)
        for name in sorted(names):
            local = Path(here) / name
            files.append((local, f"{relative}/{name}" if relative else name, local.stat().st_size))
    return folders, files


def remote_files(target: Target) -> list[tuple[str, FileEntry]]:
    """Every file below the folder ``target`` as ``(name relative to it, entry)``, checked safe."""
    prefix = target.path + "/" if target.path else ""
    out: list[tuple[str, FileEntry]] = []
    for entry in list_entries(target, recursive=True):
        if not isinstance(entry, FileEntry) or entry.path.endswith("/"):
            continue
        relative = entry.path[len(prefix) :] if entry.path.startswith(prefix) else entry.path
        parts = [p for p in relative.split("/") if p]
        if not parts or any(p in (".", "..") for p in parts):
            raise FilesError(f"The server listed {entry.path!r}, which can not be written to a local folder.")
        out.append(("/".join(parts), entry))
    return out


def make_folders(target: Target, folders: Sequence[str], *, concurrency: int = DEFAULT_CONCURRENCY) -> None:
    """Create ``target`` (and the missing folders above it) and ``folders`` inside it.

    Folders of one depth are created together (``concurrency`` at a time), each depth after the
    one above it; a folder whose parent is not listed is created with its parents.
    """
    import contextvars

    make_folder(target, parents=True)
    wanted = set(folders)
    by_depth: dict[int, list[str]] = {}
    for relative in sorted(wanted):
        by_depth.setdefault(relative.count("/"), []).append(relative)
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="tiledb-folders") as pool:
        for depth in sorted(by_depth):
            # Each task runs in a copy of this thread's context: a filesystem's own session.
            futures = [
                pool.submit(
                    contextvars.copy_context().run,
                    make_folder,
                    target.child(relative),
                    parents=relative.rpartition("/")[0] not in wanted and "/" in relative,
                )
                for relative in by_depth[depth]
            ]
            for future in futures:
                future.result()


def upload_job(
    local: Path,
    name: str,
    size: int,
    dest: Target,
    *,
    client: httpx.Client,
    part_size: int = DEFAULT_PART_SIZE,
    threshold: int = DEFAULT_THRESHOLD,
    parallel: int | None = None,
) -> Job:
    """The job sending the local file ``local`` to ``dest`` (its folder exists)."""
    from .upload import Uploader

    def run(progress: FileProgress, cancel: threading.Event) -> None:
        try:
            handle = open(local, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise FilesError(
                f"The local file {str(local)!r} can not be read: {exc.strerror or exc}."
            ) from None
        try:
            status = os.fstat(handle.fileno())
            reread = file_chunks(handle, str(local)) if stat.S_ISREG(status.st_mode) else None
            source = Source(handle.read, status.st_size if reread else None, repr(str(local)), reread)
            pool, count = pool_and_parallel(parallel)
            uploader = Uploader(
                client,
                pool,
                threshold=threshold,
                part_size=part_size,
                parallel=count,
                progress=progress,
                cancel=cancel,
            )
            uploader.upload(source, dest, content_type_of(local.name))
        finally:
            handle.close()

    return Job(name, size, run)


def download_job(
    source: Target,
    name: str,
    size: int,
    local: Path,
    *,
    client: httpx.Client,
    part_size: int = DEFAULT_PART_SIZE,
    parallel: int | None = None,
) -> Job:
    """The job fetching ``source`` into the local file ``local`` (through a temporary file)."""
    from .download import Downloader

    def run(progress: FileProgress, cancel: threading.Event) -> None:
        local.parent.mkdir(parents=True, exist_ok=True)
        pool, count = pool_and_parallel(parallel)
        downloader = Downloader(
            client, pool, range_size=part_size, parallel=count, progress=progress, cancel=cancel
        )
        downloader.to_path(source, local)

    return Job(name, size, run)


class _Tally:
    """Bytes and files done so far, written by the workers, read by the calling thread."""

    def __init__(self, jobs: Sequence[Job]) -> None:
        self.lock = threading.Lock()
        self.bytes = [0] * len(jobs)
        self.done = [False] * len(jobs)
        self.files = 0
        self.first: tuple[int, BaseException] | None = None
        self.stop = threading.Event()
        # One cancel event per job: a transfer that fails sets its own, and only the tree's
        # first failure (or Ctrl-C, or the caller's cancel) stops the others.
        self.events = [threading.Event() for _ in jobs]

    def progress_of(self, index: int) -> FileProgress:
        def progress(done: int, _total: int | None) -> None:
            self.bytes[index] = done  # one writer per index

        return progress

    def stop_all(self) -> None:
        self.stop.set()
        for event in self.events:
            event.set()


def run_jobs(
    jobs: Sequence[Job],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: TreeProgress | None = None,
    cancel: threading.Event | None = None,
    verb: str = "Copying",
) -> None:
    """Run ``jobs``, ``concurrency`` at a time; ``progress`` is called from this thread.

    :param cancel: Set by the caller (an async task cancelled) to stop the tree.
    :raises TreeError: After the first failure (the others finished or cancelled cleanly), or
        after ``cancel``.
    :raises KeyboardInterrupt: After a Ctrl-C, once every running job has cleaned up.
    """
    total_files = len(jobs)
    total_bytes = sum(job.size for job in jobs)
    tally = _Tally(jobs)
    shown = (-1, -1)

    def report() -> None:
        nonlocal shown
        now = (tally.files, sum(tally.bytes))
        if progress is not None and now != shown:
            shown = now
            progress(now[0], total_files, now[1], total_bytes)

    def work(index: int) -> None:
        job = jobs[index]
        if tally.stop.is_set():
            return
        try:
            job.run(tally.progress_of(index), tally.events[index])
        except BaseException as exc:
            with tally.lock:
                if tally.first is None and not tally.stop.is_set():
                    tally.first = (index, exc)
            tally.stop_all()
            return
        with tally.lock:
            tally.bytes[index] = job.size
            tally.done[index] = True
            tally.files += 1

    if progress is not None:
        progress(0, total_files, 0, total_bytes)
    if not jobs:
        return
    pool = ThreadPoolExecutor(max_workers=min(concurrency, len(jobs)), thread_name_prefix="tiledb-tree")
    futures: list[Future[Any]] = []
    try:
        futures = [pool.submit(work, i) for i in range(len(jobs))]
        pending: set[Future[Any]] = set(futures)
        while pending:
            _, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if cancel is not None and cancel.is_set():
                tally.stop_all()
            if tally.stop.is_set():
                for future in pending:
                    future.cancel()
            report()
    except BaseException:
        tally.stop_all()
        for future in futures:
            future.cancel()
        raise
    finally:
        pool.shutdown(wait=True)  # running jobs noticed the stop: their cleanup is done here
    report()
    if tally.stop.is_set():
        _raise_tree_error(jobs, tally.done, tally.first, verb)


def _raise_tree_error(
    jobs: Sequence[Job], done: Sequence[bool], first: tuple[int, BaseException] | None, verb: str
) -> None:
    missing = [job.name for job, ok in zip(jobs, done, strict=True) if not ok]
    more = len(missing) - _NAMES_SHOWN
    listed = ", ".join(missing[:_NAMES_SHOWN]) + (f" and {more} more" if more > 0 else "")
    if first is None:
        error = TreeError(f"{verb} the tree was cancelled: {len(missing)} of {len(jobs)} files not copied.")
        error.failed, error.not_copied = "", missing
        raise error
    index, cause = first
    if not isinstance(cause, Exception):  # KeyboardInterrupt, SystemExit in a worker
        raise cause
    error = TreeError(
        f"{verb} {jobs[index].name} failed: {cause} {len(missing)} of {len(jobs)} files were not "
        f"copied: {listed}.",
        status_code=cause.status_code if isinstance(cause, FilesError) else None,
        request_id=cause.request_id if isinstance(cause, FilesError) else None,
    )
    error.failed, error.not_copied = jobs[index].name, missing
    raise error from cause


def upload_tree(
    root: Path,
    target: Target,
    *,
    part_size: int = DEFAULT_PART_SIZE,
    threshold: int = DEFAULT_THRESHOLD,
    parallel: int | None = None,
    concurrency: int | None = None,
    progress: TreeProgress | None = None,
    cancel: threading.Event | None = None,
) -> None:
    """Send the local folder ``root`` into the folder ``target`` (created, with missing parents)."""
    count = check_concurrency(concurrency)
    folders, files = local_files(root)
    make_folders(target, folders, concurrency=count)
    client = http()  # taken here: the session of the caller's thread (a filesystem's own one)
    jobs = [
        upload_job(
            local,
            name,
            size,
            target.child(name),
            client=client,
            part_size=part_size,
            threshold=threshold,
            parallel=parallel,
        )
        for local, name, size in files
    ]
    run_jobs(jobs, concurrency=count, progress=progress, cancel=cancel, verb="Uploading")


def download_tree(
    target: Target,
    out: Path,
    *,
    part_size: int = DEFAULT_PART_SIZE,
    parallel: int | None = None,
    concurrency: int | None = None,
    progress: TreeProgress | None = None,
    cancel: threading.Event | None = None,
) -> None:
    """Fetch every file below the folder ``target`` into the local folder ``out`` (created)."""
    count = check_concurrency(concurrency)
    found = remote_files(target)
    out.mkdir(parents=True, exist_ok=True)
    client = http()
    jobs = [
        download_job(
            Target(target.workspace, target.teamspace, entry.path),
            name,
            entry.size,
            out.joinpath(*name.split("/")),
            client=client,
            part_size=part_size,
            parallel=parallel,
        )
        for name, entry in found
    ]
    run_jobs(jobs, concurrency=count, progress=progress, cancel=cancel, verb="Downloading")


# Users import these from tiledb.client.files: tracebacks, reprs and pickles name them there.
TreeError.__module__ = "tiledb.client.files"
