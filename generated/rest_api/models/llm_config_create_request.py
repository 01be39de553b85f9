from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_provider import LLMProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ll_model_create_request import LLModelCreateRequest


T = TypeVar("T", bound="LLMConfigCreateRequest")


@_attrs_define
class LLMConfigCreateRequest:
    """
    Attributes:
        friendly_name (str):
        provider (LLMProvider):
        models (list[LLModelCreateRequest]):
        api_key (str):
        is_default (bool | Unset):
    """

    friendly_name: str
    provider: LLMProvider
    models: list[LLModelCreateRequest]
    api_key: str
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        friendly_name = self.friendly_name

        provider = self.provider.value

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        api_key = self.api_key

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "friendly_name": friendly_name,
                "provider": provider,
                "models": models,
                "api_key": api_key,
            }
        )
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ll_model_create_request import LLModelCreateRequest  # noqa: PLC0415

        d = dict(src_dict)
        friendly_name = d.pop("friendly_name")

        provider = LLMProvider(d.pop("provider"))

        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = LLModelCreateRequest.from_dict(models_item_data)

            models.append(models_item)

        api_key = d.pop("api_key")

        is_default = d.pop("is_default", UNSET)

        llm_config_create_request = cls(
            friendly_name=friendly_name,
            provider=provider,
            models=models,
            api_key=api_key,
            is_default=is_default,
        )

        llm_config_create_request.additional_properties = d
        return llm_config_create_request

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
