from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credential_create_request import CredentialCreateRequest


T = TypeVar("T", bound="TeamspaceDefaultCredential")


@_attrs_define
class TeamspaceDefaultCredential:
    """
    Attributes:
        new_credential (CredentialCreateRequest | Unset):
        existing_credential_name (str | Unset):
    """

    new_credential: CredentialCreateRequest | Unset = UNSET
    existing_credential_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new_credential, Unset):
            new_credential = self.new_credential.to_dict()

        existing_credential_name = self.existing_credential_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new_credential is not UNSET:
            field_dict["new_credential"] = new_credential
        if existing_credential_name is not UNSET:
            field_dict["existing_credential_name"] = existing_credential_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credential_create_request import CredentialCreateRequest  # noqa: PLC0415

        d = dict(src_dict)
        _new_credential = d.pop("new_credential", UNSET)
        new_credential: CredentialCreateRequest | Unset
        if isinstance(_new_credential, Unset):
            new_credential = UNSET
        else:
            new_credential = CredentialCreateRequest.from_dict(_new_credential)

        existing_credential_name = d.pop("existing_credential_name", UNSET)

        teamspace_default_credential = cls(
            new_credential=new_credential,
            existing_credential_name=existing_credential_name,
        )

        teamspace_default_credential.additional_properties = d
        return teamspace_default_credential

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
