"""mkdocs hook: show the Sphinx roles of the session layer's docstrings as plain code.

Docstrings of ``tiledb.client`` use Sphinx cross-reference roles (``:func:`login```), which
mkdocstrings renders literally (``:func:`` followed by the code). This hook drops the role and keeps
the code, shortening ``~pkg.mod.Name`` to ``Name`` as Sphinx does.
"""

from __future__ import annotations

import re
from typing import Any

_ROLE = re.compile(r":(?:py:)?(?:func|class|meth|mod|data|attr|exc|obj|const):(<code>)(~?)([^<]*)(</code>)")


def _replace(match: re.Match[str]) -> str:
    target = match[3]
    if match[2]:
        target = target.rsplit(".", 1)[-1]
    return f"{match[1]}{target}{match[4]}"


def on_page_content(html: str, **_: Any) -> str:
    """Rewrite the rendered HTML of every page."""
    return _ROLE.sub(_replace, html)
