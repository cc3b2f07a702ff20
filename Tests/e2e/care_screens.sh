#!/usr/bin/env bash
# Help is one key away: the support screen opens from every pane, from the notes editor (F12,
# while typing), and over the help and history overlays, at 120x40 and 40x12, and closes back to
# where the person was. The safety note shows under Step 2 until hidden, stays hidden after a
# restart, and is always on the support screen.
set -euo pipefail
trap 'echo "care_screens.sh: failed at line $LINENO" >&2' ERR
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/app.sh"
# Esc followed by a key within the escape delay reads as Alt-key, as in every terminal app: leave
# a pause after it, as a person does.
escape() { tmux_send Escape; sleep 0.2; }
run_app() { tmux_start "$1" "$2" "bash --norc --noprofile -c '$bin; echo \"exit status \$?\"; sleep 60'"; }

opens_and_closes() { # KEY WHERE-IT-RETURNS-TO
  tmux_send "$1"
  tmux_wait_for "In danger now"
  tmux_wait_for "Support — Esc"
  escape
  tmux_wait_gone "In danger now"
  tmux_wait_for "$2"
}

for size in "120 40" "40 12"; do
  set -- $size
  # A database of its own: the app reopens where it was left, and each size starts at the steps.
  export REKINDLE_DB=$work/$1x$2/rekindle.sqlite
  run_app "$1" "$2"
  tmux_wait_for "Introduction"
  opens_and_closes '!' "Introduction · Steps"
  tmux_send Tab
  tmux_wait_for "· Guide"
  opens_and_closes '!' "Introduction · Guide"
  tmux_send Tab
  tmux_wait_for "· Notes"
  opens_and_closes '!' "Introduction · Notes"
  step "$1x$2: ! opens support from the steps, guide and notes panes; Esc goes back to each"

  tmux_send i
  tmux_type "words"
  opens_and_closes F12 "words"
  tmux_type " still here"
  tmux_wait_for "words still here"
  escape
  step "$1x$2: F12 opens it while writing; the text and the editor are there after Esc"

  tmux_send '?'
  tmux_wait_for "Keys — Esc closes"
  opens_and_closes F12 "Keys — Esc closes"
  escape
  tmux_wait_gone "Keys — Esc closes"
  tmux_send H
  tmux_wait_for "Note history"
  opens_and_closes F12 "Note history"
  escape
  tmux_wait_gone "Note history"
  step "$1x$2: over help and over the note history, closing support shows them again"
  tmux_send q
  tmux_wait_for "exit status 0"
  tmux_cleanup
done

export REKINDLE_DB=$work/data/rekindle.sqlite
run_app 120 40
tmux_wait_for "Introduction"
tmux_send 2
tmux_wait_for "Reaching out is a choice"
tmux_send Tab z
tmux_wait_gone "Reaching out is a choice"
tmux_wait_for "stays on the support screen"
tmux_send q
tmux_wait_for "exit status 0"
tmux_cleanup
run_app 120 40
tmux_wait_for "Step 2: Reestablishing Contact"
sleep 0.3
tmux_screen | grep -qF "Reaching out is a choice" && { echo "the hidden note came back after a restart" >&2; exit 1; }
tmux_send '!' PageDown
tmux_wait_for "Before any contact"
tmux_wait_for "Reaching out is a choice"
step "the safety note shows under Step 2, z hides it, it stays hidden after a restart, and support has it"
escape
tmux_wait_gone "Before any contact"
tmux_send q
tmux_wait_for "exit status 0"
echo "care_screens.sh: passed"
