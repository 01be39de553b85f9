"""Types shared by the generated modules: the UNSET marker, file payloads, whole answers."""

import datetime
import gc
import threading
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping, MutableMapping
from contextvars import ContextVar
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
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


#: What a binary request body may be: bytes-like, a binary file object (read in chunks as it is
#: sent), an iterable of bytes (streamed as it comes, never joined in memory) or a :class:`File`
#: holding one of those.
BinaryBody = File | bytes | bytearray | memoryview | IO[bytes] | Iterable[bytes]

#: Bytes read from a file object at a time while it is sent.
CHUNK_SIZE = 1 << 16


def _file_chunks(read: Any) -> Iterator[bytes]:
    while True:
        chunk = read(CHUNK_SIZE)
        if not chunk:
            return
        if not isinstance(chunk, bytes | bytearray | memoryview):
            raise TypeError(f"a body file must be opened in binary mode (read() gave {type(chunk).__name__})")
        yield bytes(chunk)


def _checked_chunks(items: Iterable[Any]) -> Iterator[bytes]:
    for chunk in items:
        if not isinstance(chunk, bytes | bytearray | memoryview):
            raise TypeError(f"a body iterable must yield bytes, not {type(chunk).__name__}")
        if chunk:
            yield bytes(chunk)


def _remaining(payload: Any) -> int | None:
    """Bytes left in a seekable file object (so Content-Length can be sent), else ``None``."""
    try:
        if not payload.seekable():
            return None
        here = payload.tell()
        end = payload.seek(0, 2)
        payload.seek(here)
        return max(int(end) - int(here), 0)
    except (AttributeError, OSError, ValueError):
        return None


def binary_content(body: object) -> tuple[bytes | Iterator[bytes] | AsyncIterator[bytes], int | None]:
    """The ``content`` to hand httpx for a binary body, and its length when known.

    ``bytes`` go as they are and ``bytearray``/``memoryview`` are copied to ``bytes``: a body
    in memory can be sent again, so the retry policy may retry it. A file object is read in
    chunks of :data:`CHUNK_SIZE` while it is sent, and an iterable is sent chunk by chunk: those
    are one-shot streams, never retried and never held whole in memory. An async iterable of
    bytes (for async clients) is streamed the same way.
    """
    payload = body.payload if isinstance(body, File) else body
    if isinstance(payload, bytes):
        return payload, len(payload)
    if isinstance(payload, bytearray | memoryview):
        data = bytes(payload)
        return data, len(data)
    if isinstance(payload, str):
        raise TypeError("a binary body must be bytes, not str: encode it first (text.encode())")
    read = getattr(payload, "read", None)
    if callable(read):
        return _file_chunks(read), _remaining(payload)
    if hasattr(payload, "__aiter__"):
        return _async_chunks(payload), None
    if isinstance(payload, Iterable):
        return _checked_chunks(payload), None
    raise TypeError(
        "body must be bytes, bytearray, memoryview, a binary file object, an iterable of bytes "
        f"or a File, not {type(payload).__name__}"
    )


async def _async_chunks(items: AsyncIterable[Any]) -> AsyncIterator[bytes]:
    async for chunk in items:
        if not isinstance(chunk, bytes | bytearray | memoryview):
            raise TypeError(f"a body iterable must yield bytes, not {type(chunk).__name__}")
        if chunk:
            yield bytes(chunk)


async def _sync_to_async(chunks: Iterator[bytes]) -> AsyncIterator[bytes]:
    # A local file read of one chunk is short; a thread hop per chunk would cost more than it saves.
    for chunk in chunks:
        yield chunk


def async_content(content: object) -> object:
    """``content`` from :func:`binary_content`, made sendable by an ``httpx.AsyncClient``."""
    if isinstance(content, Iterator):
        return _sync_to_async(content)
    return content


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


#: Answers of at least this many bytes are parsed with the cyclic garbage collector paused.
LARGE_ANSWER = 64 * 1024

_gc_lock = threading.Lock()
_gc_pauses = 0  # parses in progress that hold the collector paused (all threads)


class _Unpaused:
    """What :func:`parsing` gives for a small answer: nothing to do."""

    __slots__ = ()

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc_info: object) -> None:
        return None


_UNPAUSED = _Unpaused()


class _PausedCollector:
    """The cyclic garbage collector paused while a large answer is parsed.

    Parsing a large answer allocates tens of thousands of containers (the JSON's dicts and lists,
    then the models) that all stay alive until the parse ends; with the collector running, they
    trigger a collection every 700 allocations, each one scanning the objects of the parse so far
    again, and every few calls a full collection of the whole process (tens of ms in a process
    that has imported TileDB-Py and numpy). Nothing of a parse is garbage before it ends, so
    pausing loses nothing; the objects are counted as usual and the next collection after the
    parse runs as it would have.

    Several threads may parse at once: the collector is enabled again when the last of them is
    done. A collector that was disabled before (the application's choice) is left alone.
    """

    __slots__ = ("_paused",)

    def __init__(self) -> None:
        self._paused = False

    def __enter__(self) -> None:
        global _gc_pauses
        with _gc_lock:
            if _gc_pauses == 0 and not gc.isenabled():
                return
            gc.disable()
            _gc_pauses += 1
            self._paused = True

    def __exit__(self, *exc_info: object) -> None:
        global _gc_pauses
        if not self._paused:
            return
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0:
                gc.enable()


def parsing(content: bytes) -> _Unpaused | _PausedCollector:
    """The context a 2xx answer's body is parsed in: the collector paused for a large one.

    Used as ``with parsing(response.content): ...`` around ``response.json()`` and ``from_dict``.
    """
    if len(content) < LARGE_ANSWER:
        return _UNPAUSED
    return _PausedCollector()


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


def check_argument(value: object, name: str, kind: str) -> None:
    """Refuse, before anything is sent, an argument of the wrong type for its ``kind`` of schema.

    ``kind`` is ``"int"``, ``"float"`` or ``"bool"``. Unset and ``None`` arguments pass (they are
    not sent). ``True`` is not a number here, and ``1.5`` is not an int: httpx would send them as
    ``true`` and ``1.5``, which the server answers with a 400 far from the mistake, or worse reads
    as something else.
    """
    if value is None or isinstance(value, Unset):
        return
    if kind == "bool":
        ok = isinstance(value, bool)
    elif isinstance(value, bool):
        ok = False
    elif kind == "int":
        ok = isinstance(value, int)
    else:
        ok = isinstance(value, int | float)
    if not ok:
        wanted = {"int": "an int", "float": "a number (int or float)", "bool": "a bool"}[kind]
        raise TypeError(f"{name} must be {wanted}, not {type(value).__name__}")


#: True while an operation serialises its request body: the models' ``to_dict()`` then checks the
#: constraints of their fields (never while an answer is parsed or a model merely converted).
REQUEST_BODY: ContextVar[bool] = ContextVar("REQUEST_BODY", default=False)
# Patterns of the spec, compiled when first checked (not at import).
_PATTERNS: dict[str, Any] = {}


def _shown(value: object, secret: bool) -> str:
    """``value`` as a refusal quotes it: its repr (cut to 80 characters), never a secret's."""
    if secret:
        return "a value not shown (a secret field)"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def check_value(
    value: object,
    name: str,
    *,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
    minimum: float | None = None,
    maximum: float | None = None,
    exclusive_minimum: float | None = None,
    exclusive_maximum: float | None = None,
    min_items: int | None = None,
    max_items: int | None = None,
    items: Mapping[str, Any] | None = None,
    secret: bool = False,
) -> None:
    """Refuse, before anything is sent, a value the spec's constraints do not allow.

    The constraints are those openapi-python-client drops (``minLength``, ``pattern``,
    ``minimum``, ``maxItems``, ...); ``scripts/generate.py`` hands them to the templates, which call
    this for each constrained argument and, in a request body, each constrained model field. The
    string rules apply to strings, the bounds to numbers (not bools), the item counts to lists and
    tuples: a value of another type is left to the type checks. ``items`` holds the same keyword
    arguments for each item of a list, named ``name[index]`` in a refusal. ``None`` and ``UNSET``
    pass (they are not sent). A refusal is an ``errors.ConstraintError`` (a ``ValueError``) naming
    ``name``, the rule and the value's problem; with ``secret`` the value itself is never quoted.
    """
    if value is None or isinstance(value, Unset):
        return
    rule = problem = ""
    if isinstance(value, str):
        length = len(value)
        if min_length is not None and length < min_length:
            rule = "must not be empty" if min_length == 1 else f"must be at least {min_length} characters long"
        elif max_length is not None and length > max_length:
            rule = f"must be at most {max_length} characters long"
        if rule:
            counted = "1 character" if length == 1 else f"{length} characters"
            problem = f"got {counted}" if secret else f"got {counted}: {_shown(value, secret)}"
        elif pattern is not None:
            compiled = _PATTERNS.get(pattern)
            if compiled is None:
                import re

                compiled = _PATTERNS[pattern] = re.compile(pattern)
            if compiled.search(value) is None:
                rule, problem = f"must match the pattern {pattern}", f"got {_shown(value, secret)}"
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if minimum is not None and value < minimum:
            rule = f"must be >= {minimum}"
        elif exclusive_minimum is not None and value <= exclusive_minimum:
            rule = f"must be > {exclusive_minimum}"
        elif maximum is not None and value > maximum:
            rule = f"must be <= {maximum}"
        elif exclusive_maximum is not None and value >= exclusive_maximum:
            rule = f"must be < {exclusive_maximum}"
        if rule:
            problem = f"got {_shown(value, secret)}"
    elif isinstance(value, list | tuple):
        if min_items is not None and len(value) < min_items:
            rule = f"must have at least {min_items} item{'s' if min_items != 1 else ''}"
        elif max_items is not None and len(value) > max_items:
            rule = f"must have at most {max_items} item{'s' if max_items != 1 else ''}"
        if rule:
            problem = f"got {len(value)}"
        elif items:
            for index, item in enumerate(value):
                check_value(item, f"{name}[{index}]", **items)
    if rule:
        from .errors import ConstraintError

        raise ConstraintError(name, rule, problem)


__all__ = [
    "CHUNK_SIZE",
    "UNSET",
    "BinaryBody",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "async_content",
    "binary_content",
    "REQUEST_BODY",
    "check_argument",
    "check_value",
    "http_status",
    "parse_datetime",
    "path_segment",
]
