from __future__ import annotations

import datetime
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.domain_check_result_status import DomainCheckResultStatus

T = TypeVar("T", bound="DomainCheckResult")


def _convert_status(value: DomainCheckResultStatus | str) -> DomainCheckResultStatus:
    """``status`` as a ``DomainCheckResultStatus``: a member as it is, a listed string value as its member."""
    if isinstance(value, DomainCheckResultStatus):
        return value
    return DomainCheckResultStatus.checked(value, "DomainCheckResult.status")


class _DomainCheckResultText:
    """Hidden slots for the server's own text of the date-time fields of :class:`DomainCheckResult`."""

    __slots__ = ("_time_text",)
    _time_text: str


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class DomainCheckResult(_DomainCheckResultText):
    """
    Attributes:
        status (DomainCheckResultStatus):
        time (datetime.datetime):
    """

    status: DomainCheckResultStatus = _attrs_field(converter=_convert_status)
    time: datetime.datetime
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
                f"status={self.status!r}, "
                f"time={self.time!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.status == other.status
            and self.time == other.time
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        _status_member = _convert_status(self.status)
        status = _status_member.value

        time = self.time.isoformat()
        _text = getattr(self, "_time_text", None)
        if _text is not None and isinstance(self.time, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.time and _parsed.utcoffset() == self.time.utcoffset():
                time = _text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        _status = src_dict["status"]
        status = _DomainCheckResultStatus_by_value.get(_status) or DomainCheckResultStatus(_status)

        _time = src_dict["time"]
        time = _parse_datetime(_time)

        instance = cls.__new__(cls)
        instance.status = status
        instance.time = time
        instance._time_text = _time
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
_FIELDS: frozenset[str] = frozenset(("status", "time"))
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time

_DomainCheckResultStatus_by_value = cast(
    "dict[Any, DomainCheckResultStatus]", DomainCheckResultStatus._value2member_map_
)
