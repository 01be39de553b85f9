"""``FilesError``: what :mod:`tiledb.client.files` raises.

Kept in a module of its own so the transfer modules and ``files`` share it
without importing each other.
"""

from __future__ import annotations

from ._errors import ClientError

__all__ = ["FilesError"]


class FilesError(ClientError):
    """A file transfer, listing or lookup failed, or its arguments can not work.

    The message says what to change.  When the server refused the request the
    :class:`~tiledb.client.rest_api.errors.ApiError` is chained as ``__cause__``
    and its status and request id are copied to :attr:`status` and
    :attr:`request_id` (``None`` otherwise).
    """

    def __init__(self, message: str, *, status: int | None = None, request_id: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.request_id = request_id
