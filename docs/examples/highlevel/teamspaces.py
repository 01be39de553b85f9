"""Teamspaces and their members."""

import tiledb.client as tc
from tiledb.client import teamspaces

tc.login()

lab = teamspaces.create_teamspace("lab", description="experiments")
print([t.name for t in teamspaces.list_teamspaces()])

# Everyone in a teamspace, with their roles (paged lazily).
for member in teamspaces.list_teamspace_members(lab):
    print(member.username, member.role)

# Members are added as (user, role) pairs; a user is an object, an id
# or a username:
#     teamspaces.add_teamspace_members(lab, [("bob", "editor")])

lab = teamspaces.update_teamspace(
    lab, description="results", visibility="public"
)
print(lab.name, lab.visibility)
teamspaces.delete_teamspace(lab)
