from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credential_create_request import CredentialCreateRequest
    from ..models.storage_settings_create_request import StorageSettingsCreateRequest


T = TypeVar("T", bound="WorkspaceCreateRequest")


@_attrs_define
class WorkspaceCreateRequest:
    """
    Attributes:
        name (str):
        default_credential (CredentialCreateRequest):
        default_storage_setting (StorageSettingsCreateRequest):
        description (str | Unset):
        image (str | Unset):
    """

    name: str
    default_credential: CredentialCreateRequest
    default_storage_setting: StorageSettingsCreateRequest
    description: str | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        default_credential = self.default_credential.to_dict()

        default_storage_setting = self.default_storage_setting.to_dict()

        description = self.description

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "default_credential": default_credential,
                "default_storage_setting": default_storage_setting,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credential_create_request import CredentialCreateRequest  # noqa: PLC0415
        from ..models.storage_settings_create_request import StorageSettingsCreateRequest  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        default_credential = CredentialCreateRequest.from_dict(d.pop("default_credential"))

        default_storage_setting = StorageSettingsCreateRequest.from_dict(d.pop("default_storage_setting"))

        description = d.pop("description", UNSET)

        image = d.pop("image", UNSET)

        workspace_create_request = cls(
            name=name,
            default_credential=default_credential,
            default_storage_setting=default_storage_setting,
            description=description,
            image=image,
        )

        workspace_create_request.additional_properties = d
        return workspace_create_request

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
