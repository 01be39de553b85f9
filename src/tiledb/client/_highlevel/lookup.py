"""Identifiers the resolver cannot settle on its own, turned into ids with one request.

The resolver (:mod:`tiledb.client._highlevel.resolve`) never sends a request. A few operations, though, take
a parameter that must be an id (``teamspace_id`` of storage settings and credentials), while users
name teamspaces as they like; this module looks the id up when it is not already at hand.
"""

from __future__ import annotations

from .errors import HighLevelError, translated
from .resolve import resolve_teamspace, session_workspace

__all__ = ["teamspace_id"]


def teamspace_id(teamspace: object, error: type[HighLevelError]) -> str:
    """The id of ``teamspace`` (a ``Teamspace``, an id or a name); a name costs one request.

    :raises error: the teamspace cannot be found (or the request failed).
    """
    ref = resolve_teamspace(teamspace)
    if ref.startswith("ts_"):
        return ref
    from .._session.login import build
    from ..rest_api.api import TeamspacesApi

    with translated(error, f"looking up teamspace {ref!r}"):
        return build(TeamspacesApi).get_teamspace(session_workspace(), ref).data.teamspace_id
