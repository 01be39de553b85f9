"""Bases of the small immutable records (``RetryPolicy``, ``Settings``, ``Session``).

They were attrs classes. Creating an attrs class costs several hundred microseconds at import
(attrs compiles the ``__init__``, ``__eq__`` and ``__repr__`` it generates from source strings),
and every process that logs in created all three before its first request. Written out here,
they are compiled once into the ``.pyc``.

A subclass lists its fields in ``__match_args__`` (in order, as attrs does) and in ``__slots__``,
and sets them in its ``__init__`` with ``object.__setattr__``. What it gets, as with
``attrs.frozen``: setting or deleting any attribute raises ``AttributeError``; instances can be
weakly referenced, copied and pickled (the state is restored field by field, without
``__init__``, as attrs does); an attrs-style ``repr``. :class:`Frozen` compares by identity,
:class:`FrozenValue` by value, with a matching hash.
"""

from __future__ import annotations

from typing import Any, ClassVar, NoReturn

__all__ = ["Frozen", "FrozenValue"]


class Frozen:
    """An immutable record with ``__slots__``; equality is identity."""

    __slots__ = ("__weakref__",)
    __match_args__: ClassVar[tuple[str, ...]] = ()

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot delete {name!r}")

    def __getstate__(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__match_args__}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}({fields})"


class FrozenValue(Frozen):
    """An immutable record equal to another of the same class with equal fields; hashable."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        # Field by field with ==, as attrs does (not a tuple comparison, which would take an
        # object as equal to itself: a NaN field would then compare equal).
        return all(getattr(self, name) == getattr(other, name) for name in self.__match_args__)

    def __hash__(self) -> int:
        return hash((self.__class__, *(getattr(self, name) for name in self.__match_args__)))
