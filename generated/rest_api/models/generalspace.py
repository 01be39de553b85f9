from __future__ import annotations

import datetime
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Generalspace")


class _GeneralspaceText:
    """Hidden slots for the server's own text of the date-time fields of :class:`Generalspace`."""

    __slots__ = ("_created_at_text", "_updated_at_text")
    _created_at_text: str
    _updated_at_text: str


@_attrs_define
class Generalspace(_GeneralspaceText):
    """
    Attributes:
        generalspace_id (str):
        name (str):
        created_at (datetime.datetime):
        icon (str | Unset):
        description (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    generalspace_id: str
    name: str
    created_at: datetime.datetime
    icon: str | Unset = UNSET
    description: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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
                f"generalspace_id={self.generalspace_id!r}, "
                f"name={self.name!r}, "
                f"created_at={self.created_at!r}, "
                f"icon={self.icon!r}, "
                f"description={self.description!r}, "
                f"updated_at={self.updated_at!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.generalspace_id == other.generalspace_id
            and self.name == other.name
            and self.created_at == other.created_at
            and self.icon == other.icon
            and self.description == other.description
            and self.updated_at == other.updated_at
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        generalspace_id = self.generalspace_id

        name = self.name

        created_at = self.created_at.isoformat()
        _text = getattr(self, "_created_at_text", None)
        if _text is not None and isinstance(self.created_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.created_at and _parsed.utcoffset() == self.created_at.utcoffset():
                created_at = _text

        icon = self.icon

        description = self.description

        updated_at: str | Unset = (
            self.updated_at if not isinstance(self.updated_at, datetime.datetime) else self.updated_at.isoformat()
        )
        _text = getattr(self, "_updated_at_text", None)
        if _text is not None and isinstance(self.updated_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.updated_at and _parsed.utcoffset() == self.updated_at.utcoffset():
                updated_at = _text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generalspace_id": generalspace_id,
                "name": name,
                "created_at": created_at,
            }
        )
        if icon is not UNSET:
            field_dict["icon"] = icon
        if description is not UNSET:
            field_dict["description"] = description
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        generalspace_id = src_dict["generalspace_id"]

        name = src_dict["name"]

        _created_at = src_dict["created_at"]
        created_at = _parse_datetime(_created_at)

        icon = src_dict.get("icon", UNSET)

        description = src_dict.get("description", UNSET)

        _updated_at: Any = src_dict.get("updated_at", UNSET)
        updated_at = UNSET if _updated_at is UNSET else _parse_datetime(_updated_at)

        instance = cls.__new__(cls)
        instance.generalspace_id = generalspace_id
        instance.name = name
        instance.created_at = created_at
        instance.icon = icon
        instance.description = description
        instance.updated_at = updated_at
        instance._created_at_text = _created_at
        if isinstance(_updated_at, str):
            instance._updated_at_text = _updated_at
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
_FIELDS: frozenset[str] = frozenset(("generalspace_id", "name", "created_at", "icon", "description", "updated_at"))
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time
