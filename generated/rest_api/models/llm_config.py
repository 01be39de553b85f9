# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

import datetime
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.llm_provider import LLMProvider

T = TypeVar("T", bound="LLMConfig")


def _convert_provider(value: LLMProvider | str) -> LLMProvider:
    """``provider`` as a ``LLMProvider``: a member as it is, a listed string value as its member."""
    if isinstance(value, LLMProvider):
        return value
    return LLMProvider.checked(value, "LLMConfig.provider")


class _LLMConfigText:
    """Hidden slots for the server's own text of the date-time fields of :class:`LLMConfig`."""

    __slots__ = ("_created_at_text", "_updated_at_text")
    _created_at_text: str
    _updated_at_text: str


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class LLMConfig(_LLMConfigText):
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
    provider: LLMProvider = _attrs_field(converter=_convert_provider)
    models: list[LLModel]
    friendly_name: str
    is_default: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime | None
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
                f"llmconfig_id={self.llmconfig_id!r}, "
                f"workspace={self.workspace!r}, "
                f"provider={self.provider!r}, "
                f"models={self.models!r}, "
                f"friendly_name={self.friendly_name!r}, "
                f"is_default={self.is_default!r}, "
                f"created_at={self.created_at!r}, "
                f"updated_at={self.updated_at!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.llmconfig_id == other.llmconfig_id
            and self.workspace == other.workspace
            and self.provider == other.provider
            and self.models == other.models
            and self.friendly_name == other.friendly_name
            and self.is_default == other.is_default
            and self.created_at == other.created_at
            and self.updated_at == other.updated_at
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        llmconfig_id = self.llmconfig_id

        workspace = self.workspace.to_dict()

        _provider_member = _convert_provider(self.provider)
        provider = _provider_member.value

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        friendly_name = self.friendly_name

        is_default = self.is_default

        created_at = self.created_at.isoformat()
        _text = getattr(self, "_created_at_text", None)
        if _text is not None and isinstance(self.created_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.created_at and _parsed.utcoffset() == self.created_at.utcoffset():
                created_at = _text

        updated_at: None | str = (
            self.updated_at if not isinstance(self.updated_at, datetime.datetime) else self.updated_at.isoformat()
        )
        _text = getattr(self, "_updated_at_text", None)
        if _text is not None and isinstance(self.updated_at, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.updated_at and _parsed.utcoffset() == self.updated_at.utcoffset():
                updated_at = _text

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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        llmconfig_id = src_dict["llmconfig_id"]

        workspace = WorkspaceLight.from_dict(src_dict["workspace"])

        _provider = src_dict["provider"]
        provider = _LLMProvider_by_value.get(_provider) or LLMProvider(_provider)

        models = list(map(LLModel.from_dict, src_dict["models"]))

        friendly_name = src_dict["friendly_name"]

        is_default = src_dict["is_default"]

        _created_at = src_dict["created_at"]
        created_at = _parse_datetime(_created_at)

        updated_at = _parse_field_updated_at(_updated_at := src_dict["updated_at"])

        instance = cls.__new__(cls)
        instance.llmconfig_id = llmconfig_id
        instance.workspace = workspace
        instance.provider = provider
        instance.models = models
        instance.friendly_name = friendly_name
        instance.is_default = is_default
        instance.created_at = created_at
        instance.updated_at = updated_at
        instance._created_at_text = _created_at
        if isinstance(_updated_at, str):
            instance._updated_at_text = _updated_at
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


def _parse_field_updated_at(data: object) -> datetime.datetime | None:
    """Turn the JSON value of ``updated_at`` into one of its types."""
    if data is None:
        return None
    if not isinstance(data, str):
        raise TypeError(f"unexpected {type(data).__name__} for updated_at")
    return _parse_datetime(data)


# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    ("llmconfig_id", "workspace", "provider", "models", "friendly_name", "is_default", "created_at", "updated_at")
)
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time

_LLMProvider_by_value = cast("dict[Any, LLMProvider]", LLMProvider._value2member_map_)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.ll_model import LLModel
from ..models.workspace_light import WorkspaceLight
