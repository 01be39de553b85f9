# Every target creates what it needs: a fresh clone only needs python3 (3.11+) and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.deps-stamp
DOCS_STAMP := $(VENV)/.docs-stamp
DEMO_STAMP := $(VENV)/.demo-stamp
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: help setup install generate check-generated lint typecheck test test-fast test-pythons fuzz demo bench bench-files bench-datastack docs docs-deps clean

help:
	@echo "make demo      run the main job end to end against the fake server"
	@echo "make test      drift check, lint, type check and the whole test suite"
	@echo "make test-pythons  the test suite on Python 3.12 (oldest httpx) and 3.13 (newest httpx) (nox)"
	@echo "make generate  regenerate generated/rest_api from openapi/tiledb-v4.yaml (SPEC=new.yaml takes a new one in)"
	@echo "make fuzz      a long Schemathesis run against the fake server (after changing it)"
	@echo "make bench     benchmark against the established client"
	@echo "make docs      build the HTML documentation into site/"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Dependencies (dev + test extras) are installed once per change of pyproject.toml.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q hatchling
	$(BIN)/python -m pip install -q ".[dev]"
	touch $@

setup: $(STAMP)

# The package itself is reinstalled (no dependency resolution, under a second) on every run,
# so tests always see the current src/ and generated/.
install: $(STAMP)
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation --force-reinstall .

generate: $(STAMP)
	$(BIN)/python scripts/generate.py generated/rest_api $(if $(SPEC),--spec $(SPEC))

check-generated: $(STAMP)
	scripts/check-generated

lint: $(STAMP)
	$(BIN)/ruff check typings
	$(BIN)/ruff format --check typings
	$(BIN)/ruff check src tests scripts bench noxfile.py
	$(BIN)/ruff format --check src tests scripts bench noxfile.py
	$(BIN)/ruff check --config openapi/ruff.toml generated
	$(BIN)/ruff format --check --config openapi/ruff.toml generated

typecheck: install
	$(BIN)/mypy -p tiledb.client

# The suite on every core: one worker per core, each test file whole in one worker (the reliability
# folder whole in one: tests/conftest.py).
PYTEST_PARALLEL ?= -n auto --dist loadfile
test: install check-generated lint typecheck docs-deps
	$(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_PARALLEL)

# The suite on the other supported Pythons, each in a venv of its own made by nox (.nox/). pyenv's
# shims answer for a version only when it is selected: select every installed one.
PYENV_PYTHONS := $(shell pyenv versions --bare 2>/dev/null | grep -E '^3\.1[23]\.' | paste -sd: -)
test-pythons: $(STAMP)
	PYENV_VERSION="$(PYENV_PYTHONS)" $(BIN)/nox

# The fake server judged by Schemathesis at length: the run of tests/fuzzing (two seeds) with many
# more examples per operation and Schemathesis's boundary-value phase. FUZZ_EXAMPLES=n to change.
FUZZ_EXAMPLES ?= 100
fuzz: install
	TILEDB_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) TILEDB_FUZZ_COVERAGE=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests/fuzzing

test-fast: install
	$(BIN)/python -m pytest -q -x -p no:cacheprovider

# The demo needs the package with its testing and progress extras only, not the development tools
# (a fresh clone's `make demo` installs no linter, type checker or generator).
$(DEMO_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q hatchling
	$(BIN)/python -m pip install -q ".[testing,progress]"
	touch $@

demo: $(DEMO_STAMP)
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation --force-reinstall .
	$(BIN)/python scripts/demo.py

# Every benchmark: the API calls against the established client (tiledb-client 3.0b12, installed by
# bench/run.py into bench/.venvs/; writes bench/results.md, BENCH_ARGS=--quick for a smoke run),
# then the file transfers (make bench-files), tiledb:// through pyarrow and the CLI
# (make bench-datastack) and trees of small files with sync (bench/trees.py,
# TREES_BENCH_ARGS=--count 100 for a quick run; writes bench/trees-results.md).
BENCH_ARGS ?=
TREES_BENCH_ARGS ?=
# All four run even when one misses a target; the exit status says whether every one was met.
bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS); api=$$?; \
	$(BIN)/python bench/files.py $(FILES_BENCH_ARGS); transfers=$$?; \
	$(BIN)/python bench/datastack.py $(DATASTACK_BENCH_ARGS); datastack=$$?; \
	$(BIN)/python bench/trees.py $(TREES_BENCH_ARGS); trees=$$?; \
	exit $$(( api || transfers || datastack || trees ))

# File transfers: 1 GiB each way against bare http.client, and parallel parts; writes
# bench/files-results.md. FILES_BENCH_ARGS=--size-mib 64 for a quick run.
FILES_BENCH_ARGS ?=
bench-files: install
	$(BIN)/python bench/files.py $(FILES_BENCH_ARGS)

# tiledb:// through pyarrow (3 of 30 Parquet columns) and tiledb-client cp against files from Python;
# writes bench/datastack-results.md. DATASTACK_BENCH_ARGS=--quick for a smoke run.
DATASTACK_BENCH_ARGS ?=
bench-datastack: install
	$(BIN)/python bench/datastack.py $(DATASTACK_BENCH_ARGS)

# The docs extra (mkdocs, Material theme, mkdocstrings), installed when missing or when
# pyproject.toml changes. `make docs` builds the site; --strict turns every warning into an error.
$(DOCS_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install -q ".[docs]"
	touch $@

docs-deps: $(DOCS_STAMP)

docs: install $(DOCS_STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

clean:
	rm -rf $(VENV) .nox build dist site
