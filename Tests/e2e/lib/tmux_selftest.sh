#!/usr/bin/env bash
# Checks the tmux helpers themselves, with bash standing in for rekindle.
# Run: bash Tests/e2e/lib/tmux_selftest.sh
set -euo pipefail
source "$(dirname "$0")/tmux.sh"

fail() { echo "FAIL: $1" >&2; exit 1; }

tmux_start 50 12 "bash --norc --noprofile"
tmux_type 'PS1="> "; echo "size=$(tput cols)x$(tput lines) term=$TERM"'
tmux_send Enter
tmux_wait_for "size=50x12 term=tmux-256color"

tmux_type 'read -r line; echo "got[$line]"'
tmux_send Enter
tmux_paste 'pasted é漢'
tmux_send Enter
tmux_wait_for "got[pasted é漢]"

tmux_resize 30 8
tmux_type 'clear; echo "now=$(tput cols)x$(tput lines)"'
tmux_send Enter
tmux_wait_for "now=30x8"
tmux_wait_gone "got["

TMUX_TIMEOUT=1
if tmux_wait_for "never on screen" 2>/dev/null; then fail "tmux_wait_for should time out"; fi
TMUX_TIMEOUT=10

tmux_type 'exit 7'
tmux_send Enter
status=$(tmux_wait_exit)
[ "$status" = 7 ] || fail "exit status was '$status', expected 7"

tmux_start 20 5 "sleep 30"
kill -TERM "$(tmux_pane_pid)"
status=$(tmux_wait_exit)
[ "$status" = 143 ] || fail "status after SIGTERM was '$status', expected 143"

echo "tmux helper self-test: 1 passed, 0 failed"
