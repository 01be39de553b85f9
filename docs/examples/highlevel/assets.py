"""Assets of the teamspace "general": list, get, metadata, errors."""

import tiledb.client as tc
from tiledb.client import assets

tc.login()  # the default profile (or TILEDB_REST_* variables)
TS = "general"

# Every asset at the root, fetched a page at a time as you go.
listing = assets.list_assets("/", teamspace=TS, per_page=100)
print(len(listing), "assets at the root")
for asset in listing:
    print(asset.path, asset.type_)

# One asset by path, by id, by tiledb:// URI or by object: the same.
first = listing[0]
assert assets.get_asset(first.path, teamspace=TS) == first
assert assets.get_asset(first.id, teamspace=TS) == first
assert assets.get_asset(first.tiledb_uri) == first

# Metadata keeps its types (int, float, bool, str, bytes, numpy).
assets.update_metadata(first, {"rows": 10, "ratio": 0.5, "ok": True})
print(assets.get_metadata(first))
assets.delete_metadata(first, ["rows", "ratio", "ok"])

# Search the workspace.
for found in assets.search_assets(query="dense", teamspace=TS):
    print("found", found.tiledb_uri)

# Errors carry the server's status, message and request id.
try:
    assets.get_asset("no/such/array", teamspace=TS)
except assets.AssetsError as err:
    print("status", err.status_code)
