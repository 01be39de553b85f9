"""Pages of a listing kept as the JSON text the server sent: :class:`JsonPage` and :func:`json_pages`.

A page parsed into models takes several times the memory of its text, and a listing that fetches
pages ahead holds each of them until the walk gets there. So a page is kept as its text: what
surrounds the items (``pagination_metadata`` above all) is parsed when the page arrives, through
the generated answer model, and the text is checked to be valid JSON; each item becomes a model
only when it is read, and a model nobody keeps is gone before the next one is made.

Errors come out as they would from the generated operation: an answer that is not valid JSON,
or misses a required field, raises ``ResponseValidationError`` when it arrives; an item that
does not fit its model raises it when the item is read. :func:`json_pages` turns both, and a
failed request, into the high-level module's own exception.
"""

from __future__ import annotations

import functools
import json
import re
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from types import ModuleType
from typing import Any, Generic, Protocol, TypeVar, overload

import httpx

from .errors import HighLevelError, translated

__all__ = ["JsonPage", "json_pages", "scan_list_answer"]

_T = TypeVar("_T")

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
#: What the generated models raise for data that does not fit them (as the generated
#: operations catch it).
_MODEL_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


class _Envelope(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...


def _skip(text: str, pos: int) -> int:
    """The position of the first character at or after ``pos`` that is not JSON whitespace."""
    match = _WHITESPACE.match(text, pos)
    return pos if match is None else match.end()


def _expect(text: str, pos: int, char: str, what: str) -> int:
    """The position after ``char`` (and the whitespace after it) at ``pos``, or a decode error."""
    if text.startswith(char, pos):
        return _skip(text, pos + 1)
    raise json.JSONDecodeError(f"Expecting {what}", text, pos)


def scan_list_answer(text: str) -> tuple[dict[str, Any], list[int] | None]:
    """Read a list answer's JSON object without building its ``data`` array.

    :return: every member but ``data``, decoded, and the position in ``text`` where each item
        of ``data`` starts (``None`` when the object has no ``data``). A repeated name counts
        once, the last one, as for ``json.loads``.
    :raises json.JSONDecodeError: ``text`` is not exactly one JSON object.
    :raises TypeError: ``data`` is not an array.
    """
    members: dict[str, Any] = {}
    starts: list[int] | None = None
    pos = _expect(text, _skip(text, 0), "{", "'{'")
    if text.startswith("}", pos):
        pos += 1
    else:
        while True:
            if not text.startswith('"', pos):
                raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, pos)
            name, pos = _DECODER.raw_decode(text, pos)
            pos = _expect(text, _skip(text, pos), ":", "':' delimiter")
            if name == "data" and text.startswith("[", pos):
                starts = []
                pos = _skip(text, pos + 1)
                if text.startswith("]", pos):
                    pos += 1
                else:
                    while True:
                        starts.append(pos)
                        _, pos = _DECODER.raw_decode(text, pos)
                        pos = _skip(text, pos)
                        if text.startswith("]", pos):
                            pos += 1
                            break
                        pos = _expect(text, pos, ",", "',' delimiter")
            else:
                value, pos = _DECODER.raw_decode(text, pos)
                if name == "data":
                    raise TypeError(f"the answer's data is a {type(value).__name__}, not an array")
                members[name] = value
            pos = _skip(text, pos)
            if text.startswith("}", pos):
                pos += 1
                break
            pos = _expect(text, pos, ",", "',' delimiter")
    end = _skip(text, pos)
    if end != len(text):
        raise json.JSONDecodeError("Extra data", text, end)
    return members, starts


@functools.cache
def _item_model(envelope: type) -> Callable[[Any], Any]:
    """The ``from_dict`` of the model of ``envelope.data``'s items (``data: list[Item]``)."""
    hint = typing.get_type_hints(envelope).get("data")
    args = typing.get_args(hint)
    if typing.get_origin(hint) is not list or len(args) != 1 or not hasattr(args[0], "from_dict"):
        raise TypeError(f"{envelope.__name__}.data is not a list of models (it is {hint!r})")
    parse: Callable[[Any], Any] = args[0].from_dict
    return parse


class _Items(Sequence[_T]):
    """The items of a :class:`JsonPage`, each parsed into its model when it is read."""

    __slots__ = ("_item", "_starts")

    def __init__(self, starts: Sequence[int], item: Callable[[int], _T]) -> None:
        self._starts = starts
        self._item = item

    def __len__(self) -> int:
        return len(self._starts)

    def __iter__(self) -> Iterator[_T]:
        item = self._item
        for start in self._starts:
            yield item(start)

    @overload
    def __getitem__(self, index: int) -> _T: ...

    @overload
    def __getitem__(self, index: slice) -> list[_T]: ...

    def __getitem__(self, index: int | slice) -> _T | list[_T]:
        if isinstance(index, slice):
            return [self._item(start) for start in self._starts[index]]
        return self._item(self._starts[index])


class JsonPage(Generic[_T]):
    """One answer of a list operation: its text, its parsed surroundings, its items on demand.

    :ivar data: The items, a read-only sequence; each read parses the item anew.
    :ivar pagination_metadata: The server's pagination metadata, as the answer model has it.
    :ivar envelope: The answer model, parsed with an empty ``data``.
    """

    __slots__ = ("data", "envelope", "pagination_metadata")

    def __init__(
        self,
        response: httpx.Response,
        envelope: type[_Envelope],
        operation: str,
        errors: Callable[[], AbstractContextManager[object]],
    ) -> None:
        """Check and index a read 2xx ``response`` of ``operation``, answered as model ``envelope``.

        :raises ResponseValidationError: (through ``errors``) the body is not a JSON object the
            model accepts, apart from the items.
        """
        from ..rest_api.errors import ResponseValidationError

        parse_item = _item_model(envelope)
        with errors():
            try:
                body = response.content
                text = body.decode(json.detect_encoding(body), "surrogatepass")
                members, starts = scan_list_answer(text)
                if starts is not None:
                    members["data"] = []
                self.envelope = envelope.from_dict(members)
            except _MODEL_ERRORS as exc:
                raise ResponseValidationError.from_exception(operation, response, exc) from exc
        # What an error message needs stays from the response, not its body a second time.
        # Nothing here refers back to the page: a page let go is freed at once, not by the
        # garbage collector.
        origin = httpx.Response(response.status_code, headers=response.headers)

        def item(start: int) -> Any:
            with errors():
                try:
                    return parse_item(_DECODER.raw_decode(text, start)[0])
                except _MODEL_ERRORS as exc:
                    raise ResponseValidationError.from_exception(operation, origin, exc) from exc

        self.pagination_metadata = getattr(self.envelope, "pagination_metadata", None)
        self.data: Sequence[_T] = _Items(starts or (), item)

    def __repr__(self) -> str:
        return f"<JsonPage of {len(self.data)} items: {self.pagination_metadata!r}>"


def json_pages(
    operation: ModuleType,
    envelope: type[_Envelope],
    client: Any,
    error: type[HighLevelError],
    action: str,
) -> Callable[..., JsonPage[Any]]:
    """A list call for :class:`~tiledb.client._highlevel.pager.Pager` that answers :class:`JsonPage` objects.

    :param operation: The generated operation module (it has ``stream`` and ``OPERATION``).
    :param envelope: The operation's answer model (``AssetListResponse``...).
    :param client: The generated ``AuthenticatedClient`` to send through.
    :param error: The module's exception: every failure, of the request or of parsing, becomes
        one (see :func:`~tiledb.client._highlevel.errors.translated`).
    :param action: What the listing does, in words (``"listing the assets in ..."``).
    """
    name: str = operation.OPERATION
    stream = operation.stream
    errors = functools.partial(translated, error, action)
    _item_model(envelope)  # a wrong envelope fails here, not on the first page

    def call(*args: Any, **kwargs: Any) -> JsonPage[Any]:
        with errors(), stream(*args, client=client, **kwargs) as response:
            response.read()
        return JsonPage(response, envelope, name, errors)

    call.__name__ = name
    return call
