"""One class per tag of the TileDB REST API v4, and its async twin.

``from tiledb.client.rest_api.api import TokensApi`` imports only the ``tokens`` module; the others
(and their models) stay unimported until used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .academy import AcademyApi as AcademyApi
    from .academy import AsyncAcademyApi as AsyncAcademyApi
    from .activities import ActivitiesApi as ActivitiesApi
    from .activities import AsyncActivitiesApi as AsyncActivitiesApi
    from .agent import AgentApi as AgentApi
    from .agent import AsyncAgentApi as AsyncAgentApi
    from .assets import AssetsApi as AssetsApi
    from .assets import AsyncAssetsApi as AsyncAssetsApi
    from .auth import AsyncAuthApi as AsyncAuthApi
    from .auth import AuthApi as AuthApi
    from .capabilities import AsyncCapabilitiesApi as AsyncCapabilitiesApi
    from .capabilities import CapabilitiesApi as CapabilitiesApi
    from .credentials import AsyncCredentialsApi as AsyncCredentialsApi
    from .credentials import CredentialsApi as CredentialsApi
    from .databricks import AsyncDatabricksApi as AsyncDatabricksApi
    from .databricks import DatabricksApi as DatabricksApi
    from .deltasharing import AsyncDeltasharingApi as AsyncDeltasharingApi
    from .deltasharing import DeltasharingApi as DeltasharingApi
    from .files import AsyncFilesApi as AsyncFilesApi
    from .files import FilesApi as FilesApi
    from .folders import AsyncFoldersApi as AsyncFoldersApi
    from .folders import FoldersApi as FoldersApi
    from .generalspaces import AsyncGeneralspacesApi as AsyncGeneralspacesApi
    from .generalspaces import GeneralspacesApi as GeneralspacesApi
    from .images import AsyncImagesApi as AsyncImagesApi
    from .images import ImagesApi as ImagesApi
    from .invitations import AsyncInvitationsApi as AsyncInvitationsApi
    from .invitations import InvitationsApi as InvitationsApi
    from .llmconfigs import AsyncLlmconfigsApi as AsyncLlmconfigsApi
    from .llmconfigs import LlmconfigsApi as LlmconfigsApi
    from .onboarding import AsyncOnboardingApi as AsyncOnboardingApi
    from .onboarding import OnboardingApi as OnboardingApi
    from .snowflake import AsyncSnowflakeApi as AsyncSnowflakeApi
    from .snowflake import SnowflakeApi as SnowflakeApi
    from .sso import AsyncSsoApi as AsyncSsoApi
    from .sso import SsoApi as SsoApi
    from .storagesettings import AsyncStoragesettingsApi as AsyncStoragesettingsApi
    from .storagesettings import StoragesettingsApi as StoragesettingsApi
    from .teamspaces import AsyncTeamspacesApi as AsyncTeamspacesApi
    from .teamspaces import TeamspacesApi as TeamspacesApi
    from .tokens import AsyncTokensApi as AsyncTokensApi
    from .tokens import TokensApi as TokensApi
    from .users import AsyncUsersApi as AsyncUsersApi
    from .users import UsersApi as UsersApi
    from .userspaces import AsyncUserspacesApi as AsyncUserspacesApi
    from .userspaces import UserspacesApi as UserspacesApi
    from .versions import AsyncVersionsApi as AsyncVersionsApi
    from .versions import VersionsApi as VersionsApi
    from .workspaces import AsyncWorkspacesApi as AsyncWorkspacesApi
    from .workspaces import WorkspacesApi as WorkspacesApi

# Api class name -> the tag module that defines it.
API_CLASSES: dict[str, str] = {
    "AcademyApi": "academy",
    "AsyncAcademyApi": "academy",
    "CredentialsApi": "credentials",
    "AsyncCredentialsApi": "credentials",
    "TeamspacesApi": "teamspaces",
    "AsyncTeamspacesApi": "teamspaces",
    "UsersApi": "users",
    "AsyncUsersApi": "users",
    "ActivitiesApi": "activities",
    "AsyncActivitiesApi": "activities",
    "AgentApi": "agent",
    "AsyncAgentApi": "agent",
    "LlmconfigsApi": "llmconfigs",
    "AsyncLlmconfigsApi": "llmconfigs",
    "AssetsApi": "assets",
    "AsyncAssetsApi": "assets",
    "AuthApi": "auth",
    "AsyncAuthApi": "auth",
    "CapabilitiesApi": "capabilities",
    "AsyncCapabilitiesApi": "capabilities",
    "FilesApi": "files",
    "AsyncFilesApi": "files",
    "FoldersApi": "folders",
    "AsyncFoldersApi": "folders",
    "GeneralspacesApi": "generalspaces",
    "AsyncGeneralspacesApi": "generalspaces",
    "InvitationsApi": "invitations",
    "AsyncInvitationsApi": "invitations",
    "OnboardingApi": "onboarding",
    "AsyncOnboardingApi": "onboarding",
    "DatabricksApi": "databricks",
    "AsyncDatabricksApi": "databricks",
    "DeltasharingApi": "deltasharing",
    "AsyncDeltasharingApi": "deltasharing",
    "SnowflakeApi": "snowflake",
    "AsyncSnowflakeApi": "snowflake",
    "SsoApi": "sso",
    "AsyncSsoApi": "sso",
    "ImagesApi": "images",
    "AsyncImagesApi": "images",
    "StoragesettingsApi": "storagesettings",
    "AsyncStoragesettingsApi": "storagesettings",
    "TokensApi": "tokens",
    "AsyncTokensApi": "tokens",
    "UserspacesApi": "userspaces",
    "AsyncUserspacesApi": "userspaces",
    "VersionsApi": "versions",
    "AsyncVersionsApi": "versions",
    "WorkspacesApi": "workspaces",
    "AsyncWorkspacesApi": "workspaces",
}

__all__ = sorted(API_CLASSES)


def __getattr__(name: str) -> Any:
    tag = API_CLASSES.get(name)
    if tag is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{tag}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(API_CLASSES))
