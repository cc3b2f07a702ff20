#!/usr/bin/env bash
# Instruction count (Ir) of `rekindle-bench session --fixed` under callgrind, compared with the
# figure kept in Tests/bench/callgrind-baseline.txt. Deterministic enough (±1%) to show a
# regression; not a timing.
#
#   Tests/bench/callgrind.sh BENCH_BIN LARGE_DB GUIDE [--update-baseline]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bench="$1" db="$2" guide="$3"
baseline_file="$here/callgrind-baseline.txt"
command -v valgrind >/dev/null || { echo "== callgrind: SKIPPED (valgrind is not installed)"; exit 0; }
out="$(dirname "$db")/callgrind.out"
log="$(dirname "$db")/callgrind.log"
t0=$SECONDS
valgrind --tool=callgrind --callgrind-out-file="$out" "$bench" session --fixed --db "$db" --guide "$guide" >"$log" 2>&1 || {
  echo "== callgrind: FAILED, see $log"; tail -5 "$log"; exit 0; }
ir=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$log" | tail -1)
baseline=$(grep -v '^#' "$baseline_file" 2>/dev/null | grep -o '^[0-9]\+' | head -1 || true)
if [ -n "$baseline" ]; then
  delta=$(awk -v a="$ir" -v b="$baseline" 'BEGIN { printf "%+.1f%%", (a - b) * 100 / b }')
  echo "== callgrind: session --fixed: $ir Ir  (baseline $baseline, $delta)  [$((SECONDS - t0)) s; profile: callgrind_annotate $out]"
else
  echo "== callgrind: session --fixed: $ir Ir  (no baseline in $baseline_file)  [$((SECONDS - t0)) s]"
fi
if [ "${4:-}" = "--update-baseline" ]; then
  { echo "# Ir of 'rekindle-bench session --fixed' on the make-db fixture (Tests/bench/callgrind.sh)."
    echo "# Update with: Tests/bench/callgrind.sh .build/release/rekindle-bench .build/bench/large.sqlite Content/how-do-i-get-him-back.md --update-baseline"
    echo "$ir"; } >"$baseline_file"
  echo "   baseline updated: $baseline_file"
fi
