#!/usr/bin/env bash
# Terminal benchmarks: time to first frame (less, vim, rekindle) and keystroke latency.
#
#   Tests/bench/run_terminal_bench.sh [REKINDLE_BIN] [GUIDE] [-- extra pty_bench.py options]
#
# REKINDLE_BIN defaults to .build/release/rekindle (skipped with a message if it is not built);
# GUIDE defaults to the first Content/*.md or Content/*.txt. Takes well under 90 s.
# rekindle's command line and keys are wired through environment variables (defaults below),
# so they can be adjusted without editing this file:
#   REKINDLE_ARGS        arguments; {tmp} is a private directory, {guide} the guide copy
#   REKINDLE_READY       ready marker ending its first frame ('' = 150 ms quiet gap)
#   REKINDLE_NAV_SETUP / REKINDLE_NAV_KEYS     navigation test (default: '' / 'j*5 k*5')
#   REKINDLE_TICK_SETUP / REKINDLE_TICK_KEYS   ticking test (default: 'ENTER' / 'SPACE')
#   REKINDLE_TYPE_SETUP / REKINDLE_TYPE_KEYS   typing in the notes editor; runs only when
#                                              REKINDLE_TYPE_SETUP is set (e.g. 'TAB TAB i')
#   BENCH_RUNS (15), BENCH_KEYS (150), BENCH_JSON (.build/bench/terminal.json)
# Key scripts: see `python3 Tests/bench/pty_bench.py --help`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

bin="" guide="" n=0
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  n=$((n + 1))
  case $n in
    1) bin="$1" ;;
    2) guide="$1" ;;
    *) echo "run_terminal_bench: unexpected argument $1 (options for pty_bench.py go after --)" >&2; exit 2 ;;
  esac
  shift
done
[ "${1:-}" = "--" ] && shift
bin="${bin:-$root/.build/release/rekindle}"

if [ -z "$guide" ]; then
  for g in "$root"/Content/*.md "$root"/Content/*.txt; do
    [ -f "$g" ] && { guide="$g"; break; }
  done
fi
if [ -z "$guide" ] || [ ! -f "$guide" ]; then
  echo "run_terminal_bench: no guide file (pass one: $0 BIN GUIDE)" >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "run_terminal_bench: python3 is required" >&2; exit 2; }

latency=(
  --latency vim typing i a
  --latency less scroll '' 'j*30 k*30'
  --latency less page '' 'SPACE b'
  --latency rekindle nav "${REKINDLE_NAV_SETUP-}" "${REKINDLE_NAV_KEYS:-j*5 k*5}"
  --latency rekindle tick "${REKINDLE_TICK_SETUP-ENTER}" "${REKINDLE_TICK_KEYS:-SPACE}"
)
if [ -n "${REKINDLE_TYPE_SETUP:-}" ]; then
  latency+=(--latency rekindle typing "$REKINDLE_TYPE_SETUP" "${REKINDLE_TYPE_KEYS:-a}")
fi

default_args='--db {tmp}/rekindle.sqlite'
rekindle_args="${REKINDLE_ARGS-$default_args}"

exec python3 "$here/pty_bench.py" \
  --guide "$guide" \
  --rekindle "$bin" \
  --rekindle-args "$rekindle_args" \
  --ready "rekindle=${REKINDLE_READY-}" \
  --private-home \
  --size 120x40 \
  --runs "${BENCH_RUNS:-15}" \
  --key-count "${BENCH_KEYS:-150}" \
  --json "${BENCH_JSON:-$root/.build/bench/terminal.json}" \
  "${latency[@]}" \
  "$@"
