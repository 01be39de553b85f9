"""The shape of ``tiledb.client.rest_api.api`` against the spec: classes, methods, signatures."""

from __future__ import annotations

import importlib
import inspect
from collections import defaultdict

import pytest
from _restapi_support import (
    Operation,
    api_class_name,
    class_name,
    load_spec,
    operations,
    python_name,
    ref_name,
)
from tiledb.client.rest_api import api as api_package

OPERATIONS = operations()
TAGS = sorted({op.tag for op in OPERATIONS})
BY_TAG: dict[str, list[Operation]] = defaultdict(list)
for _op in OPERATIONS:
    BY_TAG[_op.tag].append(_op)


def test_spec_has_the_expected_size() -> None:
    assert len(OPERATIONS) == 130
    assert len({op.op_id for op in OPERATIONS}) == 130
    assert len(TAGS) == 25
    assert len(load_spec()["components"]["schemas"]) == 248
    for op in OPERATIONS:  # no two parameters of one operation share a Python name
        names = [p.python_name for p in op.parameters]
        assert len(set(names)) == len(names), op.op_id


def test_exactly_one_sync_and_one_async_class_per_tag() -> None:
    expected = {api_class_name(t) for t in TAGS} | {"Async" + api_class_name(t) for t in TAGS}
    assert len(expected) == 50
    assert set(api_package.__all__) == expected
    assert set(api_package.API_CLASSES) == expected
    assert {n for n in dir(api_package) if n.endswith("Api")} == expected
    for name in expected:
        cls = getattr(api_package, name)
        assert inspect.isclass(cls)
        assert cls.__name__ == name
        assert cls.is_async is name.startswith("Async")


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchApi"):
        api_package.NoSuchApi  # noqa: B018
    assert not hasattr(api_package, "tokens_api")


def _methods(cls: type) -> set[str]:
    # with_options is the one method every class has besides its operations.
    return {n for n, v in vars(cls).items() if not n.startswith("_") and inspect.isfunction(v)} - {
        "with_options"
    }


@pytest.mark.parametrize("tag", TAGS)
def test_methods_are_the_operation_ids_of_the_tag(tag: str) -> None:
    expected = {op.op_id for op in BY_TAG[tag]}
    sync_cls = getattr(api_package, api_class_name(tag))
    async_cls = getattr(api_package, "Async" + api_class_name(tag))
    assert _methods(sync_cls) == expected
    assert _methods(async_cls) == expected


def test_130_methods_in_all() -> None:
    names = [m for t in TAGS for m in _methods(getattr(api_package, api_class_name(t)))]
    assert len(names) == 130
    assert set(names) == {op.op_id for op in OPERATIONS}


def _expected_body_annotation(op: Operation) -> str:
    assert op.body is not None
    if not op.body.is_json:
        return "BinaryBody"  # bytes-like, a file object, an iterable of bytes or a File
    name = ref_name(op.body.schema)
    if name:
        return class_name(name)
    items = op.body.schema["items"]
    inner = class_name(ref_name(items)) if ref_name(items) else items["type"].replace("string", "str")
    return f"list[{inner}]"


@pytest.mark.parametrize("op", OPERATIONS, ids=str)
def test_signature_follows_the_spec(op: Operation) -> None:
    cls = getattr(api_package, op.api_class)
    method = getattr(cls, op.op_id)
    assert not inspect.iscoroutinefunction(method)
    params = list(inspect.signature(method).parameters.values())
    assert params[0].name == "self"
    # The per-call options come last, keyword-only, each None by default.
    options = params[-4:]
    assert [p.name for p in options] == ["timeout", "retry_mode", "extra_headers", "extra_query"]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY and p.default is None for p in options)
    params = params[1:-4]
    positional = [p.name for p in params if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
    keyword_only = {p.name for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY}
    assert positional == op.positional
    assert keyword_only == op.keyword_only
    assert len(params) == len(positional) + len(keyword_only)  # no *args, no **kwargs
    for p in params:
        if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            assert p.default is inspect.Parameter.empty, p.name
        else:
            assert repr(p.default) != repr(inspect.Parameter.empty), p.name
            assert type(p.default).__name__ == "Unset", p.name
            assert "Unset" in p.annotation, p.name
    # Annotations are strings (``from __future__ import annotations``).
    sig = inspect.signature(method)
    assert sig.return_annotation == op.result_annotation
    for p in op.params_in("path"):
        assert sig.parameters[p.python_name].annotation == "str"
    if op.body is not None:
        assert sig.parameters["body"].annotation.split(" | ")[0] == _expected_body_annotation(op)


@pytest.mark.parametrize("op", OPERATIONS, ids=str)
def test_async_twin_has_the_same_signature_and_is_a_coroutine(op: Operation) -> None:
    sync_method = getattr(getattr(api_package, op.api_class), op.op_id)
    async_method = getattr(getattr(api_package, "Async" + op.api_class), op.op_id)
    assert inspect.iscoroutinefunction(async_method)
    if op.stream_kind is not None:  # the coroutine gives an async iterator
        sync_sig, async_sig = inspect.signature(sync_method), inspect.signature(async_method)
        assert async_sig.parameters == sync_sig.parameters
        assert async_sig.return_annotation == "Async" + sync_sig.return_annotation
        return
    assert inspect.signature(async_method) == inspect.signature(sync_method)


@pytest.mark.parametrize("op", OPERATIONS, ids=str)
def test_docstring_names_method_and_path(op: Operation) -> None:
    doc = getattr(getattr(api_package, op.api_class), op.op_id).__doc__
    assert f"``{op.method.upper()} {op.path}``" in doc
    for p in op.parameters:
        assert f"{p.python_name} (" in doc


@pytest.mark.parametrize("op", OPERATIONS, ids=str)
def test_operation_module(op: Operation) -> None:
    """Each operation keeps a module with the generator's four functions and its operationId."""
    module = importlib.import_module(f"tiledb.client.rest_api.api.{op.tag}.{op.op_id}")
    assert op.op_id == module.OPERATION
    for name in ("sync", "sync_detailed"):
        fn = getattr(module, name)
        assert not inspect.iscoroutinefunction(fn)
        assert "client" in inspect.signature(fn).parameters
    for name in ("asyncio", "asyncio_detailed"):
        assert inspect.iscoroutinefunction(getattr(module, name))
    params = inspect.signature(module.sync).parameters
    positional = [n for n, p in params.items() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
    assert positional == op.positional


def test_python_names_are_identifiers() -> None:
    names = {python_name(p.name) for op in OPERATIONS for p in op.parameters}
    assert all(n.isidentifier() for n in names)
    # a few renames worth knowing about
    assert python_name("type") == "type_"
    assert python_name("list-type") == "list_type"
    assert python_name("X-TileDB-Rename-To") == "x_tile_db_rename_to"


def _documented_not_once() -> list[tuple[str, str]]:
    """(operation, argument) pairs the Api method's ``Args:`` section does not list exactly once."""
    found = []
    for op in OPERATIONS:
        # cleandoc: Python 3.13 strips docstrings' indentation at compile time, earlier ones do not.
        doc = inspect.cleandoc(getattr(getattr(api_package, op.api_class), op.op_id).__doc__)
        args = doc.split("Args:", 1)[-1].split("Returns:", 1)[0]
        for name in [*op.positional, *op.keyword_only]:
            if args.count(f"\n    {name} (") != 1:
                found.append((op.op_id, name))
    return found


def test_each_parameter_is_documented_once() -> None:
    assert [pair for pair in _documented_not_once() if pair[1] != "body"] == []


def test_the_body_is_documented_once() -> None:
    assert [pair for pair in _documented_not_once() if pair[1] == "body"] == []
