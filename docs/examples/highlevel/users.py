"""User accounts: look up, update one's own profile."""

import tiledb.client as tc
from tiledb.client import users

tc.login()

me = tc.get_user()
print(users.get_user_id(me), users.get_user(me.username).email)

updated = users.update_user(me, display_name="Data team", timezone="UTC")
print(updated.display_name, updated.timezone)

# Password actions (the reset token comes by e-mail):
#     users.change_password("current", "new")
#     users.request_password_reset("me@example.com")
#     users.reset_password(token_from_email, "new")
