"""tiledb.client.storagesettings and tiledb.client.credentials against the fake server."""

from __future__ import annotations

import pytest

from tiledb.client import credentials, storagesettings
from tiledb.client.testing import FakeServer

from .conftest import AsUser

AWS_KEYS = {"aws": {"access_key_id": "AKIA-TEST", "secret_access_key": "very-secret-value"}}


# ---------------------------------------------------------- storage settings
def test_storage_settings_lifecycle(hl: FakeServer) -> None:
    created = storagesettings.create_storage_setting(
        name="archive", is_default=True, path="s3://b/archive", credentials_name="default-aws"
    )
    assert (created.name, created.is_default, created.path) == ("archive", True, "s3://b/archive")
    listed = storagesettings.list_storage_settings()
    assert [(s.name, s.is_default) for s in listed] == [("default", False), ("archive", True)]
    assert storagesettings.get_storage_setting("archive").storage_setting_id == created.storage_setting_id
    assert storagesettings.get_storage_setting(created).name == "archive"
    updated = storagesettings.update_storage_setting(created, path="s3://b/other", name="cold")
    assert (updated.name, updated.path) == ("cold", "s3://b/other")
    by_name = storagesettings.update_storage_setting("cold", name="colder")
    assert by_name.name == "colder"
    storagesettings.delete_storage_setting("colder")
    with pytest.raises(storagesettings.StorageSettingsError) as caught:
        storagesettings.get_storage_setting(created)
    assert caught.value.status_code == 404


def test_teamspace_scope(hl: FakeServer) -> None:
    storagesettings.create_storage_setting(
        name="ts-only",
        is_default=False,
        path="s3://b/ts",
        credentials_name="default-aws",
        teamspace="general",
    )
    assert [s.name for s in storagesettings.list_storage_settings("general")] == ["ts-only"]
    assert [s.name for s in storagesettings.list_storage_settings()] == ["default"]


def test_storage_settings_403_and_bad_input(hl: FakeServer, bob: str, as_user: AsUser) -> None:
    hl.clear_requests()
    with pytest.raises(ValueError):
        storagesettings.create_storage_setting(name="", is_default=False, path="s3://x", credentials_name="c")
    with pytest.raises(ValueError):
        storagesettings.update_storage_setting("default")
    with pytest.raises(ValueError):
        storagesettings.get_storage_setting("")
    assert hl.requests == []
    as_user("bob")
    assert len(storagesettings.list_storage_settings()) == 1
    with pytest.raises(storagesettings.StorageSettingsError) as caught:
        storagesettings.create_storage_setting(
            name="x", is_default=False, path="s3://x", credentials_name="c"
        )
    assert caught.value.status_code == 403
    with pytest.raises(storagesettings.StorageSettingsError):
        storagesettings.delete_storage_setting("default")


# --------------------------------------------------------------- credentials
def test_credentials_lifecycle(hl: FakeServer) -> None:
    created = credentials.create_credential("gcp", "GCP", allowed_in_tasks=True, provider_default=False)
    assert (created.name, str(created.provider), created.allowed_in_tasks) == ("gcp", "GCP", True)
    assert [c.name for c in credentials.list_credentials()] == ["default-aws", "gcp"]
    got = credentials.get_credential("gcp")
    assert got.allowed_in_tasks is True
    updated = credentials.update_credential("gcp", allowed_in_tasks=False, name="gcp2")
    assert (updated.name, updated.allowed_in_tasks) == ("gcp2", False)
    credentials.delete_credential("gcp2")
    with pytest.raises(credentials.CredentialsError) as caught:
        credentials.get_credential("gcp2")
    assert caught.value.status_code == 404


def test_secrets_are_sent_but_never_shown(hl: FakeServer) -> None:
    created = credentials.create_credential("keys", "AWS", credential=AWS_KEYS)
    stored = hl.state.credential(hl.state.workspaces[hl.workspace_id], "keys")
    assert stored is not None and stored.secret == AWS_KEYS
    assert "very-secret-value" not in repr(created)
    with pytest.raises(credentials.CredentialsError) as clash:
        credentials.create_credential("keys", "AWS", credential=AWS_KEYS)
    assert clash.value.status_code == 409 and "very-secret-value" not in str(clash.value)
    with pytest.raises(TypeError) as wrong:
        credentials.create_credential("x", "AWS", credential="very-secret-value")
    assert "very-secret-value" not in str(wrong.value)


def test_teamspace_credentials(hl: FakeServer) -> None:
    credentials.create_credential("ts-cred", "AZURE", teamspace="general")
    assert [c.name for c in credentials.list_credentials(teamspace="general")] == ["ts-cred"]
    assert credentials.get_credential("ts-cred", teamspace="general").name == "ts-cred"


def test_verify_credential(hl: FakeServer) -> None:
    credentials.verify_credential("check", "AWS", credential=AWS_KEYS)
    with pytest.raises(credentials.CredentialsError) as caught:
        credentials.verify_credential("check", "AWS")
    assert caught.value.status_code == 400


def test_credentials_403_and_bad_input(hl: FakeServer, bob: str, as_user: AsUser) -> None:
    hl.clear_requests()
    for call in (
        lambda: credentials.create_credential("x", "OTHERCLOUD"),
        lambda: credentials.create_credential("", "AWS"),
        lambda: credentials.update_credential("x"),
        lambda: credentials.get_credential("a/b"),
    ):
        with pytest.raises(ValueError):
            call()
    assert hl.requests == []
    as_user("bob")
    with pytest.raises(credentials.CredentialsError) as caught:
        credentials.create_credential("bobs", "AWS", credential=AWS_KEYS)
    assert caught.value.status_code == 403


def test_a_teamspace_name_is_sent_as_its_id(hl: FakeServer) -> None:
    hl.clear_requests()
    assert credentials.list_credentials(teamspace="general")[0:1] == []
    listing = [r for r in hl.requests if r.path.startswith("/v4/credentials/")]
    assert listing and listing[-1].params["teamspace_id"] == hl.teamspace_id
    with pytest.raises(storagesettings.StorageSettingsError) as caught:
        storagesettings.list_storage_settings("no-such-teamspace")
    assert caught.value.status_code == 404
