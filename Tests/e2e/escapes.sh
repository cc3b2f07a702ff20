#!/usr/bin/env bash
# Escape sequences in a guide file and in notes never reach the terminal (see escapes.py).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec python3 "$here/escapes.py" "${REKINDLE_BIN:-.build/debug/rekindle}"
