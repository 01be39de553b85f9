"""Uploading one file: a single ``PUT`` up to a threshold, S3-style multipart above it.

Memory stays bounded whatever the size: the source is read one part at a time
and at most ``parallel`` parts are in flight.  Each part is sent as ``bytes``
through the session's httpx client, so the retry policy in its transport may
resend it on its own (a streamed body could not be resent).  Part ``ETag``s
that look like an MD5 are checked against the MD5 of what was sent.  If
anything fails, or the caller is interrupted, the multipart upload is aborted
so no open upload is left on the server.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import re
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.etree import ElementTree

import httpx

from ._files_target import Target, check, fail_from
from ._highlevel_errors import FilesError

if TYPE_CHECKING:
    from concurrent.futures import Executor

__all__ = ["DEFAULT_PART_SIZE", "DEFAULT_THRESHOLD", "MAX_PARTS", "Source", "Uploader"]

#: Files up to this many bytes go in one ``PUT``; larger ones as multipart.
DEFAULT_THRESHOLD = 8_000_000
#: Size of each part of a multipart upload (the last may be smaller).
DEFAULT_PART_SIZE = 8_000_000
#: S3's limit on the number of parts; the part size grows to stay below it.
MAX_PARTS = 10_000
#: How often a part whose ETag does not match what was sent is sent again.
ETAG_RESENDS = 2

_MD5_ETAG = re.compile(r'^"?([0-9a-fA-F]{32})"?$')

Progress = Callable[[int, "int | None"], object]


@dataclass
class Source:
    """What to upload: a ``read(n)`` function, its size when known, and a name for messages."""

    read: Callable[[int], bytes]
    size: int | None
    label: str


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


def _in_pool_thread() -> bool:
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
        self.parallel = 1 if _in_pool_thread() else parallel
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

    def _single(self, data: bytes, target: Target, content_type: str, label: str) -> None:
        action = f"Uploading {label} to {target.label}"
        headers = {"Content-Type": content_type}
        for _ in range(ETAG_RESENDS + 1):
            if self.cancel.is_set():
                raise FilesError(f"{action}: cancelled.")
            try:
                response = self.http.put(target.url(), content=data, headers=headers)
            except httpx.HTTPError as exc:
                fail_from(exc, action, _UPLOAD_HINTS)
            check(response, action, _UPLOAD_HINTS)
            if self._etag_ok(response, data):
                return
        raise FilesError(
            f"{action} failed: the server's ETag never matched the MD5 of the bytes sent "
            f"({ETAG_RESENDS + 1} attempts); the data may be corrupted on the way."
        )

    @staticmethod
    def _etag_ok(response: httpx.Response, data: bytes) -> bool:
        expected = md5_etag(response.headers.get("etag"))
        return expected is None or expected == hashlib.md5(data).hexdigest()

    # ------------------------------------------------------------------------- multipart
    def _multipart(self, source: Source, first: list[bytes], target: Target, content_type: str) -> None:
        part_size = self.part_size
        if source.size is not None and -(-source.size // part_size) > MAX_PARTS:
            part_size = -(-source.size // MAX_PARTS)
        action = f"Uploading {source.label} to {target.label}"
        upload_id = self._initiate(target, content_type, action)
        try:
            etags = self._send_parts(source, first, part_size, target, upload_id, action)
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
        self, source: Source, first: list[bytes], part_size: int, target: Target, upload_id: str, action: str
    ) -> dict[int, str]:
        etags: dict[int, str] = {}
        pending: dict[Future[str], tuple[int, int]] = {}
        done_bytes = 0
        buffered = first.pop()
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
                self._report(done_bytes, source.size)

        try:
            while True:
                if self.cancel.is_set():
                    raise FilesError(f"{action}: cancelled.")
                if len(buffered) >= part_size:
                    data, buffered = buffered[:part_size], buffered[part_size:]
                elif buffered:
                    data = buffered + _read_exactly(source.read, part_size - len(buffered))
                    buffered = b""
                else:  # the usual case: no leftover, so no copy
                    data = _read_exactly(source.read, part_size)
                if not data:
                    break
                number += 1
                if number > MAX_PARTS:
                    raise FilesError(
                        f"{action} failed: more than {MAX_PARTS} parts of {part_size} bytes; "
                        "pass a larger part_size= for a stream of unknown size."
                    )
                if self.parallel == 1:
                    etags[number] = self._part(target, upload_id, number, data, action)
                    done_bytes += len(data)
                    self._report(done_bytes, source.size)
                    continue
                while len(pending) >= self.parallel:
                    collect(block=True)
                future = self.pool.submit(self._part, target, upload_id, number, data, action)
                pending[future] = (number, len(data))
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

    def _part(self, target: Target, upload_id: str, number: int, data: bytes, action: str) -> str:
        """Send one part (retried by the transport) and return its ETag."""
        digest = hashlib.md5(data).hexdigest()
        for _ in range(ETAG_RESENDS + 1):
            if self.cancel.is_set():
                raise FilesError(f"{action}: part {number} not sent, the upload is being aborted.")
            etag = self._send_part(target, upload_id, number, data, action)
            _collect_cycles()
            if not etag:
                raise FilesError(f"{action} failed: the answer to part {number} has no ETag header.")
            expected = md5_etag(etag)
            if expected is None or expected == digest:
                return etag
        raise FilesError(
            f"{action} failed: the ETag of part {number} never matched the MD5 of the bytes sent "
            f"({ETAG_RESENDS + 1} attempts); the data may be corrupted on the way."
        )

    def _send_part(self, target: Target, upload_id: str, number: int, data: bytes, action: str) -> str | None:
        """One ``PUT`` of a part; its ``ETag`` header (the response is dropped on return)."""
        params = {"uploadId": upload_id, "partNumber": str(number)}
        try:
            response = self.http.put(
                target.url(),
                params=params,
                content=data,
                headers={"Content-Type": "application/octet-stream"},
            )
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
