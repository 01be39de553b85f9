"""Folders: create, register into, rename, move and delete."""

import tiledb.client as tc
from tiledb.client import assets, folders

tc.login()
TS = "general"

# Like mkdir -p: missing parents are created, an existing one is fine.
folders.create_folder(
    "demo/2025", teamspace=TS, parents=True, exist_ok=True,
    description="this year's arrays",
)

# Register a cloud array into the folder: its name is the URI's last part.
array = assets.register_asset("s3://my-bucket/arrays/sales", "demo/2025",
                              teamspace=TS)
print(array.path)  # demo/2025/sales

# Renaming a folder changes the paths of everything inside it.
print(assets.rename_asset("demo/2025", "y2025", teamspace=TS))
print(assets.get_asset(array.id, teamspace=TS).path)  # demo/y2025/sales

# Move it to the root, list a folder, then delete the folder recursively.
assets.move_assets(array, "/", teamspace=TS)
print([a.path for a in folders.list_folder_contents("demo", teamspace=TS)])
assets.delete_asset("demo", teamspace=TS)
assets.delete_asset("sales", teamspace=TS)
