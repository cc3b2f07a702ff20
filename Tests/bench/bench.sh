#!/usr/bin/env bash
# `make bench`: every figure of the performance suite, in about 3-4 minutes on 2 cores.
#
#   Tests/bench/bench.sh            (expects release builds of rekindle and rekindle-bench)
#
# 1. the "year of use" database (rekindle-bench make-db; reused while rekindle-bench is unchanged)
# 2. headless figures: update+render+diff per key, ticks/s, 1 MB note save, peak memory
# 3. the pty harness: first frame (less, vim -u NONE, rekindle on a fresh and on the large
#    database) and keystroke latency (navigation, ticking, typing into the 1 MB note)
# 4. status, today and tick to their exit, and every figure of issue 15 against its goal
# 5. instruction counts under callgrind, against Tests/bench/callgrind-baseline.txt: a fixed session,
#    and one section switch and one typed character in the 1 MB note against their goals (issue 15)
#
# Environment: BENCH_RUNS (first-frame rounds, 10), BENCH_KEYS (keys per pty latency test, 150),
# BENCH_HEADLESS_KEYS (2000), BENCH_SKIP (space-separated: headless budget pty commands callgrind).
# Benchmarks print figures; nothing here fails on a slow machine.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin_dir="${BIN_DIR:-$root/.build/release}"
out="$root/.build/bench"
mkdir -p "$out"
skip=" ${BENCH_SKIP:-} "
guide="$root/Content/how-do-i-get-him-back.md"
bench="$bin_dir/rekindle-bench"
app="$bin_dir/rekindle"
for b in "$bench" "$app"; do
  [ -x "$b" ] || { echo "bench: $b is not built (make bench builds it)" >&2; exit 2; }
done
started=$SECONDS

echo "== machine: $(nproc) cores, $(uname -sr), $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
# How the binary is linked (a change of linking shows here): its size and what the loader maps.
# (ldd fails on a static executable, as the release app is: it prints why instead.)
echo "== $app: $(du -m "$app" | cut -f1) MB; $(file -b "$app" | cut -d, -f1,4); ldd:"
{ ldd "$app" 2>&1 || true; } | sed 's/ (0x[0-9a-f]*)//; s/^\s*/  /'

large="$out/large.sqlite"
if [ ! -f "$large" ] || [ "$bench" -nt "$large" ]; then
  "$bench" make-db "$large" --guide "$guide"
else
  echo "make-db: reusing $large ($(du -m "$large" | cut -f1) MB; delete it to regenerate)"
fi

if [[ "$skip" != *" headless "* ]]; then
  "$bench" headless --db "$large" --guide "$guide" --keys "${BENCH_HEADLESS_KEYS:-2000}"
  # The keys callgrind counts, painted by ncurses into /dev/null: time and peak memory (issue 15).
  "$bench" keys switch --db "$large" --guide "$guide"
  # The same keys after a person's pause each: what the caches going cold adds (callgrind.sh counts it).
  "$bench" keys switch --db "$large" --guide "$guide" --gap 30 --repeat 4
  "$bench" keys typing --db "$large" --guide "$guide"
fi

if [[ "$skip" != *" budget "* ]]; then
  "$bench" autosave-budget --guide "$guide"
fi

if [[ "$skip" != *" pty "* ]]; then
  # The first-frame subject on the large database opens a copy, so the fixture stays pristine.
  cp "$large" "$out/large-pty.sqlite"
  rm -f "$out/large-pty.sqlite-wal" "$out/large-pty.sqlite-shm"
  # Ready marker: a hint of the status bar (bottom row, drawn last in the first frame) that is kept
  # on every line length and database ("support"; "undo" gave way on the large database's longer
  # line, and two latency rows fell back to the quiet gap). The guide's text never says "support".
  ready="${REKINDLE_READY-support}"
  # Setups start with 'h h' (to the steps pane, which does not wrap): the app reopens where it was
  # last left, and a setup that assumed the steps pane ('1 l') landed in the notes pane after a
  # run that quit in the guide pane, so Space did nothing and half the keys got no answer.
  # The fresh guide's step 1 has three items: 'SPACE j SPACE k' keeps every key visible, where
  # 'SPACE j' stuck at the last item and half its keys drew nothing.
  # (No comment lines inside the continued command below: one would end it, and drop the variables.)
  REKINDLE_READY="$ready" \
  REKINDLE_ARGS="--db {tmp}/rekindle.sqlite --guide {guide}" \
  REKINDLE_NAV_SETUP="h h" REKINDLE_NAV_KEYS="j*6 k*6" \
  REKINDLE_TICK_SETUP="1 h h l" REKINDLE_TICK_KEYS="SPACE j SPACE k" \
  BENCH_RUNS="${BENCH_RUNS:-10}" BENCH_JSON="$out/terminal.json" \
  bash "$here/run_terminal_bench.sh" "$app" "$guide" -- \
    --subject "rekindle-large=$app --db $out/large-pty.sqlite --guide {guide}" \
    --ready "rekindle-large=$ready" --quit "rekindle-large=C-c" --quit "rekindle=q" \
    --expect "rekindle=How Do I Get Him Back" --expect "rekindle-large=How Do I Get Him Back" \
    --subjects less,vim,rekindle,rekindle-large \
    --latency rekindle-large nav '1 h h' 'j*6 k*6' \
    --latency rekindle-large scroll '1 h h l' 'j*20 k*20' \
    --latency rekindle-large tick '1 h h l' 'SPACE j' \
    --latency rekindle-large typing '1 h h l l i' 'a b c \x20 d e' \
    --latency vim paging '' 'C-f C-b' \
    --pair rekindle nav 'h h' 'j*6 k*6' vim paging '' 'C-f C-b' \
    --pair rekindle-large nav '1 h h' 'j*6 k*6' vim paging '' 'C-f C-b'
  # Issue 15: a section switch no slower than vim's paging (p50; p99 printed, not a goal), judged on
  # the pairs, whose keys went in turns with vim's; the tests run one after the other are shown beside.
  python3 - "$out/terminal.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))
apart = {(e["subject"], e["label"]): e for e in results.get("latency", [])}
for mine, vim in results.get("pairs", []):
    if "p50_ms" not in mine or "p50_ms" not in vim:
        continue
    ratio = mine["p50_ms"] / vim["p50_ms"]
    alone, vim_alone = apart.get((mine["subject"], mine["label"]), {}), apart.get(("vim", "paging"), {})
    beside = (f"; run apart {alone['p50_ms']:.2f} vs {vim_alone['p50_ms']:.2f} ms = "
              f"{alone['p50_ms'] / vim_alone['p50_ms']:.2f}x" if "p50_ms" in alone and "p50_ms" in vim_alone else "")
    print(f"== key p50, {mine['subject']} section switch {mine['p50_ms']:.2f} ms (p99 {mine['p99_ms']:.2f}) vs vim "
          f"paging {vim['p50_ms']:.2f} ms (p99 {vim['p99_ms']:.2f}), keys in turns: {ratio:.2f}x  (goal: no slower, "
          f"1.00x) " + ("met" if ratio <= 1 else "NOT met") + beside)
PY
fi

if [[ "$skip" != *" pty "* ]] && [[ "$skip" != *" commands "* ]]; then
  # status, today and tick (untick) to their exit, against the first frames just measured.
  python3 "$here/command_start.py" "$app" "$guide" "$large" "$out/terminal.json" --runs "${BENCH_RUNS:-10}"
fi

if [[ "$skip" != *" callgrind "* ]]; then
  "$here/callgrind.sh" "$bench" "$large" "$guide"
fi
echo "(bench finished in $((SECONDS - started)) s)"
