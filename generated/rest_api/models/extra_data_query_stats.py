from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.extra_data_query_stats_counters import ExtraDataQueryStatsCounters
    from ..models.extra_data_query_stats_timers import ExtraDataQueryStatsTimers


T = TypeVar("T", bound="ExtraDataQueryStats")


@_attrs_define
class ExtraDataQueryStats:
    """
    Attributes:
        timers (ExtraDataQueryStatsTimers):
        counters (ExtraDataQueryStatsCounters):
    """

    timers: ExtraDataQueryStatsTimers
    counters: ExtraDataQueryStatsCounters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timers = self.timers.to_dict()

        counters = self.counters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timers": timers,
                "counters": counters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extra_data_query_stats_counters import ExtraDataQueryStatsCounters  # noqa: PLC0415
        from ..models.extra_data_query_stats_timers import ExtraDataQueryStatsTimers  # noqa: PLC0415

        d = dict(src_dict)
        timers = ExtraDataQueryStatsTimers.from_dict(d.pop("timers"))

        counters = ExtraDataQueryStatsCounters.from_dict(d.pop("counters"))

        extra_data_query_stats = cls(
            timers=timers,
            counters=counters,
        )

        extra_data_query_stats.additional_properties = d
        return extra_data_query_stats

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
