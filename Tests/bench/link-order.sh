#!/usr/bin/env bash
# Writes Sources/rekindle/link-order.txt: the functions a start runs, in the order lld lays them
# out in the release binary (Package.swift, --symbol-ordering-file). Code that runs together then
# sits on the same pages, so the first frame faults in fewer of them (resident memory, issue 15).
#
#   Tests/bench/link-order.sh [RELEASE_BIN] [GUIDE]
#
# Runs the app under callgrind in a tmux window of 120x40 on a new database (opened once before,
# so the measured start is a reopening, as in `make bench`), takes the functions of the first
# frame, then those of a few keys (a section switch, a tick, help) and the quit; then those of a
# sitting on the year-of-use database (rekindle-bench make-db, beside RELEASE_BIN): the rest of
# the workbook read after the first frame, the writer opened, typing in the 1 MB note and its
# autosave. Code a sitting runs is then packed together, not spread over pages that each hold a
# little of it (the 1 MB note's sitting had 10 MB of code resident). A stale list only costs
# memory: names that no longer exist are skipped, new functions go after the listed ones.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${1:-$root/.build/release/rekindle}"
guide="${2:-$root/Content/how-do-i-get-him-back.md}"
out="$root/Sources/rekindle/link-order.txt"
for tool in valgrind callgrind_control tmux strip python3; do
  command -v "$tool" >/dev/null || { echo "link-order: $tool is needed" >&2; exit 2; }
done
[ -x "$bin" ] || { echo "link-order: $bin is not built (make build)" >&2; exit 2; }
bench="$(dirname "$bin")/rekindle-bench"
[ -x "$bench" ] || { echo "link-order: $bench is not built (make bench builds it)" >&2; exit 2; }

work="$(mktemp -d)"
session="rekindle-link-order-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
# valgrind 3.19 cannot read the DWARF 5 of a release build; the symbols it needs stay.
strip -g -o "$work/rekindle" "$bin"
env_vars="HOME=$work XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config LC_ALL=C.UTF-8 TERM=xterm-256color"

# run COMMAND: in a detached tmux window; returns when the first frame's status bar is drawn.
run() {
  tmux new-session -d -s "$session" -x 120 -y 40 "cd '$root' && env $env_vars $1"
  for _ in $(seq 1 120); do
    sleep 0.5
    tmux capture-pane -p -t "$session" 2>/dev/null | grep -q support && return 0
  done
  echo "link-order: no first frame within 60 s" >&2; exit 1
}
finish() { # quits the app and waits for its window to close
  tmux send-keys -t "$session" q
  for _ in $(seq 1 60); do tmux has-session -t "$session" 2>/dev/null || return 0; sleep 0.5; done
  echo "link-order: the app did not quit" >&2; exit 1
}

app_args="--db $work/rekindle.sqlite --guide $guide"
run "$work/rekindle $app_args"
finish
run "valgrind --tool=callgrind --demangle=no --callgrind-out-file=$work/cg.out $work/rekindle $app_args 2>$work/valgrind.log"
callgrind_control -d >/dev/null 2>&1  # cg.out.1: everything up to the first frame
for key in j k l Space Space '?' Escape h; do
  tmux send-keys -t "$session" "$key"
  sleep 1
done
finish

# The sitting on the year-of-use database: step 1's notes, typed into until they autosave.
"$bench" make-db "$work/large.sqlite" --guide "$guide" >/dev/null
large_args="--db $work/large.sqlite --guide $guide"
run "valgrind --tool=callgrind --demangle=no --callgrind-out-file=$work/large.out $work/rekindle $large_args 2>$work/valgrind-large.log"
sleep 5  # the rest of the workbook and the writer, read once the first frame is up
for key in 1 h h l l i a b c Space d e; do
  tmux send-keys -t "$session" "$key"
  sleep 1
done
sleep 8  # the autosave
tmux send-keys -t "$session" Escape
sleep 1
finish

# lld orders every section that defines a listed name. A name defined more than once (a local
# helper like objectdestroyTm, in hundreds of objects) would pull all of them, and whole libraries
# built without one section per function with them, into the hot code: such names are left out.
# (Naming functions by the instruction addresses callgrind ran instead, mapped to the binary's
# own symbols, came out 0.3 MB worse resident: measured, see the README's performance section.)
nm --defined-only "$bin" | awk '$2 ~ /^[tTwW]$/ { print $3 }' | sort | uniq -d >"$work/ambiguous"
python3 - "$work/ambiguous" "$work/cg.out.1" "$work/cg.out" "$work/large.out" "$out" <<'PY'
import re, sys
ambiguous, *profiles, out = sys.argv[1:]
seen, names = set(open(ambiguous).read().split()), []
for profile in profiles:
    ids = {}
    for line in open(profile, errors="replace"):
        m = re.match(r"c?fn=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
        if not m or not m.group(2) or m.group(1) in ids:
            continue
        ids[m.group(1)] = True
        name = re.sub(r"'\d+$", "", m.group(2))  # callgrind's recursion-depth suffix
        if name.startswith("0x") or name in seen:
            continue
        seen.add(name)
        names.append(name)
open(out, "w").write("\n".join(names) + "\n")
print(f"link-order: {len(names)} functions written to {out}")
PY
