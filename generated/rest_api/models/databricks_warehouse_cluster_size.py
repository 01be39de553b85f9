from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, cast


class DatabricksWarehouseClusterSize(StrEnum):
    """The values of ``DatabricksWarehouseClusterSize`` the spec lists.

    A value the spec does not list (a server newer than this client) still parses: it becomes a
    member named ``UNKNOWN`` that keeps the value, compares equal to it, serialises back to it and
    is not among ``list(DatabricksWarehouseClusterSize)``.

    Where a model field or an operation argument takes a ``DatabricksWarehouseClusterSize``, its string values are accepted too
    (``DatabricksWarehouseClusterSize.checked``): a listed value becomes its member, any other string is refused there
    and then, naming the listed values.
    """

    LARGE = "Large"
    MEDIUM = "Medium"
    SIZE_2X_LARGE = "2X-Large"
    SIZE_2X_SMALL = "2X-Small"
    SIZE_3X_LARGE = "3X-Large"
    SIZE_4X_LARGE = "4X-Large"
    SMALL = "Small"
    X_LARGE = "X-Large"
    X_SMALL = "X-Small"
    # The established client's names for the same values: aliases, not among list(DatabricksWarehouseClusterSize).
    _2X_LARGE = "2X-Large"
    _2X_SMALL = "2X-Small"
    _3X_LARGE = "3X-Large"
    _4X_LARGE = "4X-Large"

    #: Every value the spec lists, in its order (the established client's ``allowable_values``).
    allowable_values: ClassVar[list[str]]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def checked(cls, value: object, name: str = "value") -> DatabricksWarehouseClusterSize:
        """``value`` as a member: a member as it is, a listed string value as its member.

        :raises ValueError: for a string the spec does not list, naming the listed values (to send an
            unlisted value anyway, pass ``DatabricksWarehouseClusterSize(value)``).
        :raises TypeError: for anything but a member or a string.
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            member = cls._value2member_map_.get(value)
            if member is not None:
                return cast("DatabricksWarehouseClusterSize", member)
            shown = value if len(value) <= 40 else value[:40] + "..."
            allowed = ", ".join(repr(m.value) for m in cls)
            raise ValueError(f"{name} must be one of {allowed}; got {shown!r}")
        raise TypeError(
            f"{name} must be a DatabricksWarehouseClusterSize or one of its string values, not {type(value).__name__}"
        )

    @classmethod
    def _missing_(cls, value: object) -> DatabricksWarehouseClusterSize | None:
        if not isinstance(value, str):
            return None
        member = _unknown.get(value)
        if member is None:
            member = str.__new__(cls, value)
            member._value_ = value
            member._name_ = "UNKNOWN"
            member = _unknown.setdefault(value, member)
        return member


DatabricksWarehouseClusterSize.allowable_values = [
    "2X-Small",
    "X-Small",
    "Small",
    "Medium",
    "Large",
    "X-Large",
    "2X-Large",
    "3X-Large",
    "4X-Large",
]

# Members made for values the spec does not list, one per value.
_unknown: dict[str, DatabricksWarehouseClusterSize] = {}
