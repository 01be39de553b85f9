# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    oidc_client_secret: str = _attrs_field(repr=False)
    oidc_issuer: str
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
            and self.domain_setup == other.domain_setup
            and self.additional_properties == other.additional_properties
        )

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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        domain = src_dict["domain"]

        oidc_client_id = src_dict["oidc_client_id"]

        oidc_client_secret = src_dict["oidc_client_secret"]

        oidc_issuer = src_dict["oidc_issuer"]

        _domain_setup: Any = src_dict.get("domain_setup", UNSET)
        domain_setup = UNSET if _domain_setup is UNSET else SSODomainSetup.from_dict(_domain_setup)

        instance = cls.__new__(cls)
        instance.domain = domain
        instance.oidc_client_id = oidc_client_id
        instance.oidc_client_secret = oidc_client_secret
        instance.oidc_issuer = oidc_issuer
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
_FIELDS: frozenset[str] = frozenset(("domain", "oidc_client_id", "oidc_client_secret", "oidc_issuer", "domain_setup"))

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.sso_domain_setup import SSODomainSetup
