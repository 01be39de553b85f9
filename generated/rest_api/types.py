"""Types shared by the generated modules: the UNSET marker, file payloads, whole answers."""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


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


@define
class File:
    """A binary payload to upload (or a downloaded one), with an optional name and media type."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The ``(name, payload, media type)`` triple httpx takes for multipart uploads."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A whole answer: status, raw content, headers and the parsed success value.

    ``status_code`` is an :class:`http.HTTPStatus` when Python knows the code, else the plain int.
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def http_status(code: int) -> HTTPStatus | int:
    """``HTTPStatus(code)`` for a registered code, the code itself otherwise (a server may send 299)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


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


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "http_status", "path_segment"]
