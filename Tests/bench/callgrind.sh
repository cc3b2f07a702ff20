#!/usr/bin/env bash
# Instruction counts (Ir) under callgrind, compared with the figures kept in
# Tests/bench/callgrind-baseline.txt. Deterministic enough (±1%) to show a regression; not a timing.
#   - `rekindle-bench session --fixed`: a short fixed session, opening the database included;
#   - `rekindle-bench keys switch|typing`: one section switch (j/k in the steps pane) and one typed
#     character in the 1 MB note, each a key handled, rendered and painted by ncurses into
#     /dev/null, counted alone (--toggle-collect) and printed against issue 15's goals.
#
#   Tests/bench/callgrind.sh BENCH_BIN LARGE_DB GUIDE [--update-baseline]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bench="$1" db="$2" guide="$3" update="${4:-}"
baseline_file="$here/callgrind-baseline.txt"
command -v valgrind >/dev/null || { echo "== callgrind: SKIPPED (valgrind is not installed)"; exit 0; }
dir="$(dirname "$db")"
# valgrind 3.19 gives up on the DWARF 5 of a Swift release build ("Possibly corrupted debuginfo
# file"); without it the symbols are still there, and instructions do not depend on debug info.
stripped="$dir/rekindle-bench.callgrind"
strip -g -o "$stripped" "$bench"

# collected LABEL ARGS...: runs the bench under callgrind and prints the Ir it collected.
collected() {
  local label="$1"; shift
  local log="$dir/callgrind-$label.log"
  valgrind --tool=callgrind --callgrind-out-file="$dir/callgrind-$label.out" "$@" >"$log" 2>&1 || {
    echo "== callgrind: $label FAILED, see $log" >&2; tail -5 "$log" >&2; return 1; }
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$log" | tail -1
}
baseline() { grep -v '^#' "$baseline_file" 2>/dev/null | awk -v k="$1" '$1 == k { print $2 }' | head -1; }
versus() { # versus NEW OLD
  [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { printf "baseline %d, %+.1f%%", b, (a - b) * 100 / b }' || echo "no baseline"
}

t0=$SECONDS
ir=$(collected session "$stripped" session --fixed --db "$db" --guide "$guide") || exit 0
echo "== callgrind: session --fixed: $ir Ir  ($(versus "$ir" "$(baseline session)"))  [$((SECONDS - t0)) s; profile: callgrind_annotate $dir/callgrind-session.out]"

per_key=()
for scenario in switch typing; do
  total=$(collected "$scenario" --toggle-collect='*measuredKeystroke*' "$stripped" keys "$scenario" --db "$db" --guide "$guide") || exit 0
  count=$(sed -n 's/.*measured \([0-9]*\) keys.*/\1/p' "$dir/callgrind-$scenario.log" | tail -1)
  per_key+=("$scenario $((total / count))")
done
goal_of() { [ "$1" = switch ] && echo 1000000 || echo 300000; }
name_of() { [ "$1" = switch ] && echo "section switch (j/k, steps pane)" || echo "typed character, 1 MB note"; }
for entry in "${per_key[@]}"; do
  set -- $entry
  goal=$(goal_of "$1")
  verdict=$([ "$2" -le "$goal" ] && echo met || echo "NOT met")
  printf '== callgrind: %-34s %10d Ir a key  (goal %d: %s; %s)\n' "$(name_of "$1")" "$2" "$goal" "$verdict" \
    "$(versus "$2" "$(baseline "$1")")"
done
echo "   profiles: callgrind_annotate --inclusive=yes $dir/callgrind-{switch,typing}.out"

# A switch after a person's pause costs several times what it costs back to back: the code and
# data it touches have left the caches (Tests/bench/README.md). Lines fetched from beyond L2 count
# that, without a clock: the caches of this machine's cores simulated (L1i 32 KB, L1d 48 KB, L2
# 1 MB), and 8 MB written before each key to empty them, as idling does.
cold_log="$dir/callgrind-cold-switch.log"
if valgrind --tool=callgrind --cache-sim=yes --I1=32768,8,64 --D1=49152,12,64 --LL=1048576,16,64 \
     --toggle-collect='*measuredKeystroke*' --callgrind-out-file="$dir/callgrind-cold-switch.out" \
     "$stripped" keys switch --evict --db "$db" --guide "$guide" >"$cold_log" 2>&1; then
  count=$(sed -n 's/.*measured \([0-9]*\) keys.*/\1/p' "$cold_log" | tail -1)
  misses() { sed -n "s/.*$1 misses: *\([0-9,]*\).*/\1/p" "$cold_log" | tail -1 | tr -d ,; }
  code=$(( $(misses LLi) / count )) data=$(( $(misses LLd) / count ))
  cold=$((code + data))
  printf '== callgrind: %-34s %10d lines a key from beyond L2 (code %d, data %d; %s)\n' "cold section switch" \
    "$cold" "$code" "$data" "$(versus "$cold" "$(baseline cold-switch)")"
else
  echo "== callgrind: cold switch FAILED, see $cold_log" >&2
fi

if [ "$update" = "--update-baseline" ]; then
  { echo "# Ir under callgrind on the make-db fixture (Tests/bench/callgrind.sh): the fixed session, then one"
    echo "# section switch and one typed character in the 1 MB note (per key); then the cache lines a"
    echo "# switch fetches from beyond L2 when the caches were emptied before it (cold-switch)."
    echo "# Update with: Tests/bench/callgrind.sh .build/release/rekindle-bench .build/bench/large.sqlite Content/how-do-i-get-him-back.md --update-baseline"
    echo "session $ir"
    for entry in "${per_key[@]}"; do echo "$entry"; done
    [ -n "${cold:-}" ] && echo "cold-switch $cold"; } >"$baseline_file"
  echo "   baseline updated: $baseline_file"
fi
