"""What the high-level modules (``assets``, ``folders``, ``teamspaces``, ...) share.

The one identifier resolver (``resolve``) and the id lookups it cannot do alone (``lookup``), the
one lazy ``Pager`` (``pager``) over pages kept as JSON text (``pages``), ``paginate()`` over the
raw Api classes (``paginate``), argument checks (``args``), metadata value types (``metadata``),
the modules' exceptions with the one place API failures become them (``errors``, with the
established ``TileDBCloudError`` base, ``maybe_wrap`` and ``ApiException``), the lazy re-export of
the models, enums and Api classes each public module offers (``reexport``) and the records the
established functions return where they add to a model (``records``: ``Teamspace``).

May import: ``tiledb.client._session``, ``tiledb.client._http``, the shared modules and the
generated ``rest_api`` package; never a public module (those import this).
"""
