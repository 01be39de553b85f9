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

from ..models.openai_model import OpenaiModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatRequest")


def _convert_model(value: OpenaiModel | str) -> OpenaiModel:
    """``model`` as a ``OpenaiModel``: a member as it is, a listed string value as its member."""
    if isinstance(value, OpenaiModel):
        return value
    return OpenaiModel.checked(value, "ChatRequest.model")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ChatRequest:
    """
    Attributes:
        prompt (str):
        llm_config_id (str):
        model (OpenaiModel):
        conversation_id (str | Unset):
        context (ChatRequestContext | Unset):
    """

    prompt: str
    llm_config_id: str
    model: OpenaiModel = _attrs_field(converter=_convert_model)
    conversation_id: str | Unset = UNSET
    context: ChatRequestContext | Unset = UNSET
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
                f"prompt={self.prompt!r}, "
                f"llm_config_id={self.llm_config_id!r}, "
                f"model={self.model!r}, "
                f"conversation_id={self.conversation_id!r}, "
                f"context={self.context!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.prompt == other.prompt
            and self.llm_config_id == other.llm_config_id
            and self.model == other.model
            and self.conversation_id == other.conversation_id
            and self.context == other.context
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        llm_config_id = self.llm_config_id

        _model_member = _convert_model(self.model)
        model = _model_member.value

        conversation_id = self.conversation_id

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "llm_config_id": llm_config_id,
                "model": model,
            }
        )
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        prompt = src_dict["prompt"]

        llm_config_id = src_dict["llm_config_id"]

        _model = src_dict["model"]
        model = _OpenaiModel_by_value.get(_model) or OpenaiModel(_model)

        conversation_id = src_dict.get("conversation_id", UNSET)

        _context: Any = src_dict.get("context", UNSET)
        context = UNSET if _context is UNSET else ChatRequestContext.from_dict(_context)

        instance = cls.__new__(cls)
        instance.prompt = prompt
        instance.llm_config_id = llm_config_id
        instance.model = model
        instance.conversation_id = conversation_id
        instance.context = context
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
_FIELDS: frozenset[str] = frozenset(("prompt", "llm_config_id", "model", "conversation_id", "context"))
_OpenaiModel_by_value = cast("dict[Any, OpenaiModel]", OpenaiModel._value2member_map_)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.chat_request_context import ChatRequestContext
