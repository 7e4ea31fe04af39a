#!/usr/bin/env bash
# The JS unit tests (`node --test tests/js/`, the same as `npm test`), closed with one
# pytest-style count line ("30 passed, 0 failed") that scripts/run-tests.sh puts in its summary.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT
node --test tests/js/ 2>&1 | tee "$out"
code=${PIPESTATUS[0]}
pass=$(sed -n 's/^# pass //p' "$out" | tail -n1)
fail=$(sed -n 's/^# fail //p' "$out" | tail -n1)
echo "node --test: ${pass:-0} passed, ${fail:-0} failed"
exit "$code"
