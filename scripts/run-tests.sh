#!/usr/bin/env bash
# The test suites behind `make test`, in order, stopping at the first failure:
#   1. lint: ruff and mypy over the Python (configured in pyproject.toml)
#   2. eslint on web/                   (npm run lint)
#   3. the JS unit tests in tests/js    (node --test, via scripts/node-tests.sh)
#   4. tests/unit on CPython            (.venv/bin/pytest)
#   5. tests/unit again inside Pyodide  (node tests/pyodide/run.mjs, plus tests/pyodide)
#   6. tests/e2e in Chromium            (.venv/bin/pytest; skipped while tests/e2e does not exist)
# A suite whose folder does not exist yet is reported as skipped; an existing folder that
# collects no tests fails (pytest exit code 5), as it would hide a broken conftest.
# Each suite is killed after $SUITE_TIMEOUT seconds (default 1800) so that a hung test fails CI
# instead of stalling it. Prints one summary line at the end. Expects `make install` to have run.
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT
summary=()
started=$SECONDS
SUITE_TIMEOUT=${SUITE_TIMEOUT:-1800}

finish() {
    local verdict=$1
    echo
    local joined
    joined=$(printf '%s; ' "${summary[@]}")
    echo "make test: ${verdict} in $((SECONDS - started)) s -- ${joined%; }"
}

# suite NAME DIR COMMAND...: run COMMAND when DIR exists, record pytest's closing line.
suite() {
    local name=$1 dir=$2
    shift 2
    if [ ! -d "$dir" ]; then
        echo "== ${name}: skipped, ${dir}/ does not exist yet"
        summary+=("${name}: skipped (no ${dir}/)")
        return 0
    fi
    echo "== ${name}: $*"
    local t0=$SECONDS code=0
    timeout --foreground --kill-after=30 "$SUITE_TIMEOUT" "$@" 2>&1 | tee "$log" || code=$?
    local last
    last=$( (grep -E '(passed|failed|error|skipped|no tests ran)' "$log" || true) \
        | (grep -v '^\[pyodide\]' || true) | tail -n1 | sed -E 's/^=+ //; s/ =+$//')
    summary+=("${name}: ${last:-exit ${code}} ($((SECONDS - t0)) s)")
    if [ "$code" -ne 0 ]; then
        if [ "$code" -eq 124 ]; then
            echo "!! ${name}: timed out after ${SUITE_TIMEOUT} s"
        elif [ "$code" -eq 5 ]; then
            echo "!! ${name}: ${dir}/ exists but collected no tests (pytest exit code 5)"
        fi
        finish "FAILED at ${name} (exit ${code})"
        exit "$code"
    fi
}

# Lint first: it takes seconds and names the line.
suite "lint/Python" py bash -c '.venv/bin/ruff check py tests bench scripts && .venv/bin/mypy'
suite "lint/JS" web bash -c 'npm run --silent lint && echo "eslint: no problems, passed"'
suite "unit/JS" tests/js bash scripts/node-tests.sh
suite "unit/CPython" tests/unit .venv/bin/pytest tests/unit -q
suite "unit/Pyodide" tests/pyodide node tests/pyodide/run.mjs
# `make test` installs Chromium first, so here a missing browser fails the suite, not skips it.
WASMLIT_REQUIRE_CHROMIUM=1 WASMLIT_REQUIRE_ST167=1 suite "e2e/Chromium" tests/e2e .venv/bin/pytest tests/e2e -q
finish "OK"
