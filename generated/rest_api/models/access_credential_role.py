from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aws_role import AWSRole


T = TypeVar("T", bound="AccessCredentialRole")


@_attrs_define
class AccessCredentialRole:
    """
    Attributes:
        aws (AWSRole | Unset):
    """

    aws: AWSRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aws: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws, Unset):
            aws = self.aws.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aws is not UNSET:
            field_dict["aws"] = aws

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aws_role import AWSRole  # noqa: PLC0415

        d = dict(src_dict)
        _aws = d.pop("aws", UNSET)
        aws: AWSRole | Unset
        if isinstance(_aws, Unset):
            aws = UNSET
        else:
            aws = AWSRole.from_dict(_aws)

        access_credential_role = cls(
            aws=aws,
        )

        access_credential_role.additional_properties = d
        return access_credential_role

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
