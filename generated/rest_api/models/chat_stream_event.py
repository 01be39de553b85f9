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

from ..models.chat_stream_event_event import ChatStreamEventEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatStreamEvent")


def _convert_event(value: ChatStreamEventEvent | str) -> ChatStreamEventEvent:
    """``event`` as a ``ChatStreamEventEvent``: a member as it is, a listed string value as its member."""
    if isinstance(value, ChatStreamEventEvent):
        return value
    return ChatStreamEventEvent.checked(value, "ChatStreamEvent.event")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
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

    event: ChatStreamEventEvent = _attrs_field(converter=_convert_event)
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
                f"error={self.error!r}, "
                f"message={self.message!r}, "
                f"detail={self.detail!r}, "
                f"agent_chain={self.agent_chain!r}, "
                f"metadata={self.metadata!r}, "
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
            and self.error == other.error
            and self.message == other.message
            and self.detail == other.detail
            and self.agent_chain == other.agent_chain
            and self.metadata == other.metadata
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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        _event = src_dict["event"]
        event = _ChatStreamEventEvent_by_value.get(_event) or ChatStreamEventEvent(_event)

        conversation_id = src_dict["conversation_id"]

        run_id = src_dict["run_id"]

        content = src_dict["content"]

        agent = src_dict["agent"]

        error = src_dict["error"]

        message = src_dict["message"]

        detail = src_dict["detail"]

        agent_chain = src_dict.get("agent_chain", UNSET)

        _metadata: Any = src_dict.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else ChatStreamEventMetadata.from_dict(_metadata)

        instance = cls.__new__(cls)
        instance.event = event
        instance.conversation_id = conversation_id
        instance.run_id = run_id
        instance.content = content
        instance.agent = agent
        instance.error = error
        instance.message = message
        instance.detail = detail
        instance.agent_chain = agent_chain
        instance.metadata = metadata
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
_FIELDS: frozenset[str] = frozenset(
    ("event", "conversation_id", "run_id", "content", "agent", "error", "message", "detail", "agent_chain", "metadata")
)
_ChatStreamEventEvent_by_value = cast("dict[Any, ChatStreamEventEvent]", ChatStreamEventEvent._value2member_map_)

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.chat_stream_event_metadata import ChatStreamEventMetadata
