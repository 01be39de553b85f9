"""``Config()`` and ``Ctx()``: TileDB-Py objects that carry the session's credentials."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import tiledb

from ._clients import shared_client
from ._tiledb_ctx import apply_session

__all__ = ["Config", "Ctx"]

#: Parameters that belong to the session and may not be set through ``cfg_dict``.
RESERVED = ("rest.server_address", "rest.username", "rest.password")


def _as_dict(config: Any, name: str) -> dict[str, str]:
    """Accept ``None``, a mapping or a ``tiledb.Config``; return the parameters it sets."""
    if config is None:
        return {}
    if isinstance(config, tiledb.Config):
        defaults = tiledb.Config()
        # Only what differs from a fresh configuration was set on purpose.
        return {k: v for k, v in config.items() if defaults.get(k, None) != v}
    if isinstance(config, Mapping):
        return {str(k): str(v) for k, v in config.items()}
    raise TypeError(f"{name} must be a dict, a tiledb.Config or None, not {type(config).__name__}.")


def Config(cfg_dict: Mapping[str, Any] | None = None) -> tiledb.Config:
    """Builds a tiledb config setting the login parameters that exist for the cloud service.

    The result carries the session's ``rest.server_address`` and ``rest.token``
    (and ``ssl.ca_file`` when the profile has one), plus ``cfg_dict``.

    :raises ValueError: when ``cfg_dict`` sets ``rest.server_address``,
        ``rest.username`` or ``rest.password``: those come from the session.
    :return: tiledb.Config
    """
    extra = _as_dict(cfg_dict, "cfg_dict")
    refused = sorted(key for key in RESERVED if key in extra)
    if refused:
        raise ValueError(
            f"cfg_dict must not set {', '.join(refused)}: they come from the session; "
            "use tiledb.client.login() with another profile instead."
        )
    cfg = tiledb.Config()
    apply_session(cfg, shared_client().current_session())
    for key, value in extra.items():
        cfg[key] = value
    return cfg


def Ctx(config: Mapping[str, Any] | tiledb.Config | None = None) -> tiledb.Ctx:
    """Builds a TileDB Context that has the tiledb config parameters for tiledb cloud set from stored login.

    :raises ValueError: as :func:`Config` does.
    :return: tiledb.Ctx
    """
    return tiledb.Ctx(Config(_as_dict(config, "config")))
