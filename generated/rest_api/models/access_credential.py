from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_credential_status import AccessCredentialStatus
from ..models.cloud_provider import CloudProvider
from ..models.credential_type import CredentialType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_credential_role import AccessCredentialRole
    from ..models.credential import Credential
    from ..models.token import Token


T = TypeVar("T", bound="AccessCredential")


@_attrs_define
class AccessCredential:
    """
    Attributes:
        credential_type (CredentialType):
        id (str):
        name (str):
        provider (CloudProvider):
        created_at (datetime.datetime):
        provider_default (bool | Unset):
        updated_at (datetime.datetime | Unset):
        allowed_in_tasks (bool | Unset):
        status (AccessCredentialStatus | Unset):
        credential (Credential | Unset):
        role (AccessCredentialRole | Unset):
        token (Token | Unset):
    """

    credential_type: CredentialType
    id: str
    name: str
    provider: CloudProvider
    created_at: datetime.datetime
    provider_default: bool | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    allowed_in_tasks: bool | Unset = UNSET
    status: AccessCredentialStatus | Unset = UNSET
    credential: Credential | Unset = UNSET
    role: AccessCredentialRole | Unset = UNSET
    token: Token | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_type = self.credential_type.value

        id = self.id

        name = self.name

        provider = self.provider.value

        created_at = self.created_at.isoformat()

        provider_default = self.provider_default

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        allowed_in_tasks = self.allowed_in_tasks

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential, Unset):
            credential = self.credential.to_dict()

        role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.to_dict()

        token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = self.token.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credential_type": credential_type,
                "id": id,
                "name": name,
                "provider": provider,
                "created_at": created_at,
            }
        )
        if provider_default is not UNSET:
            field_dict["provider_default"] = provider_default
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if allowed_in_tasks is not UNSET:
            field_dict["allowed_in_tasks"] = allowed_in_tasks
        if status is not UNSET:
            field_dict["status"] = status
        if credential is not UNSET:
            field_dict["credential"] = credential
        if role is not UNSET:
            field_dict["role"] = role
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_credential_role import AccessCredentialRole  # noqa: PLC0415
        from ..models.credential import Credential  # noqa: PLC0415
        from ..models.token import Token  # noqa: PLC0415

        d = dict(src_dict)
        credential_type = CredentialType(d.pop("credential_type"))

        id = d.pop("id")

        name = d.pop("name")

        provider = CloudProvider(d.pop("provider"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        provider_default = d.pop("provider_default", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        allowed_in_tasks = d.pop("allowed_in_tasks", UNSET)

        _status = d.pop("status", UNSET)
        status: AccessCredentialStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AccessCredentialStatus(_status)

        _credential = d.pop("credential", UNSET)
        credential: Credential | Unset
        if isinstance(_credential, Unset):
            credential = UNSET
        else:
            credential = Credential.from_dict(_credential)

        _role = d.pop("role", UNSET)
        role: AccessCredentialRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = AccessCredentialRole.from_dict(_role)

        _token = d.pop("token", UNSET)
        token: Token | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = Token.from_dict(_token)

        access_credential = cls(
            credential_type=credential_type,
            id=id,
            name=name,
            provider=provider,
            created_at=created_at,
            provider_default=provider_default,
            updated_at=updated_at,
            allowed_in_tasks=allowed_in_tasks,
            status=status,
            credential=credential,
            role=role,
            token=token,
        )

        access_credential.additional_properties = d
        return access_credential

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
