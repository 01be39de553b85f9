"""The file object of the ``tiledb://`` filesystem: ranged reads with read-ahead, streamed writes."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from fsspec.caching import BaseCache
from fsspec.spec import AbstractBufferedFile

from .._highlevel.errors import FilesError
from .._transfer.ops import read_range
from .._transfer.upload import DEFAULT_PART_SIZE
from ._support import Filesystem, os_errors, with_session

__all__ = ["DEFAULT_WRITE_BLOCK", "TileDBFile", "progress_for"]

#: Bytes per part of a streamed write (S3 wants at least 5 MiB in every part but the last).
DEFAULT_WRITE_BLOCK = DEFAULT_PART_SIZE


def progress_for(callback: Any) -> Callable[[int, int | None], None] | None:
    """An fsspec callback as the ``progress=`` of :mod:`.files`."""
    if callback is None or not hasattr(callback, "set_size"):
        return None

    def progress(done: int, total: int | None) -> None:
        if total is not None:
            callback.set_size(total)
        callback.absolute_update(done)

    return progress


class _ReadAhead(BaseCache):  # type: ignore[misc]
    """Keeps the last range fetched; a miss fetches at least one block from where the read starts.

    fsspec's own read-ahead adds a whole block after every read, large ones too: a reader that
    asks for exactly the byte ranges it needs (pyarrow fetching column chunks) would pay one
    extra block per range. Here a large read costs what it asks for, and small sequential reads
    still get one request per block.
    """

    name = "tiledb-readahead"

    def __init__(self, blocksize: int, fetcher: Callable[[int, int], bytes], size: int) -> None:
        super().__init__(blocksize, fetcher, size)
        self.data = b""
        self.offset = 0

    def _fetch(self, start: int | None, stop: int | None) -> bytes:
        first = 0 if start is None else start
        last = self.size if stop is None else min(stop, self.size)
        if first >= last:
            return b""
        held_end = self.offset + len(self.data)
        if self.offset <= first and last <= held_end:
            self.hit_count += 1
            return self.data[first - self.offset : last - self.offset]
        self.miss_count += 1
        prefix = b""
        if self.offset <= first < held_end:  # the start is held: fetch only what follows
            prefix = self.data[first - self.offset :]
            first = held_end
        fetch_end = min(self.size, max(last, first + self.blocksize))
        self.total_requested_bytes += fetch_end - first
        self.data = self.fetcher(first, fetch_end)
        self.offset = first
        return prefix + self.data[: last - first]


class TileDBFile(AbstractBufferedFile):  # type: ignore[misc]
    """A file of a teamspace opened through :class:`TileDBFileSystem`.

    ``rb``: blocks fetched with ``Range`` requests (read-ahead by default), all checked against
    the ``ETag`` seen when the file was opened. ``wb``: blocks sent as the parts of a multipart
    upload as they fill; a file that stays below one block goes in one ``PUT`` at ``close()``.
    """

    fs: Filesystem
    closed: bool

    def __init__(
        self,
        fs: Filesystem,
        path: str,
        mode: str = "rb",
        block_size: int | None = None,
        cache_options: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        path = fs._strip_protocol(path)
        self.target = fs._target(path)
        self._upload_id: str | None = None
        self._etags: dict[int, str] = {}
        self._uploader: Any = None
        self._etag: str | None = None
        if mode == "rb":
            info = fs._must_be_file(path)
            self._etag = info.get("ETag")
            kwargs.setdefault("size", info["size"])
            block_size = block_size or fs.default_block_size
        elif mode in ("wb", "xb"):
            if mode == "xb" and fs.exists(path):
                raise FileExistsError(17, "File exists", path)
            try:
                existing = fs.info(path)
            except FileNotFoundError:
                existing = None
            if existing is not None and existing["type"] != "file":
                raise IsADirectoryError(21, "Is a directory (or another kind of asset)", path)
            block_size = max(block_size or DEFAULT_WRITE_BLOCK, 5 * 2**20)
        else:
            raise NotImplementedError(f"mode {mode!r} is not supported: use 'rb', 'wb' or 'xb'")
        cache_type = kwargs.pop("cache_type", _ReadAhead.name)
        own_cache = cache_type == _ReadAhead.name
        super().__init__(
            fs,
            path,
            mode,
            block_size=block_size,
            cache_type="none" if own_cache else cache_type,
            cache_options=cache_options,
            **kwargs,
        )
        if mode == "rb" and own_cache:
            self.cache = _ReadAhead(self.blocksize, self._fetch_range, self.size)

    # ------------------------------------------------------------------------------- reads
    @with_session
    def _fetch_range(self, start: int, end: int) -> bytes:
        with os_errors(self.path):
            data, seen = read_range(self.target, start, end, self._etag)
        if self._etag is None:
            self._etag = seen
        return data

    # ------------------------------------------------------------------------------ writes
    def _engine(self) -> Any:
        if self._uploader is None:
            from .._transfer.remote import http, pool_and_parallel
            from .._transfer.upload import Uploader

            pool, _ = pool_and_parallel(1)
            self._uploader = Uploader(http(), pool, parallel=1)
        return self._uploader

    def _with_parent(self, call: Callable[[], Any]) -> Any:
        """``call()``, once more after creating the missing parent folders if it answered 404."""
        with os_errors(self.path, write=True):
            try:
                return call()
            except FilesError as exc:
                if exc.status_code != 404:
                    raise
                self.fs._ensure_parent(self.path)
                return call()

    def _initiate_upload(self) -> None:
        """Nothing yet: a file that fits one block is sent in one ``PUT`` when it is closed."""

    @with_session
    def _upload_chunk(self, final: bool = False) -> bool:
        from .._transfer.upload import content_type_of

        data = self.buffer.getvalue()
        engine = self._engine()
        label = f"Writing {self.target.label}"
        ctype = content_type_of(self.target.path)
        try:
            if final and self._upload_id is None:
                self._with_parent(lambda: engine._single(data, self.target, ctype, "the written data"))
                self.fs._after_write(self.path)
                return True
            if self._upload_id is None:
                self._upload_id = self._with_parent(lambda: engine._initiate(self.target, ctype, label))
            if data or not self._etags:
                number = len(self._etags) + 1
                with os_errors(self.path, write=True):
                    self._etags[number] = engine._part(self.target, self._upload_id, number, data, label)
            if final:
                with os_errors(self.path, write=True):
                    engine._complete(self.target, self._upload_id, self._etags, label)
                self._upload_id = None
                self.fs._after_write(self.path)
        except BaseException:
            self.discard()
            raise
        return True

    @with_session
    def discard(self) -> None:
        """Throw the written data away: abort the multipart upload, leave the file as it was."""
        upload_id, self._upload_id = self._upload_id, None
        if upload_id is not None:
            self._engine()._abort(self.target, upload_id)
        if self.mode != "rb":
            self.buffer = io.BytesIO()
            self.forced = True

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is not None and self.mode != "rb" and not self.closed:
            # An exception inside the with block: no partial file on the server.
            self.discard()
            self.closed = True
            return
        self.close()

    def __del__(self) -> None:
        if not self.closed and self.mode != "rb" and self._upload_id is not None:
            # Dropped without close(): an open multipart upload must not be left behind.
            self.discard()
            self.closed = True
            return
        super().__del__()
