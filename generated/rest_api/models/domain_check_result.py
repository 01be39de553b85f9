from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_check_result_status import DomainCheckResultStatus

T = TypeVar("T", bound="DomainCheckResult")


@_attrs_define
class DomainCheckResult:
    """
    Attributes:
        status (DomainCheckResultStatus):
        time (datetime.datetime):
    """

    status: DomainCheckResultStatus
    time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        time = self.time.isoformat()

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
        d = dict(src_dict)
        status = DomainCheckResultStatus(d.pop("status"))

        time = datetime.datetime.fromisoformat(d.pop("time"))

        domain_check_result = cls(
            status=status,
            time=time,
        )

        domain_check_result.additional_properties = d
        return domain_check_result

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
