"""Types shared by the generated modules: the UNSET marker, file payloads, whole answers."""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote


class Unset:
    """The type of :data:`UNSET`: an argument or field that was not given (distinct from ``None``)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


class File:
    """A binary payload to upload (or a downloaded one), with an optional name and media type."""

    __slots__ = ("payload", "file_name", "mime_type", "__weakref__")
    __match_args__ = ("payload", "file_name", "mime_type")

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        """The ``(name, payload, media type)`` triple httpx takes for multipart uploads."""
        return self.file_name, self.payload, self.mime_type

    def __repr__(self) -> str:
        return f"File(payload={self.payload!r}, file_name={self.file_name!r}, mime_type={self.mime_type!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, File) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.payload, self.file_name, self.mime_type) == (other.payload, other.file_name, other.mime_type)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value


T = TypeVar("T")


class Response(Generic[T]):
    """A whole answer: status, raw content, headers and the parsed success value.

    ``status_code`` is an :class:`http.HTTPStatus` when Python knows the code, else the plain int.
    """

    __slots__ = ("status_code", "content", "headers", "parsed", "__weakref__")
    __match_args__ = ("status_code", "content", "headers", "parsed")

    def __init__(
        self, status_code: HTTPStatus | int, content: bytes, headers: MutableMapping[str, str], parsed: T | None
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed

    def __repr__(self) -> str:
        return (
            f"Response(status_code={self.status_code!r}, content={self.content!r}, "
            f"headers={self.headers!r}, parsed={self.parsed!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Response) or other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.status_code, self.content, self.headers, self.parsed)
        return mine == (other.status_code, other.content, other.headers, other.parsed)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value


def http_status(code: int) -> HTTPStatus | int:
    """``HTTPStatus(code)`` for a registered code, the code itself otherwise (a server may send 299)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def parse_datetime(text: str) -> datetime.datetime:
    """Parse a ``date-time`` field: ISO 8601 / RFC 3339 text as a server sends it.

    The standard library's parser takes the common forms; python-dateutil's ISO parser takes the
    rest that RFC 3339 allows (a lowercase ``t`` or ``z``, offsets without a colon), so a server
    that writes them is still understood.
    """
    try:
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        from dateutil.parser import isoparse  # only for the rare forms the fast path refuses

        parsed: datetime.datetime = isoparse(text)
        return parsed


def path_segment(value: object, name: str = "path parameter") -> str:
    """Encode the path parameter ``name`` as a single URL path segment.

    Everything but unreserved characters is percent-encoded (``/`` included), and the segments
    ``.`` and ``..`` are encoded too: left as they are, URL normalisation would remove them and the
    request would address another resource. ``None``, other non-strings and ``""`` are refused:
    they would silently address another resource (``/users/None``, ``/users/``).
    """
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    text = quote(str(value), safe="")
    if not text:
        raise ValueError(f"{name} must not be empty")
    if text in (".", ".."):
        return text.replace(".", "%2E")
    return text


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "http_status",
    "parse_datetime",
    "path_segment",
]
