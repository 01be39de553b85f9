# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.sso_domain_config_verification_status import SSODomainConfigVerificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SSODomainConfig")


def _convert_verification_status(value: SSODomainConfigVerificationStatus | str) -> SSODomainConfigVerificationStatus:
    """``verification_status`` as a ``SSODomainConfigVerificationStatus``: a member as it is, a listed string value as its member."""
    if isinstance(value, SSODomainConfigVerificationStatus):
        return value
    return SSODomainConfigVerificationStatus.checked(value, "SSODomainConfig.verification_status")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
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
    oidc_client_secret: str = _attrs_field(repr=False)
    oidc_issuer: str
    uuid: str
    verification_status: SSODomainConfigVerificationStatus = _attrs_field(converter=_convert_verification_status)
    check_results: list[DomainCheckResult] | Unset = UNSET
    domain_setup: SSODomainSetup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        key = (id(self), _get_ident())
        if key in _REPRING:
            return "..."
        _REPRING.add(key)
        try:
            name = self.__class__.__qualname__.rsplit(">.", 1)[-1]
            return (
                f"{name}("
                f"domain={self.domain!r}, "
                f"oidc_client_id={self.oidc_client_id!r}, "
                f"oidc_issuer={self.oidc_issuer!r}, "
                f"uuid={self.uuid!r}, "
                f"verification_status={self.verification_status!r}, "
                f"check_results={self.check_results!r}, "
                f"domain_setup={self.domain_setup!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.domain == other.domain
            and self.oidc_client_id == other.oidc_client_id
            and self.oidc_client_secret == other.oidc_client_secret
            and self.oidc_issuer == other.oidc_issuer
            and self.uuid == other.uuid
            and self.verification_status == other.verification_status
            and self.check_results == other.check_results
            and self.domain_setup == other.domain_setup
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        oidc_client_id = self.oidc_client_id

        oidc_client_secret = self.oidc_client_secret

        oidc_issuer = self.oidc_issuer

        uuid = self.uuid

        _verification_status_member = _convert_verification_status(self.verification_status)
        verification_status = _verification_status_member.value

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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        domain = src_dict["domain"]

        oidc_client_id = src_dict["oidc_client_id"]

        oidc_client_secret = src_dict["oidc_client_secret"]

        oidc_issuer = src_dict["oidc_issuer"]

        uuid = src_dict["uuid"]

        _verification_status = src_dict["verification_status"]
        verification_status = _SSODomainConfigVerificationStatus_by_value.get(
            _verification_status
        ) or SSODomainConfigVerificationStatus(_verification_status)

        _check_results: Any = src_dict.get("check_results", UNSET)
        check_results = UNSET if _check_results is UNSET else list(map(DomainCheckResult.from_dict, _check_results))

        _domain_setup: Any = src_dict.get("domain_setup", UNSET)
        domain_setup = UNSET if _domain_setup is UNSET else SSODomainSetup.from_dict(_domain_setup)

        instance = cls.__new__(cls)
        instance.domain = domain
        instance.oidc_client_id = oidc_client_id
        instance.oidc_client_secret = oidc_client_secret
        instance.oidc_issuer = oidc_issuer
        instance.uuid = uuid
        instance.verification_status = verification_status
        instance.check_results = check_results
        instance.domain_setup = domain_setup
        if _FIELDS.issuperset(src_dict):
            instance.additional_properties = {}
        else:
            instance.additional_properties = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        return instance

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


# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    (
        "domain",
        "oidc_client_id",
        "oidc_client_secret",
        "oidc_issuer",
        "uuid",
        "verification_status",
        "check_results",
        "domain_setup",
    )
)
_SSODomainConfigVerificationStatus_by_value = cast(
    "dict[Any, SSODomainConfigVerificationStatus]", SSODomainConfigVerificationStatus._value2member_map_
)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.domain_check_result import DomainCheckResult
from ..models.sso_domain_setup import SSODomainSetup
