from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_stream_error_event_event import ChatStreamErrorEventEvent

T = TypeVar("T", bound="ChatStreamErrorEvent")


@_attrs_define
class ChatStreamErrorEvent:
    """
    Attributes:
        event (ChatStreamErrorEventEvent):
        conversation_id (str):
        run_id (str):
        error (str):
        message (str):
        detail (None | str):
    """

    event: ChatStreamErrorEventEvent
    conversation_id: str
    run_id: str
    error: str
    message: str
    detail: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        conversation_id = self.conversation_id

        run_id = self.run_id

        error = self.error

        message = self.message

        detail: None | str
        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "conversation_id": conversation_id,
                "run_id": run_id,
                "error": error,
                "message": message,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = ChatStreamErrorEventEvent(d.pop("event"))

        conversation_id = d.pop("conversation_id")

        run_id = d.pop("run_id")

        error = d.pop("error")

        message = d.pop("message")

        def _parse_detail(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        detail = _parse_detail(d.pop("detail"))

        chat_stream_error_event = cls(
            event=event,
            conversation_id=conversation_id,
            run_id=run_id,
            error=error,
            message=message,
            detail=detail,
        )

        chat_stream_error_event.additional_properties = d
        return chat_stream_error_event

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
