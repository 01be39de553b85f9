#!/usr/bin/env python3
"""Print, as JSON, the public names of the established client's v4 modules.

The "established client" is the PyPI package ``tiledb-client`` 3.0b12, which this project replaces.
It is never a dependency of the project: this script runs in a side venv that has it installed, imports
its v4 modules (``tiledb.client.assets``, ``teamspaces``, ``config``, ...) and describes each public
name: what kind of object it is, the module it really comes from, and, as fits the kind, a call
signature, enum members, model attribute names and JSON keys, class members. It also describes every
model, enum and Api class of the established package's generated v4 OpenAPI package. The output is
deterministic (sorted keys, no timestamps, object addresses masked), so a rebuild shows only real
changes in a diff. The project's tests read the result as data; nothing imports this script.

Rebuild (from the repository root):

    python3 -m venv /tmp/anchor-venv
    /tmp/anchor-venv/bin/pip install 'tiledb-client==3.0b12'
    /tmp/anchor-venv/bin/python scripts/established-names.py > tests/data/established_names.json

Standard library only, plus the established package itself.
"""

from __future__ import annotations

import ast
import enum
import importlib
import importlib.metadata
import inspect
import json
import pkgutil
import re
import sys
import textwrap
import types
from typing import Any

DISTRIBUTION = "tiledb-client"
PACKAGE = "tiledb.client"
# The v4 modules whose names code written for the established client may use. The package itself is
# listed too: its __all__ (login, configure, Ctx, ...) is the first thing such code touches.
MODULES = [
    "tiledb.client",
    "tiledb.client.assets",
    "tiledb.client.folders",
    "tiledb.client.files",
    "tiledb.client.teamspaces",
    "tiledb.client.tokens",
    "tiledb.client.users",
    "tiledb.client.workspaces",
    "tiledb.client.storagesettings",
    "tiledb.client.credentials",
    "tiledb.client.versions",
    "tiledb.client.pager",
    "tiledb.client.config",
    "tiledb.client.tiledb_cloud_error",
    "tiledb.client.client",
]
# Where the established package keeps its generated v4 OpenAPI code.
V4_PACKAGE = "tiledb.client._common.api_v4"
V4_MODELS = V4_PACKAGE + ".models"
V4_APIS = V4_PACKAGE + ".api"

# Names that are typing machinery, never API, even when a module binds them publicly.
TYPING_NAMES = {"TYPE_CHECKING", "TypeAlias", "Self"}
PLAIN_DATA = (str, int, float, bool, bytes, tuple, list, dict, set, frozenset, type(None))
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
# Attributes every generated model has; not part of a model's own description.
MODEL_MACHINERY = {"openapi_types", "attribute_map", "allowable_values", "discriminator_value_class_map"}


def masked_repr(value: Any) -> str:
    return ADDRESS.sub(" at 0x...", repr(value))


def json_value(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    return masked_repr(value)


def origin_of(obj: Any) -> str | None:
    module = getattr(obj, "__module__", None)
    if isinstance(module, str):
        return module
    return type(obj).__module__


def qualified(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def ours(origin: str | None) -> bool:
    return origin is not None and (origin == PACKAGE or origin.startswith(PACKAGE + "."))


def parameters(sig: inspect.Signature) -> list[dict[str, Any]]:
    return [
        {
            "name": p.name,
            "kind": p.kind.name,
            "default": None if p.default is inspect.Parameter.empty else masked_repr(p.default),
        }
        for p in sig.parameters.values()
    ]


def signature_of(obj: Any) -> list[dict[str, Any]] | None:
    try:
        return parameters(inspect.signature(obj))
    except (TypeError, ValueError):
        return None


def is_typing_helper(name: str, obj: Any) -> bool:
    if name in TYPING_NAMES:
        return True
    return type(obj).__module__ in ("typing", "typing_extensions") or isinstance(obj, types.GenericAlias)


def is_enum_class(cls: type) -> bool:
    return (isinstance(cls, type) and issubclass(cls, enum.Enum)) or hasattr(cls, "allowable_values")


def is_model_class(cls: type) -> bool:
    return hasattr(cls, "openapi_types") or hasattr(cls, "attribute_map")


def kind_of(obj: Any) -> str:
    if inspect.ismodule(obj):
        return "module"
    if inspect.isclass(obj):
        if issubclass(obj, BaseException):
            return "exception"
        if is_enum_class(obj):
            return "enum"
        if is_model_class(obj):
            return "model"
        if obj.__name__.endswith("Api"):
            return "api"
        return "class"
    if inspect.isroutine(obj) or (callable(obj) and hasattr(obj, "__wrapped__")):
        return "function"
    return "constant"


def enum_info(cls: type) -> dict[str, Any]:
    info: dict[str, Any] = {"has_allowable_values": hasattr(cls, "allowable_values")}
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        info["members"] = {m.name: json_value(m.value) for m in cls}
        info["is_enum_subclass"] = True
        info["class_members"] = class_members(cls)
    else:
        info["is_enum_subclass"] = False
        members = {}
        # A generated enum's members may start with an underscore: TokenScope._ is "*".
        for klass in reversed(cls.__mro__[:-1]):
            for name, value in vars(klass).items():
                if (name.startswith("__") and name.endswith("__")) or name in MODEL_MACHINERY:
                    continue
                if isinstance(value, (str, int, float, bool)):
                    members[name] = value
        info["members"] = members
        unnamed = [v for v in getattr(cls, "allowable_values", []) if v not in members.values()]
        if unnamed:
            info["allowable_values_without_member"] = [json_value(v) for v in unnamed]
    if hasattr(cls, "allowable_values"):
        info["allowable_values"] = [json_value(v) for v in cls.allowable_values]
    return info


def model_info(cls: type) -> dict[str, Any]:
    openapi_types = dict(getattr(cls, "openapi_types", {}) or {})
    attribute_map = dict(getattr(cls, "attribute_map", {}) or {})
    init = signature_of(cls.__init__) or []
    return {
        "attributes": sorted(set(openapi_types) | set(attribute_map)),
        "json_keys": sorted(attribute_map.values()),
        "attribute_map": attribute_map,
        "openapi_types": {k: json_value(v) for k, v in openapi_types.items()},
        "init_params": [p["name"] for p in init if p["name"] != "self"],
    }


def member_kind(value: Any) -> str:
    if isinstance(value, property):
        return "property"
    if isinstance(value, classmethod):
        return "classmethod"
    if isinstance(value, staticmethod):
        return "staticmethod"
    if inspect.isfunction(value) or inspect.ismethoddescriptor(value):
        return "method"
    return "attribute"


def class_members(cls: type) -> dict[str, Any]:
    """Public members defined by the class and its non-builtin bases, with method signatures."""
    members: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        if klass.__module__ == "builtins" or not ours(klass.__module__):
            continue
        for name, value in vars(klass).items():
            if name.startswith("_") or isinstance(value, enum.Enum):
                continue
            entry: dict[str, Any] = {"kind": member_kind(value), "defined_in": qualified(klass)}
            if entry["kind"] in ("method", "classmethod", "staticmethod"):
                entry["signature"] = signature_of(getattr(value, "__func__", value))
            members[name] = entry
    return members


def special_methods(cls: type) -> list[str]:
    """Protocol methods (__iter__, __getitem__, __eq__, ...) that the package's own classes define."""
    found = set()
    for klass in cls.__mro__:
        if not ours(klass.__module__):
            continue
        for name, value in vars(klass).items():
            if name.startswith("__") and name.endswith("__") and name != "__init__" and callable(value):
                found.add(name)
    return sorted(found)


def class_info(cls: type) -> dict[str, Any]:
    init_owner = next((k for k in cls.__mro__ if "__init__" in vars(k)), object)
    info: dict[str, Any] = {
        "bases": [qualified(b) for b in cls.__bases__],
        "mro": [qualified(b) for b in cls.__mro__],
        "init_signature": signature_of(cls),
        "init_defined_in": qualified(init_owner),
        "members": class_members(cls),
        "special_methods": special_methods(cls),
    }
    fields = getattr(cls, "__attrs_attrs__", None)
    if fields is not None:
        info["attrs_fields"] = [f.name for f in fields]
    return info


def describe(obj: Any) -> dict[str, Any]:
    kind = kind_of(obj)
    entry: dict[str, Any] = {"kind": kind, "origin": origin_of(obj)}
    if kind == "module":
        entry["origin"] = obj.__name__
    elif kind == "function":
        entry["signature"] = signature_of(obj)
    elif kind == "enum":
        entry.update(enum_info(obj))
        entry["bases"] = [qualified(b) for b in obj.__bases__]
    elif kind == "model":
        entry.update(model_info(obj))
    elif kind in ("exception", "api", "class"):
        entry.update(class_info(obj))
    else:
        entry["type"] = qualified(type(obj))
        if isinstance(obj, PLAIN_DATA):
            entry["value"] = masked_repr(obj)
    return entry


def getattr_names(module: types.ModuleType) -> list[str]:
    """Names a module-level __getattr__ answers to, read from its source (never called)."""
    func = vars(module).get("__getattr__")
    if func is None:
        return []
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(func)))
    except (OSError, TypeError, SyntaxError):
        return []
    names = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.isidentifier()
    }
    return sorted(names)


def by_rules(module: types.ModuleType, names: list[str]) -> tuple[dict[str, Any], dict[str, str]]:
    """Describe the API among `names`: the package's own classes, functions and objects, plain data."""
    described: dict[str, Any] = {}
    excluded: dict[str, str] = {}
    for name in sorted(names):
        obj = vars(module)[name]
        if name.startswith("_") or inspect.ismodule(obj):
            continue
        if is_typing_helper(name, obj):
            excluded[name] = "typing helper"
            continue
        origin = origin_of(obj)
        if inspect.isclass(obj) or callable(obj):
            if ours(origin):
                described[name] = describe(obj)
            else:
                excluded[name] = f"imported from {origin}"
        elif isinstance(obj, PLAIN_DATA) or ours(type(obj).__module__):
            described[name] = describe(obj)
        else:
            excluded[name] = f"instance of {qualified(type(obj))}"
    return described, excluded


def module_names(module: types.ModuleType) -> dict[str, Any]:
    public = getattr(module, "__all__", None)
    result: dict[str, Any] = {"has_all": public is not None}
    if public is not None:
        result["names"] = {}
        for name in sorted(public):
            present = hasattr(module, name)
            result["names"][name] = describe(getattr(module, name)) if present else {"kind": "missing"}
        # Reachable by `from module import name` all the same, so code may use them.
        rest = [n for n in vars(module) if n not in public]
        result["public_not_in_all"], result["excluded"] = by_rules(module, rest)
    else:
        result["names"], result["excluded"] = by_rules(module, list(vars(module)))
    dynamic = getattr_names(module)
    if dynamic:
        result["module_getattr_names"] = dynamic
    return result


def submodules(package_name: str) -> list[types.ModuleType]:
    package = importlib.import_module(package_name)
    found = [package]
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        found.append(importlib.import_module(f"{package_name}.{info.name}"))
    return found


def classes_of(package_name: str) -> dict[str, type]:
    classes: dict[str, type] = {}
    for module in submodules(package_name):
        for name, obj in vars(module).items():
            if name.startswith("_") or not inspect.isclass(obj):
                continue
            if obj.__module__.startswith(package_name + "."):
                classes[name] = obj
    return classes


def generated_v4() -> dict[str, Any]:
    models: dict[str, Any] = {}
    enums: dict[str, Any] = {}
    for name, cls in sorted(classes_of(V4_MODELS).items()):
        entry = {"origin": cls.__module__}
        if is_enum_class(cls):
            enums[name] = {**entry, **enum_info(cls)}
        elif is_model_class(cls):
            models[name] = {**entry, **model_info(cls)}
    apis: dict[str, Any] = {}
    for name, cls in sorted(classes_of(V4_APIS).items()):
        if not name.endswith("Api"):
            continue
        methods = {
            m: signature_of(f)
            for m, f in sorted(vars(cls).items())
            if inspect.isfunction(f) and not m.startswith("_")
        }
        apis[name] = {"origin": cls.__module__, "methods": methods}
    return {"models_all": models, "enums_all": enums, "apis_all": apis}


def main() -> int:
    modules: dict[str, Any] = {}
    missing: list[str] = []
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is not None and (name == exc.name or name.startswith(exc.name + ".")):
                missing.append(name)
                continue
            raise
        modules[name] = module_names(module)
    report = {
        "source": {
            "distribution": DISTRIBUTION,
            "version": importlib.metadata.version(DISTRIBUTION),
            "python": f"{sys.version_info.major}.{sys.version_info.minor}",
            "v4_models_package": V4_MODELS,
            "v4_apis_package": V4_APIS,
            "built_by": "scripts/established-names.py",
        },
        "modules": modules,
        "missing_modules": sorted(missing),
        **generated_v4(),
    }
    json.dump(report, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
