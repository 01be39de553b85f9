"""Downloading one file: streamed to disk in chunks, resumed with ``Range`` when cut, parallel ranges.

To a path, the bytes go to a temporary file next to the destination, which is
renamed into place only once complete: a failed download never leaves a
partial file under the destination's name.  The first request asks for the
first range; if the file is larger and that range came slowly, the other ranges
are fetched on the shared thread pool (``parallel`` at a time), each written at
its offset; if it came fast, the rest follows in one stream.  A connection
lost mid-body is resumed from the last byte written.  Every range must come
with the ``ETag`` of the first answer, so a file replaced meanwhile is noticed; a file read
in order in one stream must match its ``ETag`` when that is an MD5 (single-part uploads).
"""

from __future__ import annotations

import os
import re
import secrets
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import httpx

from .._highlevel.errors import FilesError
from .target import Target, check, fail_from
from .upload import BackgroundMD5, in_pool_thread, md5_etag

if TYPE_CHECKING:
    from concurrent.futures import Executor

__all__ = ["DEFAULT_RANGE_SIZE", "Downloader"]

#: Size of each range of a parallel download (and of the first request).
DEFAULT_RANGE_SIZE = 8_000_000
#: Received chunks that may wait for the MD5 thread (256 x 64 KiB = 16 MiB at most).
HASH_BACKLOG = 256
#: Resumes in a row without a single new byte before giving up.
MAX_STALLED_RESUMES = 5
#: Bytes per second of the first range above which the rest comes in one stream, not in
#: parallel ranges.  Parallel ranges get round a per-connection limit of the network or the
#: store; when one connection already brings more than that, the client's CPU is the limit
#: and more connections only add threads competing for it (and the GIL).
ONE_STREAM_RATE = 250_000_000
#: Errors that mean the connection was lost mid-body: the bytes so far are kept.
_CUT = (httpx.RemoteProtocolError, httpx.ReadError, httpx.ReadTimeout, httpx.WriteError, httpx.ConnectError)
_CONTENT_RANGE = re.compile(r"^bytes\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)$")

Progress = Callable[[int, "int | None"], object]
Writer = Callable[[int, bytes], None]


class _Counter:
    """Bytes received by every worker, read by the calling thread to report progress."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.value = 0

    def add(self, count: int) -> None:
        with self._lock:
            self.value += count


class Downloader:
    """Fetches one target over ``http`` (the session's configured httpx client)."""

    def __init__(
        self,
        http: httpx.Client,
        pool: Executor,
        *,
        range_size: int = DEFAULT_RANGE_SIZE,
        parallel: int = 4,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        for name, value in (("part_size", range_size), ("parallel", parallel)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise FilesError(f"{name} must be a positive whole number, got {value!r}.")
        self.http = http
        self.pool = pool
        self.range_size = range_size
        self.parallel = 1 if in_pool_thread() else parallel
        self.progress = progress
        self.cancel = cancel or threading.Event()
        self._counter = _Counter()
        self._reported = -1
        self._etag: str | None = None
        self._total: int | None = None
        self._seen = False
        self._caller = threading.get_ident()  # progress is reported from the calling thread only

    def _report(self) -> None:
        done = self._counter.value
        if self.progress is not None and done != self._reported:
            self._reported = done
            self.progress(done, self._total)

    # -------------------------------------------------------------------------- entry points
    def to_path(self, target: Target, dest: Path) -> None:
        """Download ``target`` to the file ``dest`` through a temporary file in the same folder."""
        fd, tmp = _temp_file(dest)
        try:
            with os.fdopen(fd, "r+b", buffering=0) as f:
                self._fetch(target, _positional_writer(f), seekable=True)
                # No fsync: the rename already keeps a partial file from ever showing under the
                # destination's name, and forcing 1 GiB to disk would cost seconds for a guarantee
                # (surviving a power cut) that plain file writes do not give either.
            os.replace(tmp, dest)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def to_stream(self, target: Target, out: IO[bytes]) -> None:
        """Download ``target`` into a binary file object, in order, one stream (resumed when cut)."""
        position = 0

        def write_in_order(offset: int, data: bytes) -> None:
            nonlocal position
            if offset != position:  # pragma: no cover - one sequential stream only
                raise FilesError("internal error: out-of-order write to a stream")
            out.write(data)
            position += len(data)

        self._fetch(target, write_in_order, seekable=False)

    # ------------------------------------------------------------------------------ engine
    def _fetch(self, target: Target, write: Writer, *, seekable: bool) -> None:
        action = f"Downloading {target.label}"
        self._report_start()
        # Hashed beside the receiving and writing, not after. Loopback delivers faster than MD5
        # hashes: up to HASH_BACKLOG chunks (httpx's reads, 64 KiB) wait, rather than the socket.
        digest = BackgroundMD5(queue_chunks=HASH_BACKLOG)
        written = 0
        checkable: bool | None = None  # known once the first answer has given the ETag

        def hashed(offset: int, data: bytes) -> None:
            # Bytes arrive in order in one stream, so the MD5 can be checked against the ETag;
            # it is computed only when the ETag is an MD5 (not for multipart uploads).
            nonlocal written, checkable
            if offset != written:  # pragma: no cover - a resumed stream starts where it stopped
                raise FilesError(f"{action} failed: out-of-order bytes at {offset}, expected {written}.")
            write(offset, data)
            if checkable is None:
                checkable = md5_etag(self._etag) is not None
            if checkable:
                digest.update(data)
            written += len(data)

        try:
            if not seekable or self.parallel == 1:
                end = self._range(target, 0, None, hashed, action)
                self._check_size(end, action)
                self._check_md5(digest, action)
                self._report()
                return
            started = time.monotonic()
            first_end = self._range(target, 0, self.range_size - 1, hashed, action)
            elapsed = time.monotonic() - started
            total = self._total
            if total is not None and first_end < total and first_end < ONE_STREAM_RATE * elapsed:
                self._parallel(target, first_end, total, write, action)
                self._report()
                return
            if total is None or first_end < total:  # fast enough alone: the rest in the same order
                first_end = self._range(target, first_end, None, hashed, action)
            self._check_size(first_end, action)
            self._check_md5(digest, action)
            self._report()
        finally:
            digest.close()

    def _check_md5(self, digest: BackgroundMD5, action: str) -> None:
        """A whole file read in order must match an ETag that is its MD5 (single-part uploads)."""
        expected = md5_etag(self._etag)
        if expected is not None and digest.hexdigest() != expected:
            raise FilesError(
                f"{action} failed: the MD5 of the bytes received does not match the file's ETag; "
                "the data was corrupted on the way, download it again."
            )

    def _report_start(self) -> None:
        if self.progress is not None:
            self.progress(0, None)
            self._reported = 0

    def _check_size(self, end: int, action: str) -> None:
        if self._total is not None and end != self._total:
            raise FilesError(f"{action} failed: got {end} of {self._total} bytes.")

    def _parallel(self, target: Target, start: int, total: int, write: Writer, action: str) -> None:
        ranges = [
            (offset, min(offset + self.range_size, total) - 1)
            for offset in range(start, total, self.range_size)
        ]
        pending: set[Future[int]] = set()
        try:
            for first, last in ranges:
                while len(pending) >= self.parallel:
                    finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                    for future in finished:
                        future.result()
                    self._report()
                if self.cancel.is_set():
                    raise FilesError(f"{action}: cancelled.")
                pending.add(self.pool.submit(self._range, target, first, last, write, action))
            while pending:
                finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in finished:
                    future.result()
                self._report()
        except BaseException:
            self.cancel.set()
            for future in pending:
                future.cancel()
            wait(pending, timeout=60)
            raise

    def _range(self, target: Target, first: int, last: int | None, write: Writer, action: str) -> int:
        """Fetch bytes ``first..last`` (``None``: to the end), resuming when cut; return the end offset."""
        position = first
        stalled = 0
        while True:
            if self.cancel.is_set():
                raise FilesError(f"{action}: cancelled.")
            try:
                return self._one_request(target, position, last, write, action)
            except _Resumable as cut:
                stalled = 0 if cut.position > position else stalled + 1
                position = cut.position
                failure: httpx.HTTPError = cut
            except _CUT as exc:  # lost before the body began (the transport's retries are spent)
                stalled += 1
                failure = exc
            except httpx.HTTPError as exc:
                fail_from(exc, action)
            if stalled > MAX_STALLED_RESUMES:
                fail_from(failure, f"{action} (no progress after {MAX_STALLED_RESUMES} resumes)")

    def _one_request(
        self, target: Target, position: int, last: int | None, write: Writer, action: str
    ) -> int:
        """One GET from ``position`` to ``last``; returns the end offset reached.

        A connection lost mid-body raises :class:`_Resumable` carrying the
        position reached: every byte before it has been written.
        """
        headers: dict[str, str] = {}
        if position > 0 or last is not None:
            headers["Range"] = f"bytes={position}-{'' if last is None else last}"
        skip = 0
        with self.http.stream("GET", target.url(), headers=headers) as response:
            if response.status_code == 416:
                size = _total_from(response.headers.get("content-range"))
                if size is not None and position >= size:  # nothing left: an empty file, or done
                    self._learn(size, response.headers.get("etag"), action)
                    return position
            check(response, action, _DOWNLOAD_HINTS)
            if response.status_code == 206:
                start, size = _parse_content_range(response.headers.get("content-range"))
                if start != position:
                    raise FilesError(
                        f"{action} failed: asked for byte {position}, the server sent from {start}."
                    )
            else:  # 200: the whole file, whatever was asked; skip what is already written
                size = _int(response.headers.get("content-length"))
                skip, position = position, 0
            self._learn(size, response.headers.get("etag"), action)
            end = size if last is None or size is None else min(last + 1, size)
            try:
                for chunk in response.iter_bytes():
                    if self.cancel.is_set():
                        raise FilesError(f"{action}: cancelled.")
                    if skip:
                        dropped = min(skip, len(chunk))
                        chunk, skip, position = chunk[dropped:], skip - dropped, position + dropped
                        if not chunk:
                            continue
                    write(position, chunk)
                    position += len(chunk)
                    self._counter.add(len(chunk))
                    if threading.get_ident() == self._caller:
                        self._report()
            except _CUT as exc:
                raise _Resumable(position) from exc
        if end is not None and position < end:
            raise _Resumable(position)
        return position

    def _learn(self, size: int | None, etag: str | None, action: str) -> None:
        """Remember the file's size and ETag from the first answer; later ones must agree."""
        if not self._seen:
            self._seen = True
            self._etag, self._total = etag, size
            return
        if etag is not None and self._etag is not None and etag != self._etag:
            raise FilesError(
                f"{action} failed: the file changed on the server during the download; download it again."
            )
        if self._total is None:
            self._total = size


class _Resumable(httpx.RemoteProtocolError):
    """A cut connection, with the position reached (the bytes before it are written)."""

    def __init__(self, position: int) -> None:
        super().__init__(f"connection lost at byte {position}")
        self.position = position


def _positional_writer(f: Any) -> Writer:
    """A writer that puts each chunk at its offset in ``f``, callable from several threads at once.

    Where the platform has ``os.pwrite`` (POSIX) the ranges are written side by side with no
    lock and no shared file position; elsewhere (Windows) a lock keeps each seek with its write.
    """
    fd = f.fileno()
    pwrite = getattr(os, "pwrite", None)
    if pwrite is not None:

        def write_at(offset: int, data: bytes) -> None:
            view = memoryview(data)
            while view:  # a regular file takes it all at once; a short write is only continued
                written = pwrite(fd, view, offset)
                view, offset = view[written:], offset + written

        return write_at
    lock = threading.Lock()

    def locked_write_at(offset: int, data: bytes) -> None:
        with lock:
            f.seek(offset)
            view = memoryview(data)
            while view:
                written = f.write(view)
                view = view[written:]

    return locked_write_at


def _temp_file(dest: Path) -> tuple[int, Path]:
    """Create a hidden temporary file next to ``dest``, with the mode a new file gets (umask).

    Not ``tempfile.mkstemp``: its files are 0600, and changing that afterwards would need the
    umask, which can only be read by setting it (a race with other threads).
    """
    for _ in range(100):
        candidate = dest.with_name(f".{dest.name}.{secrets.token_hex(6)}.part")
        try:
            return os.open(
                candidate, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
            ), candidate
        except FileExistsError:
            continue
    raise FilesError(f"Could not create a temporary file next to {str(dest)!r}.")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _total_from(header: str | None) -> int | None:
    match = _CONTENT_RANGE.match((header or "").strip())
    if match is None or match.group(3) == "*":
        return None
    return int(match.group(3))


def _parse_content_range(header: str | None) -> tuple[int, int | None]:
    match = _CONTENT_RANGE.match((header or "").strip())
    if match is None or match.group(1) is None:
        raise FilesError(f"The server answered 206 with an unusable Content-Range {header!r}.")
    total = None if match.group(3) == "*" else int(match.group(3))
    return int(match.group(1)), total


_DOWNLOAD_HINTS = {
    400: "Is the path a folder or another kind of asset? Only files can be downloaded (see download_tree).",
    404: "Check the path and the teamspace (list_files shows what is there).",
}
