from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.social_login_provider import SocialLoginProvider

T = TypeVar("T", bound="SocialLogin")


def _convert_provider(value: SocialLoginProvider | str) -> SocialLoginProvider:
    """``provider`` as a ``SocialLoginProvider``: a member as it is, a listed string value as its member."""
    if isinstance(value, SocialLoginProvider):
        return value
    return SocialLoginProvider.checked(value, "SocialLogin.provider")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class SocialLogin:
    """
    Attributes:
        id (str):
        name (str):
        provider (SocialLoginProvider):
        client_id (str):
    """

    id: str
    name: str
    provider: SocialLoginProvider = _attrs_field(converter=_convert_provider)
    client_id: str
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
                f"id={self.id!r}, "
                f"name={self.name!r}, "
                f"provider={self.provider!r}, "
                f"client_id={self.client_id!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.name == other.name
            and self.provider == other.provider
            and self.client_id == other.client_id
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        _provider_member = _convert_provider(self.provider)
        provider = _provider_member.value

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "provider": provider,
                "client_id": client_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        id = src_dict["id"]

        name = src_dict["name"]

        _provider = src_dict["provider"]
        provider = _SocialLoginProvider_by_value.get(_provider) or SocialLoginProvider(_provider)

        client_id = src_dict["client_id"]

        instance = cls.__new__(cls)
        instance.id = id
        instance.name = name
        instance.provider = provider
        instance.client_id = client_id
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
_FIELDS: frozenset[str] = frozenset(("id", "name", "provider", "client_id"))
_SocialLoginProvider_by_value = cast("dict[Any, SocialLoginProvider]", SocialLoginProvider._value2member_map_)
