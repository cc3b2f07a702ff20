#!/usr/bin/env bash
# Under `ulimit -f` a save that would grow the database past the limit is refused (EFBIG) and
# said on screen; the app keeps running with the text, instead of being killed by SIGXFSZ with
# the terminal left in raw mode (issue 10, item 9).
set -euo pipefail
trap 'echo "file_size_limit.sh: failed at line $LINENO" >&2' ERR
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/app.sh"

"$bin" tick 1.1 >/dev/null
# bash counts ulimit -f in 1024-byte blocks: room for the database and its WAL as they are now,
# not for 400 KB more.
limit=$(( $(du -k --apparent-size "$work/data" | tail -1 | cut -f1) + 64 ))
tmux_start 120 40 "bash --norc --noprofile -c 'ulimit -f $limit; $bin; echo \"exit status \$?\"; sleep 60'"
tmux_wait_for "╭ Steps"
tmux_send 1 Tab Tab i
tmux_paste "$(python3 -c 'print("a line to keep, " * 25000)')"
tmux_send Escape
saw_refusal() { tmux_screen | grep -qE "Not saved|exit status"; }
_tmux_poll saw_refusal
if tmux_screen | grep -q "exit status"; then echo "the app was killed by the save: $(tmux_screen | grep -o 'exit status.*')" >&2; exit 1; fi
tmux_wait_for "Not saved"
sleep 1
tmux_wait_for "╭ Steps"
if tmux_screen | grep -q "exit status"; then echo "the app ended under ulimit -f" >&2; exit 1; fi
step "a save past ulimit -f is refused on screen; the app is still running"
tmux_send C-c
tmux_wait_for "again to quit"
tmux_send C-c
# The limit stops the rescue copy too (every file is held to it): rekindle says so and waits;
# the next Ctrl-C prints the notes on the terminal instead.
tmux_wait_for "No folder would take a copy"
tmux_send C-c
tmux_wait_for "exit status"
tmux_screen | grep -q "exit status 153" && { echo "killed by SIGXFSZ" >&2; exit 1; }
step "it ends by the person's Ctrl-C, not by SIGXFSZ, after saying no folder would take a copy"
echo "file_size_limit.sh: passed"
