"""The fake server judged by Schemathesis: a bounded, seeded run finds nothing, whatever the seed.

``make fuzz`` runs the same with many more examples and Schemathesis's boundary-value phase
(``TILEDB_FUZZ_EXAMPLES``, ``TILEDB_FUZZ_COVERAGE``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .runner import run_all

EXAMPLES = int(os.environ.get("TILEDB_FUZZ_EXAMPLES", "5"))
COVERAGE = os.environ.get("TILEDB_FUZZ_COVERAGE", "") == "1"


@pytest.mark.timeout(900)
@pytest.mark.parametrize("seed", [1, 20231])
def test_schemathesis_finds_nothing(tmp_path: Path, seed: int) -> None:
    problems = run_all(tmp_path, seed=seed, examples=EXAMPLES, coverage=COVERAGE)
    assert not problems, "\n\n".join(problems)
