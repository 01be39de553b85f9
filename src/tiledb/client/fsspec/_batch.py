"""Several files of one ``put`` or ``get`` in flight at once.

fsspec's own ``put`` and ``get`` work out which local path goes to which remote one (globs,
``recursive``, ``maxdepth``, trailing slashes, an existing destination folder) and then call
``put_file`` / ``get_file`` for each pair, one after another. The filesystem keeps fsspec's rules
for the pairs: it lets fsspec work them out with the per-file calls collected instead of made
(:class:`Planner`), then runs the files through the tree engine of
:mod:`tiledb.client._transfer.trees`, ``batch_size`` at a time. The first failure stops the
others and is raised as the error its file would have raised alone; Ctrl-C leaves no partial
local file and no open multipart upload.

A single file, or a pair fsspec hands over that is not a local path (an open file object), goes
through ``put_file`` / ``get_file`` as before, with the caller's callback for its bytes.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .._highlevel.errors import FilesError
from .._transfer.sessions import using_session
from .._transfer.trees import DEFAULT_CONCURRENCY, Job, TreeError, download_job, run_jobs, upload_job
from ._support import Filesystem, os_errors

if TYPE_CHECKING:
    import httpx

__all__ = ["Planned", "Planner", "check_batch_size", "run_gets", "run_puts"]


class Planned(NamedTuple):
    """One ``put_file`` / ``get_file`` call fsspec asked for: source, destination, other arguments."""

    source: Any
    destination: Any
    kwargs: dict[str, Any]


class Planner(threading.local):
    """The calls collected in this thread while fsspec works out the pairs (``None``: not collecting)."""

    calls: list[Planned] | None = None

    def take(self, source: Any, destination: Any, kwargs: dict[str, Any]) -> bool:
        """Collect one call when collecting; ``False`` when the call is to be made now."""
        if self.calls is None:
            return False
        kwargs.pop("callback", None)
        self.calls.append(Planned(source, destination, kwargs))
        return True

    @contextlib.contextmanager
    def collecting(self) -> Iterator[list[Planned]]:
        """Collect the calls made in this thread inside the block into the list yielded."""
        calls: list[Planned] = []
        self.calls = calls
        try:
            yield calls
        finally:
            self.calls = None


def check_batch_size(value: object) -> int:
    """``batch_size`` as a number of files in flight (``None``: the tree engine's default)."""
    if value is None:
        return DEFAULT_CONCURRENCY
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"batch_size must be a positive whole number or None, got {value!r}")
    return value


def _is_local_path(value: object) -> bool:
    return isinstance(value, str | os.PathLike)


def _one_by_one(
    calls: Sequence[Planned], callback: Any, single: Callable[..., None], *, remote_first: bool
) -> None:
    """The calls one after another, as fsspec makes them (the callback counts files, a child per file)."""
    callback.set_size(len(calls))
    for call in calls:
        names = (call.destination, call.source) if remote_first else (call.source, call.destination)
        with _child_of(callback, *names) as child:
            single(call.source, call.destination, callback=child, **call.kwargs)
        callback.relative_update(1)


@contextlib.contextmanager
def _child_of(callback: Any, first: Any, second: Any) -> Iterator[Any]:
    """The callback fsspec would hand the transfer of one file (``branched`` is newer fsspec)."""
    if hasattr(callback, "branched"):
        with callback.branched(first, second) as child:
            yield child
        return
    kwargs: dict[str, Any] = {}
    callback.branch(first, second, kwargs)
    yield kwargs.get("callback")


def _run(jobs: Sequence[Job], concurrency: int, callback: Any, verb: str) -> None:
    """Run ``jobs``; the first failure is raised as the exception its file raised."""
    callback.set_size(len(jobs))
    counted = 0

    def progress(files: int, _total_files: int, _bytes: int, _total_bytes: int) -> None:
        nonlocal counted
        if files != counted:
            callback.relative_update(files - counted)
            counted = files

    try:
        run_jobs(jobs, concurrency=concurrency, progress=progress, verb=verb)
    except TreeError as exc:
        cause = exc.__cause__
        if cause is None:
            raise
        # What fsspec's loop would have raised for that file, with the tree's account added.
        cause.add_note(str(exc))
        raise cause from None


def run_puts(
    fs: Filesystem, calls: Sequence[Planned], concurrency: int, callback: Any, client: httpx.Client
) -> None:
    """Make the ``put_file`` calls fsspec planned: folders first, then the files, several at once."""
    folders = [c for c in calls if _is_local_path(c.source) and os.path.isdir(c.source)]
    files = [c for c in calls if not (_is_local_path(c.source) and os.path.isdir(c.source))]
    if len(files) < 2 or not all(_is_local_path(c.source) for c in files):
        _one_by_one(calls, callback, fs.put_file, remote_first=False)
        return
    for call in folders:  # in fsspec's order, parents before children
        fs.put_file(call.source, call.destination, **call.kwargs)
    # Two files missing the same folder would both create it: one at a time, the second finds it.
    folder_lock = threading.Lock()
    jobs = [_put_job(fs, call, client, folder_lock) for call in files]
    _run(jobs, concurrency, callback, "Uploading")


def _put_job(fs: Filesystem, call: Planned, client: httpx.Client, folder_lock: threading.Lock) -> Job:
    local = Path(os.fspath(call.source))
    rpath = fs._strip_protocol(call.destination)
    if not local.is_file():
        raise FileNotFoundError(errno.ENOENT, "No such local file", str(local))
    size = local.stat().st_size
    create = call.kwargs.get("mode", "overwrite") == "create"
    upload = upload_job(local, rpath, size, fs._target(rpath), client=client)

    def run(progress: Callable[[int, int | None], None], cancel: threading.Event) -> None:
        with using_session(fs._session):
            if create and fs.exists(rpath):
                raise FileExistsError(errno.EEXIST, "File exists (mode='create' replaces nothing)", rpath)
            with os_errors(rpath, write=True):
                try:
                    upload.run(progress, cancel)
                except FilesError as exc:
                    if exc.status_code != 404:
                        raise
                    with folder_lock:
                        fs._ensure_parent(rpath)  # a missing folder above it, as put_file does
                    upload.run(progress, cancel)
        fs._after_write(rpath)

    return Job(rpath, size, run)


def run_gets(
    fs: Filesystem, calls: Sequence[Planned], concurrency: int, callback: Any, client: httpx.Client
) -> None:
    """Make the ``get_file`` calls fsspec planned, several at once."""
    if len(calls) < 2 or not all(_is_local_path(c.destination) for c in calls):
        _one_by_one(calls, callback, fs.get_file, remote_first=True)
        return
    _run([_get_job(fs, call, client) for call in calls], concurrency, callback, "Downloading")


def _get_job(fs: Filesystem, call: Planned, client: httpx.Client) -> Job:
    rpath = fs._strip_protocol(call.source)
    local = Path(os.fspath(call.destination))

    def run(progress: Callable[[int, int | None], None], cancel: threading.Event) -> None:
        with using_session(fs._session):
            info = fs.info(rpath)
            if info["type"] == "directory":
                local.mkdir(parents=True, exist_ok=True)
                return
            with os_errors(rpath):
                download = download_job(fs._target(rpath), rpath, info["size"], local, client=client)
                download.run(progress, cancel)

    return Job(rpath, 0, run)
