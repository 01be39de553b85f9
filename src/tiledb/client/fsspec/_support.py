"""What the ``tiledb://`` filesystem needs beside its methods: packed credentials, ``OSError`` mapping."""

from __future__ import annotations

import errno
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .._highlevel.errors import FilesError
from .._transfer.deletes import NotAFileError, NotEmptyError

__all__ = ["Credentials", "os_errors"]


class Credentials:
    """The current session, packed to travel to another process; its ``repr`` names no secret."""

    __slots__ = ("_fields", "fingerprint")

    def __init__(self, fields: tuple[Any, ...]) -> None:
        self._fields = fields
        # Tells two sessions apart in fsspec's instance cache without showing the token.
        self.fingerprint = hashlib.sha256(repr(fields).encode()).hexdigest()[:16]

    @classmethod
    def capture(cls) -> Credentials:
        """The session in use now (loaded from the environment if there was no login)."""
        from .._session.clients import shared_client

        s = shared_client().current_session()
        return cls(
            (s.server_address, s.token, s.workspace, s.workspace_id, s.username, s.verify_ssl, s.ca_file)
        )

    def install(self) -> None:
        """Make these credentials this process's session, unless it already uses them."""
        from .._session.session import Session, peek_session, swap_session

        current = peek_session()
        server, token = self._fields[0], self._fields[1]
        if current is not None and (current.server_address, current.token) == (server, token):
            return
        swap_session(Session(*self._fields))

    def __repr__(self) -> str:
        return f"<session credentials {self.fingerprint}>"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Credentials) and other._fields == self._fields

    def __hash__(self) -> int:
        return hash(self.fingerprint)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Credentials, (self._fields,))


@contextmanager
def os_errors(path: str, *, write: bool = False) -> Iterator[None]:
    """Turn a :class:`FilesError` with a telling status into the ``OSError`` callers expect.

    :param write: The request writes a file: a conflict (409) there means that a folder above it
        is a file or another kind of asset, ``NotADirectoryError`` as ``mkdir`` raises it.
    """
    try:
        yield
    except NotEmptyError as exc:
        raise OSError(errno.ENOTEMPTY, str(exc), path) from exc
    except NotAFileError as exc:
        raise PermissionError(errno.EPERM, str(exc), path) from exc
    except FilesError as exc:
        status = exc.status_code
        if status == 404:
            raise FileNotFoundError(errno.ENOENT, str(exc), path) from exc
        if status in (401, 403):
            raise PermissionError(errno.EACCES, str(exc), path) from exc
        if status == 409 and write:
            raise NotADirectoryError(errno.ENOTDIR, str(exc), path) from exc
        raise
