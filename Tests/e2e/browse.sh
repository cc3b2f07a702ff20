#!/usr/bin/env bash
# A person browses the guide in a real terminal: step 4 by keyboard, help open and closed, two
# resizes, a search, quit — and the shell they return to still works.
set -euo pipefail
trap 'echo "browse.sh: failed at line $LINENO" >&2' ERR
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/tmux.sh"
bin=$(realpath "${REKINDLE_BIN:-.build/debug/rekindle}")
work=$(mktemp -d)
trap 'tmux_cleanup; rm -rf "$work"' EXIT
step() { echo "  - $1"; }

# Run inside a shell so that what is left after quitting can be checked.
tmux_start 120 40 "env -i PATH=$PATH HOME=$work HISTFILE=/dev/null TERM=tmux-256color LANG=C.UTF-8 bash --norc --noprofile"
tmux_type "PS1='ready\$ '; REKINDLE_DB=$work/data/rekindle.sqlite $bin"
tmux_send Enter
tmux_wait_for "╭ Steps"
tmux_wait_for "Introduction"
step "first frame shows the three panes at 120x40"
tmux_wait_for "╭ Notes"

tmux_send 4
tmux_wait_for "Step 4: Show Genuine Change"
tmux_wait_for "Consistent Actions"
step "4 jumps to step 4 and shows its checklist"

tmux_send '?'
tmux_wait_for "Keys — Esc closes"
tmux_send Escape
tmux_wait_gone "Keys — Esc closes"
step "? opens help and Esc closes it"

tmux_resize 80 24
tmux_wait_for "Step 4"
# 80-119 columns: the notes sit below the guide, so both titles are still there.
tmux_wait_for "╭ Notes"
tmux_check_rows 80
step "resized to 80x24: relayout with notes below the guide"

tmux_resize 60 20
tmux_wait_gone "╭ Notes"
tmux_wait_for "Step 4"
tmux_check_rows 60
step "resized to 60x20: one pane at a time"

tmux_resize 120 40
tmux_wait_for "╭ Notes"
tmux_send /
tmux_type "patient"
tmux_wait_for "/patient"
# "Be Patient" and "Be patient …" in one item: two highlighted words.
tmux_wait_for "2 matches"
tmux_send Enter
tmux_wait_for "“patient”: 2 matches in one place"
tmux_send Escape
tmux_wait_gone "“patient”"
step "/ searches incrementally, Enter keeps the match, Esc clears"

tmux_send q
tmux_wait_for "ready\$"
tmux_type "stty -a | tr ' ' '\n' | grep -xE 'echo|icanon' | tr '\n' ' '; echo; echo shell-\$((20+22))"
tmux_send Enter
tmux_wait_for "icanon echo"
tmux_wait_for "shell-42"
step "q quits; the shell has echo and canonical input back and runs commands"

REKINDLE_DB=$work/data/rekindle.sqlite "$bin" status >/dev/null
echo "browse.sh: passed"
