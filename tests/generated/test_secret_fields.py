"""Credentials held by models (API keys, passwords, secrets) never show in ``repr`` or ``str``."""

from __future__ import annotations

import datetime
import importlib
from pathlib import Path

import attrs
import yaml
from tiledb.client.rest_api.models import MODELS, APIToken, ChangePasswordRequest, TokenScope

# The list the generator was given (openapi/config.yaml), so the two can not drift apart.
SECRET_NAMES = set(
    yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "config.yaml").read_text())[
        "secret_fields"
    ]
)


def test_every_secret_field_is_left_out_of_repr() -> None:
    seen = 0
    for name, module in MODELS.items():
        cls = getattr(importlib.import_module(module, "tiledb.client.rest_api.models"), name)
        if not attrs.has(cls):
            continue
        for field in attrs.fields(cls):
            if field.name in SECRET_NAMES:
                seen += 1
                assert field.repr is False, f"{name}.{field.name} would show in repr()"
    assert seen >= 15  # the spec has that many credential fields; fewer means the check lost track


def test_an_api_token_prints_without_its_key() -> None:
    when = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    token = APIToken(
        token_id="tok_1",
        name="ci",
        created_at=when,
        expires_at=when,
        api_key="tdb-ws_1-SECRETSECRET",
        scope=TokenScope("*"),
    )
    assert "SECRETSECRET" not in repr(token) and "SECRETSECRET" not in str(token)
    assert "tok_1" in repr(token)
    assert token.to_dict()["api_key"] == "tdb-ws_1-SECRETSECRET"  # still sent and kept, only not shown
    request = ChangePasswordRequest(current_password="old-pw-123", new_password="new-pw-456")
    assert "old-pw-123" not in repr(request) and "new-pw-456" not in repr(request)
