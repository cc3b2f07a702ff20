#!/usr/bin/env bash
# Keys that would do nothing say so, Enter in the guide pane ticks the item, and c jumps to the
# closing (issue 9, item 18).
set -euo pipefail
trap 'echo "keys_that_say_so.sh: failed at line $LINENO" >&2' ERR
source "$(dirname "$0")/lib/app.sh"

app_start 120 40
tmux_send 3
tmux_wait_for "Step 3 · Steps"
for n in 7 8 9; do
    tmux_send "$n"
    tmux_wait_for "There is no step $n — steps 1 to 6"
    tmux_wait_for "Step 3 · Steps"
done
step "7, 8 and 9 say there is no such step and stay on step 3"

tmux_send c
tmux_wait_for "Closing · Steps"
step "c jumps to the closing"

tmux_send 2 Enter
tmux_wait_for "Enter counter"
tmux_send Enter
tmux_wait_for "Cooling-off counter — Esc closes"
tmux_send Escape
sleep 0.3  # an Esc followed at once by a key reads as Alt and that key
step "on an item with a tool the status bar says what Enter opens, and Enter opens it"
tmux_send j j
tmux_wait_for "Space tick"
tmux_send Enter
tmux_wait_for "Checklist · 1 of 3 done"
tmux_wait_for "[x] Be Positive and Upbeat"
step "Enter in the guide pane ticks an item without a tool"
echo "keys_that_say_so.sh: passed"
