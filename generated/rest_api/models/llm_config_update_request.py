from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_provider import LLMProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ll_model_create_request import LLModelCreateRequest


T = TypeVar("T", bound="LLMConfigUpdateRequest")


@_attrs_define
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
    provider: LLMProvider | Unset = UNSET
    models: list[LLModelCreateRequest] | Unset = UNSET
    api_key: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        friendly_name = self.friendly_name

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

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
        field_dict.update({})
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
        from ..models.ll_model_create_request import LLModelCreateRequest  # noqa: PLC0415

        d = dict(src_dict)
        friendly_name = d.pop("friendly_name", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: LLMProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = LLMProvider(_provider)

        _models = d.pop("models", UNSET)
        models: list[LLModelCreateRequest] | Unset = UNSET
        if _models is not UNSET:
            models = []
            for models_item_data in _models:
                models_item = LLModelCreateRequest.from_dict(models_item_data)

                models.append(models_item)

        api_key = d.pop("api_key", UNSET)

        is_default = d.pop("is_default", UNSET)

        llm_config_update_request = cls(
            friendly_name=friendly_name,
            provider=provider,
            models=models,
            api_key=api_key,
            is_default=is_default,
        )

        llm_config_update_request.additional_properties = d
        return llm_config_update_request

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
