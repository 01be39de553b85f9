from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.openai_model import OpenaiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_request_context import ChatRequestContext


T = TypeVar("T", bound="ChatRequest")


@_attrs_define
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
    model: OpenaiModel
    conversation_id: str | Unset = UNSET
    context: ChatRequestContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        llm_config_id = self.llm_config_id

        model = self.model.value

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
        from ..models.chat_request_context import ChatRequestContext  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        llm_config_id = d.pop("llm_config_id")

        model = OpenaiModel(d.pop("model"))

        conversation_id = d.pop("conversation_id", UNSET)

        _context = d.pop("context", UNSET)
        context: ChatRequestContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = ChatRequestContext.from_dict(_context)

        chat_request = cls(
            prompt=prompt,
            llm_config_id=llm_config_id,
            model=model,
            conversation_id=conversation_id,
            context=context,
        )

        chat_request.additional_properties = d
        return chat_request

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
