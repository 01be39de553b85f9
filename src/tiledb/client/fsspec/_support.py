"""What the ``tiledb://`` filesystem needs beside its methods: packed credentials, ``OSError``
mapping, and what its files and batches use of it (:class:`Filesystem`)."""

from __future__ import annotations

import errno
import functools
import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

from .._highlevel.errors import FilesError
from .._transfer.deletes import NotAFileError, NotEmptyError
from .._transfer.target import Target

__all__ = ["Credentials", "Filesystem", "Secret", "os_errors", "with_session"]

_F = TypeVar("_F", bound=Callable[..., Any])


class Filesystem(Protocol):
    """What its files (``_file``) and batches (``_batch``) use of
    :class:`~tiledb.client.fsspec.TileDBFileSystem`, whose module imports theirs: its per-file
    calls, its lookups, and the steps of its writes they repeat."""

    _session: Any
    default_block_size: int

    def put_file(self, lpath: str, rpath: str, callback: Any = None, mode: str = ..., **kwargs: Any) -> None:
        """Upload one local file."""

    def get_file(self, rpath: str, lpath: Any, callback: Any = None, **kwargs: Any) -> None:
        """Download one file."""

    def exists(self, path: str, **kwargs: Any) -> bool:
        """Whether ``path`` names a file or a folder."""

    def info(self, path: str, **kwargs: Any) -> dict[str, Any]:
        """Name, size and type of ``path``."""

    def _strip_protocol(self, path: Any) -> Any:
        """``path`` without ``tiledb://``."""

    def _must_be_file(self, path: str) -> dict[str, Any]:
        """``info`` of ``path``; ``IsADirectoryError`` for a folder."""

    def _target(self, path: str) -> Target:
        """Workspace, teamspace and path within it of ``path``."""

    def _ensure_parent(self, path: str) -> None:
        """Create the folders above ``path`` that are missing."""

    def _after_write(self, path: str) -> None:
        """Forget what the listings cache holds about ``path``."""


class Secret:
    """A token given in ``storage_options``: it pickles, its ``repr`` shows nothing of it."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value:
            raise TypeError("token must be a non-empty str")
        self.value = value

    def __repr__(self) -> str:
        return "<token>"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Secret, (self.value,))


def with_session(method: _F) -> _F:
    """``method`` of the filesystem (or of one of its files) run with the filesystem's own session."""
    from .._transfer.sessions import using_session

    @functools.wraps(method)
    def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        fs = getattr(self, "fs", self)
        with using_session(getattr(fs, "_session", None)):
            return method(self, *args, **kwargs)

    return run  # type: ignore[return-value]


class Credentials:
    """The current session, packed to travel to another process; its ``repr`` names no secret."""

    __slots__ = ("_fields", "fingerprint")

    def __init__(self, fields: tuple[Any, ...]) -> None:
        self._fields = fields
        # Tells two sessions apart in fsspec's instance cache without showing the token.
        self.fingerprint = hashlib.sha256(repr(fields).encode()).hexdigest()[:16]

    @classmethod
    def capture(cls, held: Any = None) -> Credentials:
        """``held`` (a filesystem's own session), else the session in use now."""
        from .._session.clients import shared_client

        s = held if held is not None else shared_client().current_session()
        return cls(
            (s.server_address, s.token, s.workspace, s.workspace_id, s.username, s.verify_ssl, s.ca_file)
        )

    def session(self) -> Any:
        """These credentials as a session of their own (the process's session is left alone)."""
        from .._session.session import Session

        return Session(*self._fields)

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
