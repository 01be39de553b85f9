from __future__ import annotations

import datetime
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.user_role import UserRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


def _convert_role(value: UserRole | str) -> UserRole:
    """``role`` as a ``UserRole``: a member as it is, a listed string value as its member."""
    if isinstance(value, UserRole):
        return value
    return UserRole.checked(value, "User.role")


class _UserText:
    """Hidden slots for the server's own text of the date-time fields of :class:`User`."""

    __slots__ = ("_created_at_text", "_updated_at_text", "_deleted_at_text")
    _created_at_text: str
    _updated_at_text: str
    _deleted_at_text: str


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class User(_UserText):
    """
    Attributes:
        id (str):
        display_name (str):
        email (str):
        role (UserRole):
        username (str):
        timezone (str):
        created_at (datetime.datetime):
        image_id (str | Unset):
        is_valid_email (bool | Unset):
        updated_at (datetime.datetime | Unset):
        deleted_at (datetime.datetime | Unset):
    """

    id: str
    display_name: str
    email: str
    role: UserRole = _attrs_field(converter=_convert_role)
    username: str
    timezone: str
    created_at: datetime.datetime
    image_id: str | Unset = UNSET
    is_valid_email: bool | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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
                f"id={self.id!r}, "
                f"display_name={self.display_name!r}, "
                f"email={self.email!r}, "
                f"role={self.role!r}, "
                f"username={self.username!r}, "
                f"timezone={self.timezone!r}, "
                f"created_at={self.created_at!r}, "
                f"image_id={self.image_id!r}, "
                f"is_valid_email={self.is_valid_email!r}, "
                f"updated_at={self.updated_at!r}, "
                f"deleted_at={self.deleted_at!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.display_name == other.display_name
            and self.email == other.email
            and self.role == other.role
            and self.username == other.username
            and self.timezone == other.timezone
            and self.created_at == other.created_at
            and self.image_id == other.image_id
            and self.is_valid_email == other.is_valid_email
            and self.updated_at == other.updated_at
            and self.deleted_at == other.deleted_at
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        email = self.email

        _role_member = _convert_role(self.role)
        role = _role_member.value

        username = self.username

        timezone = self.timezone

        created_at = self.created_at.isoformat()
        _text = getattr(self, "_created_at_text", None)
        if _text is not None and isinstance(self.created_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.created_at and _parsed.utcoffset() == self.created_at.utcoffset():
                created_at = _text

        image_id = self.image_id

        is_valid_email = self.is_valid_email

        updated_at: str | Unset = (
            self.updated_at if not isinstance(self.updated_at, datetime.datetime) else self.updated_at.isoformat()
        )
        _text = getattr(self, "_updated_at_text", None)
        if _text is not None and isinstance(self.updated_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.updated_at and _parsed.utcoffset() == self.updated_at.utcoffset():
                updated_at = _text

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
                "id": id,
                "display_name": display_name,
                "email": email,
                "role": role,
                "username": username,
                "timezone": timezone,
                "created_at": created_at,
            }
        )
        if image_id is not UNSET:
            field_dict["image_id"] = image_id
        if is_valid_email is not UNSET:
            field_dict["is_valid_email"] = is_valid_email
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        id = src_dict["id"]

        display_name = src_dict["display_name"]

        email = src_dict["email"]

        _role = src_dict["role"]
        role = _UserRole_by_value.get(_role) or UserRole(_role)

        username = src_dict["username"]

        timezone = src_dict["timezone"]

        _created_at = src_dict["created_at"]
        created_at = _parse_datetime(_created_at)

        image_id = src_dict.get("image_id", UNSET)

        is_valid_email = src_dict.get("is_valid_email", UNSET)

        _updated_at: Any = src_dict.get("updated_at", UNSET)
        updated_at = UNSET if _updated_at is UNSET else _parse_datetime(_updated_at)

        _deleted_at: Any = src_dict.get("deleted_at", UNSET)
        deleted_at = UNSET if _deleted_at is UNSET else _parse_datetime(_deleted_at)

        instance = cls.__new__(cls)
        instance.id = id
        instance.display_name = display_name
        instance.email = email
        instance.role = role
        instance.username = username
        instance.timezone = timezone
        instance.created_at = created_at
        instance.image_id = image_id
        instance.is_valid_email = is_valid_email
        instance.updated_at = updated_at
        instance.deleted_at = deleted_at
        instance._created_at_text = _created_at
        if isinstance(_updated_at, str):
            instance._updated_at_text = _updated_at
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
    (
        "id",
        "display_name",
        "email",
        "role",
        "username",
        "timezone",
        "created_at",
        "image_id",
        "is_valid_email",
        "updated_at",
        "deleted_at",
    )
)
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time

_UserRole_by_value = cast("dict[Any, UserRole]", UserRole._value2member_map_)
