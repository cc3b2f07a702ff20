#!/usr/bin/env bash
# u undoes only the shown section's checklist changes, says which item it undid, and in the notes
# pane says how notes are undone instead of undoing a checklist change elsewhere (issue 9, item 7).
set -euo pipefail
trap 'echo "undo_where_you_are.sh: failed at line $LINENO" >&2' ERR
source "$(dirname "$0")/lib/app.sh"

app_start 120 40
tmux_send 2 Enter Space
tmux_wait_for "Checklist · 1 of 3 done"
tmux_send a
tmux_type "Call my sister"
tmux_send Enter
tmux_wait_for "✎ Call my sister"
tmux_send e
tmux_type " tonight"
tmux_send Enter
tmux_wait_for "✎ Call my sister tonight"
step "step 2: ticked Give It Time, added and reworded an item of my own"

tmux_send 1 l
tmux_wait_for "Step 1 · Notes"
tmux_send u
tmux_wait_for "Ctrl-Z"
tmux_wait_for "H history"
tmux_wait_for "Step 1 · Notes"
step "u in the notes pane says how notes are undone, and stays there"

tmux_send h
tmux_wait_for "Step 1 · Guide"
tmux_send u
tmux_wait_for "Nothing to undo in Step 1"
tmux_wait_for "Step 1 · Guide"
"$bin" status | grep -q "1/18\|1 of 18\|1/19\|1 of 19" || { "$bin" status; false; }
step "u in step 1 leaves step 2's changes alone"

tmux_send 2
tmux_wait_for "Step 2 · Guide"
tmux_send u
tmux_wait_for "Undid rename — back to “Call my sister”"
tmux_send u
tmux_wait_for "Undid: added “Call my sister”"
tmux_send u
tmux_wait_for "Undid: ticked “Give It Time”"
tmux_wait_for "Checklist · 0 of 3 done"
tmux_send C-r
tmux_wait_for "Redid: ticked “Give It Time”"
tmux_wait_for "Checklist · 1 of 3 done"
step "in step 2 each undo and redo names its item"
echo "undo_where_you_are.sh: passed"
