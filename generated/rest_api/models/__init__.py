"""The models (schemas) of the TileDB REST API v4, one module each, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .academy_lesson import AcademyLesson as AcademyLesson
    from .academy_lessons_list_response import AcademyLessonsListResponse as AcademyLessonsListResponse
    from .academy_questionnaire import AcademyQuestionnaire as AcademyQuestionnaire
    from .academy_questionnaire_list_response import (
        AcademyQuestionnaireListResponse as AcademyQuestionnaireListResponse,
    )
    from .academy_questionnaire_put_request import AcademyQuestionnairePutRequest as AcademyQuestionnairePutRequest
    from .access_credential import AccessCredential as AccessCredential
    from .access_credential_role import AccessCredentialRole as AccessCredentialRole
    from .access_credential_status import AccessCredentialStatus as AccessCredentialStatus
    from .activities_list_response import ActivitiesListResponse as ActivitiesListResponse
    from .activity import Activity as Activity
    from .activity_action import ActivityAction as ActivityAction
    from .activity_array_task import ActivityArrayTask as ActivityArrayTask
    from .activity_asset import ActivityAsset as ActivityAsset
    from .activity_token import ActivityToken as ActivityToken
    from .api_token import APIToken as APIToken
    from .api_version import APIVersion as APIVersion
    from .array_info import ArrayInfo as ArrayInfo
    from .asset import Asset as Asset
    from .asset_backing_type import AssetBackingType as AssetBackingType
    from .asset_get_response import AssetGetResponse as AssetGetResponse
    from .asset_indexer_response import AssetIndexerResponse as AssetIndexerResponse
    from .asset_list_response import AssetListResponse as AssetListResponse
    from .asset_member_type import AssetMemberType as AssetMemberType
    from .asset_metadata import AssetMetadata as AssetMetadata
    from .asset_metadata_list_response import AssetMetadataListResponse as AssetMetadataListResponse
    from .asset_metadata_save_request_inner import AssetMetadataSaveRequestInner as AssetMetadataSaveRequestInner
    from .asset_metadata_save_response import AssetMetadataSaveResponse as AssetMetadataSaveResponse
    from .asset_metadata_type import AssetMetadataType as AssetMetadataType
    from .asset_path_response import AssetPathResponse as AssetPathResponse
    from .asset_property import AssetProperty as AssetProperty
    from .asset_property_key import AssetPropertyKey as AssetPropertyKey
    from .asset_property_list_response import AssetPropertyListResponse as AssetPropertyListResponse
    from .asset_property_save_request_inner import AssetPropertySaveRequestInner as AssetPropertySaveRequestInner
    from .asset_property_save_request_inner_key import (
        AssetPropertySaveRequestInnerKey as AssetPropertySaveRequestInnerKey,
    )
    from .asset_property_save_response import AssetPropertySaveResponse as AssetPropertySaveResponse
    from .asset_register_request import AssetRegisterRequest as AssetRegisterRequest
    from .asset_type import AssetType as AssetType
    from .asset_update_request import AssetUpdateRequest as AssetUpdateRequest
    from .assets_move_request import AssetsMoveRequest as AssetsMoveRequest
    from .auth_providers import AuthProviders as AuthProviders
    from .auth_providers_get_response import AuthProvidersGetResponse as AuthProvidersGetResponse
    from .aws_credential import AWSCredential as AWSCredential
    from .aws_role import AWSRole as AWSRole
    from .azure_credential import AzureCredential as AzureCredential
    from .azure_entra_id_task_token import AzureEntraIDTaskToken as AzureEntraIDTaskToken
    from .azure_entra_id_token import AzureEntraIDToken as AzureEntraIDToken
    from .azure_token import AzureToken as AzureToken
    from .change_password_request import ChangePasswordRequest as ChangePasswordRequest
    from .chat_request import ChatRequest as ChatRequest
    from .chat_request_context import ChatRequestContext as ChatRequestContext
    from .chat_stream_done_event import ChatStreamDoneEvent as ChatStreamDoneEvent
    from .chat_stream_done_event_event import ChatStreamDoneEventEvent as ChatStreamDoneEventEvent
    from .chat_stream_done_event_metadata import ChatStreamDoneEventMetadata as ChatStreamDoneEventMetadata
    from .chat_stream_error_event import ChatStreamErrorEvent as ChatStreamErrorEvent
    from .chat_stream_error_event_event import ChatStreamErrorEventEvent as ChatStreamErrorEventEvent
    from .chat_stream_event import ChatStreamEvent as ChatStreamEvent
    from .chat_stream_event_event import ChatStreamEventEvent as ChatStreamEventEvent
    from .chat_stream_event_metadata import ChatStreamEventMetadata as ChatStreamEventMetadata
    from .chat_stream_message_event import ChatStreamMessageEvent as ChatStreamMessageEvent
    from .chat_stream_message_event_event import ChatStreamMessageEventEvent as ChatStreamMessageEventEvent
    from .chat_stream_start_event import ChatStreamStartEvent as ChatStreamStartEvent
    from .chat_stream_start_event_event import ChatStreamStartEventEvent as ChatStreamStartEventEvent
    from .cloud_provider import CloudProvider as CloudProvider
    from .common_prefix import CommonPrefix as CommonPrefix
    from .company_sso_auth_provider import CompanySSOAuthProvider as CompanySSOAuthProvider
    from .conversation import Conversation as Conversation
    from .conversation_history_response import ConversationHistoryResponse as ConversationHistoryResponse
    from .conversation_message import ConversationMessage as ConversationMessage
    from .conversations_list_response import ConversationsListResponse as ConversationsListResponse
    from .credential import Credential as Credential
    from .credential_create_request import CredentialCreateRequest as CredentialCreateRequest
    from .credential_get_response import CredentialGetResponse as CredentialGetResponse
    from .credential_type import CredentialType as CredentialType
    from .credential_update_request import CredentialUpdateRequest as CredentialUpdateRequest
    from .credentials_list_response import CredentialsListResponse as CredentialsListResponse
    from .credentials_verify_request import CredentialsVerifyRequest as CredentialsVerifyRequest
    from .data_change_file import DataChangeFile as DataChangeFile
    from .data_change_file_add import DataChangeFileAdd as DataChangeFileAdd
    from .data_change_file_add_partition_values import (
        DataChangeFileAddPartitionValues as DataChangeFileAddPartitionValues,
    )
    from .data_change_file_partition_values import DataChangeFilePartitionValues as DataChangeFilePartitionValues
    from .data_change_file_remove import DataChangeFileRemove as DataChangeFileRemove
    from .data_change_file_remove_partition_values import (
        DataChangeFileRemovePartitionValues as DataChangeFileRemovePartitionValues,
    )
    from .databricks_catalog import DatabricksCatalog as DatabricksCatalog
    from .databricks_catalog_catalog_type import DatabricksCatalogCatalogType as DatabricksCatalogCatalogType
    from .databricks_catalog_enable_predictive_optimization import (
        DatabricksCatalogEnablePredictiveOptimization as DatabricksCatalogEnablePredictiveOptimization,
    )
    from .databricks_catalog_isolation_mode import DatabricksCatalogIsolationMode as DatabricksCatalogIsolationMode
    from .databricks_catalog_options import DatabricksCatalogOptions as DatabricksCatalogOptions
    from .databricks_catalog_properties import DatabricksCatalogProperties as DatabricksCatalogProperties
    from .databricks_catalog_schema import DatabricksCatalogSchema as DatabricksCatalogSchema
    from .databricks_catalog_schema_catalog_type import (
        DatabricksCatalogSchemaCatalogType as DatabricksCatalogSchemaCatalogType,
    )
    from .databricks_catalog_schema_enable_predictive_optimization import (
        DatabricksCatalogSchemaEnablePredictiveOptimization as DatabricksCatalogSchemaEnablePredictiveOptimization,
    )
    from .databricks_catalog_schema_properties import (
        DatabricksCatalogSchemaProperties as DatabricksCatalogSchemaProperties,
    )
    from .databricks_catalog_schemas import DatabricksCatalogSchemas as DatabricksCatalogSchemas
    from .databricks_catalog_table import DatabricksCatalogTable as DatabricksCatalogTable
    from .databricks_catalog_table_columns import DatabricksCatalogTableColumns as DatabricksCatalogTableColumns
    from .databricks_catalog_table_data_source_format import (
        DatabricksCatalogTableDataSourceFormat as DatabricksCatalogTableDataSourceFormat,
    )
    from .databricks_catalog_table_enable_predictive_optimization import (
        DatabricksCatalogTableEnablePredictiveOptimization as DatabricksCatalogTableEnablePredictiveOptimization,
    )
    from .databricks_catalog_table_properties import (
        DatabricksCatalogTableProperties as DatabricksCatalogTableProperties,
    )
    from .databricks_catalog_table_table_type import DatabricksCatalogTableTableType as DatabricksCatalogTableTableType
    from .databricks_service_principal_secret import (
        DatabricksServicePrincipalSecret as DatabricksServicePrincipalSecret,
    )
    from .databricks_table_info import DatabricksTableInfo as DatabricksTableInfo
    from .databricks_warehouse import DatabricksWarehouse as DatabricksWarehouse
    from .databricks_warehouse_channel import DatabricksWarehouseChannel as DatabricksWarehouseChannel
    from .databricks_warehouse_channel_name import DatabricksWarehouseChannelName as DatabricksWarehouseChannelName
    from .databricks_warehouse_cluster_size import DatabricksWarehouseClusterSize as DatabricksWarehouseClusterSize
    from .databricks_warehouse_health import DatabricksWarehouseHealth as DatabricksWarehouseHealth
    from .databricks_warehouse_health_failure_reason import (
        DatabricksWarehouseHealthFailureReason as DatabricksWarehouseHealthFailureReason,
    )
    from .databricks_warehouse_health_failure_reason_parameters import (
        DatabricksWarehouseHealthFailureReasonParameters as DatabricksWarehouseHealthFailureReasonParameters,
    )
    from .databricks_warehouse_health_status import DatabricksWarehouseHealthStatus as DatabricksWarehouseHealthStatus
    from .databricks_warehouse_odbc_params import DatabricksWarehouseOdbcParams as DatabricksWarehouseOdbcParams
    from .databricks_warehouse_spot_instance_policy import (
        DatabricksWarehouseSpotInstancePolicy as DatabricksWarehouseSpotInstancePolicy,
    )
    from .databricks_warehouse_state import DatabricksWarehouseState as DatabricksWarehouseState
    from .databricks_warehouse_tags import DatabricksWarehouseTags as DatabricksWarehouseTags
    from .databricks_warehouse_tags_custom_tags import (
        DatabricksWarehouseTagsCustomTags as DatabricksWarehouseTagsCustomTags,
    )
    from .databricks_warehouse_warehouse_type import (
        DatabricksWarehouseWarehouseType as DatabricksWarehouseWarehouseType,
    )
    from .domain_check_result import DomainCheckResult as DomainCheckResult
    from .domain_check_result_status import DomainCheckResultStatus as DomainCheckResultStatus
    from .entity_types import EntityTypes as EntityTypes
    from .error import Error as Error
    from .error_response import ErrorResponse as ErrorResponse
    from .error_xml import ErrorXML as ErrorXML
    from .extra_data_affected import ExtraDataAffected as ExtraDataAffected
    from .extra_data_affected_by_delete import ExtraDataAffectedByDelete as ExtraDataAffectedByDelete
    from .extra_data_affected_by_move import ExtraDataAffectedByMove as ExtraDataAffectedByMove
    from .extra_data_metadata import ExtraDataMetadata as ExtraDataMetadata
    from .extra_data_query_stats import ExtraDataQueryStats as ExtraDataQueryStats
    from .extra_data_query_stats_counters import ExtraDataQueryStatsCounters as ExtraDataQueryStatsCounters
    from .extra_data_query_stats_timers import ExtraDataQueryStatsTimers as ExtraDataQueryStatsTimers
    from .file import File as File
    from .file_info import FileInfo as FileInfo
    from .file_list_response import FileListResponse as FileListResponse
    from .file_partition_values import FilePartitionValues as FilePartitionValues
    from .file_presigned_url_response import FilePresignedURLResponse as FilePresignedURLResponse
    from .folder import Folder as Folder
    from .folder_contents_response import FolderContentsResponse as FolderContentsResponse
    from .folder_create_request_inner import FolderCreateRequestInner as FolderCreateRequestInner
    from .folder_create_response import FolderCreateResponse as FolderCreateResponse
    from .folder_get_response import FolderGetResponse as FolderGetResponse
    from .folder_info import FolderInfo as FolderInfo
    from .format_ import Format as Format
    from .gcp_interoperability_credential import GCPInteroperabilityCredential as GCPInteroperabilityCredential
    from .gcp_service_account_key import GCPServiceAccountKey as GCPServiceAccountKey
    from .generalspace import Generalspace as Generalspace
    from .generalspace_get_response import GeneralspaceGetResponse as GeneralspaceGetResponse
    from .generalspace_update_request import GeneralspaceUpdateRequest as GeneralspaceUpdateRequest
    from .git_hub_auth_provider import GitHubAuthProvider as GitHubAuthProvider
    from .google_auth_provider import GoogleAuthProvider as GoogleAuthProvider
    from .group_info import GroupInfo as GroupInfo
    from .invitation import Invitation as Invitation
    from .invitation_respond_request import InvitationRespondRequest as InvitationRespondRequest
    from .invitation_respond_request_response import (
        InvitationRespondRequestResponse as InvitationRespondRequestResponse,
    )
    from .invitation_retrieve_request import InvitationRetrieveRequest as InvitationRetrieveRequest
    from .invitation_retrieve_response import InvitationRetrieveResponse as InvitationRetrieveResponse
    from .invitation_workspace import InvitationWorkspace as InvitationWorkspace
    from .invitations_create_request_inner import InvitationsCreateRequestInner as InvitationsCreateRequestInner
    from .invitations_create_request_workspace import (
        InvitationsCreateRequestWorkspace as InvitationsCreateRequestWorkspace,
    )
    from .invitations_list_response import InvitationsListResponse as InvitationsListResponse
    from .inviting_user import InvitingUser as InvitingUser
    from .list_databricks_catalogs_response import ListDatabricksCatalogsResponse as ListDatabricksCatalogsResponse
    from .list_databricks_catalogs_response_catalogs import (
        ListDatabricksCatalogsResponseCatalogs as ListDatabricksCatalogsResponseCatalogs,
    )
    from .list_databricks_warehouses_response import (
        ListDatabricksWarehousesResponse as ListDatabricksWarehousesResponse,
    )
    from .list_databricks_warehouses_response_warehouses import (
        ListDatabricksWarehousesResponseWarehouses as ListDatabricksWarehousesResponseWarehouses,
    )
    from .list_share_schema_tables_response import ListShareSchemaTablesResponse as ListShareSchemaTablesResponse
    from .list_share_schemas_response import ListShareSchemasResponse as ListShareSchemasResponse
    from .list_shares_response import ListSharesResponse as ListSharesResponse
    from .list_snowflake_databases_response import ListSnowflakeDatabasesResponse as ListSnowflakeDatabasesResponse
    from .list_snowflake_databases_response_databases import (
        ListSnowflakeDatabasesResponseDatabases as ListSnowflakeDatabasesResponseDatabases,
    )
    from .list_snowflake_warehouses_response import ListSnowflakeWarehousesResponse as ListSnowflakeWarehousesResponse
    from .list_snowflake_warehouses_response_warehouses import (
        ListSnowflakeWarehousesResponseWarehouses as ListSnowflakeWarehousesResponseWarehouses,
    )
    from .list_tables_response import ListTablesResponse as ListTablesResponse
    from .ll_model import LLModel as LLModel
    from .ll_model_create_request import LLModelCreateRequest as LLModelCreateRequest
    from .llm_config import LLMConfig as LLMConfig
    from .llm_config_create_request import LLMConfigCreateRequest as LLMConfigCreateRequest
    from .llm_config_create_response import LLMConfigCreateResponse as LLMConfigCreateResponse
    from .llm_config_list_response import LLMConfigListResponse as LLMConfigListResponse
    from .llm_config_update_request import LLMConfigUpdateRequest as LLMConfigUpdateRequest
    from .llm_provider import LLMProvider as LLMProvider
    from .message_role import MessageRole as MessageRole
    from .metadata import Metadata as Metadata
    from .metadata_configuration import MetadataConfiguration as MetadataConfiguration
    from .moved_asset import MovedAsset as MovedAsset
    from .object_ import Object as Object
    from .onboarding_get_status_response import OnboardingGetStatusResponse as OnboardingGetStatusResponse
    from .onboarding_set_status_request import OnboardingSetStatusRequest as OnboardingSetStatusRequest
    from .onboarding_status import OnboardingStatus as OnboardingStatus
    from .openai_model import OpenaiModel as OpenaiModel
    from .pagination_metadata import PaginationMetadata as PaginationMetadata
    from .protocol import Protocol as Protocol
    from .query_databricks_table_request import QueryDatabricksTableRequest as QueryDatabricksTableRequest
    from .query_snowflake_table_request import QuerySnowflakeTableRequest as QuerySnowflakeTableRequest
    from .query_table_change_response import QueryTableChangeResponse as QueryTableChangeResponse
    from .query_table_change_response_configuration import (
        QueryTableChangeResponseConfiguration as QueryTableChangeResponseConfiguration,
    )
    from .query_table_change_response_partition_values import (
        QueryTableChangeResponsePartitionValues as QueryTableChangeResponsePartitionValues,
    )
    from .query_table_request import QueryTableRequest as QueryTableRequest
    from .query_table_response import QueryTableResponse as QueryTableResponse
    from .query_table_response_configuration import QueryTableResponseConfiguration as QueryTableResponseConfiguration
    from .query_table_response_partition_values import (
        QueryTableResponsePartitionValues as QueryTableResponsePartitionValues,
    )
    from .request_email_confirmation_request import RequestEmailConfirmationRequest as RequestEmailConfirmationRequest
    from .request_password_reset_request import RequestPasswordResetRequest as RequestPasswordResetRequest
    from .reset_password_request import ResetPasswordRequest as ResetPasswordRequest
    from .rest_capabilities import RestCapabilities as RestCapabilities
    from .schema import Schema as Schema
    from .schema_field import SchemaField as SchemaField
    from .schema_field_array import SchemaFieldArray as SchemaFieldArray
    from .schema_field_data_type import SchemaFieldDataType as SchemaFieldDataType
    from .schema_field_map import SchemaFieldMap as SchemaFieldMap
    from .schema_field_metadata import SchemaFieldMetadata as SchemaFieldMetadata
    from .schema_item import SchemaItem as SchemaItem
    from .share_item import ShareItem as ShareItem
    from .share_response import ShareResponse as ShareResponse
    from .snowflake_database import SnowflakeDatabase as SnowflakeDatabase
    from .snowflake_database_schema import SnowflakeDatabaseSchema as SnowflakeDatabaseSchema
    from .snowflake_database_schemas import SnowflakeDatabaseSchemas as SnowflakeDatabaseSchemas
    from .snowflake_database_table import SnowflakeDatabaseTable as SnowflakeDatabaseTable
    from .snowflake_service_user_key import SnowflakeServiceUserKey as SnowflakeServiceUserKey
    from .snowflake_table_info import SnowflakeTableInfo as SnowflakeTableInfo
    from .snowflake_warehouse import SnowflakeWarehouse as SnowflakeWarehouse
    from .snowflake_warehouse_is_current import SnowflakeWarehouseIsCurrent as SnowflakeWarehouseIsCurrent
    from .snowflake_warehouse_is_default import SnowflakeWarehouseIsDefault as SnowflakeWarehouseIsDefault
    from .snowflake_warehouse_scaling_policy import SnowflakeWarehouseScalingPolicy as SnowflakeWarehouseScalingPolicy
    from .snowflake_warehouse_size import SnowflakeWarehouseSize as SnowflakeWarehouseSize
    from .snowflake_warehouse_state import SnowflakeWarehouseState as SnowflakeWarehouseState
    from .snowflake_warehouse_type import SnowflakeWarehouseType as SnowflakeWarehouseType
    from .social_login import SocialLogin as SocialLogin
    from .social_login_create_request import SocialLoginCreateRequest as SocialLoginCreateRequest
    from .social_login_create_response import SocialLoginCreateResponse as SocialLoginCreateResponse
    from .social_login_get_response import SocialLoginGetResponse as SocialLoginGetResponse
    from .social_login_list_response import SocialLoginListResponse as SocialLoginListResponse
    from .social_login_provider import SocialLoginProvider as SocialLoginProvider
    from .social_login_update_request import SocialLoginUpdateRequest as SocialLoginUpdateRequest
    from .sort_order import SortOrder as SortOrder
    from .sso_domain_config import SSODomainConfig as SSODomainConfig
    from .sso_domain_config_create_request import SSODomainConfigCreateRequest as SSODomainConfigCreateRequest
    from .sso_domain_config_create_response import SSODomainConfigCreateResponse as SSODomainConfigCreateResponse
    from .sso_domain_config_get_response import SSODomainConfigGetResponse as SSODomainConfigGetResponse
    from .sso_domain_config_list_response import SSODomainConfigListResponse as SSODomainConfigListResponse
    from .sso_domain_config_update_request import SSODomainConfigUpdateRequest as SSODomainConfigUpdateRequest
    from .sso_domain_config_update_response import SSODomainConfigUpdateResponse as SSODomainConfigUpdateResponse
    from .sso_domain_config_verification_status import (
        SSODomainConfigVerificationStatus as SSODomainConfigVerificationStatus,
    )
    from .sso_domain_setup import SSODomainSetup as SSODomainSetup
    from .storage_setting import StorageSetting as StorageSetting
    from .storage_setting_get_response import StorageSettingGetResponse as StorageSettingGetResponse
    from .storage_setting_update_request import StorageSettingUpdateRequest as StorageSettingUpdateRequest
    from .storage_settings_create_request import StorageSettingsCreateRequest as StorageSettingsCreateRequest
    from .storage_settings_create_response import StorageSettingsCreateResponse as StorageSettingsCreateResponse
    from .storage_settings_for_teamspace_create_request import (
        StorageSettingsForTeamspaceCreateRequest as StorageSettingsForTeamspaceCreateRequest,
    )
    from .storage_settings_list_response import StorageSettingsListResponse as StorageSettingsListResponse
    from .table_item import TableItem as TableItem
    from .table_metadata_response import TableMetadataResponse as TableMetadataResponse
    from .table_metadata_response_configuration import (
        TableMetadataResponseConfiguration as TableMetadataResponseConfiguration,
    )
    from .teamspace import Teamspace as Teamspace
    from .teamspace_default_credential import TeamspaceDefaultCredential as TeamspaceDefaultCredential
    from .teamspace_get_response import TeamspaceGetResponse as TeamspaceGetResponse
    from .teamspace_light import TeamspaceLight as TeamspaceLight
    from .teamspace_role import TeamspaceRole as TeamspaceRole
    from .teamspace_type import TeamspaceType as TeamspaceType
    from .teamspace_update_request import TeamspaceUpdateRequest as TeamspaceUpdateRequest
    from .teamspace_user import TeamspaceUser as TeamspaceUser
    from .teamspace_user_get_response import TeamspaceUserGetResponse as TeamspaceUserGetResponse
    from .teamspace_user_update_request import TeamspaceUserUpdateRequest as TeamspaceUserUpdateRequest
    from .teamspace_users_bulk_update_request_inner import (
        TeamspaceUsersBulkUpdateRequestInner as TeamspaceUsersBulkUpdateRequestInner,
    )
    from .teamspace_users_create_request_inner import (
        TeamspaceUsersCreateRequestInner as TeamspaceUsersCreateRequestInner,
    )
    from .teamspace_users_create_response import TeamspaceUsersCreateResponse as TeamspaceUsersCreateResponse
    from .teamspace_users_join_response import TeamspaceUsersJoinResponse as TeamspaceUsersJoinResponse
    from .teamspace_users_list_response import TeamspaceUsersListResponse as TeamspaceUsersListResponse
    from .teamspace_visibility import TeamspaceVisibility as TeamspaceVisibility
    from .teamspaces_create_request import TeamspacesCreateRequest as TeamspacesCreateRequest
    from .teamspaces_create_response import TeamspacesCreateResponse as TeamspacesCreateResponse
    from .teamspaces_list_response import TeamspacesListResponse as TeamspacesListResponse
    from .tile_db_version import TileDBVersion as TileDBVersion
    from .token import Token as Token
    from .token_create_request import TokenCreateRequest as TokenCreateRequest
    from .token_create_response import TokenCreateResponse as TokenCreateResponse
    from .token_list_response import TokenListResponse as TokenListResponse
    from .token_scope import TokenScope as TokenScope
    from .token_type import TokenType as TokenType
    from .user import User as User
    from .user_answer import UserAnswer as UserAnswer
    from .user_create_request import UserCreateRequest as UserCreateRequest
    from .user_create_response import UserCreateResponse as UserCreateResponse
    from .user_get_response import UserGetResponse as UserGetResponse
    from .user_role import UserRole as UserRole
    from .user_self_response import UserSelfResponse as UserSelfResponse
    from .user_self_response_data import UserSelfResponseData as UserSelfResponseData
    from .user_self_workspace import UserSelfWorkspace as UserSelfWorkspace
    from .user_update_request import UserUpdateRequest as UserUpdateRequest
    from .userspace import Userspace as Userspace
    from .userspace_get_response import UserspaceGetResponse as UserspaceGetResponse
    from .userspace_update_request import UserspaceUpdateRequest as UserspaceUpdateRequest
    from .validation_error import ValidationError as ValidationError
    from .validation_error_field import ValidationErrorField as ValidationErrorField
    from .versions import Versions as Versions
    from .versions_response import VersionsResponse as VersionsResponse
    from .workspace import Workspace as Workspace
    from .workspace_create_request import WorkspaceCreateRequest as WorkspaceCreateRequest
    from .workspace_create_response import WorkspaceCreateResponse as WorkspaceCreateResponse
    from .workspace_get_response import WorkspaceGetResponse as WorkspaceGetResponse
    from .workspace_light import WorkspaceLight as WorkspaceLight
    from .workspace_role import WorkspaceRole as WorkspaceRole
    from .workspace_update_request import WorkspaceUpdateRequest as WorkspaceUpdateRequest
    from .workspace_user import WorkspaceUser as WorkspaceUser
    from .workspace_user_create_request import WorkspaceUserCreateRequest as WorkspaceUserCreateRequest
    from .workspace_user_create_response import WorkspaceUserCreateResponse as WorkspaceUserCreateResponse
    from .workspace_user_get_response import WorkspaceUserGetResponse as WorkspaceUserGetResponse
    from .workspace_user_update_request import WorkspaceUserUpdateRequest as WorkspaceUserUpdateRequest
    from .workspace_users_list_response import WorkspaceUsersListResponse as WorkspaceUsersListResponse

# Model name -> the module that defines it.
MODELS: dict[str, str] = {
    "AcademyLesson": ".academy_lesson",
    "AcademyLessonsListResponse": ".academy_lessons_list_response",
    "AcademyQuestionnaire": ".academy_questionnaire",
    "AcademyQuestionnaireListResponse": ".academy_questionnaire_list_response",
    "AcademyQuestionnairePutRequest": ".academy_questionnaire_put_request",
    "AccessCredential": ".access_credential",
    "AccessCredentialRole": ".access_credential_role",
    "AccessCredentialStatus": ".access_credential_status",
    "ActivitiesListResponse": ".activities_list_response",
    "Activity": ".activity",
    "ActivityAction": ".activity_action",
    "ActivityArrayTask": ".activity_array_task",
    "ActivityAsset": ".activity_asset",
    "ActivityToken": ".activity_token",
    "APIToken": ".api_token",
    "APIVersion": ".api_version",
    "ArrayInfo": ".array_info",
    "Asset": ".asset",
    "AssetBackingType": ".asset_backing_type",
    "AssetGetResponse": ".asset_get_response",
    "AssetIndexerResponse": ".asset_indexer_response",
    "AssetListResponse": ".asset_list_response",
    "AssetMemberType": ".asset_member_type",
    "AssetMetadata": ".asset_metadata",
    "AssetMetadataListResponse": ".asset_metadata_list_response",
    "AssetMetadataSaveRequestInner": ".asset_metadata_save_request_inner",
    "AssetMetadataSaveResponse": ".asset_metadata_save_response",
    "AssetMetadataType": ".asset_metadata_type",
    "AssetPathResponse": ".asset_path_response",
    "AssetProperty": ".asset_property",
    "AssetPropertyKey": ".asset_property_key",
    "AssetPropertyListResponse": ".asset_property_list_response",
    "AssetPropertySaveRequestInner": ".asset_property_save_request_inner",
    "AssetPropertySaveRequestInnerKey": ".asset_property_save_request_inner_key",
    "AssetPropertySaveResponse": ".asset_property_save_response",
    "AssetRegisterRequest": ".asset_register_request",
    "AssetType": ".asset_type",
    "AssetUpdateRequest": ".asset_update_request",
    "AssetsMoveRequest": ".assets_move_request",
    "AuthProviders": ".auth_providers",
    "AuthProvidersGetResponse": ".auth_providers_get_response",
    "AWSCredential": ".aws_credential",
    "AWSRole": ".aws_role",
    "AzureCredential": ".azure_credential",
    "AzureEntraIDTaskToken": ".azure_entra_id_task_token",
    "AzureEntraIDToken": ".azure_entra_id_token",
    "AzureToken": ".azure_token",
    "ChangePasswordRequest": ".change_password_request",
    "ChatRequest": ".chat_request",
    "ChatRequestContext": ".chat_request_context",
    "ChatStreamDoneEvent": ".chat_stream_done_event",
    "ChatStreamDoneEventEvent": ".chat_stream_done_event_event",
    "ChatStreamDoneEventMetadata": ".chat_stream_done_event_metadata",
    "ChatStreamErrorEvent": ".chat_stream_error_event",
    "ChatStreamErrorEventEvent": ".chat_stream_error_event_event",
    "ChatStreamEvent": ".chat_stream_event",
    "ChatStreamEventEvent": ".chat_stream_event_event",
    "ChatStreamEventMetadata": ".chat_stream_event_metadata",
    "ChatStreamMessageEvent": ".chat_stream_message_event",
    "ChatStreamMessageEventEvent": ".chat_stream_message_event_event",
    "ChatStreamStartEvent": ".chat_stream_start_event",
    "ChatStreamStartEventEvent": ".chat_stream_start_event_event",
    "CloudProvider": ".cloud_provider",
    "CommonPrefix": ".common_prefix",
    "CompanySSOAuthProvider": ".company_sso_auth_provider",
    "Conversation": ".conversation",
    "ConversationHistoryResponse": ".conversation_history_response",
    "ConversationMessage": ".conversation_message",
    "ConversationsListResponse": ".conversations_list_response",
    "Credential": ".credential",
    "CredentialCreateRequest": ".credential_create_request",
    "CredentialGetResponse": ".credential_get_response",
    "CredentialType": ".credential_type",
    "CredentialUpdateRequest": ".credential_update_request",
    "CredentialsListResponse": ".credentials_list_response",
    "CredentialsVerifyRequest": ".credentials_verify_request",
    "DataChangeFile": ".data_change_file",
    "DataChangeFileAdd": ".data_change_file_add",
    "DataChangeFileAddPartitionValues": ".data_change_file_add_partition_values",
    "DataChangeFilePartitionValues": ".data_change_file_partition_values",
    "DataChangeFileRemove": ".data_change_file_remove",
    "DataChangeFileRemovePartitionValues": ".data_change_file_remove_partition_values",
    "DatabricksCatalog": ".databricks_catalog",
    "DatabricksCatalogCatalogType": ".databricks_catalog_catalog_type",
    "DatabricksCatalogEnablePredictiveOptimization": ".databricks_catalog_enable_predictive_optimization",
    "DatabricksCatalogIsolationMode": ".databricks_catalog_isolation_mode",
    "DatabricksCatalogOptions": ".databricks_catalog_options",
    "DatabricksCatalogProperties": ".databricks_catalog_properties",
    "DatabricksCatalogSchema": ".databricks_catalog_schema",
    "DatabricksCatalogSchemaCatalogType": ".databricks_catalog_schema_catalog_type",
    "DatabricksCatalogSchemaEnablePredictiveOptimization": ".databricks_catalog_schema_enable_predictive_optimization",
    "DatabricksCatalogSchemaProperties": ".databricks_catalog_schema_properties",
    "DatabricksCatalogSchemas": ".databricks_catalog_schemas",
    "DatabricksCatalogTable": ".databricks_catalog_table",
    "DatabricksCatalogTableColumns": ".databricks_catalog_table_columns",
    "DatabricksCatalogTableDataSourceFormat": ".databricks_catalog_table_data_source_format",
    "DatabricksCatalogTableEnablePredictiveOptimization": ".databricks_catalog_table_enable_predictive_optimization",
    "DatabricksCatalogTableProperties": ".databricks_catalog_table_properties",
    "DatabricksCatalogTableTableType": ".databricks_catalog_table_table_type",
    "DatabricksServicePrincipalSecret": ".databricks_service_principal_secret",
    "DatabricksTableInfo": ".databricks_table_info",
    "DatabricksWarehouse": ".databricks_warehouse",
    "DatabricksWarehouseChannel": ".databricks_warehouse_channel",
    "DatabricksWarehouseChannelName": ".databricks_warehouse_channel_name",
    "DatabricksWarehouseClusterSize": ".databricks_warehouse_cluster_size",
    "DatabricksWarehouseHealth": ".databricks_warehouse_health",
    "DatabricksWarehouseHealthFailureReason": ".databricks_warehouse_health_failure_reason",
    "DatabricksWarehouseHealthFailureReasonParameters": ".databricks_warehouse_health_failure_reason_parameters",
    "DatabricksWarehouseHealthStatus": ".databricks_warehouse_health_status",
    "DatabricksWarehouseOdbcParams": ".databricks_warehouse_odbc_params",
    "DatabricksWarehouseSpotInstancePolicy": ".databricks_warehouse_spot_instance_policy",
    "DatabricksWarehouseState": ".databricks_warehouse_state",
    "DatabricksWarehouseTags": ".databricks_warehouse_tags",
    "DatabricksWarehouseTagsCustomTags": ".databricks_warehouse_tags_custom_tags",
    "DatabricksWarehouseWarehouseType": ".databricks_warehouse_warehouse_type",
    "DomainCheckResult": ".domain_check_result",
    "DomainCheckResultStatus": ".domain_check_result_status",
    "EntityTypes": ".entity_types",
    "Error": ".error",
    "ErrorResponse": ".error_response",
    "ErrorXML": ".error_xml",
    "ExtraDataAffected": ".extra_data_affected",
    "ExtraDataAffectedByDelete": ".extra_data_affected_by_delete",
    "ExtraDataAffectedByMove": ".extra_data_affected_by_move",
    "ExtraDataMetadata": ".extra_data_metadata",
    "ExtraDataQueryStats": ".extra_data_query_stats",
    "ExtraDataQueryStatsCounters": ".extra_data_query_stats_counters",
    "ExtraDataQueryStatsTimers": ".extra_data_query_stats_timers",
    "File": ".file",
    "FileInfo": ".file_info",
    "FileListResponse": ".file_list_response",
    "FilePartitionValues": ".file_partition_values",
    "FilePresignedURLResponse": ".file_presigned_url_response",
    "Folder": ".folder",
    "FolderContentsResponse": ".folder_contents_response",
    "FolderCreateRequestInner": ".folder_create_request_inner",
    "FolderCreateResponse": ".folder_create_response",
    "FolderGetResponse": ".folder_get_response",
    "FolderInfo": ".folder_info",
    "Format": ".format_",
    "GCPInteroperabilityCredential": ".gcp_interoperability_credential",
    "GCPServiceAccountKey": ".gcp_service_account_key",
    "Generalspace": ".generalspace",
    "GeneralspaceGetResponse": ".generalspace_get_response",
    "GeneralspaceUpdateRequest": ".generalspace_update_request",
    "GitHubAuthProvider": ".git_hub_auth_provider",
    "GoogleAuthProvider": ".google_auth_provider",
    "GroupInfo": ".group_info",
    "Invitation": ".invitation",
    "InvitationRespondRequest": ".invitation_respond_request",
    "InvitationRespondRequestResponse": ".invitation_respond_request_response",
    "InvitationRetrieveRequest": ".invitation_retrieve_request",
    "InvitationRetrieveResponse": ".invitation_retrieve_response",
    "InvitationWorkspace": ".invitation_workspace",
    "InvitationsCreateRequestInner": ".invitations_create_request_inner",
    "InvitationsCreateRequestWorkspace": ".invitations_create_request_workspace",
    "InvitationsListResponse": ".invitations_list_response",
    "InvitingUser": ".inviting_user",
    "ListDatabricksCatalogsResponse": ".list_databricks_catalogs_response",
    "ListDatabricksCatalogsResponseCatalogs": ".list_databricks_catalogs_response_catalogs",
    "ListDatabricksWarehousesResponse": ".list_databricks_warehouses_response",
    "ListDatabricksWarehousesResponseWarehouses": ".list_databricks_warehouses_response_warehouses",
    "ListShareSchemaTablesResponse": ".list_share_schema_tables_response",
    "ListShareSchemasResponse": ".list_share_schemas_response",
    "ListSharesResponse": ".list_shares_response",
    "ListSnowflakeDatabasesResponse": ".list_snowflake_databases_response",
    "ListSnowflakeDatabasesResponseDatabases": ".list_snowflake_databases_response_databases",
    "ListSnowflakeWarehousesResponse": ".list_snowflake_warehouses_response",
    "ListSnowflakeWarehousesResponseWarehouses": ".list_snowflake_warehouses_response_warehouses",
    "ListTablesResponse": ".list_tables_response",
    "LLModel": ".ll_model",
    "LLModelCreateRequest": ".ll_model_create_request",
    "LLMConfig": ".llm_config",
    "LLMConfigCreateRequest": ".llm_config_create_request",
    "LLMConfigCreateResponse": ".llm_config_create_response",
    "LLMConfigListResponse": ".llm_config_list_response",
    "LLMConfigUpdateRequest": ".llm_config_update_request",
    "LLMProvider": ".llm_provider",
    "MessageRole": ".message_role",
    "Metadata": ".metadata",
    "MetadataConfiguration": ".metadata_configuration",
    "MovedAsset": ".moved_asset",
    "Object": ".object_",
    "OnboardingGetStatusResponse": ".onboarding_get_status_response",
    "OnboardingSetStatusRequest": ".onboarding_set_status_request",
    "OnboardingStatus": ".onboarding_status",
    "OpenaiModel": ".openai_model",
    "PaginationMetadata": ".pagination_metadata",
    "Protocol": ".protocol",
    "QueryDatabricksTableRequest": ".query_databricks_table_request",
    "QuerySnowflakeTableRequest": ".query_snowflake_table_request",
    "QueryTableChangeResponse": ".query_table_change_response",
    "QueryTableChangeResponseConfiguration": ".query_table_change_response_configuration",
    "QueryTableChangeResponsePartitionValues": ".query_table_change_response_partition_values",
    "QueryTableRequest": ".query_table_request",
    "QueryTableResponse": ".query_table_response",
    "QueryTableResponseConfiguration": ".query_table_response_configuration",
    "QueryTableResponsePartitionValues": ".query_table_response_partition_values",
    "RequestEmailConfirmationRequest": ".request_email_confirmation_request",
    "RequestPasswordResetRequest": ".request_password_reset_request",
    "ResetPasswordRequest": ".reset_password_request",
    "RestCapabilities": ".rest_capabilities",
    "Schema": ".schema",
    "SchemaField": ".schema_field",
    "SchemaFieldArray": ".schema_field_array",
    "SchemaFieldDataType": ".schema_field_data_type",
    "SchemaFieldMap": ".schema_field_map",
    "SchemaFieldMetadata": ".schema_field_metadata",
    "SchemaItem": ".schema_item",
    "ShareItem": ".share_item",
    "ShareResponse": ".share_response",
    "SnowflakeDatabase": ".snowflake_database",
    "SnowflakeDatabaseSchema": ".snowflake_database_schema",
    "SnowflakeDatabaseSchemas": ".snowflake_database_schemas",
    "SnowflakeDatabaseTable": ".snowflake_database_table",
    "SnowflakeServiceUserKey": ".snowflake_service_user_key",
    "SnowflakeTableInfo": ".snowflake_table_info",
    "SnowflakeWarehouse": ".snowflake_warehouse",
    "SnowflakeWarehouseIsCurrent": ".snowflake_warehouse_is_current",
    "SnowflakeWarehouseIsDefault": ".snowflake_warehouse_is_default",
    "SnowflakeWarehouseScalingPolicy": ".snowflake_warehouse_scaling_policy",
    "SnowflakeWarehouseSize": ".snowflake_warehouse_size",
    "SnowflakeWarehouseState": ".snowflake_warehouse_state",
    "SnowflakeWarehouseType": ".snowflake_warehouse_type",
    "SocialLogin": ".social_login",
    "SocialLoginCreateRequest": ".social_login_create_request",
    "SocialLoginCreateResponse": ".social_login_create_response",
    "SocialLoginGetResponse": ".social_login_get_response",
    "SocialLoginListResponse": ".social_login_list_response",
    "SocialLoginProvider": ".social_login_provider",
    "SocialLoginUpdateRequest": ".social_login_update_request",
    "SortOrder": ".sort_order",
    "SSODomainConfig": ".sso_domain_config",
    "SSODomainConfigCreateRequest": ".sso_domain_config_create_request",
    "SSODomainConfigCreateResponse": ".sso_domain_config_create_response",
    "SSODomainConfigGetResponse": ".sso_domain_config_get_response",
    "SSODomainConfigListResponse": ".sso_domain_config_list_response",
    "SSODomainConfigUpdateRequest": ".sso_domain_config_update_request",
    "SSODomainConfigUpdateResponse": ".sso_domain_config_update_response",
    "SSODomainConfigVerificationStatus": ".sso_domain_config_verification_status",
    "SSODomainSetup": ".sso_domain_setup",
    "StorageSetting": ".storage_setting",
    "StorageSettingGetResponse": ".storage_setting_get_response",
    "StorageSettingUpdateRequest": ".storage_setting_update_request",
    "StorageSettingsCreateRequest": ".storage_settings_create_request",
    "StorageSettingsCreateResponse": ".storage_settings_create_response",
    "StorageSettingsForTeamspaceCreateRequest": ".storage_settings_for_teamspace_create_request",
    "StorageSettingsListResponse": ".storage_settings_list_response",
    "TableItem": ".table_item",
    "TableMetadataResponse": ".table_metadata_response",
    "TableMetadataResponseConfiguration": ".table_metadata_response_configuration",
    "Teamspace": ".teamspace",
    "TeamspaceDefaultCredential": ".teamspace_default_credential",
    "TeamspaceGetResponse": ".teamspace_get_response",
    "TeamspaceLight": ".teamspace_light",
    "TeamspaceRole": ".teamspace_role",
    "TeamspaceType": ".teamspace_type",
    "TeamspaceUpdateRequest": ".teamspace_update_request",
    "TeamspaceUser": ".teamspace_user",
    "TeamspaceUserGetResponse": ".teamspace_user_get_response",
    "TeamspaceUserUpdateRequest": ".teamspace_user_update_request",
    "TeamspaceUsersBulkUpdateRequestInner": ".teamspace_users_bulk_update_request_inner",
    "TeamspaceUsersCreateRequestInner": ".teamspace_users_create_request_inner",
    "TeamspaceUsersCreateResponse": ".teamspace_users_create_response",
    "TeamspaceUsersJoinResponse": ".teamspace_users_join_response",
    "TeamspaceUsersListResponse": ".teamspace_users_list_response",
    "TeamspaceVisibility": ".teamspace_visibility",
    "TeamspacesCreateRequest": ".teamspaces_create_request",
    "TeamspacesCreateResponse": ".teamspaces_create_response",
    "TeamspacesListResponse": ".teamspaces_list_response",
    "TileDBVersion": ".tile_db_version",
    "Token": ".token",
    "TokenCreateRequest": ".token_create_request",
    "TokenCreateResponse": ".token_create_response",
    "TokenListResponse": ".token_list_response",
    "TokenScope": ".token_scope",
    "TokenType": ".token_type",
    "User": ".user",
    "UserAnswer": ".user_answer",
    "UserCreateRequest": ".user_create_request",
    "UserCreateResponse": ".user_create_response",
    "UserGetResponse": ".user_get_response",
    "UserRole": ".user_role",
    "UserSelfResponse": ".user_self_response",
    "UserSelfResponseData": ".user_self_response_data",
    "UserSelfWorkspace": ".user_self_workspace",
    "UserUpdateRequest": ".user_update_request",
    "Userspace": ".userspace",
    "UserspaceGetResponse": ".userspace_get_response",
    "UserspaceUpdateRequest": ".userspace_update_request",
    "ValidationError": ".validation_error",
    "ValidationErrorField": ".validation_error_field",
    "Versions": ".versions",
    "VersionsResponse": ".versions_response",
    "Workspace": ".workspace",
    "WorkspaceCreateRequest": ".workspace_create_request",
    "WorkspaceCreateResponse": ".workspace_create_response",
    "WorkspaceGetResponse": ".workspace_get_response",
    "WorkspaceLight": ".workspace_light",
    "WorkspaceRole": ".workspace_role",
    "WorkspaceUpdateRequest": ".workspace_update_request",
    "WorkspaceUser": ".workspace_user",
    "WorkspaceUserCreateRequest": ".workspace_user_create_request",
    "WorkspaceUserCreateResponse": ".workspace_user_create_response",
    "WorkspaceUserGetResponse": ".workspace_user_get_response",
    "WorkspaceUserUpdateRequest": ".workspace_user_update_request",
    "WorkspaceUsersListResponse": ".workspace_users_list_response",
}

__all__ = sorted(MODELS)


def __getattr__(name: str) -> Any:
    module = MODELS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(MODELS))
