from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.chat_stream_message_event_event import ChatStreamMessageEventEvent

T = TypeVar("T", bound="ChatStreamMessageEvent")


def _convert_event(value: ChatStreamMessageEventEvent | str) -> ChatStreamMessageEventEvent:
    """``event`` as a ``ChatStreamMessageEventEvent``: a member as it is, a listed string value as its member."""
    if isinstance(value, ChatStreamMessageEventEvent):
        return value
    return ChatStreamMessageEventEvent.checked(value, "ChatStreamMessageEvent.event")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ChatStreamMessageEvent:
    """
    Attributes:
        event (ChatStreamMessageEventEvent):
        conversation_id (str):
        run_id (str):
        content (str):
        agent (None | str):
    """

    event: ChatStreamMessageEventEvent = _attrs_field(converter=_convert_event)
    conversation_id: str
    run_id: str
    content: str
    agent: None | str
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
                f"event={self.event!r}, "
                f"conversation_id={self.conversation_id!r}, "
                f"run_id={self.run_id!r}, "
                f"content={self.content!r}, "
                f"agent={self.agent!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.event == other.event
            and self.conversation_id == other.conversation_id
            and self.run_id == other.run_id
            and self.content == other.content
            and self.agent == other.agent
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        _event_member = _convert_event(self.event)
        event = _event_member.value

        conversation_id = self.conversation_id

        run_id = self.run_id

        content = self.content

        agent: None | str
        agent = self.agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "conversation_id": conversation_id,
                "run_id": run_id,
                "content": content,
                "agent": agent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        _event = src_dict["event"]
        event = _ChatStreamMessageEventEvent_by_value.get(_event) or ChatStreamMessageEventEvent(_event)

        conversation_id = src_dict["conversation_id"]

        run_id = src_dict["run_id"]

        content = src_dict["content"]

        agent = src_dict["agent"]

        instance = cls.__new__(cls)
        instance.event = event
        instance.conversation_id = conversation_id
        instance.run_id = run_id
        instance.content = content
        instance.agent = agent
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
_FIELDS: frozenset[str] = frozenset(("event", "conversation_id", "run_id", "content", "agent"))
_ChatStreamMessageEventEvent_by_value = cast(
    "dict[Any, ChatStreamMessageEventEvent]", ChatStreamMessageEventEvent._value2member_map_
)
