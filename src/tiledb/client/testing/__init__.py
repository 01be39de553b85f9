"""Testing helpers for ``tiledb.client``: :class:`FakeServer`, an in-memory TileDB REST API v4.

Install with the ``testing`` extra (``pip install tiledb-rest-client[testing]``); the pytest
plugin then provides the ``fake_server`` fixture (a started server, stopped after the test).

Seeded state (``FakeServer(seed=True)``, the default):

* user ``alice`` with password ``alice-password`` (``server.username``, ``server.password``,
  ``server.user_id``), user role ``owner``;
* workspace ``alice-ws`` (``server.workspace_name``; ``server.workspace_id`` starts with ``ws_``),
  owned by alice, with the credential ``default-aws`` and the default storage setting ``default``;
* teamspace ``general`` (``server.teamspace_name``, ``server.teamspace_id``) holding the assets
  ``quickstart_dense`` and ``quickstart_sparse`` (arrays), ``README.md`` (file), the folder
  ``examples`` and, inside it, ``examples/dense_array`` (array) and ``examples/sample_group`` (group);
* an API token for alice bound to ``alice-ws``: ``server.token`` (the key, sent as
  ``X-TILEDB-REST-API-KEY``) and ``server.token_id``. Keys look like ``tdb-<workspace id>-<secret>``:
  three ``-``-separated parts, the middle one being the workspace id (``tdb-<secret>`` for a token
  without a workspace).

Files uploaded through ``/v4/files/...`` are kept on disk in a temporary directory of the server
(``server.files``, see :mod:`tiledb.client.testing.filestore`): single and multipart uploads,
ranged reads, moves, listings and presigned URLs, each file an asset of type ``file``.

Ids and keys come from a generator seeded with ``id_seed`` (default 0), so they repeat across runs.

Every request is checked against the bundled spec before a handler runs (:mod:`.validation`): a
request the spec refuses gets a 400 naming the field and the rule. ``FakeServer(check_answers=True)``
also checks every JSON answer against its response schema (``server.answer_problems``).

Example::

    from tiledb.client.testing import FakeServer

    with FakeServer() as server:
        server.faults.add("/v4/users/self", status=503, count=2, retry_after=1)
        r = httpx.get(server.url + "/v4/users/self", headers={"X-TILEDB-REST-API-KEY": server.token})

Run one in the foreground with ``python -m tiledb.client.testing --port 8080``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .faults import Fault, Faults, Link
    from .server import FakeServer, RecordedRequest

__all__ = ["FakeServer", "Fault", "Faults", "Link", "RecordedRequest"]


def __getattr__(name: str) -> Any:
    # Imported lazily: the pytest plugin lives in this package and must load even when the
    # optional server dependencies (starlette, uvicorn) are not installed.
    if name in ("FakeServer", "RecordedRequest"):
        from . import server

        return getattr(server, name)
    if name in ("Fault", "Faults", "Link"):
        from . import faults

        return getattr(faults, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
