# wasmlit developer entry points. `make install` is idempotent and cheap when nothing changed;
# CI runs `bash .ci/run`, which is `make test` in a fresh clone.
SHELL := /bin/bash
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
WHEELS := .cache/wheels

# Stamps: each records that a step ran after its inputs last changed.
PIP_STAMP := $(VENV)/.wasmlit-dev-installed
# npm writes node_modules/.package-lock.json on every install, so it is newer than
# package-lock.json exactly when node_modules matches the lockfile.
NPM_STAMP := node_modules/.package-lock.json
WHEELS_STAMP := $(WHEELS)/.downloaded
STANDIN := .cache/pyodide-standin
STANDIN_STAMP := $(STANDIN)/.downloaded
# Wheels for the host Python (pytest-playwright and what it needs): tests/e2e/test_plugin.py
# installs wasmlit and them into a fresh venv, offline, as a user would.
HOST_WHEELS := .cache/host-wheels
HOST_WHEELS_STAMP := $(HOST_WHEELS)/.downloaded
# Third-party custom component packages from PyPI (pure Python with a built frontend) for
# tests/e2e/test_components.py, so their sites build offline (scripts/component-wheels.txt).
COMPONENT_WHEELS := .cache/component-wheels
COMPONENT_WHEELS_STAMP := $(COMPONENT_WHEELS)/.downloaded
WEB_STAMP := .cache/web-build.stamp
# Real Streamlit 1.67 in a venv of its own: the oracle of the differential harness
# (tests/e2e/diff), never imported by wasmlit.
ST167 := .cache/st167
ST167_STAMP := $(ST167)/.wasmlit-installed
WEB_OUT := py/wasmlit/_web

# What `npm run build` reads (see vite.config.js): web/, the config, the lockfiles, node_modules
# (pyodide) and the micropip wheel from .cache/wheels; scripts/compile-pyc.mjs also compiles
# the wasmlit package to bytecode. A missing output forces a rebuild.
WEB_INPUTS := $(shell find web -type f 2>/dev/null) \
	$(wildcard vite.config.js package.json package-lock.json scripts/compile-pyc.mjs) \
	$(shell find py/wasmlit -name '*.py' -not -path '*/_web/*' 2>/dev/null)
WEB_FORCE := $(if $(wildcard $(WEB_OUT)),,FORCE)

.PHONY: help install build test demo bench clean distclean chromium FORCE

help:
	@echo "make install   venv + pip install -e '.[dev]', npm ci, Pyodide wheels, web build, Streamlit 1.67 oracle, Debian's chromium"
	@echo "make test      eslint and JS unit tests, unit tests (CPython, then Pyodide under Node), then e2e (Chromium)"
	@echo "make demo      serve the demo gallery on http://127.0.0.1:8000"
	@echo "make bench     run bench/run.py"
	@echo "make build     force the web build (npm run build)"
	@echo "make clean     remove build outputs and caches; distclean also .venv and node_modules"

install: $(PIP_STAMP) $(NPM_STAMP) $(WHEELS_STAMP) $(HOST_WHEELS_STAMP) $(STANDIN_STAMP) $(COMPONENT_WHEELS_STAMP) $(WEB_STAMP) $(ST167_STAMP) chromium
	@test -x $(VENV)/bin/wasmlit || { echo "install: $(VENV)/bin/wasmlit is missing" >&2; exit 1; }

$(PY):
	python3 -m venv $(VENV)

$(PIP_STAMP): pyproject.toml | $(PY)
	$(PIP) install -q -e '.[dev]'
	touch $@

$(NPM_STAMP): package-lock.json package.json
	npm ci --no-audit --no-fund
	touch $@

# Pure-Python wheels for Pyodide (Python 3.14): pytest and its dependencies for
# tests/pyodide/run.mjs, micropip for the site. Pinned in scripts/pyodide-wheels.txt.
$(WHEELS_STAMP): scripts/pyodide-wheels.txt | $(PIP_STAMP)
	rm -rf $(WHEELS)
	mkdir -p $(WHEELS)
	$(PIP) download -q --no-deps --only-binary=:all: --python-version 3.14 \
		--implementation py --abi none --platform any -d $(WHEELS) -r $<
	touch $@

# Browser wheels (pydantic, pydantic-core, narwhals... for Pyodide 314) standing in for Pyodide's CDN in
# the e2e tests and bench/ (scripts/pyodide-standin.txt).
$(STANDIN_STAMP): scripts/pyodide-standin.txt | $(PIP_STAMP)
	rm -rf $(STANDIN)
	mkdir -p $(STANDIN)
	$(PIP) download -q --no-deps --only-binary=:all: --python-version 3.14 \
		--implementation cp --abi cp314 --platform pyemscripten_2026_0_wasm32 \
		-d $(STANDIN) -r $<
	touch $@

$(HOST_WHEELS_STAMP): scripts/host-wheels.txt | $(PIP_STAMP)
	rm -rf $(HOST_WHEELS)
	mkdir -p $(HOST_WHEELS)
	$(PIP) download -q --only-binary=:all: -d $(HOST_WHEELS) -r $<
	touch $@

$(COMPONENT_WHEELS_STAMP): scripts/component-wheels.txt | $(PIP_STAMP)
	rm -rf $(COMPONENT_WHEELS)
	mkdir -p $(COMPONENT_WHEELS)
	$(PIP) download -q --no-deps --only-binary=:all: --python-version 3.14 \
		--implementation py --abi none --platform any -d $(COMPONENT_WHEELS) -r $<
	touch $@

$(ST167_STAMP):
	test -x $(ST167)/bin/python || python3 -m venv $(ST167)
	$(ST167)/bin/pip install -q streamlit==1.67.0 plotly==7.1.0 streamlit-pdf==2.1.0
	touch $@

$(WEB_STAMP): $(WEB_INPUTS) $(NPM_STAMP) $(WHEELS_STAMP) $(WEB_FORCE)
	npm run build
	@mkdir -p $(@D)
	touch $@

build: $(NPM_STAMP) $(WHEELS_STAMP)
	npm run build
	@mkdir -p $(dir $(WEB_STAMP))
	touch $(WEB_STAMP)

FORCE:

chromium:
	@test -x /usr/bin/chromium || bash scripts/install-chromium.sh

test: install
	bash scripts/run-tests.sh

demo: install
	$(VENV)/bin/wasmlit demo --port 8000

bench: install
	@if [ -f bench/run.py ]; then \
		$(PY) bench/run.py; \
	else \
		echo "bench: no benchmarks yet (bench/run.py does not exist)"; \
		exit 1; \
	fi

clean:
	rm -rf $(WEB_OUT) .cache build dist py/*.egg-info .pytest_cache .mypy_cache .ruff_cache test-results
	find py tests -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) node_modules
