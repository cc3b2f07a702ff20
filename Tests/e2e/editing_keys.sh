#!/usr/bin/env bash
# Alt-Backspace (Esc DEL, as tmux and most terminals send it), Ctrl-Backspace (Ctrl-H), Ctrl-W and
# Ctrl-U delete words in both editors, which stay open: the text stays, the next words are typed,
# never run as commands (issue 9, item 1).
set -euo pipefail
trap 'echo "editing_keys.sh: failed at line $LINENO" >&2' ERR
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/app.sh"
send_bytes() { tmux_cmd send-keys -t test -H "$@"; }

tmux_start 120 40 "$bin"
tmux_wait_for "╭ Steps"
tmux_send 2 Enter
tmux_wait_for "Checklist · 0 of 3 done"

tmux_send a
tmux_type "Call my sister now"
tmux_wait_for "Call my sister now"
tmux_send M-BSpace
tmux_wait_gone "sister now"
tmux_wait_for "Call my sister"
tmux_type "today"
tmux_wait_for "Call my sister today"
send_bytes 1b 7f
tmux_wait_gone "sister today"
tmux_type "soon"
tmux_wait_for "Call my sister soon"
tmux_send C-w
tmux_wait_gone "sister soon"
tmux_type "tonight"
tmux_send Enter
tmux_wait_for "[ ] ✎ Call my sister tonight"
tmux_wait_for "Checklist · 0 of 4 done"
step "item editor: Alt-Backspace (twice) and Ctrl-W deleted a word each; the editor stayed open; the item saved"

tmux_send Tab i
tmux_type "I miss him so much"
tmux_wait_for "I miss him so much"
tmux_send M-BSpace
tmux_wait_gone "so much"
tmux_wait_for "I miss him so"
send_bytes 08
tmux_wait_gone "him so"
tmux_type "a lot"
tmux_wait_for "I miss him a lot"
tmux_send C-u
tmux_wait_gone "I miss him"
tmux_type "Better today, ask Dana"
tmux_send C-w
tmux_type "Sam"
tmux_wait_for "Better today, ask Sam"
tmux_send Escape
tmux_wait_for "i write"
step "notes editor: Alt-Backspace, Ctrl-Backspace, Ctrl-U and Ctrl-W deleted; writing went on; Esc saved"

tmux_send q
tmux_wait_exit >/dev/null
[ "$("$bin" note 2)" = "Better today, ask Sam" ]
"$bin" status | grep -q "Step 2.*0/4"
step "both are in the database"
echo "editing_keys.sh: passed"
