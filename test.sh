#!/usr/bin/env bash
# Run ruff, mypy and the whole test suite (unit, SQLite + PostgreSQL, GUI offscreen and under Xvfb, architecture).
# Extra arguments go to pytest, e.g.  ./test.sh -k intake
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
"$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
# Lint and type-check first (settings in pyproject.toml; caches in the git-ignored .ruff_cache and
# .mypy_cache): any finding fails the run. The import-linter contracts run in tests/test_architecture.py.
"$ROOT/.venv/bin/ruff" check --quiet .
"$ROOT/.venv/bin/mypy"
export QT_QPA_PLATFORM=offscreen
set +e
"$ROOT/.venv/bin/python" -m pytest -p no:cacheprovider "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "test.sh: pytest collected no tests" >&2
  exit 1
fi
exit "$status"
