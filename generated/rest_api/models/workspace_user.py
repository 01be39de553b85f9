from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_role import WorkspaceRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceUser")


@_attrs_define
class WorkspaceUser:
    """
    Attributes:
        user_id (str):
        username (str):
        display_name (str):
        email (str):
        role (WorkspaceRole):
        added_by (str):
        created_at (datetime.datetime):
        image_id (str | Unset):
        deleted_at (datetime.datetime | Unset):
    """

    user_id: str
    username: str
    display_name: str
    email: str
    role: WorkspaceRole
    added_by: str
    created_at: datetime.datetime
    image_id: str | Unset = UNSET
    deleted_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        display_name = self.display_name

        email = self.email

        role = self.role.value

        added_by = self.added_by

        created_at = self.created_at.isoformat()

        image_id = self.image_id

        deleted_at: str | Unset = UNSET
        if not isinstance(self.deleted_at, Unset):
            deleted_at = self.deleted_at.isoformat()

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
        d = dict(src_dict)
        user_id = d.pop("user_id")

        username = d.pop("username")

        display_name = d.pop("display_name")

        email = d.pop("email")

        role = WorkspaceRole(d.pop("role"))

        added_by = d.pop("added_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        image_id = d.pop("image_id", UNSET)

        _deleted_at = d.pop("deleted_at", UNSET)
        deleted_at: datetime.datetime | Unset
        if isinstance(_deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = datetime.datetime.fromisoformat(_deleted_at)

        workspace_user = cls(
            user_id=user_id,
            username=username,
            display_name=display_name,
            email=email,
            role=role,
            added_by=added_by,
            created_at=created_at,
            image_id=image_id,
            deleted_at=deleted_at,
        )

        workspace_user.additional_properties = d
        return workspace_user

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
