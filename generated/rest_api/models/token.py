from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.azure_entra_id_task_token import AzureEntraIDTaskToken
    from ..models.azure_entra_id_token import AzureEntraIDToken
    from ..models.azure_token import AzureToken
    from ..models.databricks_service_principal_secret import DatabricksServicePrincipalSecret
    from ..models.gcp_service_account_key import GCPServiceAccountKey
    from ..models.snowflake_service_user_key import SnowflakeServiceUserKey


T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    """
    Attributes:
        azure (AzureToken | Unset):
        azure_entra_id (AzureEntraIDToken | Unset):
        azure_entra_id_task (AzureEntraIDTaskToken | Unset):
        gcp (GCPServiceAccountKey | Unset):
        snowflake (SnowflakeServiceUserKey | Unset):
        databricks (DatabricksServicePrincipalSecret | Unset):
    """

    azure: AzureToken | Unset = UNSET
    azure_entra_id: AzureEntraIDToken | Unset = UNSET
    azure_entra_id_task: AzureEntraIDTaskToken | Unset = UNSET
    gcp: GCPServiceAccountKey | Unset = UNSET
    snowflake: SnowflakeServiceUserKey | Unset = UNSET
    databricks: DatabricksServicePrincipalSecret | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        azure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure, Unset):
            azure = self.azure.to_dict()

        azure_entra_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure_entra_id, Unset):
            azure_entra_id = self.azure_entra_id.to_dict()

        azure_entra_id_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure_entra_id_task, Unset):
            azure_entra_id_task = self.azure_entra_id_task.to_dict()

        gcp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcp, Unset):
            gcp = self.gcp.to_dict()

        snowflake: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snowflake, Unset):
            snowflake = self.snowflake.to_dict()

        databricks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.databricks, Unset):
            databricks = self.databricks.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if azure is not UNSET:
            field_dict["azure"] = azure
        if azure_entra_id is not UNSET:
            field_dict["azure_entra_id"] = azure_entra_id
        if azure_entra_id_task is not UNSET:
            field_dict["azure_entra_id_task"] = azure_entra_id_task
        if gcp is not UNSET:
            field_dict["gcp"] = gcp
        if snowflake is not UNSET:
            field_dict["snowflake"] = snowflake
        if databricks is not UNSET:
            field_dict["databricks"] = databricks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.azure_entra_id_task_token import AzureEntraIDTaskToken  # noqa: PLC0415
        from ..models.azure_entra_id_token import AzureEntraIDToken  # noqa: PLC0415
        from ..models.azure_token import AzureToken  # noqa: PLC0415
        from ..models.databricks_service_principal_secret import DatabricksServicePrincipalSecret  # noqa: PLC0415
        from ..models.gcp_service_account_key import GCPServiceAccountKey  # noqa: PLC0415
        from ..models.snowflake_service_user_key import SnowflakeServiceUserKey  # noqa: PLC0415

        d = dict(src_dict)
        _azure = d.pop("azure", UNSET)
        azure: AzureToken | Unset
        if isinstance(_azure, Unset):
            azure = UNSET
        else:
            azure = AzureToken.from_dict(_azure)

        _azure_entra_id = d.pop("azure_entra_id", UNSET)
        azure_entra_id: AzureEntraIDToken | Unset
        if isinstance(_azure_entra_id, Unset):
            azure_entra_id = UNSET
        else:
            azure_entra_id = AzureEntraIDToken.from_dict(_azure_entra_id)

        _azure_entra_id_task = d.pop("azure_entra_id_task", UNSET)
        azure_entra_id_task: AzureEntraIDTaskToken | Unset
        if isinstance(_azure_entra_id_task, Unset):
            azure_entra_id_task = UNSET
        else:
            azure_entra_id_task = AzureEntraIDTaskToken.from_dict(_azure_entra_id_task)

        _gcp = d.pop("gcp", UNSET)
        gcp: GCPServiceAccountKey | Unset
        if isinstance(_gcp, Unset):
            gcp = UNSET
        else:
            gcp = GCPServiceAccountKey.from_dict(_gcp)

        _snowflake = d.pop("snowflake", UNSET)
        snowflake: SnowflakeServiceUserKey | Unset
        if isinstance(_snowflake, Unset):
            snowflake = UNSET
        else:
            snowflake = SnowflakeServiceUserKey.from_dict(_snowflake)

        _databricks = d.pop("databricks", UNSET)
        databricks: DatabricksServicePrincipalSecret | Unset
        if isinstance(_databricks, Unset):
            databricks = UNSET
        else:
            databricks = DatabricksServicePrincipalSecret.from_dict(_databricks)

        token = cls(
            azure=azure,
            azure_entra_id=azure_entra_id,
            azure_entra_id_task=azure_entra_id_task,
            gcp=gcp,
            snowflake=snowflake,
            databricks=databricks,
        )

        token.additional_properties = d
        return token

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
