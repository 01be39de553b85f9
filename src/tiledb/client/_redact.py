"""Keep secrets out of text that may be shown to people or written to logs."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["MASK", "mask", "redact"]

#: What a secret is replaced with wherever it would otherwise be shown.
MASK = "<redacted>"


def mask(value: str | None) -> str | None:
    """Return ``None`` for ``None`` and :data:`MASK` for any other value."""
    return None if value is None else MASK


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """Replace every occurrence of each non-empty secret in ``text`` by :data:`MASK`.

    Longer secrets are replaced first so that a secret containing another one
    is masked as a whole.
    """
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text
