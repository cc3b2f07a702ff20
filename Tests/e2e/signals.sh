#!/usr/bin/env bash
# Signals while writing notes. The app runs from a shell inside tmux; text is typed into the notes
# editor and, while it is still unsaved (< 1 s, before the autosave), a signal arrives:
#   SIGINT, SIGTERM, SIGHUP, SIGQUIT: the text is saved, the app exits 128+signal, the terminal
#     is restored (stty shows echo and icanon) and the shell takes the next command;
#   Ctrl-C typed on the keyboard: same, exit status 0 (it is the quit key);
#   SIGSEGV, SIGABRT: the terminal is restored and the app dies by that signal; the unsaved text
#     may be lost there (a crash has no safe way to write the database), so it is not checked.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/tmux.sh"
bin=$(realpath "${REKINDLE_BIN:-.build/debug/rekindle}")
work=$(mktemp -d)
trap 'tmux_cleanup; rm -rf "$work"' EXIT
export REKINDLE_DB=$work/rekindle.sqlite
fail() { echo "signals.sh: $1" >&2; tmux_screen | sed 's/^/  | /' >&2; exit 1; }

# A plain shell with a recognisable prompt and no core files (SIGQUIT, SIGSEGV, SIGABRT dump core).
tmux_start 100 30 "env -i PATH=$PATH HOME=$work HISTFILE= TERM=tmux-256color LANG=C.UTF-8 REKINDLE_DB=$REKINDLE_DB PS1='rk\$ ' bash --norc --noprofile"
tmux_wait_for 'rk$'
tmux_type "ulimit -c 0; cd $work"
tmux_send Enter

round=0
# try SIGNAL EXPECTED_STATUS CHECK_TEXT(yes/no)
try() {
    local signal=$1 expected=$2 check=$3
    round=$((round + 1))
    local step=$(( (round - 1) % 6 + 1 ))
    local text="round $round $signal: ich schreibe — 心 🌱"
    tmux_send C-l
    # Not "app; echo": bash drops the rest of a list when its child dies by SIGINT.
    tmux_type "$bin"
    tmux_send Enter
    tmux_wait_for "╭ Steps"
    tmux_send "$step"
    tmux_wait_for "Step $step ·"
    # The app reopens in the pane it was left in: Tab round to the notes pane.
    local tabs=0
    until tmux_screen | grep -qF "Step $step · Notes"; do
        ((tabs++ < 3)) || fail "$signal: could not reach the notes pane"
        local before
        before=$(tmux_screen | tail -1)
        tmux_send Tab
        _tmux_poll _tmux_lacks "$before" || true
    done
    tmux_send i
    tmux_wait_for "Esc done"
    tmux_type "$text"
    # On screen and not yet saved: the signal lands well inside the 1 s autosave delay.
    local deadline=$((SECONDS + TMUX_TIMEOUT))
    until tmux_screen | grep -qF "${text%% 🌱}" && tmux_screen | grep -qF "Unsaved changes"; do
        ((SECONDS < deadline)) || fail "$signal: the typed text never showed as unsaved"
        sleep 0.02
    done
    if [ "$signal" = keyboard-C-c ]; then
        tmux_send C-c
    else
        local app
        app=$(pgrep -P "$(tmux_pane_pid)" -x rekindle) || fail "$signal: no app process under the shell"
        kill "-$signal" "$app"
    fi
    tmux_wait_for 'rk$' || fail "$signal: the shell prompt did not come back"
    tmux_type "echo \"exit=\$?\""
    tmux_send Enter
    tmux_wait_for "exit=" || fail "$signal: the shell did not answer"
    tmux_screen | grep -qx "exit=$expected" ||
        fail "$signal: expected exit=$expected, got $(tmux_screen | grep -x 'exit=.*' | tr '\n' ' ')"
    # The shell works and the terminal is sane again.
    tmux_type "stty -a > stty.$round; echo checked-\$((40 + $round))"
    tmux_send Enter
    tmux_wait_for "checked-$((40 + round))" || fail "$signal: the shell did not run a command afterwards"
    grep -qE '(^|[ ;])icanon( |;|$)' "$work/stty.$round" || fail "$signal: icanon is off after the app ended"
    grep -qE '(^|[ ;])echo( |;|$)' "$work/stty.$round" || fail "$signal: echo is off after the app ended"
    if [ "$check" = yes ]; then
        local stored
        stored=$("$bin" note "$step")
        [ "$stored" = "$text" ] || fail "$signal: the notes of step $step are '$stored', expected '$text'"
        echo "  - $signal while typing: saved, exit $expected, terminal restored"
    else
        echo "  - $signal while typing: exit $expected, terminal restored (unsaved text may be lost; $( [ "$("$bin" note "$step")" = "$text" ] && echo "it was kept" || echo "it was lost"))"
    fi
}

try INT 130 yes
try TERM 143 yes
try HUP 129 yes
try QUIT 131 yes
try keyboard-C-c 0 yes
try SEGV 139 no
try ABRT 134 no

# The terminal goes away (window closed, ssh dropped): SIGHUP and a dead tty at once. The app must
# save, must not spin on the dead terminal, and must end.
text="the window closed — 窓 🪟"
export REKINDLE_DB=$work/closed.sqlite
tmux_start 100 30 "$bin"
tmux_wait_for "╭ Steps"
tmux_send 3
tmux_wait_for "Step 3 ·"
until tmux_screen | grep -qF "Step 3 · Notes"; do tmux_send Tab; sleep 0.1; done
tmux_send i
tmux_wait_for "Esc done"
tmux_type "$text"
tmux_wait_for "${text%% 🪟}"
app=$(tmux_pane_pid)
tmux_cmd kill-server
deadline=$((SECONDS + TMUX_TIMEOUT))
while kill -0 "$app" 2>/dev/null; do
    ((SECONDS < deadline)) || { kill -KILL "$app"; fail "the app kept running after its terminal closed"; }
    sleep 0.05
done
[ "$("$bin" note 3)" = "$text" ] || fail "closing the terminal lost the notes: '$("$bin" note 3)'"
echo "  - terminal closed while typing (SIGHUP + dead tty): saved, the app ended"
echo "signals.sh: passed (8 signals tried)"
