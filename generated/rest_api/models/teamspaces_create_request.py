from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.teamspace_visibility import TeamspaceVisibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storage_settings_for_teamspace_create_request import StorageSettingsForTeamspaceCreateRequest
    from ..models.teamspace_default_credential import TeamspaceDefaultCredential


T = TypeVar("T", bound="TeamspacesCreateRequest")


@_attrs_define
class TeamspacesCreateRequest:
    """
    Attributes:
        name (str):
        visibility (TeamspaceVisibility):
        description (str | Unset):
        icon (str | Unset):
        default_credential (TeamspaceDefaultCredential | Unset):
        default_storage_setting (StorageSettingsForTeamspaceCreateRequest | Unset):
    """

    name: str
    visibility: TeamspaceVisibility
    description: str | Unset = UNSET
    icon: str | Unset = UNSET
    default_credential: TeamspaceDefaultCredential | Unset = UNSET
    default_storage_setting: StorageSettingsForTeamspaceCreateRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        visibility = self.visibility.value

        description = self.description

        icon = self.icon

        default_credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_credential, Unset):
            default_credential = self.default_credential.to_dict()

        default_storage_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_storage_setting, Unset):
            default_storage_setting = self.default_storage_setting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "visibility": visibility,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if default_credential is not UNSET:
            field_dict["default_credential"] = default_credential
        if default_storage_setting is not UNSET:
            field_dict["default_storage_setting"] = default_storage_setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.storage_settings_for_teamspace_create_request import StorageSettingsForTeamspaceCreateRequest  # noqa: PLC0415
        from ..models.teamspace_default_credential import TeamspaceDefaultCredential  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        visibility = TeamspaceVisibility(d.pop("visibility"))

        description = d.pop("description", UNSET)

        icon = d.pop("icon", UNSET)

        _default_credential = d.pop("default_credential", UNSET)
        default_credential: TeamspaceDefaultCredential | Unset
        if isinstance(_default_credential, Unset):
            default_credential = UNSET
        else:
            default_credential = TeamspaceDefaultCredential.from_dict(_default_credential)

        _default_storage_setting = d.pop("default_storage_setting", UNSET)
        default_storage_setting: StorageSettingsForTeamspaceCreateRequest | Unset
        if isinstance(_default_storage_setting, Unset):
            default_storage_setting = UNSET
        else:
            default_storage_setting = StorageSettingsForTeamspaceCreateRequest.from_dict(_default_storage_setting)

        teamspaces_create_request = cls(
            name=name,
            visibility=visibility,
            description=description,
            icon=icon,
            default_credential=default_credential,
            default_storage_setting=default_storage_setting,
        )

        teamspaces_create_request.additional_properties = d
        return teamspaces_create_request

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
