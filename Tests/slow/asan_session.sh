#!/usr/bin/env bash
# One scripted session (browse, tick, add an item, write notes, search, resize, quit) with the app
# built under AddressSanitizer into .build-asan. Fails on any ASan report.
# Building takes minutes the first time, so this runs only with REKINDLE_ASAN=1 (or when
# .build-asan/debug/rekindle already exists); otherwise it says it was skipped.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
asan_bin=$root/.build-asan/debug/rekindle
if [ "${REKINDLE_ASAN:-0}" = 1 ]; then
    (cd "$root" && swift build --product rekindle -Xswiftc -sanitize=address --scratch-path .build-asan >/dev/null)
elif [ ! -x "$asan_bin" ]; then
    echo "asan_session.sh: skipped (REKINDLE_ASAN=1 builds the app with AddressSanitizer and runs it)"
    exit 0
fi
source "$root/Tests/e2e/lib/tmux.sh"
work=$(mktemp -d)
trap 'tmux_cleanup; rm -rf "$work"' EXIT
export REKINDLE_DB=$work/rekindle.sqlite
log=$work/asan
tmux_start 120 40 "ASAN_OPTIONS=detect_leaks=${ASAN_LEAKS:-0}:log_path=$log:abort_on_error=0 REKINDLE_DB=$REKINDLE_DB $asan_bin"
TMUX_TIMEOUT=30 tmux_wait_for "╭ Steps"
tmux_send 2 Enter
tmux_wait_for "Checklist · 0 of 3 done"
tmux_send Space
tmux_wait_for "Checklist · 1 of 3 done"
tmux_send a
tmux_type "mein Punkt — 項目 🌱"
tmux_send Enter
tmux_wait_for "✎ mein Punkt"
tmux_send Tab i
tmux_wait_for "Esc done"
note="notes under ASan: 心 👩‍❤️‍👨 e$(printf '\u0301') ok"
tmux_type "$note"
tmux_paste "pasted\nlines"
tmux_send Escape
tmux_wait_gone "Esc done"
tmux_resize 30 10; sleep 0.3; tmux_resize 1 1; sleep 0.3; tmux_resize 200 60
tmux_send /
tmux_type "ASan"
tmux_send Enter
sleep 0.3
tmux_send Escape
sleep 0.2
tmux_send '?'
sleep 0.3
tmux_send Escape
sleep 0.2
tmux_send q
status=$(TMUX_TIMEOUT=30 tmux_wait_exit)
if ls "$log".* >/dev/null 2>&1; then
    echo "asan_session.sh: AddressSanitizer reported:" >&2
    cat "$log".* >&2
    exit 1
fi
[ "$status" = 0 ] || { echo "asan_session.sh: the app exited with $status" >&2; exit 1; }
stored=$(ASAN_OPTIONS=detect_leaks=0 "$asan_bin" note 2 | head -1)
[ "$stored" = "${note}pasted" ] || { echo "asan_session.sh: note 2 reads '$stored'" >&2; exit 1; }
echo "asan_session.sh: passed (no AddressSanitizer reports)"
