#!/usr/bin/env bash
# Scrolled panes and overlays say there is more above or below; help lists the current pane's
# keys first and g/G jump in it; at 40x12 the status bar still shows "? help" (issue 9, item 14).
set -euo pipefail
trap 'echo "more_markers_and_help.sh: failed at line $LINENO" >&2' ERR
source "$(dirname "$0")/lib/app.sh"
# How many screen rows show TEXT.
count() { tmux_screen | grep -cF -- "$1" || true; }

app_start 80 24
tmux_send 1 Enter
tmux_wait_for "Step 1 · Guide"
tmux_wait_for "↓ more"
[ "$(count "↑ more")" = 0 ]
tmux_send G
tmux_wait_for "↑ more"
step "the guide pane marks more below, then more above"

tmux_send l i
for n in $(seq 1 12); do tmux_type "line $n"; tmux_send Enter; done
tmux_send Escape
# Before the next key: ESC and a key sent together read as Alt-key.
tmux_wait_gone "Esc done"
tmux_wait_for "Step 1 · Notes"
tmux_send g
tmux_wait_for "line 1"
# The notes box is the bottom one: its top edge holds its title, its bottom edge is above the status bar.
notes_top() { tmux_screen | grep -F "╭ Notes"; }
notes_bottom() { tmux_screen | tail -n 2 | head -n 1; }
notes_bottom | grep -qF "↓ more"
notes_top | grep -vqF "↑ more"
tmux_send G
tmux_wait_for "line 12"
notes_top | grep -qF "↑ more"
notes_bottom | grep -vqF "↓ more"
step "the notes pane marks more below and above"

tmux_send h '?'
tmux_wait_for "Keys — Esc closes"
tmux_screen | grep -m1 -E "Anywhere|Moving around|Steps pane|Guide pane|Notes pane|Search prompt" | grep -qF "Guide pane"
tmux_wait_for "↓ more"
step "help from the guide pane lists the guide's keys first, and marks more below"
tmux_send G
tmux_wait_for "Where to find help, whenever it feels heavy"
tmux_wait_for "↑ more"
tmux_send g
tmux_wait_for "Guide pane (checklist)"
tmux_wait_gone "↑ more"
step "G and g jump to the end and the start of the help"
tmux_send Escape
tmux_wait_gone "Keys — Esc closes"

tmux_resize 40 12
tmux_wait_for "Step 1"
tmux_wait_for "? help"
tmux_send h
tmux_wait_for "Step 1 · Steps"
tmux_wait_for "? help"
tmux_send 0
tmux_wait_for "Introduction · Steps"
tmux_wait_for "? help"
tmux_check_rows 40
step "at 40x12 the status bar still shows ? help"
echo "more_markers_and_help.sh: passed"
