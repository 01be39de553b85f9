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

from ..models.llm_provider import LLMProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="LLMConfigUpdateRequest")


def _convert_provider(value: LLMProvider | str | Unset) -> LLMProvider | Unset:
    """``provider`` as a ``LLMProvider``: a member as it is, a listed string value as its member."""
    if isinstance(value, LLMProvider | Unset):
        return value
    return LLMProvider.checked(value, "LLMConfigUpdateRequest.provider")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class LLMConfigUpdateRequest:
    """
    Attributes:
        friendly_name (str | Unset):
        provider (LLMProvider | Unset):
        models (list[LLModelCreateRequest] | Unset):
        api_key (str | Unset):
        is_default (bool | Unset):
    """

    friendly_name: str | Unset = UNSET
    provider: LLMProvider | Unset = _attrs_field(default=UNSET, converter=_convert_provider)
    models: list[LLModelCreateRequest] | Unset = UNSET
    api_key: str | Unset = _attrs_field(default=UNSET, repr=False)
    is_default: bool | Unset = UNSET
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
                f"friendly_name={self.friendly_name!r}, "
                f"provider={self.provider!r}, "
                f"models={self.models!r}, "
                f"is_default={self.is_default!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.friendly_name == other.friendly_name
            and self.provider == other.provider
            and self.models == other.models
            and self.api_key == other.api_key
            and self.is_default == other.is_default
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        friendly_name = self.friendly_name

        _provider_member = _convert_provider(self.provider)
        provider: str | Unset = UNSET
        if not isinstance(_provider_member, Unset):
            provider = _provider_member.value

        models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        api_key = self.api_key

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if models is not UNSET:
            field_dict["models"] = models
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        friendly_name = src_dict.get("friendly_name", UNSET)

        _provider: Any = src_dict.get("provider", UNSET)
        provider = UNSET if _provider is UNSET else _LLMProvider_by_value.get(_provider) or LLMProvider(_provider)

        _models: Any = src_dict.get("models", UNSET)
        models = UNSET if _models is UNSET else list(map(LLModelCreateRequest.from_dict, _models))

        api_key = src_dict.get("api_key", UNSET)

        is_default = src_dict.get("is_default", UNSET)

        instance = cls.__new__(cls)
        instance.friendly_name = friendly_name
        instance.provider = provider
        instance.models = models
        instance.api_key = api_key
        instance.is_default = is_default
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
_FIELDS: frozenset[str] = frozenset(("friendly_name", "provider", "models", "api_key", "is_default"))
_LLMProvider_by_value = cast("dict[Any, LLMProvider]", LLMProvider._value2member_map_)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.ll_model_create_request import LLModelCreateRequest
