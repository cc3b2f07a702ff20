#!/usr/bin/env bash
# A paste of 5 MB into the notes is taken whole: no silent cut at 262,144 characters (issue 10,
# item 4). It goes through tmux's bracketed paste, as a terminal sends it.
set -euo pipefail
trap 'echo "large_paste.sh: failed at line $LINENO" >&2' ERR
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/app.sh"
TMUX_TIMEOUT=60

# 5 MiB in lines of 100 characters; the last line is marked so the end can be seen.
python3 -c '
import sys
line = "words I do not want to lose, " * 3 + "the end of a line, "
lines = [line[:99] for _ in range(5 * 1024 * 1024 // 100)]
lines[-1] = "THE LAST LINE"
sys.stdout.write("\n".join(lines))' >"$work/paste.txt"
expected=$(wc -c <"$work/paste.txt")

tmux_start 120 40 "$bin"
tmux_wait_for "╭ Steps"
tmux_send 1 Tab Tab i
tmux_cmd load-buffer -b big "$work/paste.txt"
tmux_cmd paste-buffer -p -d -b big -t test
tmux_wait_for "THE LAST LINE"
tmux_send Escape
tmux_wait_for "i write"
tmux_send q
tmux_wait_exit >/dev/null
stored=$("$bin" note 1 | head -c -1 | wc -c)  # note prints a final newline
[ "$stored" -eq "$expected" ] || { echo "pasted $expected bytes, stored $stored" >&2; exit 1; }
"$bin" note 1 | tail -1 | grep -qx "THE LAST LINE"
echo "  - a 5 MB paste ($expected bytes) is stored whole"
echo "large_paste.sh: passed"
