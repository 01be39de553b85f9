from __future__ import annotations

import datetime
import functools as _functools
from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar, cast

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SnowflakeDatabaseTable")


class _SnowflakeDatabaseTableText:
    """Hidden slots for the server's own text of the date-time fields of :class:`SnowflakeDatabaseTable`."""

    __slots__ = ("_created_on_text",)
    _created_on_text: str


class _SnowflakeDatabaseTableNames:
    """The established client's names of fields of :class:`SnowflakeDatabaseTable`, as properties."""

    __slots__ = ()

    @property
    def bytes(self) -> int | None:
        """``bytes_`` under the established client's name."""
        return cast("SnowflakeDatabaseTable", self).bytes_

    @bytes.setter
    def bytes(self, value: int | None) -> None:
        cast("SnowflakeDatabaseTable", self).bytes_ = value


@_attrs_define
class SnowflakeDatabaseTable(_SnowflakeDatabaseTableText, _SnowflakeDatabaseTableNames):
    """
    Attributes:
        name (str):
        database_name (str):
        schema_name (str):
        kind (str):
        comment (None | str):
        cluster_by (None | str):
        rows (int | None):
        bytes_ (int | None):
        search_optimization_progress (None | str):
        search_optimization_bytes (None | str):
        owner (str | Unset):
        retention_time (str | Unset):
        automatic_clustering (str | Unset):
        change_tracking (str | Unset):
        search_optimization (str | Unset):
        is_external (bool | Unset):
        enable_schema_evolution (bool | Unset):
        owner_role_type (str | Unset):
        is_event (bool | Unset):
        is_hybrid (bool | Unset):
        is_iceberg (bool | Unset):
        is_dynamic (bool | Unset):
        is_immutable (bool | Unset):
        created_on (datetime.datetime | Unset):
    """

    name: str
    database_name: str
    schema_name: str
    kind: str
    comment: None | str
    cluster_by: None | str
    rows: int | None
    bytes_: int | None
    search_optimization_progress: None | str
    search_optimization_bytes: None | str
    owner: str | Unset = UNSET
    retention_time: str | Unset = UNSET
    automatic_clustering: str | Unset = UNSET
    change_tracking: str | Unset = UNSET
    search_optimization: str | Unset = UNSET
    is_external: bool | Unset = UNSET
    enable_schema_evolution: bool | Unset = UNSET
    owner_role_type: str | Unset = UNSET
    is_event: bool | Unset = UNSET
    is_hybrid: bool | Unset = UNSET
    is_iceberg: bool | Unset = UNSET
    is_dynamic: bool | Unset = UNSET
    is_immutable: bool | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
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
                f"name={self.name!r}, "
                f"database_name={self.database_name!r}, "
                f"schema_name={self.schema_name!r}, "
                f"kind={self.kind!r}, "
                f"comment={self.comment!r}, "
                f"cluster_by={self.cluster_by!r}, "
                f"rows={self.rows!r}, "
                f"bytes_={self.bytes_!r}, "
                f"search_optimization_progress={self.search_optimization_progress!r}, "
                f"search_optimization_bytes={self.search_optimization_bytes!r}, "
                f"owner={self.owner!r}, "
                f"retention_time={self.retention_time!r}, "
                f"automatic_clustering={self.automatic_clustering!r}, "
                f"change_tracking={self.change_tracking!r}, "
                f"search_optimization={self.search_optimization!r}, "
                f"is_external={self.is_external!r}, "
                f"enable_schema_evolution={self.enable_schema_evolution!r}, "
                f"owner_role_type={self.owner_role_type!r}, "
                f"is_event={self.is_event!r}, "
                f"is_hybrid={self.is_hybrid!r}, "
                f"is_iceberg={self.is_iceberg!r}, "
                f"is_dynamic={self.is_dynamic!r}, "
                f"is_immutable={self.is_immutable!r}, "
                f"created_on={self.created_on!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.database_name == other.database_name
            and self.schema_name == other.schema_name
            and self.kind == other.kind
            and self.comment == other.comment
            and self.cluster_by == other.cluster_by
            and self.rows == other.rows
            and self.bytes_ == other.bytes_
            and self.search_optimization_progress == other.search_optimization_progress
            and self.search_optimization_bytes == other.search_optimization_bytes
            and self.owner == other.owner
            and self.retention_time == other.retention_time
            and self.automatic_clustering == other.automatic_clustering
            and self.change_tracking == other.change_tracking
            and self.search_optimization == other.search_optimization
            and self.is_external == other.is_external
            and self.enable_schema_evolution == other.enable_schema_evolution
            and self.owner_role_type == other.owner_role_type
            and self.is_event == other.is_event
            and self.is_hybrid == other.is_hybrid
            and self.is_iceberg == other.is_iceberg
            and self.is_dynamic == other.is_dynamic
            and self.is_immutable == other.is_immutable
            and self.created_on == other.created_on
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        database_name = self.database_name

        schema_name = self.schema_name

        kind = self.kind

        comment: None | str
        comment = self.comment

        cluster_by: None | str
        cluster_by = self.cluster_by

        rows: int | None
        rows = self.rows

        bytes_: int | None
        bytes_ = self.bytes_

        search_optimization_progress: None | str
        search_optimization_progress = self.search_optimization_progress

        search_optimization_bytes: None | str
        search_optimization_bytes = self.search_optimization_bytes

        owner = self.owner

        retention_time = self.retention_time

        automatic_clustering = self.automatic_clustering

        change_tracking = self.change_tracking

        search_optimization = self.search_optimization

        is_external = self.is_external

        enable_schema_evolution = self.enable_schema_evolution

        owner_role_type = self.owner_role_type

        is_event = self.is_event

        is_hybrid = self.is_hybrid

        is_iceberg = self.is_iceberg

        is_dynamic = self.is_dynamic

        is_immutable = self.is_immutable

        created_on: str | Unset = (
            self.created_on if not isinstance(self.created_on, datetime.datetime) else self.created_on.isoformat()
        )
        _text = getattr(self, "_created_on_text", None)
        if _text is not None and isinstance(self.created_on, datetime.datetime):
            _parsed = _parse_datetime(_text)
            if _parsed == self.created_on and _parsed.utcoffset() == self.created_on.utcoffset():
                created_on = _text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "database_name": database_name,
                "schema_name": schema_name,
                "kind": kind,
                "comment": comment,
                "cluster_by": cluster_by,
                "rows": rows,
                "bytes": bytes_,
                "search_optimization_progress": search_optimization_progress,
                "search_optimization_bytes": search_optimization_bytes,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if retention_time is not UNSET:
            field_dict["retention_time"] = retention_time
        if automatic_clustering is not UNSET:
            field_dict["automatic_clustering"] = automatic_clustering
        if change_tracking is not UNSET:
            field_dict["change_tracking"] = change_tracking
        if search_optimization is not UNSET:
            field_dict["search_optimization"] = search_optimization
        if is_external is not UNSET:
            field_dict["is_external"] = is_external
        if enable_schema_evolution is not UNSET:
            field_dict["enable_schema_evolution"] = enable_schema_evolution
        if owner_role_type is not UNSET:
            field_dict["owner_role_type"] = owner_role_type
        if is_event is not UNSET:
            field_dict["is_event"] = is_event
        if is_hybrid is not UNSET:
            field_dict["is_hybrid"] = is_hybrid
        if is_iceberg is not UNSET:
            field_dict["is_iceberg"] = is_iceberg
        if is_dynamic is not UNSET:
            field_dict["is_dynamic"] = is_dynamic
        if is_immutable is not UNSET:
            field_dict["is_immutable"] = is_immutable
        if created_on is not UNSET:
            field_dict["created_on"] = created_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        name = src_dict["name"]

        database_name = src_dict["database_name"]

        schema_name = src_dict["schema_name"]

        kind = src_dict["kind"]

        comment = src_dict["comment"]

        cluster_by = src_dict["cluster_by"]

        rows = src_dict["rows"]

        bytes_ = src_dict["bytes"]

        search_optimization_progress = src_dict["search_optimization_progress"]

        search_optimization_bytes = src_dict["search_optimization_bytes"]

        owner = src_dict.get("owner", UNSET)

        retention_time = src_dict.get("retention_time", UNSET)

        automatic_clustering = src_dict.get("automatic_clustering", UNSET)

        change_tracking = src_dict.get("change_tracking", UNSET)

        search_optimization = src_dict.get("search_optimization", UNSET)

        is_external = src_dict.get("is_external", UNSET)

        enable_schema_evolution = src_dict.get("enable_schema_evolution", UNSET)

        owner_role_type = src_dict.get("owner_role_type", UNSET)

        is_event = src_dict.get("is_event", UNSET)

        is_hybrid = src_dict.get("is_hybrid", UNSET)

        is_iceberg = src_dict.get("is_iceberg", UNSET)

        is_dynamic = src_dict.get("is_dynamic", UNSET)

        is_immutable = src_dict.get("is_immutable", UNSET)

        _created_on: Any = src_dict.get("created_on", UNSET)
        created_on = UNSET if _created_on is UNSET else _parse_datetime(_created_on)

        instance = cls.__new__(cls)
        instance.name = name
        instance.database_name = database_name
        instance.schema_name = schema_name
        instance.kind = kind
        instance.comment = comment
        instance.cluster_by = cluster_by
        instance.rows = rows
        instance.bytes_ = bytes_
        instance.search_optimization_progress = search_optimization_progress
        instance.search_optimization_bytes = search_optimization_bytes
        instance.owner = owner
        instance.retention_time = retention_time
        instance.automatic_clustering = automatic_clustering
        instance.change_tracking = change_tracking
        instance.search_optimization = search_optimization
        instance.is_external = is_external
        instance.enable_schema_evolution = enable_schema_evolution
        instance.owner_role_type = owner_role_type
        instance.is_event = is_event
        instance.is_hybrid = is_hybrid
        instance.is_iceberg = is_iceberg
        instance.is_dynamic = is_dynamic
        instance.is_immutable = is_immutable
        instance.created_on = created_on
        if isinstance(_created_on, str):
            instance._created_on_text = _created_on
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


_attrs_init = SnowflakeDatabaseTable.__init__


def _init(self: SnowflakeDatabaseTable, *args: Any, **kwargs: Any) -> None:
    """attrs' ``__init__``, taking the established client's names of fields too."""
    if "bytes" in kwargs:
        kwargs["bytes_"] = kwargs.pop("bytes")
    _attrs_init(self, *args, **kwargs)


setattr(SnowflakeDatabaseTable, "__init__", _functools.update_wrapper(_init, _attrs_init))  # signature: the fields

# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "database_name",
        "schema_name",
        "kind",
        "comment",
        "cluster_by",
        "rows",
        "bytes",
        "search_optimization_progress",
        "search_optimization_bytes",
        "owner",
        "retention_time",
        "automatic_clustering",
        "change_tracking",
        "search_optimization",
        "is_external",
        "enable_schema_evolution",
        "owner_role_type",
        "is_event",
        "is_hybrid",
        "is_iceberg",
        "is_dynamic",
        "is_immutable",
        "created_on",
    )
)
from ..types import parse_datetime as _parse_datetime  # noqa: E402 - used by the class above, at call time
