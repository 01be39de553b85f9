"""Storage settings of the session's workspace (or of one of its teamspaces).

A ``storage_setting`` argument is a ``StorageSetting`` object, its id or its name. Failures raise
:class:`StorageSettingsError` carrying the server's status, message and request id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._highlevel.errors import StorageSettingsError, refusing, translated
from ._highlevel.lookup import teamspace_id
from ._highlevel.pager import Pager
from ._highlevel.pages import json_pages
from ._highlevel.reexport import API, API_EXCEPTION, MODELS, lazy_names
from ._highlevel.resolve import session_workspace

if TYPE_CHECKING:
    from .rest_api.api import StoragesettingsApi
    from .rest_api.models import StorageSetting

__all__ = [
    "StorageSettingsError",
    "create_storage_setting",
    "delete_storage_setting",
    "get_storage_setting",
    "list_storage_settings",
    "update_storage_setting",
]


def _api() -> StoragesettingsApi:
    from .client import build
    from .rest_api.api import StoragesettingsApi

    return build(StoragesettingsApi)


def _scope(teamspace: object) -> dict[str, Any]:
    # The API's parameter is an id: a teamspace given by name is looked up (one request).
    return {} if teamspace is None else {"teamspace_id": teamspace_id(teamspace, StorageSettingsError)}


def _setting_id(storage_setting: object) -> str:
    found = getattr(storage_setting, "storage_setting_id", storage_setting)
    if not isinstance(found, str) or not found.strip() or "/" in found:
        raise ValueError(f"expected a StorageSetting, its id or its name, got {storage_setting!r}")
    return found


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} must be a non-empty string, got {value!r}")
    return value


def create_storage_setting(
    *,
    name: str,
    is_default: bool,
    path: str,
    credentials_name: str,
    teamspace: object = None,
    _test_settings: bool = True,
) -> StorageSetting:
    """Create a storage setting (for ``teamspace``, else the workspace); returns it.

    :param path: Where data goes, such as ``s3://bucket/prefix``.
    :param credentials_name: The credential that reaches ``path``.
    :param _test_settings: Ask the server to check that the path is reachable first.
    """
    from .rest_api.models import StorageSettingsCreateRequest

    body = StorageSettingsCreateRequest(
        name=_text(name, "name"),
        is_default=bool(is_default),
        path=_text(path, "path"),
        credentials_name=_text(credentials_name, "credentials_name"),
        test_settings=bool(_test_settings),
    )
    with translated(StorageSettingsError, f"creating storage setting {name!r}"):
        return _api().create_storage_setting(session_workspace(), body, **_scope(teamspace)).data


def get_storage_setting(storage_setting: object, *, teamspace: object = None) -> StorageSetting:
    """One storage setting by object, id or name."""
    ref = _setting_id(storage_setting)
    with translated(StorageSettingsError, f"getting storage setting {ref!r}"):
        return _api().get_storage_setting_by_id(session_workspace(), ref, **_scope(teamspace)).data


def update_storage_setting(
    storage_setting: object,
    *,
    name: str | None = None,
    is_default: bool | None = None,
    path: str | None = None,
    credentials_name: str | None = None,
    teamspace: object = None,
    _test_settings: bool = True,
) -> StorageSetting:
    """Change a storage setting; returns it afterwards (making it default clears the old default)."""
    from .rest_api.models import StorageSettingUpdateRequest
    from .rest_api.types import UNSET

    if all(v is None for v in (name, is_default, path, credentials_name)):
        raise ValueError("nothing to update: pass name=, is_default=, path= or credentials_name=")
    ref = _setting_id(storage_setting)
    body = StorageSettingUpdateRequest(
        name=_text(name, "name") if name is not None else UNSET,
        is_default=bool(is_default) if is_default is not None else UNSET,
        path=_text(path, "path") if path is not None else UNSET,
        credentials_name=_text(credentials_name, "credentials_name")
        if credentials_name is not None
        else UNSET,
        test_settings=bool(_test_settings),
    )
    workspace = session_workspace()
    scope = _scope(teamspace)
    api = _api()
    with translated(StorageSettingsError, f"updating storage setting {ref!r}"):
        api.patch_storage_setting_by_id(workspace, ref, body, **scope)
        # A renamed setting is no longer found by its old name; its id stays valid.
        is_id = hasattr(storage_setting, "storage_setting_id") or ref.startswith("ss_")
        after = name if name is not None and not is_id else ref
        return api.get_storage_setting_by_id(workspace, after, **scope).data


def delete_storage_setting(storage_setting: object, *, teamspace: object = None) -> None:
    """Delete a storage setting (by object, id or name)."""
    ref = _setting_id(storage_setting)
    with translated(StorageSettingsError, f"deleting storage setting {ref!r}"):
        _api().delete_storage_setting_by_id(session_workspace(), ref, **_scope(teamspace))


def list_storage_settings(
    teamspace: object = None, page: int = 1, per_page: int | None = None
) -> Pager[StorageSetting]:
    """The storage settings of the workspace (or of ``teamspace``), lazily paged."""
    from .rest_api.api.storagesettings import list_storage_settings as operation
    from .rest_api.models import StorageSettingsListResponse

    call = json_pages(
        operation,
        StorageSettingsListResponse,
        _api().client,
        StorageSettingsError,
        "listing storage settings",
    )
    return Pager(call, session_workspace(), page=page, per_page=per_page, **_scope(teamspace))


# The models, enums and Api classes the established module re-exports, and its ``ApiException``:
# imported on first access (see ``_highlevel/reexport.py``), so importing this module stays cheap.
__getattr__, __dir__ = lazy_names(
    __name__,
    {
        MODELS: (
            "StorageSetting",
            "StorageSettingUpdateRequest",
            "StorageSettingsCreateRequest",
        ),
        API: ("StoragesettingsApi",),
        API_EXCEPTION: ("ApiException",),
    },
)

# Bad input refused before any request raises an error that is both StorageSettingsError (as the established
# client raises) and ValueError (as Python code expects).
refusing(StorageSettingsError, globals(), __all__)
