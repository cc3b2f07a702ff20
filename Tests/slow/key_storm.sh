#!/usr/bin/env bash
# Thousands of random keys and resizes (1x1 to 300x100) in tmux; the app never dies and every
# sampled frame is clean (no control characters, no line wider than the pane, cursor inside).
# STORM_SEED=N replays a run; STORM_KEYS=N changes the count. See key_storm.py.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec python3 "$here/key_storm.py" "${REKINDLE_BIN:-.build/debug/rekindle}" "$@"
