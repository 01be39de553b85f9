from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Conversation")


@_attrs_define
class Conversation:
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

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        user_id = self.user_id

        workspace_id = self.workspace_id

        title = self.title

        created_at = self.created_at.isoformat()

        last_accessed_at = self.last_accessed_at.isoformat()

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
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        user_id = d.pop("user_id")

        workspace_id = d.pop("workspace_id")

        title = d.pop("title")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        last_accessed_at = datetime.datetime.fromisoformat(d.pop("last_accessed_at"))

        conversation = cls(
            conversation_id=conversation_id,
            user_id=user_id,
            workspace_id=workspace_id,
            title=title,
            created_at=created_at,
            last_accessed_at=last_accessed_at,
        )

        conversation.additional_properties = d
        return conversation

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
