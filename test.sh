#!/usr/bin/env bash
# Run the whole test suite (unit, SQLite + PostgreSQL, GUI offscreen and under Xvfb, architecture).
# Extra arguments go to pytest, e.g.  ./test.sh -k intake
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
"$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
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
