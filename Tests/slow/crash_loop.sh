#!/usr/bin/env bash
# SIGKILL at 100 random moments of a scripted session (ticks, own items, non-ASCII notes); after
# each kill the database is intact and nothing visible or older than the autosave is lost.
# CRASH_SEED=N replays a run; CRASH_KILLS=N changes the count. See crash_loop.py.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec python3 "$here/crash_loop.py" "${REKINDLE_BIN:-.build/debug/rekindle}" "$@"
