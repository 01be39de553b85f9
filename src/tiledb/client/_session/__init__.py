"""The session layer: profiles, settings, login, the shared ``Client`` and the TileDB-Py bridge.

Holds ``configure()`` and ``profiles.json`` (``profiles``), a profile's settings as TileDB-Py
resolves them (``settings``), the live session and the password exchange (``session``),
``login()``, ``build()`` and the session queries (``login``), the ``Client`` with its thread pool
and generated clients (``clients``), ``Config()``/``Ctx()`` (``bridge``), the argument checks of
``configure()``/``login()`` (``validate``) and the ``Workspace`` record (``records``).

May import: ``tiledb.client._http``, the shared modules, the generated ``rest_api`` package and
TileDB-Py. The public module :mod:`tiledb.client.client` re-exports its names.
"""
