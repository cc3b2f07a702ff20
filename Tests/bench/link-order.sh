#!/usr/bin/env bash
# Writes Sources/rekindle/link-order.txt: the functions a start runs, in the order lld lays them
# out in the release binary (Package.swift, --symbol-ordering-file). Code that runs together then
# sits on the same pages, so the first frame faults in fewer of them (resident memory, issue 15).
#
#   Tests/bench/link-order.sh [RELEASE_BIN] [GUIDE]
#
# Runs the app under callgrind in a tmux window of 120x40 on a new database (opened once before,
# so the measured start is a reopening, as in `make bench`), takes the functions of the first
# frame, then those of a few keys (a section switch, a tick, help) and the quit. A stale list only
# costs memory: names that no longer exist are skipped, new functions go after the listed ones.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${1:-$root/.build/release/rekindle}"
guide="${2:-$root/Content/how-do-i-get-him-back.md}"
out="$root/Sources/rekindle/link-order.txt"
for tool in valgrind callgrind_control tmux strip python3; do
  command -v "$tool" >/dev/null || { echo "link-order: $tool is needed" >&2; exit 2; }
done
[ -x "$bin" ] || { echo "link-order: $bin is not built (make build)" >&2; exit 2; }

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

python3 - "$work/cg.out.1" "$work/cg.out" "$out" <<'PY'
import re, sys
*profiles, out = sys.argv[1:]
seen, names = set(), []
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
