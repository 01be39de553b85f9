from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_stream_start_event_event import ChatStreamStartEventEvent

T = TypeVar("T", bound="ChatStreamStartEvent")


@_attrs_define
class ChatStreamStartEvent:
    """
    Attributes:
        event (ChatStreamStartEventEvent):
        conversation_id (str):
        run_id (str):
    """

    event: ChatStreamStartEventEvent
    conversation_id: str
    run_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        conversation_id = self.conversation_id

        run_id = self.run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "conversation_id": conversation_id,
                "run_id": run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = ChatStreamStartEventEvent(d.pop("event"))

        conversation_id = d.pop("conversation_id")

        run_id = d.pop("run_id")

        chat_stream_start_event = cls(
            event=event,
            conversation_id=conversation_id,
            run_id=run_id,
        )

        chat_stream_start_event.additional_properties = d
        return chat_stream_start_event

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
