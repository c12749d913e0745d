#!/usr/bin/env bash
# Create or update .venv from uv.lock. Needs only Python 3.11+ (with venv) on the machine.
# Sourced by ./start.sh and ./test.sh; safe to run again (a no-op when up to date).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${LABDESK_PYTHON:-python3}"
"$PYTHON" - <<'PY' || { echo "LabDesk needs Python 3.11 or 3.12 (set LABDESK_PYTHON)" >&2; exit 1; }
import sys
sys.exit(0 if (3, 11) <= sys.version_info[:2] < (3, 13) else 1)
PY
UV="$(command -v uv || true)"
if [ -z "$UV" ]; then
  if [ ! -x "$ROOT/.bootstrap/bin/uv" ]; then
    echo "[labdesk] installing uv into .bootstrap/ (first run only)" >&2
    "$PYTHON" -m venv "$ROOT/.bootstrap"
    "$ROOT/.bootstrap/bin/python" -m pip install --quiet --disable-pip-version-check "uv==0.13.9"
  fi
  UV="$ROOT/.bootstrap/bin/uv"
fi
# system certificate store: works behind TLS-inspecting proxies too
export UV_PYTHON_DOWNLOADS=never UV_PROJECT_ENVIRONMENT="$ROOT/.venv" UV_NATIVE_TLS=1
# bytecode: compile the environment once per lock change (a first start would otherwise compile
# ~300 modules: 1.7 s instead of 0.6 s, issue 18), and LabDesk's own modules whenever they changed
STAMP="$ROOT/.venv/.labdesk-bytecode"
COMPILE=()
if [ ! -f "$STAMP" ] || [ "$ROOT/uv.lock" -nt "$STAMP" ]; then
  COMPILE=(--compile-bytecode)
fi
if [ -x "$ROOT/.venv/bin/python" ]; then
  "$UV" sync --locked --quiet --project "$ROOT" "${COMPILE[@]}"   # keep the existing environment's interpreter
else
  "$UV" sync --locked --quiet --project "$ROOT" --python "$(command -v "$PYTHON")" "${COMPILE[@]}"
fi
[ ${#COMPILE[@]} -eq 0 ] || touch "$STAMP"
"$ROOT/.venv/bin/python" -m compileall -q -j 0 "$ROOT/labdesk" >/dev/null || true
