from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sso_domain_setup import SSODomainSetup


T = TypeVar("T", bound="SSODomainConfigCreateRequest")


@_attrs_define
class SSODomainConfigCreateRequest:
    """
    Attributes:
        domain (str):
        oidc_client_id (str):
        oidc_client_secret (str):
        oidc_issuer (str):
        domain_setup (SSODomainSetup | Unset):
    """

    domain: str
    oidc_client_id: str
    oidc_client_secret: str
    oidc_issuer: str
    domain_setup: SSODomainSetup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        oidc_client_id = self.oidc_client_id

        oidc_client_secret = self.oidc_client_secret

        oidc_issuer = self.oidc_issuer

        domain_setup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.domain_setup, Unset):
            domain_setup = self.domain_setup.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "oidc_client_id": oidc_client_id,
                "oidc_client_secret": oidc_client_secret,
                "oidc_issuer": oidc_issuer,
            }
        )
        if domain_setup is not UNSET:
            field_dict["domain_setup"] = domain_setup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sso_domain_setup import SSODomainSetup  # noqa: PLC0415

        d = dict(src_dict)
        domain = d.pop("domain")

        oidc_client_id = d.pop("oidc_client_id")

        oidc_client_secret = d.pop("oidc_client_secret")

        oidc_issuer = d.pop("oidc_issuer")

        _domain_setup = d.pop("domain_setup", UNSET)
        domain_setup: SSODomainSetup | Unset
        if isinstance(_domain_setup, Unset):
            domain_setup = UNSET
        else:
            domain_setup = SSODomainSetup.from_dict(_domain_setup)

        sso_domain_config_create_request = cls(
            domain=domain,
            oidc_client_id=oidc_client_id,
            oidc_client_secret=oidc_client_secret,
            oidc_issuer=oidc_issuer,
            domain_setup=domain_setup,
        )

        sso_domain_config_create_request.additional_properties = d
        return sso_domain_config_create_request

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
