#!/usr/bin/env bash
# Start LabDesk. First start: a SQLite database in the user data folder, filled with demo data.
# Arguments pass through, e.g.  ./start.sh --db postgresql://postgres@127.0.0.1:5432/labdesk
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
"$ROOT/scripts/bootstrap.sh"
exec "$ROOT/.venv/bin/labdesk" "$@"
