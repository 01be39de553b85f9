from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SnowflakeDatabaseTable")


@_attrs_define
class SnowflakeDatabaseTable:
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

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

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
        d = dict(src_dict)
        name = d.pop("name")

        database_name = d.pop("database_name")

        schema_name = d.pop("schema_name")

        kind = d.pop("kind")

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        def _parse_cluster_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cluster_by = _parse_cluster_by(d.pop("cluster_by"))

        def _parse_rows(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rows = _parse_rows(d.pop("rows"))

        def _parse_bytes_(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        bytes_ = _parse_bytes_(d.pop("bytes"))

        def _parse_search_optimization_progress(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        search_optimization_progress = _parse_search_optimization_progress(d.pop("search_optimization_progress"))

        def _parse_search_optimization_bytes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        search_optimization_bytes = _parse_search_optimization_bytes(d.pop("search_optimization_bytes"))

        owner = d.pop("owner", UNSET)

        retention_time = d.pop("retention_time", UNSET)

        automatic_clustering = d.pop("automatic_clustering", UNSET)

        change_tracking = d.pop("change_tracking", UNSET)

        search_optimization = d.pop("search_optimization", UNSET)

        is_external = d.pop("is_external", UNSET)

        enable_schema_evolution = d.pop("enable_schema_evolution", UNSET)

        owner_role_type = d.pop("owner_role_type", UNSET)

        is_event = d.pop("is_event", UNSET)

        is_hybrid = d.pop("is_hybrid", UNSET)

        is_iceberg = d.pop("is_iceberg", UNSET)

        is_dynamic = d.pop("is_dynamic", UNSET)

        is_immutable = d.pop("is_immutable", UNSET)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        snowflake_database_table = cls(
            name=name,
            database_name=database_name,
            schema_name=schema_name,
            kind=kind,
            comment=comment,
            cluster_by=cluster_by,
            rows=rows,
            bytes_=bytes_,
            search_optimization_progress=search_optimization_progress,
            search_optimization_bytes=search_optimization_bytes,
            owner=owner,
            retention_time=retention_time,
            automatic_clustering=automatic_clustering,
            change_tracking=change_tracking,
            search_optimization=search_optimization,
            is_external=is_external,
            enable_schema_evolution=enable_schema_evolution,
            owner_role_type=owner_role_type,
            is_event=is_event,
            is_hybrid=is_hybrid,
            is_iceberg=is_iceberg,
            is_dynamic=is_dynamic,
            is_immutable=is_immutable,
            created_on=created_on,
        )

        snowflake_database_table.additional_properties = d
        return snowflake_database_table

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
