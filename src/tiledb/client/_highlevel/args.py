"""Small helpers the high-level modules share to build generated-layer calls."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["choice", "given", "one_or_many", "unset_if_none"]


def unset_if_none(value: Any) -> Any:
    """``UNSET`` for ``None`` (the generated layer leaves an ``UNSET`` field out of the request)."""
    from ..rest_api.types import UNSET

    return UNSET if value is None else value


def given(**kwargs: Any) -> dict[str, Any]:
    """The keyword arguments whose value is not ``None``."""
    return {k: v for k, v in kwargs.items() if v is not None}


def one_or_many(value: Any, what: str) -> list[Any]:
    """``value`` as a list: a string (or any non-iterable) is one item, never its characters."""
    if value is None:
        return []
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        return [value]
    items = list(value)
    if not items:
        raise ValueError(f"{what} must not be an empty list")
    return items


def choice(enum: Any, value: object, what: str) -> Any:
    """The member of the generated ``enum`` whose value is ``value``.

    Only the values the spec lists are accepted: a typo (``"editr"``) is refused here, before a
    request, instead of coming back as a 400 (or silently as a role the server does not know).

    :raises ValueError: ``value`` is not one of them.
    """
    known = [member.value for member in enum]
    text = getattr(value, "value", value)
    if not isinstance(text, str) or text not in known:
        raise ValueError(f"{what} must be one of {', '.join(map(repr, known))}; got {value!r}")
    return enum(text)
