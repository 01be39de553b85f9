"""API tokens: create one for a script, list, revoke."""

from datetime import UTC, datetime, timedelta

import tiledb.client as tc
from tiledb.client import tokens

tc.login()

token = tokens.create_token(
    "nightly-job", "*", expires_at=datetime.now(UTC) + timedelta(days=30)
)
print(token.name, token.expires_at)  # token.api_key holds the secret

for listed in tokens.list_tokens("api"):
    print(listed.name, listed.api_key)  # masked by the server

tokens.revoke_token(token)
