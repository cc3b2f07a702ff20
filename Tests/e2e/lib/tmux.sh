# Helpers for end-to-end tests that drive a program in a real terminal (tmux).
#
#   source "$(dirname "$0")/lib/tmux.sh"
#   tmux_start 80 24 "$REKINDLE_BIN"      # fixed size, escape-time 0, TERM=tmux-256color
#   tmux_wait_for "Step 1"                 # polls the screen every 50 ms, up to $TMUX_TIMEOUT s
#   tmux_send Down Enter C-s               # tmux key names (Escape, M-x, BTab, F1, C-c, ...)
#   tmux_type "café 漢字"                  # literal text
#   tmux_paste "two\nlines"                # bracketed paste, as a terminal sends it
#   tmux_resize 40 10
#   tmux_screen                            # the screen as text
#
# Each session gets its own server socket (rk-<pid>-<n>), so tests can run in parallel and never
# touch a person's tmux. The server is killed when the script exits (trap on EXIT); a test that
# sets its own EXIT trap must call tmux_cleanup itself. The pane stays after the program exits
# (remain-on-exit), so its last screen and exit status can still be read.
# Functions return non-zero on failure (with the screen printed to stderr), so `set -e` works.

TMUX_TIMEOUT=${TMUX_TIMEOUT:-10}
TMUX_SOCKET=""
_tmux_count=0
_tmux_sockets=()

# tmux on this test's socket.
tmux_cmd() { tmux -L "$TMUX_SOCKET" "$@"; }

# tmux_start WIDTH HEIGHT COMMAND — runs COMMAND (a shell command line) in a new detached session.
tmux_start() {
    local width=$1 height=$2 command=$3
    _tmux_count=$((_tmux_count + 1))
    TMUX_SOCKET="rk-$$-$_tmux_count"
    _tmux_sockets+=("$TMUX_SOCKET")
    local config
    config=$(mktemp)
    cat >"$config" <<'CONF'
set -s escape-time 0
set -g default-terminal tmux-256color
set -g remain-on-exit on
set -g status off
set -g history-limit 0
CONF
    # A UTF-8 locale, or tmux turns non-ASCII input into underscores.
    LANG=${LANG:-C.UTF-8} tmux -L "$TMUX_SOCKET" -f "$config" \
        new-session -d -s test -x "$width" -y "$height" "$command"
    local status=$?
    rm -f "$config"
    return $status
}

# tmux_send KEY... — keys by tmux name (Enter, Escape, Up, BTab, F1, C-c, M-x) or plain words.
tmux_send() { tmux_cmd send-keys -t test "$@"; }

# tmux_type TEXT — TEXT literally, one key per character.
tmux_type() { tmux_cmd send-keys -t test -l -- "$1"; }

# tmux_paste TEXT — TEXT as a bracketed paste (printf escapes such as \n are expanded; a
# terminal sends pasted newlines as carriage returns, and tmux does that conversion itself).
tmux_paste() {
    printf '%b' "$1" | tmux_cmd load-buffer -b rk-paste - &&
        tmux_cmd paste-buffer -p -d -b rk-paste -t test
}

# tmux_screen — the visible screen as text, trailing blanks trimmed.
tmux_screen() { tmux_cmd capture-pane -p -t test; }

# tmux_resize WIDTH HEIGHT
tmux_resize() { tmux_cmd resize-window -t test -x "$1" -y "$2"; }

# tmux_pane_pid — the pid of the command running in the pane.
tmux_pane_pid() { tmux_cmd display-message -p -t test '#{pane_pid}'; }

_tmux_fail() {
    echo "tmux.sh: $1 (after ${TMUX_TIMEOUT}s). Screen:" >&2
    tmux_screen 2>/dev/null | sed 's/^/  | /' >&2
    return 1
}

# _tmux_poll CONDITION_FUNCTION ARGS... — true as soon as the condition holds, false at the deadline.
_tmux_poll() {
    local deadline=$((SECONDS + TMUX_TIMEOUT))
    while ! "$@"; do
        ((SECONDS >= deadline)) && return 1
        sleep 0.05
    done
}

_tmux_shows() { tmux_screen | grep -qF -- "$1"; }
_tmux_lacks() { ! _tmux_shows "$1"; }
_tmux_dead() { [ "$(tmux_cmd display-message -p -t test '#{pane_dead}')" = 1 ]; }
# tmux 3.3a can mark a pane dead (its terminal closed) well before it reaps the process and
# knows the exit status (seen with SIGKILL and under LeakSanitizer).
# Its SIGCHLD seems lost then; sending the server another one makes it reap at once.
_tmux_reaped() {
    [ -n "$(tmux_cmd display-message -p -t test '#{pane_dead_status}#{pane_dead_signal}')" ] && return 0
    kill -CHLD "$(tmux_cmd display-message -p '#{pid}')" 2>/dev/null
    return 1
}

# tmux_wait_for TEXT — waits until TEXT (a fixed string) is on screen.
tmux_wait_for() { _tmux_poll _tmux_shows "$1" || _tmux_fail "never saw '$1'"; }

# tmux_wait_gone TEXT — waits until TEXT is no longer on screen.
tmux_wait_gone() { _tmux_poll _tmux_lacks "$1" || _tmux_fail "'$1' never went away"; }

# tmux_wait_exit — waits until the command has ended; prints its exit status (128+N when tmux
# knows that signal N ended it; tmux 3.3 records no signal number, so to know the signal for sure,
# run the command under a shell that echoes $?, as notes_kill.sh does).
tmux_wait_exit() {
    _tmux_poll _tmux_dead || { _tmux_fail "the command did not exit"; return 1; }
    _tmux_poll _tmux_reaped || { _tmux_fail "tmux never learnt the exit status"; return 1; }
    local status signal
    status=$(tmux_cmd display-message -p -t test '#{pane_dead_status}')
    signal=$(tmux_cmd display-message -p -t test '#{pane_dead_signal}')
    if [ -n "$signal" ] && [ "$signal" != 0 ]; then echo $((128 + signal)); else echo "$status"; fi
}

# tmux_cleanup — kills every server this script started.
tmux_cleanup() {
    local socket
    # A server the test already killed is fine; a cleanup failure must not fail the test (set -e
    # applies inside EXIT traps too).
    for socket in "${_tmux_sockets[@]}"; do tmux -L "$socket" kill-server 2>/dev/null || true; done
    _tmux_sockets=()
}
trap tmux_cleanup EXIT

# tmux_check_rows WIDTH — fails when a screen row is wider than WIDTH display cells or holds a
# control character (so nothing the app printed escaped its grid).
tmux_check_rows() {
    tmux_screen | python3 -c '
import sys, unicodedata
width = int(sys.argv[1])
for number, line in enumerate(sys.stdin.read().split("\n"), 1):
    cells = sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in line)
    bad = [c for c in line if ord(c) < 32 or 0x7f <= ord(c) < 0xa0]
    if cells > width or bad:
        sys.exit(f"row {number} is {cells} cells wide (limit {width}) or holds controls: {line!r}")
' "$1"
}
