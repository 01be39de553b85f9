from __future__ import annotations

import functools as _functools
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import REQUEST_BODY, UNSET, Unset, check_value

T = TypeVar("T", bound="UserCreateRequest")


@_attrs_define
class UserCreateRequest:
    """
    Attributes:
        email (str):
        username (str):
        password (str):
        display_name (str | Unset):
        timezone (str | Unset):
        image (str | Unset):
        invitation_token (str | Unset):
    """

    email: str
    username: str
    password: str = _attrs_field(repr=False)
    display_name: str | Unset = UNSET
    timezone: str | Unset = UNSET
    image: str | Unset = UNSET
    invitation_token: str | Unset = _attrs_field(default=UNSET, repr=False)
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
                f"email={self.email!r}, "
                f"username={self.username!r}, "
                f"display_name={self.display_name!r}, "
                f"timezone={self.timezone!r}, "
                f"image={self.image!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.email == other.email
            and self.username == other.username
            and self.password == other.password
            and self.display_name == other.display_name
            and self.timezone == other.timezone
            and self.image == other.image
            and self.invitation_token == other.invitation_token
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        if REQUEST_BODY.get():
            _check_fields(self)
        email = self.email

        username = self.username

        password = self.password

        display_name = self.display_name

        timezone = self.timezone

        image = self.image

        invitation_token = self.invitation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "username": username,
                "password": password,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if image is not UNSET:
            field_dict["image"] = image
        if invitation_token is not UNSET:
            field_dict["invitation_token"] = invitation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        email = src_dict["email"]

        username = src_dict["username"]

        password = src_dict["password"]

        display_name = src_dict.get("display_name", UNSET)

        timezone = src_dict.get("timezone", UNSET)

        image = src_dict.get("image", UNSET)

        invitation_token = src_dict.get("invitation_token", UNSET)

        instance = cls.__new__(cls)
        instance.email = email
        instance.username = username
        instance.password = password
        instance.display_name = display_name
        instance.timezone = timezone
        instance.image = image
        instance.invitation_token = invitation_token
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


def _check_fields(instance: UserCreateRequest) -> None:
    """Refuse (``errors.ConstraintError``) a field the spec's constraints do not allow."""
    check_value(instance.password, "UserCreateRequest.password", min_length=1, secret=True)


_attrs_init = UserCreateRequest.__init__


def _init(self: UserCreateRequest, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, then the spec's constraints checked."""
    _attrs_init(self, *args, **kwargs)
    _check_fields(self)


setattr(UserCreateRequest, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    ("email", "username", "password", "display_name", "timezone", "image", "invitation_token")
)
