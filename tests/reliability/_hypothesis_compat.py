"""Let hypothesis-jsonschema 0.23.1 (its latest release) run on current Hypothesis.

hypothesis-jsonschema generates objects with Hypothesis' private collection helper, calling
``cu.many(...).more()``; Hypothesis 6.170 replaced that method by iteration
(``with many(...) as elements: for _ in elements:``), so every object schema fails with
``AttributeError: 'many' object has no attribute 'more'``. :func:`install` gives
hypothesis-jsonschema's module its own view of ``conjecture.utils`` whose ``many`` keeps the
old interface on top of the new one. Nothing else in the process is touched, and nothing is
done when the installed Hypothesis still has ``more()``.
"""

from __future__ import annotations

import types
from typing import Any

import hypothesis.internal.conjecture.utils as cu
import hypothesis_jsonschema._from_schema as from_schema_module


class _Many:
    """``many`` with the ``more()``/``reject()`` interface hypothesis-jsonschema expects."""

    def __init__(self, data: Any, **kwargs: Any) -> None:
        self._many = cu.many(data, **kwargs)
        self._many.__enter__()
        self._elements = iter(self._many)

    def more(self) -> bool:
        try:
            next(self._elements)
        except StopIteration:
            self._many.__exit__(None, None, None)
            return False
        return True

    def reject(self, why: str | None = None) -> None:
        self._many.reject(why)


def install() -> None:
    if hasattr(cu.many, "more") or isinstance(from_schema_module.cu, types.SimpleNamespace):
        return
    view = types.SimpleNamespace(**{name: getattr(cu, name) for name in dir(cu) if not name.startswith("__")})
    view.many = _Many
    from_schema_module.cu = view  # type: ignore[assignment]
