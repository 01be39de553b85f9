"""Uploading one file: a single ``PUT`` up to a threshold, S3-style multipart above it.

Memory stays bounded whatever the size.  A local file or a byte string is sent
straight from where it is, a chunk at a time, at most ``parallel`` parts at
once: each body is read afresh on every attempt, so the retry policy in the
session's transport may resend it, and its MD5 is computed on a thread beside the sending.  A
stream that can not be read twice (a pipe, a socket) is read one part at a time
into memory and each part sent as ``bytes``.  ``ETag``s that look like an MD5
are checked against the MD5 of what was sent.  If anything fails, or the caller
is interrupted, the multipart upload is aborted so no open upload is left on
the server.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import queue
import re
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING
from xml.etree import ElementTree

import httpx

from .._highlevel.errors import FilesError
from .._http.transport import REPLAYABLE_BODY
from .target import Target, check, fail_from

if TYPE_CHECKING:
    from concurrent.futures import Executor

__all__ = [
    "CHUNK_SIZE",
    "DEFAULT_PART_SIZE",
    "DEFAULT_THRESHOLD",
    "MAX_PARTS",
    "BackgroundMD5",
    "Body",
    "Source",
    "Uploader",
    "content_type_of",
    "content_type_soon",
]

#: Files up to this many bytes go in one ``PUT``; larger ones as multipart.
DEFAULT_THRESHOLD = 8_000_000
#: Size of each part of a multipart upload (the last may be smaller).
DEFAULT_PART_SIZE = 8_000_000
#: S3's limit on the number of parts; the part size grows to stay below it.
MAX_PARTS = 10_000
#: How often a part whose ETag does not match what was sent is sent again.
ETAG_RESENDS = 2
#: Bytes handed to the connection at a time when a body is streamed from a file or a buffer.
CHUNK_SIZE = 1 << 18

_MD5_ETAG = re.compile(r'^"?([0-9a-fA-F]{32})"?$')

Progress = Callable[[int, "int | None"], object]
#: ``(offset, size)`` -> the source's bytes ``[offset, offset + size)`` as chunks, read afresh.
Reread = Callable[[int, int], Iterator[bytes]]


def content_type_of(name: str) -> str:
    """The media type a file's name suggests (``application/octet-stream`` when none does)."""
    import mimetypes  # reads the system's type tables: only when something is uploaded

    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def content_type_soon(name: str) -> Callable[[], str]:
    """:func:`content_type_of` ``name``, worked out beside what the caller does next.

    The first guess of a process reads the system's type tables (5-10 ms, as long as the rest of
    an 8 MB upload's client work on loopback); on a thread of its own it overlaps the
    destination's lookup. The function returned waits for the answer.
    """
    import mimetypes

    if mimetypes.inited:
        kind = content_type_of(name)
        return lambda: kind
    answer: list[str] = []
    thread = threading.Thread(
        target=lambda: answer.append(content_type_of(name)), name="tiledb-mimetypes", daemon=True
    )
    thread.start()

    def result() -> str:
        thread.join()
        return answer[0] if answer else content_type_of(name)  # the thread failed: here, to raise

    return result


@dataclass
class Source:
    """What to upload: a ``read(n)`` function, its size when known, and a name for messages.

    ``reread`` is set for sources that can be read again at any offset (a local file, bytes):
    their parts are then streamed from the source on every attempt, never held in memory.
    """

    read: Callable[[int], bytes]
    size: int | None
    label: str
    reread: Reread | None = None


#: Bodies at least this large are hashed on a thread of their own (see BackgroundMD5).
BACKGROUND_HASH_SIZE = 1 << 20


#: Chunks that may wait to be hashed, by default (see BackgroundMD5).
QUEUE_CHUNKS = 2


class BackgroundMD5:
    """An MD5 computed on a thread of its own while the caller moves the bytes.

    hashlib lets go of the GIL while it hashes a large buffer, so the hashing of one chunk runs
    beside the sending (or writing) of the next instead of adding to the transfer's time: for an
    8 MB file the MD5 of both directions was a third of the round trip. The chunks wait in a
    bounded queue (at most :attr:`QUEUE_CHUNKS` of them: memory stays bounded when hashing is the
    slower side; an upload's chunks are 256 KiB); :meth:`hexdigest` waits for the last ones.
    Chunks must be ``bytes`` (immutable).
    """

    _END = b""

    def __init__(self, *, threaded: bool = True, queue_chunks: int = QUEUE_CHUNKS) -> None:
        """``threaded=False`` hashes in the caller's thread (small bodies: no thread to start);
        ``queue_chunks`` bounds the chunks waiting to be hashed."""
        self._digest = hashlib.md5()
        self._threaded = threaded
        self._chunks: queue.Queue[bytes] = queue.Queue(queue_chunks)
        self._thread: threading.Thread | None = None
        self._result: str | None = None
        self._finished = False

    def _run(self) -> None:
        get, update = self._chunks.get, self._digest.update
        while chunk := get():
            update(chunk)

    def update(self, chunk: bytes) -> None:
        """Hash ``chunk`` after the ones given before."""
        if not chunk:
            return
        if not self._threaded:
            self._digest.update(chunk)
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="tiledb-md5", daemon=True)
            self._thread.start()
        self._chunks.put(chunk)

    def finish(self) -> None:
        """No more chunks: the hashing thread ends once it has hashed the ones waiting.

        Called when a pass is complete, so that a digest nobody asks for (the part of an upload
        that failed afterwards, a pass replaced by a retry) leaves no thread behind.
        """
        if self._thread is not None and not self._finished:
            self._finished = True
            self._chunks.put(self._END)

    def hexdigest(self) -> str:
        """The hex MD5 of every chunk given (waits for the hashing to catch up)."""
        if self._result is None:
            if self._thread is not None:
                self.finish()
                self._thread.join()
            self._result = self._digest.hexdigest()
        return self._result

    def close(self) -> None:
        """Stop the hashing thread (the digest is dropped when it was not asked for)."""
        self.hexdigest()


class Body:
    """One body of an upload (a whole file or one part) that is produced anew for every attempt.

    httpx iterates it each time the request is sent, so a retried or resent request carries the
    same bytes again; the MD5 of the last complete pass is kept for the ``ETag`` check.  A source
    that ends early (a local file truncated meanwhile) raises :class:`FilesError` rather than
    sending a short body.
    """

    def __init__(self, reread: Reread, offset: int, size: int, label: str) -> None:
        self._reread = reread
        self.offset = offset
        self.size = size
        self._label = label
        self._digest: BackgroundMD5 | None = None  # of the last complete pass

    def __len__(self) -> int:
        return self.size

    @property
    def md5(self) -> str | None:
        """Hex MD5 of the bytes sent by the last complete pass; ``None`` before one completes.

        Hashed beside the sending (large bodies): asking for it waits for the hashing to finish,
        which it has done by the time the server has answered.
        """
        return None if self._digest is None else self._digest.hexdigest()

    def __iter__(self) -> Iterator[bytes]:
        self._digest = None
        digest = BackgroundMD5(threaded=self.size >= BACKGROUND_HASH_SIZE)
        sent = 0
        try:
            for chunk in self._reread(self.offset, self.size):
                digest.update(chunk)
                sent += len(chunk)
                yield chunk
        except BaseException:
            digest.close()  # a pass cut short (a failed send, an early close): stop its thread
            raise
        if sent != self.size:
            digest.close()
            raise FilesError(
                f"{self._label} changed while it was being uploaded: expected {self.size} bytes "
                f"from offset {self.offset}, read {sent}. Upload it again once it is complete."
            )
        digest.finish()  # its thread ends by itself, whether or not the digest is asked for
        self._digest = digest


def file_chunks(handle: IO[bytes], path: str) -> Reread:
    """A :data:`Reread` over an open local file, safe to call from several threads at once.

    With ``os.pread`` (POSIX) every pass reads the file opened at the start, without moving a
    shared position, so a file renamed or replaced meanwhile is still read whole from the
    version first opened; elsewhere (Windows, where an open file is rarely replaced) each pass
    opens ``path`` anew.
    """
    fd = handle.fileno()
    pread = getattr(os, "pread", None)

    def positional(offset: int, size: int) -> Iterator[bytes]:
        assert pread is not None
        end = offset + size
        while offset < end:
            chunk = pread(fd, min(CHUNK_SIZE, end - offset), offset)
            if not chunk:
                return
            offset += len(chunk)
            yield chunk

    def reopened(offset: int, size: int) -> Iterator[bytes]:
        with open(path, "rb") as f:
            f.seek(offset)
            left = size
            while left > 0:
                chunk = f.read(min(CHUNK_SIZE, left))
                if not chunk:
                    return
                left -= len(chunk)
                yield chunk

    read = positional if pread is not None else reopened

    def chunks(offset: int, size: int) -> Iterator[bytes]:
        try:
            yield from read(offset, size)
        except OSError as exc:
            raise FilesError(
                f"The local file {path!r} could not be read while it was being uploaded: "
                f"{exc.strerror or exc}."
            ) from None

    return chunks


def buffer_chunks(view: memoryview) -> Reread:
    """A :data:`Reread` over a byte buffer: only the chunk being sent is copied."""

    def chunks(offset: int, size: int) -> Iterator[bytes]:
        end = min(offset + size, len(view))
        for start in range(offset, end, CHUNK_SIZE):
            yield view[start : min(start + CHUNK_SIZE, end)].tobytes()

    return chunks


def md5_etag(etag: str | None) -> str | None:
    """The hex MD5 in an ``ETag`` that looks like one (single-part S3 objects), else ``None``."""
    if not etag:
        return None
    match = _MD5_ETAG.match(etag.strip())
    return match.group(1).lower() if match else None


def _read_exactly(read: Callable[[int], bytes], size: int) -> bytes:
    """Up to ``size`` bytes: short reads of pipes and sockets are joined until EOF or ``size``."""
    first = read(size)
    if not isinstance(first, bytes | bytearray | memoryview):
        raise FilesError(
            f"The source must be opened in binary mode: read() gave {type(first).__name__}, "
            "open it with 'rb' or pass bytes."
        )
    if len(first) == size or not first:
        return bytes(first)
    chunks = [bytes(first)]
    got = len(first)
    while got < size:
        more = read(size - got)
        if not more:
            break
        chunks.append(bytes(more))
        got += len(more)
    return b"".join(chunks)


def in_pool_thread() -> bool:
    # A transfer running on a pool thread must not wait on other pool tasks: with every thread
    # busy waiting, none would be left to run them.
    return threading.current_thread().name.startswith("tiledb-async-")


class Uploader:
    """Uploads one source to one target over ``http`` (the session's configured httpx client)."""

    def __init__(
        self,
        http: httpx.Client,
        pool: Executor,
        *,
        threshold: int = DEFAULT_THRESHOLD,
        part_size: int = DEFAULT_PART_SIZE,
        parallel: int = 4,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        for name, value in (("threshold", threshold), ("part_size", part_size), ("parallel", parallel)):
            if (
                isinstance(value, bool)
                or not isinstance(value, int)
                or value < (0 if name == "threshold" else 1)
            ):
                raise FilesError(f"{name} must be a positive whole number, got {value!r}.")
        self.http = http
        self.pool = pool
        self.threshold = threshold
        self.part_size = part_size
        self.parallel = 1 if in_pool_thread() else parallel
        self.progress = progress
        self.cancel = cancel or threading.Event()

    def _report(self, done: int, total: int | None) -> None:
        if self.progress is not None:
            self.progress(done, total)

    # ---------------------------------------------------------------------------- single
    def upload(self, source: Source, target: Target, content_type: str) -> None:
        """Send ``source`` to ``target``: one ``PUT`` or a multipart upload, by size."""
        total = source.size
        self._report(0, total)
        if source.reread is not None and total is not None:
            if total <= self.threshold:
                body = Body(source.reread, 0, total, source.label)
                self._single(body, target, content_type, source.label)
                self._report(total, total)
            else:
                self._multipart(source, None, target, content_type)
            return
        if total is not None and total <= self.threshold:
            data = _read_exactly(source.read, total)
            self._single(data, target, content_type, source.label)
            self._report(len(data), total)
            return
        # Unknown or large size: read one threshold's worth to decide (a short stream goes whole).
        first = [_read_exactly(source.read, self.threshold + 1)]
        if len(first[0]) <= self.threshold:
            self._single(first[0], target, content_type, source.label)
            self._report(len(first[0]), total if total is not None else len(first[0]))
            return
        # Handed over in a list the callee empties, so no frame keeps the first bytes alive.
        self._multipart(source, first, target, content_type)

    def _single(self, data: bytes | Body, target: Target, content_type: str, label: str) -> None:
        action = f"Uploading {label} to {target.label}"
        digest = None
        for _ in range(ETAG_RESENDS + 1):
            if self.cancel.is_set():
                raise FilesError(f"{action}: cancelled.")
            try:
                response = self._put(target, data, None, content_type)
            except httpx.HTTPError as exc:
                fail_from(exc, action, _UPLOAD_HINTS)
            check(response, action, _UPLOAD_HINTS)
            expected = md5_etag(response.headers.get("etag"))
            if expected is None:
                return
            if isinstance(data, Body):
                digest = data.md5
            elif digest is None:
                digest = hashlib.md5(data).hexdigest()
            if expected == digest:
                return
        raise FilesError(
            f"{action} failed: the server's ETag never matched the MD5 of the bytes sent "
            f"({ETAG_RESENDS + 1} attempts); the data may be corrupted on the way."
        )

    def _put(
        self, target: Target, data: bytes | Body, params: dict[str, str] | None, content_type: str
    ) -> httpx.Response:
        """One ``PUT`` of ``data``: bytes as they are, a :class:`Body` streamed (and resendable)."""
        headers = {"Content-Type": content_type}
        if isinstance(data, Body):
            headers["Content-Length"] = str(data.size)
            return self.http.put(
                target.url(),
                params=params,
                content=data,
                headers=headers,
                extensions={REPLAYABLE_BODY: True},
            )
        return self.http.put(target.url(), params=params, content=data, headers=headers)

    # ------------------------------------------------------------------------- multipart
    def _multipart(
        self, source: Source, first: list[bytes] | None, target: Target, content_type: str
    ) -> None:
        part_size = self.part_size
        if source.size is not None and -(-source.size // part_size) > MAX_PARTS:
            part_size = -(-source.size // MAX_PARTS)
        action = f"Uploading {source.label} to {target.label}"
        upload_id = self._initiate(target, content_type, action)
        try:
            bodies: Iterator[bytes | Body]
            bodies = _parts(source, part_size) if first is None else _stream_parts(source, first, part_size)
            etags = self._send_parts(bodies, source.size, part_size, target, upload_id, action)
            if self.cancel.is_set():
                raise FilesError(f"{action}: cancelled.")
            self._complete(target, upload_id, etags, action)
        except BaseException:
            self.cancel.set()
            self._abort(target, upload_id)
            raise

    def _initiate(self, target: Target, content_type: str, action: str) -> str:
        try:
            response = self.http.post(
                target.url(), params={"uploads": ""}, headers={"Content-Type": content_type}
            )
        except httpx.HTTPError as exc:
            fail_from(exc, action, _UPLOAD_HINTS)
        check(response, action, _UPLOAD_HINTS)
        try:
            root = ElementTree.fromstring(response.content)
        except ElementTree.ParseError:
            root = None
        upload_id = _find_text(root, "UploadId") if root is not None else None
        if not upload_id:
            raise FilesError(
                f"{action} failed: the server's answer to starting a multipart upload has no UploadId."
            )
        return upload_id

    def _send_parts(
        self,
        bodies: Iterator[bytes | Body],
        total: int | None,
        part_size: int,
        target: Target,
        upload_id: str,
        action: str,
    ) -> dict[int, str]:
        etags: dict[int, str] = {}
        pending: dict[Future[str], tuple[int, int]] = {}
        done_bytes = 0
        number = 0

        def collect(block: bool) -> None:
            nonlocal done_bytes
            if not pending:
                return
            while True:
                # Short waits, so a cancellation (async callers) is noticed while parts are in flight.
                finished, _ = wait(list(pending), timeout=0.1 if block else 0, return_when=FIRST_COMPLETED)
                if self.cancel.is_set():
                    raise FilesError(f"{action}: cancelled.")
                if finished or not block:
                    break
            for future in finished:
                part, size = pending.pop(future)
                etags[part] = future.result()  # raises the part's failure
                done_bytes += size
                self._report(done_bytes, total)

        try:
            while True:
                if self.cancel.is_set():
                    raise FilesError(f"{action}: cancelled.")
                # A free slot first, then the next part: at most ``parallel`` parts exist at once.
                while len(pending) >= self.parallel:
                    collect(block=True)
                data = next(bodies, None)
                if data is None:
                    break
                number += 1
                if number > MAX_PARTS:
                    raise FilesError(
                        f"{action} failed: more than {MAX_PARTS} parts of {part_size} bytes; "
                        "pass a larger part_size= for a stream of unknown size."
                    )
                size = len(data)
                if self.parallel == 1:
                    etags[number] = self._part(target, upload_id, number, data, action)
                    del data
                    done_bytes += size
                    self._report(done_bytes, total)
                    continue
                future = self.pool.submit(self._part, target, upload_id, number, data, action)
                pending[future] = (number, size)
                del data
                collect(block=False)
            while pending:
                collect(block=True)
        except BaseException:
            self.cancel.set()
            for future in pending:
                future.cancel()
            wait(list(pending), timeout=60)  # parts in flight finish before the upload is aborted
            raise
        return etags

    def _part(self, target: Target, upload_id: str, number: int, data: bytes | Body, action: str) -> str:
        """Send one part (retried by the transport) and return its ETag."""
        digest = None if isinstance(data, Body) else hashlib.md5(data).hexdigest()
        for _ in range(ETAG_RESENDS + 1):
            if self.cancel.is_set():
                raise FilesError(f"{action}: part {number} not sent, the upload is being aborted.")
            etag = self._send_part(target, upload_id, number, data, action)
            _collect_cycles()
            if not etag:
                raise FilesError(f"{action} failed: the answer to part {number} has no ETag header.")
            expected = md5_etag(etag)
            if expected is None or expected == (data.md5 if isinstance(data, Body) else digest):
                return etag
        raise FilesError(
            f"{action} failed: the ETag of part {number} never matched the MD5 of the bytes sent "
            f"({ETAG_RESENDS + 1} attempts); the data may be corrupted on the way."
        )

    def _send_part(
        self, target: Target, upload_id: str, number: int, data: bytes | Body, action: str
    ) -> str | None:
        """One ``PUT`` of a part; its ``ETag`` header (the response is dropped on return)."""
        params = {"uploadId": upload_id, "partNumber": str(number)}
        try:
            response = self._put(target, data, params, "application/octet-stream")
        except httpx.HTTPError as exc:
            fail_from(exc, f"{action} (part {number})")
        check(response, f"{action} (part {number})")
        etag = response.headers.get("etag")
        return str(etag) if etag else None

    def _complete(self, target: Target, upload_id: str, etags: dict[int, str], action: str) -> None:
        root = ElementTree.Element("CompleteMultipartUpload")
        for number in sorted(etags):
            part = ElementTree.SubElement(root, "Part")
            ElementTree.SubElement(part, "PartNumber").text = str(number)
            ElementTree.SubElement(part, "ETag").text = etags[number]
        body = ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
        try:
            response = self.http.post(
                target.url(),
                params={"uploadId": upload_id},
                content=body,
                headers={"Content-Type": "application/xml"},
            )
        except httpx.HTTPError as exc:
            fail_from(exc, action)
        check(response, action)
        # S3 may answer 200 with an <Error> document when completing fails late.
        if b"<Error>" in response.content[:512]:
            raise FilesError(f"{action} failed while completing: {response.text[:300]}")

    def _abort(self, target: Target, upload_id: str) -> None:
        """Abort the multipart upload; a failure here must not hide the original one."""
        with contextlib.suppress(Exception):  # best effort: the first failure is the one to report
            self.http.delete(target.url(), params={"uploadId": upload_id})


def _parts(source: Source, part_size: int) -> Iterator[Body]:
    """The parts of a source that can be read again, as bodies read from it when sent."""
    assert source.reread is not None and source.size is not None
    for offset in range(0, source.size, part_size):
        yield Body(source.reread, offset, min(part_size, source.size - offset), source.label)


def _stream_parts(source: Source, first: list[bytes], part_size: int) -> Iterator[bytes]:
    """The parts of a stream read once, in memory one at a time, starting with ``first``'s bytes."""
    buffered = first.pop()
    while True:
        if len(buffered) >= part_size:
            data, buffered = buffered[:part_size], buffered[part_size:]
        elif buffered:
            data = buffered + _read_exactly(source.read, part_size - len(buffered))
            buffered = b""
        else:  # the usual case: no leftover, so no copy
            data = _read_exactly(source.read, part_size)
        if not data:
            return
        # Yielded from a list the caller's pull empties: this frame keeps no part alive meanwhile.
        box = [data]
        del data
        yield box.pop()


def _collect_cycles() -> None:
    """Let a sent part's bytes go now rather than at some later garbage collection.

    An httpx response and its body stream refer to each other, and the response holds the
    request, which holds the part: each such cycle keeps a whole part alive until the cyclic
    collector happens to reach it (measured: about 160 MiB held during a 256 MiB upload).
    Collecting the young generations once the response is dropped costs well under a millisecond.
    """
    gc.collect(1)


def _find_text(root: ElementTree.Element, name: str) -> str | None:
    for element in root.iter():
        if element.tag.rpartition("}")[2] == name and element.text:
            return element.text.strip()
    return None


_UPLOAD_HINTS = {
    404: "Check the teamspace and that the destination folder exists "
    "(create it with create_folder(..., parents=True) or use upload_tree).",
    409: "Another kind of asset (not a file) is at that path: choose another path.",
}
