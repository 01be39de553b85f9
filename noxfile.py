"""The test suite on every supported Python: ``make test-pythons`` (or ``nox`` directly).

``make test`` runs everything (drift check, lint, types, suite) on the default Python; these
sessions run the suite alone on the other supported versions. A missing interpreter fails the run:
a version nobody tested is not a version we support.
"""

from __future__ import annotations

import nox

nox.options.error_on_missing_interpreters = True
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["tests"]


@nox.session(python=["3.12", "3.13"])
def tests(session: nox.Session) -> None:
    """Install the package with its dev extra (the test tools and the generator) and run the suite."""
    session.install(".[dev]")
    session.run("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *session.posargs)
