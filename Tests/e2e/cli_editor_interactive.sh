#!/usr/bin/env bash
# `note --edit` with a real interactive editor, from an interactive shell with job control, as a
# person runs it (issue 10 item 10): vi gets the terminal in the foreground (before, it was started
# in a process group of its own, stopped by SIGTTOU/SIGTTIN, and the screen stayed blank), what is
# written in it is saved, and with neither $VISUAL nor $EDITOR set, vi is the default when nano is
# not installed. Skips, saying why, when no vi is installed (`make deps` does not need one).
set -euo pipefail
trap 'echo "cli_editor_interactive.sh: failed at line $LINENO" >&2' ERR
source "$(dirname "$0")/lib/app.sh"
vi=$(command -v vi || true)
[ -n "$vi" ] || { echo "SKIPPED: no vi installed (apt-get install vim-tiny), so no interactive editor to drive"; exit 0; }
export HOME="$work/home" TMPDIR="$work/tmp"
mkdir -p "$HOME" "$TMPDIR"
printf 'set nocompatible\nset noswapfile\nset viminfo=\n' >"$HOME/.vimrc"
"$bin" note 2 --append "Written before." >/dev/null

# edit_in_vi PREFIX — runs `note 2 --edit` in bash -i (job control on), adds a line in vi, saves.
edit_in_vi() {
    tmux_start 100 30 "env -u VISUAL -u EDITOR $1 bash --norc -i"
    tmux_send "PS1='ready\$ '" Enter
    tmux_wait_for 'ready$'
    tmux_send "$bin note 2 --edit; echo \"exit=\$?\"" Enter
    tmux_wait_for "Written before."
    tmux_wait_for "notes.txt"
    step "vi shows the note in the foreground${2:-}"
    tmux_send G o
    tmux_type "Written in vi, $3."
    tmux_send Escape
    sleep 0.3
    tmux_type ":wq"
    tmux_send Enter
    tmux_wait_for "exit=0"
    "$bin" note 2 | grep -qF "Written in vi, $3." || { echo "FAIL: the line written in vi was not saved" >&2; exit 1; }
    [ -z "$(ls -A "$TMPDIR")" ] || { echo "FAIL: left $(ls "$TMPDIR") in the temp folder" >&2; exit 1; }
    step "what was written in vi is saved and the temp copy is gone"
    tmux_cleanup
}

edit_in_vi "EDITOR=vi" "" "first"
if ! command -v nano >/dev/null; then
    edit_in_vi "" " (no \$EDITOR set: vi, as nano is not installed)" "second"
else
    echo "  - (nano is installed: the default editor is nano, not checked here)"
fi
