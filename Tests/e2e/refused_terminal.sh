#!/usr/bin/env bash
# A terminal rekindle will not drive (TERM=dumb, an unknown TERM, no terminal at all) gets one line
# on stderr, a non-zero exit, not a single control sequence (not even ESC[?2004l), and no
# database: the terminal is checked before the store is touched (issue 10, items 15 and 21).
set -euo pipefail
trap 'echo "refused_terminal.sh: failed at line $LINENO" >&2' ERR
bin=$(realpath "${REKINDLE_BIN:-.build/debug/rekindle}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
step() { echo "  - $1"; }

# Runs the app on a pseudo-terminal with the given TERM; prints the exit status, then every byte
# it wrote to the terminal (stdout and stderr share the pty, as in a real window), as hex.
on_pty() {
    python3 - "$bin" "$1" "$2" <<'PY'
import os, pty, select, sys, time
binary, term, db = sys.argv[1:]
pid, fd = pty.fork()
if pid == 0:
    env = {"PATH": "/usr/bin:/bin", "HOME": os.path.dirname(db), "TERM": term, "LANG": "C.UTF-8", "REKINDLE_DB": db}
    env.update({k: v for k, v in os.environ.items() if k == "REKINDLE_GUIDES"})
    os.execve(binary, [binary], env)
out, deadline = b"", time.time() + 10
while time.time() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.1)
    if ready:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    elif os.waitpid(pid, os.WNOHANG)[0]:
        pid = 0
        break
if pid:
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
else:
    code = "reaped"
print(code)
print(out.hex())
PY
}

check_refused() {
    local term=$1 db="$work/$2/data/rekindle.sqlite"
    mkdir -p "$work/$2"
    local result status bytes text
    result=$(on_pty "$term" "$db")
    status=$(sed -n 1p <<<"$result")
    bytes=$(sed -n 2p <<<"$result")
    text=$(python3 -c 'import sys; print(bytes.fromhex(sys.argv[1]).decode("utf-8", "replace"))' "$bytes")
    [ "$status" != 0 ] || { echo "TERM=$term: exit status 0" >&2; return 1; }
    grep -qF "cannot drive this terminal (TERM=$term)" <<<"$text" || { echo "TERM=$term: no refusal line: $text" >&2; return 1; }
    if grep -q '1b' <<<"$(fold -w2 <<<"$bytes")"; then
        echo "TERM=$term: control sequences written: $bytes" >&2
        return 1
    fi
    [ ! -e "$work/$2/data" ] || { echo "TERM=$term: the refused start created $(ls "$work/$2/data")" >&2; return 1; }
}

check_refused dumb dumb
step "TERM=dumb: one line, non-zero exit, no ESC byte, no database"
check_refused no-such-terminal-xyz unknown
step "an unknown TERM: the same"

mkdir -p "$work/notty"
status=0
setsid -w env REKINDLE_DB="$work/notty/data/rekindle.sqlite" TERM=xterm-256color "$bin" </dev/null >"$work/out" 2>"$work/err" || status=$?
[ "$status" != 0 ]
grep -qF "needs a terminal" "$work/err"
[ ! -s "$work/out" ]
[ ! -e "$work/notty/data" ] || { echo "no tty: the refused start created a database" >&2; exit 1; }
step "no terminal at all (no tty, no /dev/tty): one line, nothing on stdout, no database"
echo "refused_terminal.sh: passed"
