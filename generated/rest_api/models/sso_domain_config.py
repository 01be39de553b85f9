from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sso_domain_config_verification_status import SSODomainConfigVerificationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_check_result import DomainCheckResult
    from ..models.sso_domain_setup import SSODomainSetup


T = TypeVar("T", bound="SSODomainConfig")


@_attrs_define
class SSODomainConfig:
    """
    Attributes:
        domain (str):
        oidc_client_id (str):
        oidc_client_secret (str):
        oidc_issuer (str):
        uuid (str):
        verification_status (SSODomainConfigVerificationStatus):
        check_results (list[DomainCheckResult] | Unset):
        domain_setup (SSODomainSetup | Unset):
    """

    domain: str
    oidc_client_id: str
    oidc_client_secret: str
    oidc_issuer: str
    uuid: str
    verification_status: SSODomainConfigVerificationStatus
    check_results: list[DomainCheckResult] | Unset = UNSET
    domain_setup: SSODomainSetup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        oidc_client_id = self.oidc_client_id

        oidc_client_secret = self.oidc_client_secret

        oidc_issuer = self.oidc_issuer

        uuid = self.uuid

        verification_status = self.verification_status.value

        check_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.check_results, Unset):
            check_results = []
            for check_results_item_data in self.check_results:
                check_results_item = check_results_item_data.to_dict()
                check_results.append(check_results_item)

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
                "uuid": uuid,
                "verification_status": verification_status,
            }
        )
        if check_results is not UNSET:
            field_dict["check_results"] = check_results
        if domain_setup is not UNSET:
            field_dict["domain_setup"] = domain_setup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_check_result import DomainCheckResult  # noqa: PLC0415
        from ..models.sso_domain_setup import SSODomainSetup  # noqa: PLC0415

        d = dict(src_dict)
        domain = d.pop("domain")

        oidc_client_id = d.pop("oidc_client_id")

        oidc_client_secret = d.pop("oidc_client_secret")

        oidc_issuer = d.pop("oidc_issuer")

        uuid = d.pop("uuid")

        verification_status = SSODomainConfigVerificationStatus(d.pop("verification_status"))

        _check_results = d.pop("check_results", UNSET)
        check_results: list[DomainCheckResult] | Unset = UNSET
        if _check_results is not UNSET:
            check_results = []
            for check_results_item_data in _check_results:
                check_results_item = DomainCheckResult.from_dict(check_results_item_data)

                check_results.append(check_results_item)

        _domain_setup = d.pop("domain_setup", UNSET)
        domain_setup: SSODomainSetup | Unset
        if isinstance(_domain_setup, Unset):
            domain_setup = UNSET
        else:
            domain_setup = SSODomainSetup.from_dict(_domain_setup)

        sso_domain_config = cls(
            domain=domain,
            oidc_client_id=oidc_client_id,
            oidc_client_secret=oidc_client_secret,
            oidc_issuer=oidc_issuer,
            uuid=uuid,
            verification_status=verification_status,
            check_results=check_results,
            domain_setup=domain_setup,
        )

        sso_domain_config.additional_properties = d
        return sso_domain_config

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
