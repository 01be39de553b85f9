from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.user_role import UserRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdateRequest")


def _convert_role(value: UserRole | str | Unset) -> UserRole | Unset:
    """``role`` as a ``UserRole``: a member as it is, a listed string value as its member."""
    if isinstance(value, UserRole | Unset):
        return value
    return UserRole.checked(value, "UserUpdateRequest.role")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class UserUpdateRequest:
    """
    Attributes:
        display_name (str | Unset):
        email (str | Unset):
        timezone (str | Unset):
        image (str | Unset):
        role (UserRole | Unset):
    """

    display_name: str | Unset = UNSET
    email: str | Unset = UNSET
    timezone: str | Unset = UNSET
    image: str | Unset = UNSET
    role: UserRole | Unset = _attrs_field(default=UNSET, converter=_convert_role)
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
                f"display_name={self.display_name!r}, "
                f"email={self.email!r}, "
                f"timezone={self.timezone!r}, "
                f"image={self.image!r}, "
                f"role={self.role!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.display_name == other.display_name
            and self.email == other.email
            and self.timezone == other.timezone
            and self.image == other.image
            and self.role == other.role
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        email = self.email

        timezone = self.timezone

        image = self.image

        _role_member = _convert_role(self.role)
        role: str | Unset = UNSET
        if not isinstance(_role_member, Unset):
            role = _role_member.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if image is not UNSET:
            field_dict["image"] = image
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        display_name = src_dict.get("display_name", UNSET)

        email = src_dict.get("email", UNSET)

        timezone = src_dict.get("timezone", UNSET)

        image = src_dict.get("image", UNSET)

        _role: Any = src_dict.get("role", UNSET)
        role = UNSET if _role is UNSET else _UserRole_by_value.get(_role) or UserRole(_role)

        instance = cls.__new__(cls)
        instance.display_name = display_name
        instance.email = email
        instance.timezone = timezone
        instance.image = image
        instance.role = role
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
_FIELDS: frozenset[str] = frozenset(("display_name", "email", "timezone", "image", "role"))
_UserRole_by_value = cast("dict[Any, UserRole]", UserRole._value2member_map_)
