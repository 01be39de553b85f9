from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.databricks_warehouse_cluster_size import DatabricksWarehouseClusterSize
from ..models.databricks_warehouse_spot_instance_policy import DatabricksWarehouseSpotInstancePolicy
from ..models.databricks_warehouse_state import DatabricksWarehouseState
from ..models.databricks_warehouse_warehouse_type import DatabricksWarehouseWarehouseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.databricks_warehouse_channel import DatabricksWarehouseChannel
    from ..models.databricks_warehouse_health import DatabricksWarehouseHealth
    from ..models.databricks_warehouse_odbc_params import DatabricksWarehouseOdbcParams
    from ..models.databricks_warehouse_tags import DatabricksWarehouseTags


T = TypeVar("T", bound="DatabricksWarehouse")


@_attrs_define
class DatabricksWarehouse:
    """
    Attributes:
        id (str):
        name (str):
        cluster_size (DatabricksWarehouseClusterSize | Unset):
        warehouse_type (DatabricksWarehouseWarehouseType | Unset):
        state (DatabricksWarehouseState | Unset):
        enable_photon (bool | Unset):
        enable_serverless_compute (bool | Unset):
        auto_stop_mins (int | Unset):
        max_num_clusters (int | Unset):
        min_num_clusters (int | Unset):
        num_clusters (int | Unset):
        num_active_sessions (int | Unset):
        creator_name (str | Unset):
        jdbc_url (str | Unset):
        spot_instance_policy (DatabricksWarehouseSpotInstancePolicy | Unset):
        health (DatabricksWarehouseHealth | Unset):
        channel (DatabricksWarehouseChannel | Unset):
        odbc_params (DatabricksWarehouseOdbcParams | Unset):
        tags (DatabricksWarehouseTags | Unset):
        instance_profile_arn (str | Unset):
    """

    id: str
    name: str
    cluster_size: DatabricksWarehouseClusterSize | Unset = UNSET
    warehouse_type: DatabricksWarehouseWarehouseType | Unset = UNSET
    state: DatabricksWarehouseState | Unset = UNSET
    enable_photon: bool | Unset = UNSET
    enable_serverless_compute: bool | Unset = UNSET
    auto_stop_mins: int | Unset = UNSET
    max_num_clusters: int | Unset = UNSET
    min_num_clusters: int | Unset = UNSET
    num_clusters: int | Unset = UNSET
    num_active_sessions: int | Unset = UNSET
    creator_name: str | Unset = UNSET
    jdbc_url: str | Unset = UNSET
    spot_instance_policy: DatabricksWarehouseSpotInstancePolicy | Unset = UNSET
    health: DatabricksWarehouseHealth | Unset = UNSET
    channel: DatabricksWarehouseChannel | Unset = UNSET
    odbc_params: DatabricksWarehouseOdbcParams | Unset = UNSET
    tags: DatabricksWarehouseTags | Unset = UNSET
    instance_profile_arn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        cluster_size: str | Unset = UNSET
        if not isinstance(self.cluster_size, Unset):
            cluster_size = self.cluster_size.value

        warehouse_type: str | Unset = UNSET
        if not isinstance(self.warehouse_type, Unset):
            warehouse_type = self.warehouse_type.value

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        enable_photon = self.enable_photon

        enable_serverless_compute = self.enable_serverless_compute

        auto_stop_mins = self.auto_stop_mins

        max_num_clusters = self.max_num_clusters

        min_num_clusters = self.min_num_clusters

        num_clusters = self.num_clusters

        num_active_sessions = self.num_active_sessions

        creator_name = self.creator_name

        jdbc_url = self.jdbc_url

        spot_instance_policy: str | Unset = UNSET
        if not isinstance(self.spot_instance_policy, Unset):
            spot_instance_policy = self.spot_instance_policy.value

        health: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health, Unset):
            health = self.health.to_dict()

        channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.to_dict()

        odbc_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.odbc_params, Unset):
            odbc_params = self.odbc_params.to_dict()

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        instance_profile_arn = self.instance_profile_arn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if cluster_size is not UNSET:
            field_dict["cluster_size"] = cluster_size
        if warehouse_type is not UNSET:
            field_dict["warehouse_type"] = warehouse_type
        if state is not UNSET:
            field_dict["state"] = state
        if enable_photon is not UNSET:
            field_dict["enable_photon"] = enable_photon
        if enable_serverless_compute is not UNSET:
            field_dict["enable_serverless_compute"] = enable_serverless_compute
        if auto_stop_mins is not UNSET:
            field_dict["auto_stop_mins"] = auto_stop_mins
        if max_num_clusters is not UNSET:
            field_dict["max_num_clusters"] = max_num_clusters
        if min_num_clusters is not UNSET:
            field_dict["min_num_clusters"] = min_num_clusters
        if num_clusters is not UNSET:
            field_dict["num_clusters"] = num_clusters
        if num_active_sessions is not UNSET:
            field_dict["num_active_sessions"] = num_active_sessions
        if creator_name is not UNSET:
            field_dict["creator_name"] = creator_name
        if jdbc_url is not UNSET:
            field_dict["jdbc_url"] = jdbc_url
        if spot_instance_policy is not UNSET:
            field_dict["spot_instance_policy"] = spot_instance_policy
        if health is not UNSET:
            field_dict["health"] = health
        if channel is not UNSET:
            field_dict["channel"] = channel
        if odbc_params is not UNSET:
            field_dict["odbc_params"] = odbc_params
        if tags is not UNSET:
            field_dict["tags"] = tags
        if instance_profile_arn is not UNSET:
            field_dict["instance_profile_arn"] = instance_profile_arn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.databricks_warehouse_channel import DatabricksWarehouseChannel  # noqa: PLC0415
        from ..models.databricks_warehouse_health import DatabricksWarehouseHealth  # noqa: PLC0415
        from ..models.databricks_warehouse_odbc_params import DatabricksWarehouseOdbcParams  # noqa: PLC0415
        from ..models.databricks_warehouse_tags import DatabricksWarehouseTags  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        _cluster_size = d.pop("cluster_size", UNSET)
        cluster_size: DatabricksWarehouseClusterSize | Unset
        if isinstance(_cluster_size, Unset):
            cluster_size = UNSET
        else:
            cluster_size = DatabricksWarehouseClusterSize(_cluster_size)

        _warehouse_type = d.pop("warehouse_type", UNSET)
        warehouse_type: DatabricksWarehouseWarehouseType | Unset
        if isinstance(_warehouse_type, Unset):
            warehouse_type = UNSET
        else:
            warehouse_type = DatabricksWarehouseWarehouseType(_warehouse_type)

        _state = d.pop("state", UNSET)
        state: DatabricksWarehouseState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = DatabricksWarehouseState(_state)

        enable_photon = d.pop("enable_photon", UNSET)

        enable_serverless_compute = d.pop("enable_serverless_compute", UNSET)

        auto_stop_mins = d.pop("auto_stop_mins", UNSET)

        max_num_clusters = d.pop("max_num_clusters", UNSET)

        min_num_clusters = d.pop("min_num_clusters", UNSET)

        num_clusters = d.pop("num_clusters", UNSET)

        num_active_sessions = d.pop("num_active_sessions", UNSET)

        creator_name = d.pop("creator_name", UNSET)

        jdbc_url = d.pop("jdbc_url", UNSET)

        _spot_instance_policy = d.pop("spot_instance_policy", UNSET)
        spot_instance_policy: DatabricksWarehouseSpotInstancePolicy | Unset
        if isinstance(_spot_instance_policy, Unset):
            spot_instance_policy = UNSET
        else:
            spot_instance_policy = DatabricksWarehouseSpotInstancePolicy(_spot_instance_policy)

        _health = d.pop("health", UNSET)
        health: DatabricksWarehouseHealth | Unset
        if isinstance(_health, Unset):
            health = UNSET
        else:
            health = DatabricksWarehouseHealth.from_dict(_health)

        _channel = d.pop("channel", UNSET)
        channel: DatabricksWarehouseChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = DatabricksWarehouseChannel.from_dict(_channel)

        _odbc_params = d.pop("odbc_params", UNSET)
        odbc_params: DatabricksWarehouseOdbcParams | Unset
        if isinstance(_odbc_params, Unset):
            odbc_params = UNSET
        else:
            odbc_params = DatabricksWarehouseOdbcParams.from_dict(_odbc_params)

        _tags = d.pop("tags", UNSET)
        tags: DatabricksWarehouseTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = DatabricksWarehouseTags.from_dict(_tags)

        instance_profile_arn = d.pop("instance_profile_arn", UNSET)

        databricks_warehouse = cls(
            id=id,
            name=name,
            cluster_size=cluster_size,
            warehouse_type=warehouse_type,
            state=state,
            enable_photon=enable_photon,
            enable_serverless_compute=enable_serverless_compute,
            auto_stop_mins=auto_stop_mins,
            max_num_clusters=max_num_clusters,
            min_num_clusters=min_num_clusters,
            num_clusters=num_clusters,
            num_active_sessions=num_active_sessions,
            creator_name=creator_name,
            jdbc_url=jdbc_url,
            spot_instance_policy=spot_instance_policy,
            health=health,
            channel=channel,
            odbc_params=odbc_params,
            tags=tags,
            instance_profile_arn=instance_profile_arn,
        )

        databricks_warehouse.additional_properties = d
        return databricks_warehouse

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
