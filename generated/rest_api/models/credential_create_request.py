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

from ..models.cloud_provider import CloudProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialCreateRequest")


def _convert_provider(value: CloudProvider | str) -> CloudProvider:
    """``provider`` as a ``CloudProvider``: a member as it is, a listed string value as its member."""
    if isinstance(value, CloudProvider):
        return value
    return CloudProvider.checked(value, "CredentialCreateRequest.provider")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class CredentialCreateRequest:
    """
    Attributes:
        name (str):
        provider (CloudProvider):
        provider_default (bool | Unset):
        allowed_in_tasks (bool | Unset):
        credential (Credential | Unset):
        role (AccessCredentialRole | Unset):
        token (Token | Unset):
    """

    name: str
    provider: CloudProvider = _attrs_field(converter=_convert_provider)
    provider_default: bool | Unset = UNSET
    allowed_in_tasks: bool | Unset = UNSET
    credential: Credential | Unset = UNSET
    role: AccessCredentialRole | Unset = UNSET
    token: Token | Unset = _attrs_field(default=UNSET, repr=False)
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
                f"name={self.name!r}, "
                f"provider={self.provider!r}, "
                f"provider_default={self.provider_default!r}, "
                f"allowed_in_tasks={self.allowed_in_tasks!r}, "
                f"credential={self.credential!r}, "
                f"role={self.role!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.provider == other.provider
            and self.provider_default == other.provider_default
            and self.allowed_in_tasks == other.allowed_in_tasks
            and self.credential == other.credential
            and self.role == other.role
            and self.token == other.token
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        _provider_member = _convert_provider(self.provider)
        provider = _provider_member.value

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        name = src_dict["name"]

        _provider = src_dict["provider"]
        provider = _CloudProvider_by_value.get(_provider) or CloudProvider(_provider)

        provider_default = src_dict.get("provider_default", UNSET)

        allowed_in_tasks = src_dict.get("allowed_in_tasks", UNSET)

        _credential: Any = src_dict.get("credential", UNSET)
        credential = UNSET if _credential is UNSET else Credential.from_dict(_credential)

        _role: Any = src_dict.get("role", UNSET)
        role = UNSET if _role is UNSET else AccessCredentialRole.from_dict(_role)

        _token: Any = src_dict.get("token", UNSET)
        token = UNSET if _token is UNSET else Token.from_dict(_token)

        instance = cls.__new__(cls)
        instance.name = name
        instance.provider = provider
        instance.provider_default = provider_default
        instance.allowed_in_tasks = allowed_in_tasks
        instance.credential = credential
        instance.role = role
        instance.token = token
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
    ("name", "provider", "provider_default", "allowed_in_tasks", "credential", "role", "token")
)
_CloudProvider_by_value = cast("dict[Any, CloudProvider]", CloudProvider._value2member_map_)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.access_credential_role import AccessCredentialRole
from ..models.credential import Credential
from ..models.token import Token
