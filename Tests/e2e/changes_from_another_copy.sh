#!/usr/bin/env bash
# A tick and a note made from the shell while the app is open show on its screen without a key
# press: the app notices the database changed when idle (issue 9, item 17).
set -euo pipefail
trap 'echo "changes_from_another_copy.sh: failed at line $LINENO" >&2' ERR
source "$(dirname "$0")/lib/app.sh"

app_start 120 40
tmux_send 2 Enter
tmux_wait_for "Checklist · 0 of 3 done"
tmux_wait_for "No notes yet — press i to write"

"$bin" tick 2.1 >/dev/null
tmux_wait_for "Checklist · 1 of 3 done"
step "a tick from the shell shows without a key"

"$bin" note 2 --append "Written from the shell at night" >/dev/null
tmux_wait_for "Written from the shell at night"
step "a note from the shell shows without a key"

tmux_send q
tmux_wait_exit
