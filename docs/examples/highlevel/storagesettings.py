"""Where the workspace stores data."""

import tiledb.client as tc
from tiledb.client import storagesettings

tc.login()

archive = storagesettings.create_storage_setting(
    name="archive",
    is_default=False,
    path="s3://my-bucket/archive",
    credentials_name="default-aws",
)
for setting in storagesettings.list_storage_settings():
    print(setting.name, setting.path, setting.is_default)

archive = storagesettings.update_storage_setting(archive, path="s3://b/cold")
print(archive.path)
storagesettings.delete_storage_setting(archive)
