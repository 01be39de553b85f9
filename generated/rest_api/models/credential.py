from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aws_credential import AWSCredential
    from ..models.azure_credential import AzureCredential
    from ..models.gcp_interoperability_credential import GCPInteroperabilityCredential


T = TypeVar("T", bound="Credential")


@_attrs_define
class Credential:
    """
    Attributes:
        aws (AWSCredential | Unset):
        azure (AzureCredential | Unset):
        gcp (GCPInteroperabilityCredential | Unset):
    """

    aws: AWSCredential | Unset = UNSET
    azure: AzureCredential | Unset = UNSET
    gcp: GCPInteroperabilityCredential | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aws: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws, Unset):
            aws = self.aws.to_dict()

        azure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure, Unset):
            azure = self.azure.to_dict()

        gcp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcp, Unset):
            gcp = self.gcp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aws is not UNSET:
            field_dict["aws"] = aws
        if azure is not UNSET:
            field_dict["azure"] = azure
        if gcp is not UNSET:
            field_dict["gcp"] = gcp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aws_credential import AWSCredential  # noqa: PLC0415
        from ..models.azure_credential import AzureCredential  # noqa: PLC0415
        from ..models.gcp_interoperability_credential import GCPInteroperabilityCredential  # noqa: PLC0415

        d = dict(src_dict)
        _aws = d.pop("aws", UNSET)
        aws: AWSCredential | Unset
        if isinstance(_aws, Unset):
            aws = UNSET
        else:
            aws = AWSCredential.from_dict(_aws)

        _azure = d.pop("azure", UNSET)
        azure: AzureCredential | Unset
        if isinstance(_azure, Unset):
            azure = UNSET
        else:
            azure = AzureCredential.from_dict(_azure)

        _gcp = d.pop("gcp", UNSET)
        gcp: GCPInteroperabilityCredential | Unset
        if isinstance(_gcp, Unset):
            gcp = UNSET
        else:
            gcp = GCPInteroperabilityCredential.from_dict(_gcp)

        credential = cls(
            aws=aws,
            azure=azure,
            gcp=gcp,
        )

        credential.additional_properties = d
        return credential

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
