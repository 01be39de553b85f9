from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_provider import LLMProvider

if TYPE_CHECKING:
    from ..models.ll_model import LLModel
    from ..models.workspace_light import WorkspaceLight


T = TypeVar("T", bound="LLMConfig")


@_attrs_define
class LLMConfig:
    """
    Attributes:
        llmconfig_id (str):
        workspace (WorkspaceLight):
        provider (LLMProvider):
        models (list[LLModel]):
        friendly_name (str):
        is_default (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime | None):
    """

    llmconfig_id: str
    workspace: WorkspaceLight
    provider: LLMProvider
    models: list[LLModel]
    friendly_name: str
    is_default: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        llmconfig_id = self.llmconfig_id

        workspace = self.workspace.to_dict()

        provider = self.provider.value

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        friendly_name = self.friendly_name

        is_default = self.is_default

        created_at = self.created_at.isoformat()

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "llmconfig_id": llmconfig_id,
                "workspace": workspace,
                "provider": provider,
                "models": models,
                "friendly_name": friendly_name,
                "is_default": is_default,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ll_model import LLModel  # noqa: PLC0415
        from ..models.workspace_light import WorkspaceLight  # noqa: PLC0415

        d = dict(src_dict)
        llmconfig_id = d.pop("llmconfig_id")

        workspace = WorkspaceLight.from_dict(d.pop("workspace"))

        provider = LLMProvider(d.pop("provider"))

        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = LLModel.from_dict(models_item_data)

            models.append(models_item)

        friendly_name = d.pop("friendly_name")

        is_default = d.pop("is_default")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        llm_config = cls(
            llmconfig_id=llmconfig_id,
            workspace=workspace,
            provider=provider,
            models=models,
            friendly_name=friendly_name,
            is_default=is_default,
            created_at=created_at,
            updated_at=updated_at,
        )

        llm_config.additional_properties = d
        return llm_config

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
