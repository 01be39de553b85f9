from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, cast


class AssetPropertySaveRequestInnerKey(StrEnum):
    """The values of ``AssetPropertySaveRequestInnerKey`` the spec lists.

    A value the spec does not list (a server newer than this client) still parses: it becomes a
    member named ``UNKNOWN`` that keeps the value, compares equal to it, serialises back to it and
    is not among ``list(AssetPropertySaveRequestInnerKey)``.

    Where a model field or an operation argument takes a ``AssetPropertySaveRequestInnerKey``, its string values are accepted too
    (``AssetPropertySaveRequestInnerKey.checked``): a listed value becomes its member, any other string is refused there
    and then, naming the listed values.
    """

    DEFAULT_REGION = "default_region"
    DEFAULT_VIEW = "default_view"
    IMAGE = "image"
    SIZE = "size"
    VERSION_PRUNING_ENABLED = "version_pruning_enabled"
    VERSION_PRUNING_LIMIT = "version_pruning_limit"

    #: Every value the spec lists, in its order (the established client's ``allowable_values``).
    allowable_values: ClassVar[list[str]]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def checked(cls, value: object, name: str = "value") -> AssetPropertySaveRequestInnerKey:
        """``value`` as a member: a member as it is, a listed string value as its member.

        :raises ValueError: for a string the spec does not list, naming the listed values (to send an
            unlisted value anyway, pass ``AssetPropertySaveRequestInnerKey(value)``).
        :raises TypeError: for anything but a member or a string.
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            member = cls._value2member_map_.get(value)
            if member is not None:
                return cast("AssetPropertySaveRequestInnerKey", member)
            shown = value if len(value) <= 40 else value[:40] + "..."
            allowed = ", ".join(repr(m.value) for m in cls)
            raise ValueError(f"{name} must be one of {allowed}; got {shown!r}")
        raise TypeError(
            f"{name} must be a AssetPropertySaveRequestInnerKey or one of its string values, not {type(value).__name__}"
        )

    @classmethod
    def _missing_(cls, value: object) -> AssetPropertySaveRequestInnerKey | None:
        if not isinstance(value, str):
            return None
        member = _unknown.get(value)
        if member is None:
            member = str.__new__(cls, value)
            member._value_ = value
            member._name_ = "UNKNOWN"
            member = _unknown.setdefault(value, member)
        return member


AssetPropertySaveRequestInnerKey.allowable_values = [
    "image",
    "size",
    "default_region",
    "default_view",
    "version_pruning_limit",
    "version_pruning_enabled",
]

# Members made for values the spec does not list, one per value.
_unknown: dict[str, AssetPropertySaveRequestInnerKey] = {}
