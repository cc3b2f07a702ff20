#!/usr/bin/env bash
# When the database stops taking writes (here: its folder is deleted under the running app), the
# notes being written stay on screen, the person is told, and quitting anyway keeps them in a
# private file rather than losing them.
set -euo pipefail
trap 'echo "unsaved_copy.sh: failed at line $LINENO" >&2' ERR
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/app.sh"
mkdir -m 700 "$work/home"
note="Nicht verlieren — 失わないで 🕯"

# write_then_lose_the_folder ENV: the app (under ENV) writes a note in step 1, then its
# database folder is deleted: the save fails, and the text stays with the person told so.
write_then_lose_the_folder() {
  mkdir -p "$work/data"
  tmux_start 120 30 "env $1 REKINDLE_DB=$work/data/rekindle.sqlite bash --norc --noprofile -c '$bin; echo \"exit status \$?\"; sleep 60'"
  tmux_wait_for "╭ Steps"
  tmux_send 1 Tab Tab
  tmux_wait_for "Step 1 · Notes"
  tmux_send i
  tmux_type "$note"
  tmux_wait_for "Unsaved changes"
  rm -rf "$work/data"
  tmux_send Escape
  # A key within the 25 ms escape delay would turn Esc into Alt-<key>; a person is never that fast.
  sleep 0.2
  # The failure takes the whole status line (a message is never cut), saying the text is kept.
  tmux_wait_for "kept in memory, will retry"
}

write_then_lose_the_folder "HOME=$work/home"
echo "  - the folder vanished: the save fails, the text stays and the person is told"

tmux_send q
tmux_wait_for "Press q again"
tmux_send q
tmux_wait_for "exit status 1"
copy=$(ls "$work"/home/rekindle-unsaved-notes-*.txt)
tmux_wait_for "rekindle: the database would not take your latest notes; they are kept in"
grep -qF "$note" "$copy"
grep -qF "# Step 1: Self-Reflection and Understanding" "$copy"
[ "$(stat -c %a "$copy")" = 600 ]
echo "  - quitting anyway keeps the notes in a private file (0600) and says where"

# No folder takes the copy either (the database's is gone, HOME and TMPDIR name missing folders):
# the quit is refused once more, then the notes are printed on the terminal and the exit says so.
tmux_cleanup
write_then_lose_the_folder "HOME=$work/nohome TMPDIR=$work/notmp"
tmux_send q
tmux_wait_for "Press q again"
tmux_send q
tmux_wait_for "No folder would take a copy"
tmux_wait_for "They are still here"
tmux_send q
tmux_wait_for "exit status 1"
tmux_wait_for "$note"
tmux_wait_for "they are printed above"
echo "  - when no folder takes the copy, quitting is refused once more, then the notes are printed and the exit is 1"
echo "unsaved_copy.sh: passed"
