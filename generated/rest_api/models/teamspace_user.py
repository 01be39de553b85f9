from __future__ import annotations

import datetime
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.teamspace_role import TeamspaceRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamspaceUser")


def _convert_role(value: TeamspaceRole | str) -> TeamspaceRole:
    """``role`` as a ``TeamspaceRole``: a member as it is, a listed string value as its member."""
    if isinstance(value, TeamspaceRole):
        return value
    return TeamspaceRole.checked(value, "TeamspaceUser.role")


class _TeamspaceUserText:
    """Hidden slots for the server's own text of the date-time fields of :class:`TeamspaceUser`."""

    __slots__ = ("_created_at_text", "_deleted_at_text")
    _created_at_text: str
    _deleted_at_text: str


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class TeamspaceUser(_TeamspaceUserText):
    """
    Attributes:
        user_id (str):
        username (str):
        display_name (str):
        email (str):
        role (TeamspaceRole):
        added_by (str):
        created_at (datetime.datetime):
        image_id (str | Unset):
        deleted_at (datetime.datetime | Unset):
    """

    user_id: str
    username: str
    display_name: str
    email: str
    role: TeamspaceRole = _attrs_field(converter=_convert_role)
    added_by: str
    created_at: datetime.datetime
    image_id: str | Unset = UNSET
    deleted_at: datetime.datetime | Unset = UNSET
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
                f"user_id={self.user_id!r}, "
                f"username={self.username!r}, "
                f"display_name={self.display_name!r}, "
                f"email={self.email!r}, "
                f"role={self.role!r}, "
                f"added_by={self.added_by!r}, "
                f"created_at={self.created_at!r}, "
                f"image_id={self.image_id!r}, "
                f"deleted_at={self.deleted_at!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.user_id == other.user_id
            and self.username == other.username
            and self.display_name == other.display_name
            and self.email == other.email
            and self.role == other.role
            and self.added_by == other.added_by
            and self.created_at == other.created_at
            and self.image_id == other.image_id
            and self.deleted_at == other.deleted_at
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        display_name = self.display_name

        email = self.email

        _role_member = _convert_role(self.role)
        role = _role_member.value

        added_by = self.added_by

        created_at = self.created_at.isoformat()
        _text = getattr(self, "_created_at_text", None)
        if _text is not None and isinstance(self.created_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.created_at and _parsed.utcoffset() == self.created_at.utcoffset():
                created_at = _text

        image_id = self.image_id

        deleted_at: str | Unset = (
            self.deleted_at if not isinstance(self.deleted_at, datetime.datetime) else self.deleted_at.isoformat()
        )
        _text = getattr(self, "_deleted_at_text", None)
        if _text is not None and isinstance(self.deleted_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.deleted_at and _parsed.utcoffset() == self.deleted_at.utcoffset():
                deleted_at = _text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "display_name": display_name,
                "email": email,
                "role": role,
                "added_by": added_by,
                "created_at": created_at,
            }
        )
        if image_id is not UNSET:
            field_dict["image_id"] = image_id
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        user_id = src_dict["user_id"]

        username = src_dict["username"]

        display_name = src_dict["display_name"]

        email = src_dict["email"]

        _role = src_dict["role"]
        role = _TeamspaceRole_by_value.get(_role) or TeamspaceRole(_role)

        added_by = src_dict["added_by"]

        _created_at = src_dict["created_at"]
        created_at = _parse_datetime(_created_at)

        image_id = src_dict.get("image_id", UNSET)

        _deleted_at: Any = src_dict.get("deleted_at", UNSET)
        deleted_at = UNSET if _deleted_at is UNSET else _parse_datetime(_deleted_at)

        instance = cls.__new__(cls)
        instance.user_id = user_id
        instance.username = username
        instance.display_name = display_name
        instance.email = email
        instance.role = role
        instance.added_by = added_by
        instance.created_at = created_at
        instance.image_id = image_id
        instance.deleted_at = deleted_at
        instance._created_at_text = _created_at
        if isinstance(_deleted_at, str):
            instance._deleted_at_text = _deleted_at
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
    ("user_id", "username", "display_name", "email", "role", "added_by", "created_at", "image_id", "deleted_at")
)
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time

_TeamspaceRole_by_value = cast("dict[Any, TeamspaceRole]", TeamspaceRole._value2member_map_)
