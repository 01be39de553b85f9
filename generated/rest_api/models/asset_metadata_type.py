from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, cast


class AssetMetadataType(StrEnum):
    """The values of ``AssetMetadataType`` the spec lists.

    A value the spec does not list (a server newer than this client) still parses: it becomes a
    member named ``UNKNOWN`` that keeps the value, compares equal to it, serialises back to it and
    is not among ``list(AssetMetadataType)``.

    Where a model field or an operation argument takes a ``AssetMetadataType``, its string values are accepted too
    (``AssetMetadataType.checked``): a listed value becomes its member, any other string is refused there
    and then, naming the listed values.
    """

    ANY = "ANY"
    BLOB = "BLOB"
    BOOL = "BOOL"
    CHAR = "CHAR"
    DATETIME_AS = "DATETIME_AS"
    DATETIME_DAY = "DATETIME_DAY"
    DATETIME_FS = "DATETIME_FS"
    DATETIME_HR = "DATETIME_HR"
    DATETIME_MIN = "DATETIME_MIN"
    DATETIME_MONTH = "DATETIME_MONTH"
    DATETIME_MS = "DATETIME_MS"
    DATETIME_NS = "DATETIME_NS"
    DATETIME_PS = "DATETIME_PS"
    DATETIME_SEC = "DATETIME_SEC"
    DATETIME_US = "DATETIME_US"
    DATETIME_WEEK = "DATETIME_WEEK"
    DATETIME_YEAR = "DATETIME_YEAR"
    FLOAT32 = "FLOAT32"
    FLOAT64 = "FLOAT64"
    INT16 = "INT16"
    INT32 = "INT32"
    INT64 = "INT64"
    INT8 = "INT8"
    STRING_ASCII = "STRING_ASCII"
    STRING_UCS2 = "STRING_UCS2"
    STRING_UCS4 = "STRING_UCS4"
    STRING_UTF16 = "STRING_UTF16"
    STRING_UTF32 = "STRING_UTF32"
    STRING_UTF8 = "STRING_UTF8"
    TIME_AS = "TIME_AS"
    TIME_FS = "TIME_FS"
    TIME_HR = "TIME_HR"
    TIME_MIN = "TIME_MIN"
    TIME_MS = "TIME_MS"
    TIME_NS = "TIME_NS"
    TIME_PS = "TIME_PS"
    TIME_SEC = "TIME_SEC"
    TIME_US = "TIME_US"
    UINT16 = "UINT16"
    UINT32 = "UINT32"
    UINT64 = "UINT64"
    UINT8 = "UINT8"

    #: Every value the spec lists, in its order (the established client's ``allowable_values``).
    allowable_values: ClassVar[list[str]]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def checked(cls, value: object, name: str = "value") -> AssetMetadataType:
        """``value`` as a member: a member as it is, a listed string value as its member.

        :raises ValueError: for a string the spec does not list, naming the listed values (to send an
            unlisted value anyway, pass ``AssetMetadataType(value)``).
        :raises TypeError: for anything but a member or a string.
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            member = cls._value2member_map_.get(value)
            if member is not None:
                return cast("AssetMetadataType", member)
            shown = value if len(value) <= 40 else value[:40] + "..."
            allowed = ", ".join(repr(m.value) for m in cls)
            raise ValueError(f"{name} must be one of {allowed}; got {shown!r}")
        raise TypeError(f"{name} must be a AssetMetadataType or one of its string values, not {type(value).__name__}")

    @classmethod
    def _missing_(cls, value: object) -> AssetMetadataType | None:
        if not isinstance(value, str):
            return None
        member = _unknown.get(value)
        if member is None:
            member = str.__new__(cls, value)
            member._value_ = value
            member._name_ = "UNKNOWN"
            member = _unknown.setdefault(value, member)
        return member


AssetMetadataType.allowable_values = [
    "INT32",
    "INT64",
    "FLOAT32",
    "FLOAT64",
    "CHAR",
    "INT8",
    "UINT8",
    "INT16",
    "UINT16",
    "UINT32",
    "UINT64",
    "STRING_ASCII",
    "STRING_UTF8",
    "STRING_UTF16",
    "STRING_UTF32",
    "STRING_UCS2",
    "STRING_UCS4",
    "ANY",
    "DATETIME_YEAR",
    "DATETIME_MONTH",
    "DATETIME_WEEK",
    "DATETIME_DAY",
    "DATETIME_HR",
    "DATETIME_MIN",
    "DATETIME_SEC",
    "DATETIME_MS",
    "DATETIME_US",
    "DATETIME_NS",
    "DATETIME_PS",
    "DATETIME_FS",
    "DATETIME_AS",
    "TIME_HR",
    "TIME_MIN",
    "TIME_SEC",
    "TIME_MS",
    "TIME_US",
    "TIME_NS",
    "TIME_PS",
    "TIME_FS",
    "TIME_AS",
    "BLOB",
    "BOOL",
]

# Members made for values the spec does not list, one per value.
_unknown: dict[str, AssetMetadataType] = {}
