"""Every import is a declared dependency, and every declared dependency is imported.

The import statements of the package (the hand-written layer and the generated one, function-level
imports included) are read with ``ast`` and mapped to the distributions that provide them; the
result is compared with ``pyproject.toml``: the base dependencies for the package, the ``testing``
extra for the fake server, the ``test`` extra for the test suite. The modules that bring an extra
to users (:data:`EXTRA_MODULES`: the fsspec filesystem, the CLI's progress bars) may import the base
dependencies and their own extra, nothing else, and nothing else in the package may import it.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "tiledb" / "client"
GENERATED = ROOT / "generated" / "rest_api"
TESTING = PACKAGE / "testing"
#: Modules of the package that are used only with an extra installed, and that extra.
EXTRA_MODULES = {
    PACKAGE / "fsspec" / "__init__.py": "fsspec",
    PACKAGE / "fsspec" / "_file.py": "fsspec",
    PACKAGE / "_transfer" / "progress.py": "progress",
    PACKAGE / "_http" / "aio.py": "aiohttp",
}

#: Distributions a test run uses without importing them: pytest plugins and type stubs.
USED_WITHOUT_IMPORT = {
    "pytest-timeout": "a pytest plugin (the suite's timeout setting)",
    "pytest-xdist": "a pytest plugin (make test runs the suite on every core)",
    "types-pyyaml": "type stubs for mypy",
    "types-jsonschema": "type stubs for mypy",
    "schemathesis": "run as a command by tests/fuzzing",
    "tiledb-rest-client": "the package itself, with its extras",
}


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
    assert match is not None, requirement
    return _normalise(match.group(0))


def _project() -> dict[str, object]:
    with open(ROOT / "pyproject.toml", "rb") as stream:
        project = tomllib.load(stream)["project"]
    assert isinstance(project, dict)
    return project


def declared(extra: str | None = None) -> set[str]:
    project = _project()
    table = project if extra is None else project["optional-dependencies"]
    requirements = table["dependencies" if extra is None else extra]  # type: ignore[index]
    assert isinstance(requirements, list)
    return {_requirement_name(r) for r in requirements}


def imported_modules(files: Iterable[Path]) -> set[str]:
    """Top-level names of the absolute imports in ``files`` (relative imports are the package's own)."""
    names: set[str] = set()
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names


def distributions_of(modules: Iterable[str]) -> dict[str, set[str]]:
    """Module name -> the distributions providing it; the standard library is left out."""
    providers = importlib.metadata.packages_distributions()
    found: dict[str, set[str]] = {}
    for module in modules:
        if module in sys.stdlib_module_names or module == "__future__":
            continue
        found[module] = {_normalise(d) for d in providers.get(module, [])}
    return found


def _python_files(*folders: Path, exclude: Path | None = None) -> list[Path]:
    files = [p for folder in folders for p in folder.rglob("*.py")]
    return [p for p in files if exclude is None or exclude not in p.parents]


def _base_files() -> list[Path]:
    """The package without the fake server and without the modules of an extra."""
    return [p for p in _python_files(PACKAGE, GENERATED, exclude=TESTING) if p not in EXTRA_MODULES]


def _third_party(files: list[Path]) -> dict[str, set[str]]:
    modules = imported_modules(files)
    modules.discard("tiledb")  # TileDB-Py; checked by name below, since the package shares it
    found = distributions_of(modules)
    if "tiledb" in imported_modules(files):
        found["tiledb"] = {"tiledb"}
    return found


def test_every_import_of_the_package_is_a_base_dependency() -> None:
    base = declared()
    found = _third_party(_base_files())
    undeclared = {module: dists for module, dists in found.items() if not dists & base}
    assert undeclared == {}, f"imported but not in [project].dependencies: {undeclared}"


def test_every_base_dependency_is_imported() -> None:
    found = _third_party(_base_files())
    used = set().union(*found.values())
    assert declared() - used == set()


def test_the_fake_server_imports_only_the_base_and_testing_dependencies() -> None:
    allowed = declared() | declared("testing")
    # The pytest plugin is loaded by pytest alone (an entry point), so pytest is there with it.
    plugin = TESTING / "pytest_plugin.py"
    found = _third_party([p for p in _python_files(TESTING) if p != plugin])
    undeclared = {module: dists for module, dists in found.items() if not dists & allowed}
    assert undeclared == {}
    used = set().union(*found.values())
    assert declared("testing") - used == set()


@pytest.mark.parametrize("module", sorted(EXTRA_MODULES, key=str), ids=lambda p: p.name)
def test_a_module_of_an_extra_imports_only_the_base_and_that_extra(module: Path) -> None:
    extra = EXTRA_MODULES[module]
    allowed = declared() | declared(extra)
    found = _third_party([module])
    undeclared = {name: dists for name, dists in found.items() if not dists & allowed}
    assert undeclared == {}, f"{module.name} imports what neither the base nor [{extra}] declares"
    # Every requirement of the extra is what that module needs.
    assert declared(extra) - set().union(*found.values()) == set()


def test_no_other_module_of_the_package_imports_an_extra() -> None:
    extras = set().union(*(declared(extra) for extra in set(EXTRA_MODULES.values())))
    found = _third_party(_base_files())
    leaked = {name: dists for name, dists in found.items() if dists & extras}
    assert leaked == {}, "only the modules in EXTRA_MODULES may import an extra's packages"


def test_the_fsspec_extra_is_registered_as_the_tiledb_protocol() -> None:
    entry_points = _project()["entry-points"]
    assert isinstance(entry_points, dict)
    assert entry_points["fsspec.specs"] == {"tiledb": "tiledb.client.fsspec:TileDBFileSystem"}


def test_every_test_dependency_is_used_by_the_suite() -> None:
    # bench/*.py only: bench/.venvs holds the benchmark's own interpreters.
    found = _third_party([*_python_files(ROOT / "tests"), *(ROOT / "bench").glob("*.py")])
    used = set().union(*found.values())
    unused = declared("test") - used - set(USED_WITHOUT_IMPORT)
    assert unused == set()


def test_the_h2_extra_is_what_http2_asks_for() -> None:
    transport = (PACKAGE / "_http" / "transport.py").read_text(encoding="utf-8")
    assert 'find_spec("h2")' in transport
    assert declared("h2") == {"h2"}


@pytest.mark.parametrize("module", ["fcntl", "termios", "pwd", "grp", "resource", "posix"])
def test_no_posix_only_module_is_imported_by_the_package(module: str) -> None:
    files = _python_files(PACKAGE, GENERATED, exclude=TESTING)
    assert module not in imported_modules(files)
    assert "pty" not in imported_modules(files)
