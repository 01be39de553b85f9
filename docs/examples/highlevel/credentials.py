"""Named cloud credentials of the workspace."""

import tiledb.client as tc
from tiledb.client import credentials

tc.login()

keys = {"aws": {"access_key_id": "AKIA...", "secret_access_key": "..."}}
credentials.verify_credential("ci-keys", "AWS", credential=keys)
created = credentials.create_credential(
    "ci-keys", "AWS", credential=keys, allowed_in_tasks=True
)
print(created.name, created.provider, created.allowed_in_tasks)

for cred in credentials.list_credentials():
    print(cred.name, cred.provider)  # secrets are never sent back

credentials.update_credential("ci-keys", name="ci")
credentials.delete_credential("ci")
