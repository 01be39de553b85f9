from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cloud_provider import CloudProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_credential_role import AccessCredentialRole
    from ..models.credential import Credential
    from ..models.token import Token


T = TypeVar("T", bound="CredentialsVerifyRequest")


@_attrs_define
class CredentialsVerifyRequest:
    """
    Attributes:
        name (str):
        provider (CloudProvider):
        provider_default (bool | Unset):
        allowed_in_tasks (bool | Unset):
        credential (Credential | Unset):
        role (AccessCredentialRole | Unset):
        token (Token | Unset):
        workspace_id (str | Unset):
        teamspace_id (str | Unset):
    """

    name: str
    provider: CloudProvider
    provider_default: bool | Unset = UNSET
    allowed_in_tasks: bool | Unset = UNSET
    credential: Credential | Unset = UNSET
    role: AccessCredentialRole | Unset = UNSET
    token: Token | Unset = UNSET
    workspace_id: str | Unset = UNSET
    teamspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        provider = self.provider.value

        provider_default = self.provider_default

        allowed_in_tasks = self.allowed_in_tasks

        credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential, Unset):
            credential = self.credential.to_dict()

        role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.to_dict()

        token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = self.token.to_dict()

        workspace_id = self.workspace_id

        teamspace_id = self.teamspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "provider": provider,
            }
        )
        if provider_default is not UNSET:
            field_dict["provider_default"] = provider_default
        if allowed_in_tasks is not UNSET:
            field_dict["allowed_in_tasks"] = allowed_in_tasks
        if credential is not UNSET:
            field_dict["credential"] = credential
        if role is not UNSET:
            field_dict["role"] = role
        if token is not UNSET:
            field_dict["token"] = token
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if teamspace_id is not UNSET:
            field_dict["teamspace_id"] = teamspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_credential_role import AccessCredentialRole  # noqa: PLC0415
        from ..models.credential import Credential  # noqa: PLC0415
        from ..models.token import Token  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        provider = CloudProvider(d.pop("provider"))

        provider_default = d.pop("provider_default", UNSET)

        allowed_in_tasks = d.pop("allowed_in_tasks", UNSET)

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

        workspace_id = d.pop("workspace_id", UNSET)

        teamspace_id = d.pop("teamspace_id", UNSET)

        credentials_verify_request = cls(
            name=name,
            provider=provider,
            provider_default=provider_default,
            allowed_in_tasks=allowed_in_tasks,
            credential=credential,
            role=role,
            token=token,
            workspace_id=workspace_id,
            teamspace_id=teamspace_id,
        )

        credentials_verify_request.additional_properties = d
        return credentials_verify_request

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
