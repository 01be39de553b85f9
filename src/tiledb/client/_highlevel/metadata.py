"""Asset metadata values to and from the v4 API's ``(value text, type)`` pairs.

The API stores every metadata value as text with a type name (``INT64``, ``FLOAT32``,
``STRING_UTF8``, ``BLOB``, ...). Python ``int``, ``float``, ``bool`` and ``str`` map to
``INT64``, ``FLOAT64``, ``BOOL`` and ``STRING_UTF8`` and come back as the same Python types;
numpy scalars keep their dtype (``np.float32`` comes back as ``np.float32``); bytes are sent as
base64 under ``BLOB`` and come back as ``bytes``; ``np.datetime64`` keeps its unit.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

import numpy as np

__all__ = ["decode", "encode"]

_NUMPY_TYPES = {
    "int8": "INT8",
    "int16": "INT16",
    "int32": "INT32",
    "int64": "INT64",
    "uint8": "UINT8",
    "uint16": "UINT16",
    "uint32": "UINT32",
    "uint64": "UINT64",
    "float32": "FLOAT32",
    "float64": "FLOAT64",
}
_DTYPES = {v: k for k, v in _NUMPY_TYPES.items()}
_DATETIME_UNITS = {
    "Y": "YEAR",
    "M": "MONTH",
    "W": "WEEK",
    "D": "DAY",
    "h": "HR",
    "m": "MIN",
    "s": "SEC",
    "ms": "MS",
    "us": "US",
    "ns": "NS",
    "ps": "PS",
    "fs": "FS",
    "as": "AS",
}
_UNITS = {v: k for k, v in _DATETIME_UNITS.items()}
_STRINGS = (
    "STRING_UTF8",
    "STRING_ASCII",
    "STRING_UTF16",
    "STRING_UTF32",
    "STRING_UCS2",
    "STRING_UCS4",
    "CHAR",
)
_INT64 = (-(2**63), 2**63 - 1)


def encode(key: str, value: Any) -> tuple[str, str]:
    """``(text, type)`` of one metadata value.

    :raises TypeError: a value of a kind the API cannot store (lists, dicts, None, ...).
    :raises ValueError: an ``int`` outside the 64-bit range.
    """
    if isinstance(value, bool | np.bool_):
        return ("true" if value else "false"), "BOOL"
    if isinstance(value, np.datetime64):
        unit = np.datetime_data(value.dtype)[0]
        if unit not in _DATETIME_UNITS:
            raise TypeError(f"metadata {key!r}: a datetime64 needs a unit, got {value.dtype}")
        return str(value.astype(np.int64)), f"DATETIME_{_DATETIME_UNITS[unit]}"
    if isinstance(value, np.integer | np.floating) and value.dtype.name in _NUMPY_TYPES:
        return str(value), _NUMPY_TYPES[value.dtype.name]
    if isinstance(value, np.floating):  # float16, longdouble: widened to the nearest stored type
        return repr(float(value)), "FLOAT64"
    if isinstance(value, int):
        if _INT64[0] <= value <= _INT64[1]:
            return str(value), "INT64"
        if 0 <= value < 2**64:
            return str(value), "UINT64"
        raise ValueError(f"metadata {key!r}: {value} does not fit in 64 bits")
    if isinstance(value, float):
        return repr(value), "FLOAT64"
    if isinstance(value, str):
        return str(value), "STRING_UTF8"
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii"), "BLOB"
    raise TypeError(
        f"metadata {key!r}: cannot store a {type(value).__name__}; use int, float, bool, str, "
        "bytes or a numpy scalar"
    )


def decode(key: str, text: str, type_name: str) -> Any:
    """The Python or numpy value of one stored metadata entry (text kept when the type is unknown)."""
    kind = str(type_name)
    try:
        if kind == "BOOL":
            return text.strip().lower() in ("true", "1", "yes")
        if kind == "INT64":
            return int(text)
        if kind == "FLOAT64":
            return float(text)
        if kind in _DTYPES:
            return np.dtype(_DTYPES[kind]).type(text)
        if kind in _STRINGS:
            return text
        if kind == "BLOB":
            return base64.b64decode(text.encode("ascii"), validate=True)
        if kind.startswith("DATETIME_") and kind[9:] in _UNITS:
            return np.datetime64(int(text), _UNITS[kind[9:]])  # type: ignore[call-overload]
    except (ValueError, binascii.Error, OverflowError):
        # The server holds text this client cannot read as its declared type: hand it back
        # as text rather than fail the whole listing.
        return text
    return text
