from __future__ import annotations

import datetime
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Conversation")


class _ConversationText:
    """Hidden slots for the server's own text of the date-time fields of :class:`Conversation`."""

    __slots__ = ("_created_at_text", "_last_accessed_at_text")
    _created_at_text: str
    _last_accessed_at_text: str


@_attrs_define
class Conversation(_ConversationText):
    """
    Attributes:
        conversation_id (str):
        user_id (str):
        workspace_id (str):
        title (str):
        created_at (datetime.datetime):
        last_accessed_at (datetime.datetime):
    """

    conversation_id: str
    user_id: str
    workspace_id: str
    title: str
    created_at: datetime.datetime
    last_accessed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        key = (id(self), _get_ident())
        if key in _REPRING:
            return "..."
        _REPRING.add(key)
        try:
            name = self.__class__.__qualname__.rsplit(">.", 1)[-1]
            return (
                f"{name}("
                f"conversation_id={self.conversation_id!r}, "
                f"user_id={self.user_id!r}, "
                f"workspace_id={self.workspace_id!r}, "
                f"title={self.title!r}, "
                f"created_at={self.created_at!r}, "
                f"last_accessed_at={self.last_accessed_at!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.conversation_id == other.conversation_id
            and self.user_id == other.user_id
            and self.workspace_id == other.workspace_id
            and self.title == other.title
            and self.created_at == other.created_at
            and self.last_accessed_at == other.last_accessed_at
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        user_id = self.user_id

        workspace_id = self.workspace_id

        title = self.title

        created_at = self.created_at.isoformat()
        _text = getattr(self, "_created_at_text", None)
        if _text is not None and isinstance(self.created_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.created_at and _parsed.utcoffset() == self.created_at.utcoffset():
                created_at = _text

        last_accessed_at = self.last_accessed_at.isoformat()
        _text = getattr(self, "_last_accessed_at_text", None)
        if _text is not None and isinstance(self.last_accessed_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.last_accessed_at and _parsed.utcoffset() == self.last_accessed_at.utcoffset():
                last_accessed_at = _text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "user_id": user_id,
                "workspace_id": workspace_id,
                "title": title,
                "created_at": created_at,
                "last_accessed_at": last_accessed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        conversation_id = src_dict["conversation_id"]

        user_id = src_dict["user_id"]

        workspace_id = src_dict["workspace_id"]

        title = src_dict["title"]

        _created_at = src_dict["created_at"]
        created_at = _parse_datetime(_created_at)

        _last_accessed_at = src_dict["last_accessed_at"]
        last_accessed_at = _parse_datetime(_last_accessed_at)

        instance = cls.__new__(cls)
        instance.conversation_id = conversation_id
        instance.user_id = user_id
        instance.workspace_id = workspace_id
        instance.title = title
        instance.created_at = created_at
        instance.last_accessed_at = last_accessed_at
        instance._created_at_text = _created_at
        instance._last_accessed_at_text = _last_accessed_at
        if _FIELDS.issuperset(src_dict):
            instance.additional_properties = {}
        else:
            instance.additional_properties = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        return instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    ("conversation_id", "user_id", "workspace_id", "title", "created_at", "last_accessed_at")
)
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time
