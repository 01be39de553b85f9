"""Every model's ``__repr__`` and ``__eq__`` are written in its module and behave like attrs' own.

The model template writes both methods into each class body, so attrs (``define``'s auto_detect)
does not compile its own when the class is created; that is what makes importing a model cheap.
These tests pin that the methods are the module's (not attrs'), and that they behave exactly like
the ones attrs generates: checked against the text attrs writes (from ``attrs.fields``) and against
a class built by attrs itself with the same fields, for every model class, on made-up values, on
instances parsed from the spec's examples, and on a small spec with the shapes the real one lacks
(no fields at all, no ``additional_properties``, only secret fields).
"""

from __future__ import annotations

import copy
import functools
import importlib
import math
import shutil
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
import yaml
from _restapi_support import REPO, Examples, class_name, iter_object_schemas, schemas
from tiledb.client.rest_api import models

SECRET = "s3cr3t-value"


def _model_classes(package: Any) -> list[type]:
    classes = []
    for name, module in sorted(package.MODELS.items()):
        cls = getattr(importlib.import_module(module, package.__name__), name)
        if attrs.has(cls):
            classes.append(cls)
    return classes


MODEL_CLASSES = _model_classes(models)
OBJECT_SCHEMAS = sorted(iter_object_schemas())


# --------------------------------------------------------------------------------------------------
# What attrs would do.


def attrs_repr(obj: Any) -> str:
    """The text of attrs' generated ``__repr__`` for an instance of a top-level class."""
    fields = attrs.fields(type(obj))
    shown = ", ".join(f"{a.name}={getattr(obj, a.name)!r}" for a in fields if a.repr)
    return f"{type(obj).__qualname__}({shown})"


@functools.cache
def reference_class(cls: type) -> type:
    """A class with the fields of ``cls`` (same names, order, repr and eq flags) whose ``__repr__``
    and ``__eq__`` attrs generates."""
    these = {a.name: attrs.field(repr=a.repr, eq=a.eq, init=False) for a in attrs.fields(cls)}
    reference = attrs.make_class(cls.__name__, these)
    assert [a.name for a in attrs.fields(reference)] == [a.name for a in attrs.fields(cls)]
    assert "__repr__" in reference.__dict__ and "__eq__" in reference.__dict__
    return reference


def as_reference(obj: Any, cls: type | None = None) -> Any:
    """The attrs reference twin of ``obj``: same field values (the very objects)."""
    twin = (cls or reference_class(type(obj)))()
    for a in attrs.fields(type(obj)):
        _set(twin, a.name, getattr(obj, a.name))
    return twin


def same_copy(obj: Any) -> Any:
    """A second instance with equal values: ``attrs.evolve`` for the ``__init__`` fields, then the
    fields ``__init__`` does not take (``additional_properties``) copied over."""
    twin = attrs.evolve(obj)
    for a in attrs.fields(type(obj)):
        if not a.init:
            _set(twin, a.name, copy.copy(getattr(obj, a.name)))
    return twin


# --------------------------------------------------------------------------------------------------
# Instances.


class _Answer:
    """A value whose ``==`` gives something that is not a bool (attrs returns it as it is)."""

    def __eq__(self, other: object) -> Any:
        return "answer"

    __hash__ = None

    def __repr__(self) -> str:
        return "<answer>"


def _set(obj: Any, name: str, value: Any) -> None:
    """Set a field without the converter an enum field runs on assignment: these tests put values
    of any type in any field, to compare repr and eq with attrs' own."""
    object.__setattr__(obj, name, value)


def _enum_of(cls: type, field: attrs.Attribute[Any]) -> Any:
    """The enum class of an enum field (the one with a converter), from its annotation."""
    namespace = vars(sys.modules[cls.__module__])
    return namespace[str(field.type).split(" | ")[0]]


def made_up(cls: type) -> Any:
    """An instance with a distinct value in every field (secret fields hold :data:`SECRET`).

    An enum field gets a member made for a value the spec does not list (``Enum("x-value")``), the
    one kind of distinct value its converter lets through unchanged.
    """
    values: dict[str, Any] = {}
    for a in attrs.fields(cls):
        if a.init:
            values[a.name] = f"{SECRET}-{a.name}" if not a.repr else f"{a.name}-value"
            if a.converter is not None:
                values[a.name] = _enum_of(cls, a)(values[a.name])
    obj = cls(**values)
    for a in attrs.fields(cls):
        if not a.init:
            _set(obj, a.name, {"extra": [1, "two"], "nested": {"k": None}})
    return obj


def other_value(value: Any) -> Any:
    if isinstance(value, dict):
        return {**value, "changed": True}
    return f"{value}-changed"


def nested_instances(value: Any, seen: dict[int, Any]) -> None:
    """Every attrs instance reachable from ``value`` (fields, lists, dict values), by id."""
    if attrs.has(type(value)) and id(value) not in seen:
        seen[id(value)] = value
        for a in attrs.fields(type(value)):
            nested_instances(getattr(value, a.name), seen)
    elif isinstance(value, list | tuple):
        for item in value:
            nested_instances(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            nested_instances(item, seen)


# --------------------------------------------------------------------------------------------------
# The checks, shared by the real models and the small spec's.


def check_methods_are_the_modules(cls: type) -> None:
    source = sys.modules[cls.__module__].__file__
    assert source is not None
    for name in ("__repr__", "__eq__"):
        method = cls.__dict__.get(name)
        assert method is not None, f"{cls.__name__}.{name} is inherited, not written in the class"
        # attrs compiles its methods from a string, under a made-up file name ("<attrs generated ...>").
        assert method.__code__.co_filename == source, f"{cls.__name__}.{name} was generated by attrs"
    assert "__ne__" not in cls.__dict__  # attrs adds __ne__ only along with its own __eq__
    assert cls.__hash__ is None


def check_repr(obj: Any) -> None:
    text = repr(obj)
    assert text == attrs_repr(obj)
    assert text == repr(as_reference(obj))
    assert str(obj) == text
    for a in attrs.fields(type(obj)):
        if not a.repr:
            assert f"{a.name}=" not in text


def check_eq(obj: Any) -> None:
    cls = type(obj)
    twin = same_copy(obj)
    assert twin is not obj
    assert obj == twin and twin == obj and obj == obj
    assert (obj != twin) is False and (twin != obj) is False
    assert (obj == twin) is (as_reference(obj) == as_reference(twin))
    # Another class never compares equal, even one with the same fields (attrs' reference twin).
    for stranger in (object(), None, as_reference(obj), attrs.asdict(obj, recurse=False)):
        assert obj.__eq__(stranger) is NotImplemented
        assert obj != stranger and (obj == stranger) is False
    with pytest.raises(TypeError, match="unhashable"):
        hash(obj)
    # Each field counts, the secret ones (repr=False) too.
    for a in attrs.fields(cls):
        changed = same_copy(obj)
        _set(changed, a.name, other_value(getattr(obj, a.name)))
        assert obj != changed and changed != obj, a.name
        assert (obj == changed) is False, a.name
        assert (obj == changed) is (as_reference(obj) == as_reference(changed)), a.name


def check_eq_like_attrs_on_odd_values(obj: Any) -> None:
    """attrs compares field by field with ``==`` (no identity shortcut, no bool()): a NaN field
    makes an instance unequal to its copy, and a non-bool answer is returned as it is."""
    fields = attrs.fields(type(obj))
    if not fields:
        return
    first = fields[0].name
    nan = float("nan")
    left, right = same_copy(obj), same_copy(obj)
    _set(left, first, nan)
    _set(right, first, nan)
    assert math.isnan(getattr(left, first))
    expected = as_reference(left) == as_reference(right)
    assert expected is False
    assert (left == right) is False and (left != right) is True
    assert (left == left) is False  # no identity shortcut, as in attrs

    last = fields[-1].name
    left, right = same_copy(obj), same_copy(obj)
    _set(left, last, _Answer())
    _set(right, last, _Answer())
    assert left.__eq__(right) == as_reference(left).__eq__(as_reference(right))
    assert left.__eq__(right) == "answer"


def check_recursion_and_errors(obj: Any) -> None:
    """An instance inside itself shows as "..." (attrs' guard); an error in a field's repr does not
    leave the instance marked as being shown."""
    fields = attrs.fields(type(obj))
    if not fields:
        return
    shown = [a.name for a in fields if a.repr]
    if not shown:
        return
    name = "additional_properties" if "additional_properties" in shown else shown[0]
    loop = same_copy(obj)
    _set(loop, name, {"me": loop})
    reference = as_reference(loop)
    _set(reference, name, {"me": reference})
    assert repr(loop) == repr(reference)
    assert "{'me': ...}" in repr(loop)

    class Broken:
        def __repr__(self) -> str:
            raise RuntimeError("no repr")

    _set(loop, name, Broken())
    with pytest.raises(RuntimeError, match="no repr"):
        repr(loop)
    _set(loop, name, {"me": 1})
    assert repr(loop) == attrs_repr(loop)


def check_subclass(obj: Any) -> None:
    """attrs names the instance's own class (its qualified name after the last ``<locals>.``)."""
    cls = type(obj)

    class Local(cls):  # type: ignore[misc, valid-type]
        __slots__ = ()

    class LocalReference(reference_class(cls)):  # type: ignore[misc]
        pass

    LocalReference.__name__, LocalReference.__qualname__ = Local.__name__, Local.__qualname__
    sub = Local.__new__(Local)
    for a in attrs.fields(cls):
        _set(sub, a.name, getattr(obj, a.name))
    assert Local.__qualname__.endswith("<locals>.Local")
    assert repr(sub) == repr(as_reference(sub, LocalReference))
    assert repr(sub).startswith("Local(")
    assert obj != sub and sub != obj  # another class, even a subclass
    assert obj.__eq__(sub) is NotImplemented

    class Holder:
        class Inner(cls):  # type: ignore[misc, valid-type]
            __slots__ = ()

    inner = Holder.Inner.__new__(Holder.Inner)
    for a in attrs.fields(cls):
        _set(inner, a.name, getattr(obj, a.name))
    assert repr(inner) == attrs_repr(inner).replace(Holder.Inner.__qualname__, "Holder.Inner")
    assert repr(inner).startswith("Holder.Inner(")


def check_all(obj: Any) -> None:
    check_methods_are_the_modules(type(obj))
    check_repr(obj)
    check_eq(obj)
    check_eq_like_attrs_on_odd_values(obj)
    check_recursion_and_errors(obj)
    check_subclass(obj)


# --------------------------------------------------------------------------------------------------
# The models of the spec.


def test_every_model_class_is_checked() -> None:
    assert len(MODEL_CLASSES) > 250  # every object schema and every inline object of the spec
    assert len({cls.__module__ for cls in MODEL_CLASSES}) == len(MODEL_CLASSES)


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_model_with_made_up_values(cls: type) -> None:
    obj = made_up(cls)
    check_all(obj)
    assert SECRET not in repr(obj)


@pytest.mark.parametrize("mode", ["full", "nulls"])
@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_parsed_models_and_everything_inside(name: str, mode: str) -> None:
    example = Examples(mode).build(schemas()[name], name)
    model = getattr(models, class_name(name))
    parsed, again = model.from_dict(example), model.from_dict(example)
    assert parsed == again and (parsed != again) is False
    assert repr(parsed) == repr(again)
    found: dict[int, Any] = {}
    nested_instances(parsed, found)
    for obj in found.values():
        check_methods_are_the_modules(type(obj))
        check_repr(obj)
        check_eq(obj)


def test_parsed_examples_reach_most_model_classes() -> None:
    """The spec's examples hold instances of nearly every model class (the made-up values above
    cover the rest), so the checks also run on real nested values: dates, enums, lists, models."""
    reached: set[type] = set()
    for name in OBJECT_SCHEMAS:
        found: dict[int, Any] = {}
        nested_instances(
            getattr(models, class_name(name)).from_dict(Examples("full").build(schemas()[name])), found
        )
        reached.update(type(obj) for obj in found.values())
    assert len(reached) > 0.9 * len(MODEL_CLASSES)


def test_a_date_time_model_compares_its_values_not_its_text() -> None:
    """The hidden text of a date-time (a slot outside the attrs fields) takes no part, as before."""
    token = {
        "token_id": "tok_1",
        "name": "ci",
        "created_at": "2026-01-01T00:00:00Z",
        "expires_at": "2026-01-01T00:00:00+00:00",
        "api_key": "key",
        "scope": "*",
    }
    plus = dict(token, created_at="2026-01-01T00:00:00+00:00")
    a, b = models.APIToken.from_dict(token), models.APIToken.from_dict(plus)
    assert a.to_dict() != b.to_dict()
    assert a == b and repr(a) == repr(b) == repr(as_reference(a))


# --------------------------------------------------------------------------------------------------
# Shapes the spec has no example of.

MINI_SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "mini", "version": "1"},
    "paths": {
        "/closed": {
            "get": {
                "tags": ["mini"],
                "summary": "Get closed",
                "operationId": "get_closed",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Closed"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            # No field at all: repr "Empty()", equal to any other Empty.
            "Empty": {"type": "object", "additionalProperties": False},
            # No additional_properties; a secret field (password) left out of repr.
            "Closed": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "password"],
                "properties": {
                    "name": {"type": "string"},
                    "password": {"type": "string"},
                    "size": {"type": "integer"},
                },
            },
            # Only a secret field: repr "OnlySecret()", but eq still compares it.
            "OnlySecret": {
                "type": "object",
                "additionalProperties": False,
                "required": ["token"],
                "properties": {"token": {"type": "string"}},
            },
            # Only a typed map.
            "Typed": {"type": "object", "additionalProperties": {"type": "integer"}},
        }
    },
}
MINI_PACKAGE = "mini_api_dunder"


@pytest.fixture(scope="module")
def mini_models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    tmp = tmp_path_factory.mktemp("mini")
    spec = tmp / "spec.yaml"
    spec.write_text(yaml.safe_dump(MINI_SPEC, sort_keys=False), encoding="utf-8")
    out = tmp / "out"
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "generate.py"), str(out / MINI_PACKAGE), "--spec", str(spec)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(f"{MINI_PACKAGE}.models")
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == MINI_PACKAGE or m.startswith(f"{MINI_PACKAGE}.")]:
            del sys.modules[name]
        shutil.rmtree(tmp, ignore_errors=True)


def test_models_without_fields_or_additional_properties(mini_models: Any) -> None:
    classes = {cls.__name__: cls for cls in _model_classes(mini_models)}
    assert sorted(classes) == ["Closed", "Empty", "OnlySecret", "Typed"]
    for cls in classes.values():
        check_all(made_up(cls))

    empty = classes["Empty"]
    assert attrs.fields(empty) == ()
    assert repr(empty()) == "Empty()" and empty() == empty() and empty() != classes["Typed"]()

    closed = classes["Closed"]
    assert [a.name for a in attrs.fields(closed)] == ["name", "password", "size"]
    assert repr(closed("n", "pw", 3)) == "Closed(name='n', size=3)"
    assert closed("n", "pw") == closed("n", "pw") and closed("n", "pw") != closed("n", "other")

    only_secret = classes["OnlySecret"]
    assert repr(only_secret("t")) == "OnlySecret()"
    assert only_secret("t") != only_secret("u")

    typed = classes["Typed"].from_dict({"a": 1})
    assert repr(typed) == "Typed(additional_properties={'a': 1})"
