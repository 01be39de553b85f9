"""The session's workspace and its members."""

import tiledb.client as tc
from tiledb.client import workspaces

tc.login()

ws = workspaces.get_workspace()
me = workspaces.get_workspace_user()
print(ws.name, me.username, me.role)

for member in workspaces.list_workspace_members(per_page=50):
    print(member.username, member.role)

# Admins manage members by user object, id or username:
#     workspaces.add_workspace_member("bob", role="member")
#     workspaces.update_workspace_member_role("bob", "admin")
#     workspaces.remove_workspace_member("bob")
