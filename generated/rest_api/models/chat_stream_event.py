from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_stream_event_event import ChatStreamEventEvent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_stream_event_metadata import ChatStreamEventMetadata


T = TypeVar("T", bound="ChatStreamEvent")


@_attrs_define
class ChatStreamEvent:
    """
    Attributes:
        event (ChatStreamEventEvent):
        conversation_id (str):
        run_id (str):
        content (str):
        agent (None | str):
        error (str):
        message (str):
        detail (None | str):
        agent_chain (list[str] | Unset):
        metadata (ChatStreamEventMetadata | Unset):
    """

    event: ChatStreamEventEvent
    conversation_id: str
    run_id: str
    content: str
    agent: None | str
    error: str
    message: str
    detail: None | str
    agent_chain: list[str] | Unset = UNSET
    metadata: ChatStreamEventMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        conversation_id = self.conversation_id

        run_id = self.run_id

        content = self.content

        agent: None | str
        agent = self.agent

        error = self.error

        message = self.message

        detail: None | str
        detail = self.detail

        agent_chain: list[str] | Unset = UNSET
        if not isinstance(self.agent_chain, Unset):
            agent_chain = self.agent_chain

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "conversation_id": conversation_id,
                "run_id": run_id,
                "content": content,
                "agent": agent,
                "error": error,
                "message": message,
                "detail": detail,
            }
        )
        if agent_chain is not UNSET:
            field_dict["agent_chain"] = agent_chain
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_stream_event_metadata import ChatStreamEventMetadata  # noqa: PLC0415

        d = dict(src_dict)
        event = ChatStreamEventEvent(d.pop("event"))

        conversation_id = d.pop("conversation_id")

        run_id = d.pop("run_id")

        content = d.pop("content")

        def _parse_agent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent = _parse_agent(d.pop("agent"))

        error = d.pop("error")

        message = d.pop("message")

        def _parse_detail(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        detail = _parse_detail(d.pop("detail"))

        agent_chain = cast(list[str], d.pop("agent_chain", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: ChatStreamEventMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ChatStreamEventMetadata.from_dict(_metadata)

        chat_stream_event = cls(
            event=event,
            conversation_id=conversation_id,
            run_id=run_id,
            content=content,
            agent=agent,
            error=error,
            message=message,
            detail=detail,
            agent_chain=agent_chain,
            metadata=metadata,
        )

        chat_stream_event.additional_properties = d
        return chat_stream_event

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
