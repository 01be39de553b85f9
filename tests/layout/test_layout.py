"""The package's layers, read from its imports: which way they point, no cycle, rooms of a size.

Every import counts, at module level, inside a function or under ``if TYPE_CHECKING:``: a type
hint that points up the layers or closes a loop ties the modules together for a reader as much as
an import that runs (a layer below names what it needs of the one above as a ``Protocol`` of its
own). The layers, lowest first (each may use only those below it
and its own):

    shared modules (_errors, _frozen) < _http < _session < _highlevel < _transfer
        < the public modules (client, assets, ..., files) < fsspec, cli < __main__

The generated ``rest_api`` package sits below them all and imports nothing of ours; the fake
server (``testing``) stands apart and may use the public modules.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "tiledb" / "client"
GENERATED = ROOT / "generated" / "rest_api"
NAME = "tiledb.client"

SHARED = {"_errors", "_frozen"}
LAYERS = ["_http", "_session", "_highlevel", "_transfer"]
PUBLIC = {
    "__init__",
    "client",
    "assets",
    "config",
    "credentials",
    "files",
    "folders",
    "pager",
    "storagesettings",
    "teamspaces",
    "tiledb_cloud_error",
    "tokens",
    "users",
    "versions",
    "workspaces",
}
TOP = {"fsspec", "cli"}
MAX_LINES = 800
MAX_MODULES_PER_FOLDER = 12
MAX_PRIVATE_TOP_MODULES = 3


def module_name(path: Path) -> str:
    """``tiledb.client.<...>`` for a file of the package (a package's ``__init__`` is the package)."""
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([NAME, *parts])


def rank(module: str) -> tuple[int, str]:
    """The layer of ``module`` as (height, name): higher layers may import lower ones."""
    rest = module[len(NAME) + 1 :] if module != NAME else "__init__"
    head = rest.split(".")[0]
    if head == "rest_api":
        return 0, "rest_api"
    if head in SHARED:
        return 1, "shared"
    if head in LAYERS:
        return 2 + LAYERS.index(head), head
    if head in PUBLIC:
        return 6, "public"
    if head in TOP:
        return 7, head
    if head == "__main__":
        return 8, "__main__"
    if head == "testing":
        return 7, "testing"
    raise AssertionError(f"{module} belongs to no layer: add it to tests/layout/test_layout.py")


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def runtime_imports(path: Path, type_hints: bool = True) -> Iterator[tuple[int, str]]:
    """``(line, module)`` of every import of ``tiledb.client`` modules in ``path``: those that run
    when it runs, and with ``type_hints`` those under ``if TYPE_CHECKING:`` too."""
    own = module_name(path)
    package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))

    def visit(node: ast.AST) -> Iterator[tuple[int, str]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking_only(child) and not type_hints:
                for other in child.orelse:
                    yield from visit(other)
                continue
            if isinstance(child, ast.Import):
                for alias in child.names:
                    if alias.name == NAME or alias.name.startswith(NAME + "."):
                        yield child.lineno, alias.name
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - (child.level - 1)]
                    target = ".".join(base + ([child.module] if child.module else []))
                else:
                    target = child.module or ""
                if not (target == NAME or target.startswith(NAME + ".")):
                    continue
                if child.module is None or target == NAME:
                    # ``from . import files``: each name may be a module of the package
                    for alias in child.names:
                        candidate = f"{target}.{alias.name}"
                        yield child.lineno, candidate if _exists(candidate) else target
                else:
                    yield child.lineno, target
            else:
                yield from visit(child)

    yield from visit(tree)


def _exists(module: str) -> bool:
    relative = Path(*module.split(".")[2:])
    return (PACKAGE / relative).with_suffix(".py").exists() or (PACKAGE / relative / "__init__.py").exists()


def _source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _edges() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in _source_files():
        own = module_name(path)
        graph.setdefault(own, set()).update(t for _, t in runtime_imports(path) if t != own)
    return graph


def test_every_import_points_down_the_layers() -> None:
    wrong = []
    for path in _source_files():
        own = module_name(path)
        height, layer = rank(own)
        for line, target in runtime_imports(path):
            if target == NAME and layer != "public":
                # the package itself is the public face: only layers above it may import it
                target_height, target_layer = 6, "public"
            else:
                target_height, target_layer = rank(target)
            if target_height > height or (target_height == height and target_layer != layer):
                wrong.append(f"{path.relative_to(ROOT)}:{line}: {layer} imports {target} ({target_layer})")
    assert not wrong, "imports against the layers:\n" + "\n".join(wrong)


def test_the_generated_layer_imports_nothing_of_ours() -> None:
    wrong = []
    for path in sorted(GENERATED.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            stripped = line.strip()
            if stripped.startswith(("from tiledb.client", "import tiledb.client", "from ..")) and (
                "rest_api" not in stripped and stripped.startswith(("from tiledb", "import tiledb"))
            ):
                wrong.append(f"{path.relative_to(ROOT)}:{number}: {stripped}")
    assert not wrong, "\n".join(wrong)


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` (modules in order), or ``None``."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in graph:
                continue
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state:
                found = walk(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = walk(node)
            if found:
                return found
    return None


def test_no_import_cycle_anywhere_in_the_package() -> None:
    graph = _edges()
    # A module imports its parent package on the way (Python runs ``__init__`` first): that is
    # not an edge of ours, so only explicit imports are in the graph.
    cycle = _cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


@pytest.mark.parametrize(
    ("importer", "imported", "allowed"),
    [
        ("tiledb.client._http.transport", "tiledb.client._session.session", False),
        ("tiledb.client._session.login", "tiledb.client._http.retry", True),
        ("tiledb.client._transfer.ops", "tiledb.client.assets", False),
        ("tiledb.client.files", "tiledb.client._transfer.upload", True),
        ("tiledb.client.fsspec", "tiledb.client.files", True),
        ("tiledb.client.files", "tiledb.client.fsspec", False),
    ],
)
def test_the_rule_itself(importer: str, imported: str, allowed: bool) -> None:
    (h1, l1), (h2, l2) = rank(importer), rank(imported)
    assert (h2 < h1 or (h2 == h1 and l1 == l2)) is allowed


def _python_files_outside_generated() -> list[Path]:
    found = []
    for folder in ("src", "tests", "scripts", "bench"):
        found += [p for p in (ROOT / folder).rglob("*.py") if ".venvs" not in p.parts]
    return sorted([*found, ROOT / "noxfile.py"])


def test_no_module_over_800_lines() -> None:
    long = []
    for path in _python_files_outside_generated():
        count = len(path.read_text(encoding="utf-8").splitlines())
        if count > MAX_LINES:
            long.append(f"{path.relative_to(ROOT)}: {count} lines")
    assert not long, f"modules over {MAX_LINES} lines (split them by job):\n" + "\n".join(long)


def test_each_folder_holds_at_most_12_modules_and_the_top_few_private_ones() -> None:
    # The top of the package holds the public modules, whose names the established client fixed
    # (``tiledb.client.assets``, ...): there only the private modules are counted.
    crowded = []
    for folder in sorted({p.parent for p in _source_files()} - {PACKAGE}):
        modules = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
        packages = [p for p in folder.iterdir() if (p / "__init__.py").exists()]
        if len(modules) + len(packages) > MAX_MODULES_PER_FOLDER:
            crowded.append(f"{folder.relative_to(ROOT)}: {len(modules) + len(packages)} modules")
    assert not crowded, "\n".join(crowded)
    private_top = sorted(
        p.name for p in PACKAGE.glob("_*.py") if p.name not in ("__init__.py", "__main__.py")
    )
    assert len(private_top) <= MAX_PRIVATE_TOP_MODULES, private_top


def test_every_layer_package_says_what_it_holds_and_may_import() -> None:
    for layer in LAYERS:
        doc = ast.get_docstring(ast.parse((PACKAGE / layer / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "May import" in doc, f"{layer}/__init__.py needs a docstring saying what it may import"
