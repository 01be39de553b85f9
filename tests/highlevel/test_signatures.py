"""Every function users of the established client call exists with the same parameters.

Names, order, kinds (positional or keyword-only) and defaults are compared; annotations are not
(ours are more precise). The table is the established client's public surface of these modules.
"""

from __future__ import annotations

import importlib
import inspect

import pytest

import tiledb
import tiledb.client as tc
from tiledb.client.client import ClientError

ESTABLISHED: dict[str, dict[str, str]] = {
    "assets": {
        "list_assets": "path, *, teamspace=None, type=None, created_by=None, expand=None, page=1, "
        "per_page=None, order_by=None",
        "get_asset": "asset, *, teamspace=None",
        "get_metadata": "asset, *, teamspace=None",
        "update_metadata": "asset, items, *, teamspace=None",
        "delete_metadata": "asset, keys, *, teamspace=None",
        "register_asset": "uri, path, *, teamspace=None, acn=None",
        "update_asset": "asset, *, teamspace=None, description=None, type=None",
        "rename_asset": "asset, name, *, teamspace=None",
        "move_assets": "assets, folder, *, teamspace=None",
        "delete_asset": "asset, *, teamspace=None, delete_storage=False",
        "search_assets": "*, query=None, fields=None, metadata=None, path=None, teamspace=None, "
        "teamspace_exclude=None, public=None, sort=None, sort_dir=None, page=1, per_page=None",
    },
    "folders": {
        "create_folder": "path, *, teamspace=None, description=None, parents=False, exist_ok=False",
        "get_folder": "folder, *, teamspace=None",
        "list_folder_contents": "folder, *, teamspace=None",
    },
    "teamspaces": {
        "create_teamspace": "name, *, description='New teamspace', visibility='private'",
        "get_teamspace": "teamspace",
        "list_teamspaces": "*, memberships=None, order_by=None, order=None",
        "delete_teamspace": "teamspace, delete_assets=False",
        "delete_all_teamspaces": "",
        "list_teamspace_members": "teamspace, *, query=None, page=1, per_page=None",
        "add_teamspace_members": "teamspace, members",
        "update_teamspace_member_roles": "teamspace, members",
        "remove_teamspace_members": "teamspace, members",
        "get_teamspace_user": "teamspace, user",
    },
    "workspaces": {
        "get_workspace": "name_or_id=None",
        "get_workspace_user": "workspace=None, user=None",
        "list_workspace_members": "*, query=None, page=1, per_page=None",
        "add_workspace_member": "member, *, role='member'",
        "update_workspace_member_role": "member, role",
        "remove_workspace_member": "member",
    },
    "users": {
        "get_user_id": "obj",
        "get_user": "user",
        "create_user": "*, email, username, password, display_name=None, timezone=None, image=None, "
        "invitation_token=None",
        "update_user": "user, *, display_name=None, email=None, timezone=None, image=None, role=None",
        "delete_user": "user",
    },
    "tokens": {
        "create_token": "name, scope, *, expires_at=None",
        "list_tokens": "type, *, page=1, per_page=None",
        "revoke_token": "token",
    },
    "storagesettings": {
        "create_storage_setting": "*, name, is_default, path, credentials_name, teamspace=None, "
        "_test_settings=True",
        "get_storage_setting": "storage_setting, *, teamspace=None",
        "update_storage_setting": "storage_setting, *, name=None, is_default=None, path=None, "
        "credentials_name=None, teamspace=None, _test_settings=True",
        "delete_storage_setting": "storage_setting, *, teamspace=None",
        "list_storage_settings": "teamspace=None, page=1, per_page=None",
    },
    "credentials": {
        "create_credential": "name, provider, *, teamspace=None, provider_default=None, "
        "allowed_in_tasks=None, credential=None, role=None, token=None",
        "get_credential": "name, *, teamspace=None",
        "update_credential": "cred_name, *, teamspace=None, name=None, provider_default=None, "
        "provider=None, allowed_in_tasks=None, credential=None, role=None, token=None",
        "delete_credential": "name, *, teamspace=None",
        "list_credentials": "teamspace=None, page=1, per_page=None",
        "verify_credential": "name, provider, *, teamspace=None, provider_default=None, "
        "allowed_in_tasks=None, credential=None, role=None, token=None",
    },
}

ERRORS = {
    "assets": ["AssetsError", "AssetCreatorError"],
    "folders": ["FoldersError"],
    "teamspaces": ["TeamspacesError"],
    "workspaces": ["WorkspacesError"],
    "users": ["UsersError"],
    "tokens": ["TokensError"],
    "storagesettings": ["StorageSettingsError"],
    "credentials": ["CredentialsError"],
}


def _render(func: object) -> str:
    """The signature without annotations, ``*`` marking where keyword-only parameters start."""
    parts: list[str] = []
    star = False
    for param in inspect.signature(func).parameters.values():  # type: ignore[arg-type]
        if param.kind is param.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        parts.append(param.name if param.default is param.empty else f"{param.name}={param.default!r}")
    return ", ".join(parts)


@pytest.mark.parametrize("module", sorted(ESTABLISHED))
def test_same_signatures(module: str) -> None:
    mod = importlib.import_module(f"tiledb.client.{module}")
    for name, expected in ESTABLISHED[module].items():
        func = getattr(mod, name)
        assert _render(func) == expected, f"{module}.{name}"
        assert func.__doc__ and len(func.__doc__.strip()) > 20, f"{module}.{name} needs a docstring"
        assert name in mod.__all__
    for public in mod.__all__:
        assert getattr(mod, public).__doc__, f"{module}.{public}"


@pytest.mark.parametrize("module", sorted(ERRORS))
def test_error_classes(module: str) -> None:
    mod = importlib.import_module(f"tiledb.client.{module}")
    for name in ERRORS[module]:
        cls = getattr(mod, name)
        assert issubclass(cls, ClientError) and issubclass(cls, tiledb.TileDBError)
    from tiledb.client._highlevel import errors as _highlevel_errors

    assert issubclass(_highlevel_errors.AssetCreatorError, _highlevel_errors.AssetsError)
    assert issubclass(_highlevel_errors.FilesError, ClientError)


def test_submodules_are_attributes() -> None:
    for module in ESTABLISHED:
        assert getattr(tc, module).__name__ == f"tiledb.client.{module}"
        assert module in dir(tc)


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("assets", "AssetsError"),
        ("assets", "AssetCreatorError"),
        ("folders", "FoldersError"),
        ("files", "FilesError"),
        ("teamspaces", "TeamspacesError"),
        ("tokens", "TokensError"),
        ("users", "UsersError"),
        ("workspaces", "WorkspacesError"),
        ("storagesettings", "StorageSettingsError"),
        ("credentials", "CredentialsError"),
    ],
)
def test_errors_print_and_pickle_under_their_public_module(module: str, name: str) -> None:
    import importlib
    import pickle

    cls = getattr(importlib.import_module(f"tiledb.client.{module}"), name)
    assert f"{cls.__module__}.{cls.__qualname__}" == f"tiledb.client.{module}.{name}"
    error = cls("went wrong", status_code=404, request_id="req_1")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls and str(copy) == "went wrong"
