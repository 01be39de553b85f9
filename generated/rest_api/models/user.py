from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
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
    role: UserRole
    username: str
    timezone: str
    created_at: datetime.datetime
    image_id: str | Unset = UNSET
    is_valid_email: bool | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        email = self.email

        role = self.role.value

        username = self.username

        timezone = self.timezone

        created_at = self.created_at.isoformat()

        image_id = self.image_id

        is_valid_email = self.is_valid_email

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        deleted_at: str | Unset = UNSET
        if not isinstance(self.deleted_at, Unset):
            deleted_at = self.deleted_at.isoformat()

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
        d = dict(src_dict)
        id = d.pop("id")

        display_name = d.pop("display_name")

        email = d.pop("email")

        role = UserRole(d.pop("role"))

        username = d.pop("username")

        timezone = d.pop("timezone")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        image_id = d.pop("image_id", UNSET)

        is_valid_email = d.pop("is_valid_email", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _deleted_at = d.pop("deleted_at", UNSET)
        deleted_at: datetime.datetime | Unset
        if isinstance(_deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = datetime.datetime.fromisoformat(_deleted_at)

        user = cls(
            id=id,
            display_name=display_name,
            email=email,
            role=role,
            username=username,
            timezone=timezone,
            created_at=created_at,
            image_id=image_id,
            is_valid_email=is_valid_email,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        user.additional_properties = d
        return user

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
