from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_scope import TokenScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="APIToken")


@_attrs_define
class APIToken:
    """
    Attributes:
        token_id (str):
        name (str):
        created_at (datetime.datetime):
        expires_at (datetime.datetime):
        api_key (str):
        scope (TokenScope):
        workspace_id (str | Unset):
    """

    token_id: str
    name: str
    created_at: datetime.datetime
    expires_at: datetime.datetime
    api_key: str
    scope: TokenScope
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_id = self.token_id

        name = self.name

        created_at = self.created_at.isoformat()

        expires_at = self.expires_at.isoformat()

        api_key = self.api_key

        scope = self.scope.value

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token_id": token_id,
                "name": name,
                "created_at": created_at,
                "expires_at": expires_at,
                "api_key": api_key,
                "scope": scope,
            }
        )
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token_id = d.pop("token_id")

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        api_key = d.pop("api_key")

        scope = TokenScope(d.pop("scope"))

        workspace_id = d.pop("workspace_id", UNSET)

        api_token = cls(
            token_id=token_id,
            name=name,
            created_at=created_at,
            expires_at=expires_at,
            api_key=api_key,
            scope=scope,
            workspace_id=workspace_id,
        )

        api_token.additional_properties = d
        return api_token

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
