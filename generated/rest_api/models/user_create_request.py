from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    password: str
    display_name: str | Unset = UNSET
    timezone: str | Unset = UNSET
    image: str | Unset = UNSET
    invitation_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        d = dict(src_dict)
        email = d.pop("email")

        username = d.pop("username")

        password = d.pop("password")

        display_name = d.pop("display_name", UNSET)

        timezone = d.pop("timezone", UNSET)

        image = d.pop("image", UNSET)

        invitation_token = d.pop("invitation_token", UNSET)

        user_create_request = cls(
            email=email,
            username=username,
            password=password,
            display_name=display_name,
            timezone=timezone,
            image=image,
            invitation_token=invitation_token,
        )

        user_create_request.additional_properties = d
        return user_create_request

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
