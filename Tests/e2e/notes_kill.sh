#!/usr/bin/env bash
# Nothing is lost to a hard kill: type a note with non-ASCII text, tick two items, add an item of
# one's own and move it, then SIGKILL the app 1.5 s after the last keystroke (past the ~1 s
# autosave), relaunch, and find all of it.
set -euo pipefail
trap 'echo "notes_kill.sh: failed at line $LINENO" >&2' ERR
source "$(dirname "$0")/lib/app.sh"
note="Heute fühle ich mich ruhiger. 今日は落ち着いている 🌙"
item="Write to Anaïs — 手紙"

# The app runs under a shell that reports how it ended (tmux 3.3 does not record signals).
run_app() { tmux_start 120 40 "bash --norc --noprofile -c '$bin; echo \"exit status \$?\"; sleep 60'"; }
run_app
tmux_wait_for "╭ Steps"
app_pid=$(pgrep -P "$(tmux_pane_pid)")
tmux_send 2 Enter
tmux_wait_for "Checklist · 0 of 3 done"
tmux_send Space
tmux_wait_for "Checklist · 1 of 3 done"
tmux_send j x
tmux_wait_for "Checklist · 2 of 3 done"
step "ticked two items of step 2"

tmux_send a
tmux_type "$item"
tmux_send Enter
tmux_wait_for "[ ] ✎ $item"
tmux_wait_for "2 of 4 done"
tmux_send K
step "added an item of my own and moved it up"

tmux_send Tab i
tmux_type "$note"
tmux_wait_for "Unsaved changes"
sleep 1.5
kill -KILL "$app_pid"
tmux_wait_for "exit status 137"
step "killed with SIGKILL 1.5 s after the last keystroke"

status=$("$bin" status --json)
python3 - "$item" <<PY
import json, sys
status = json.loads('''$status''')
step = next(s for s in status["steps"] if s["number"] == 2)
titles = [(i["title"], i["done"], i["custom"]) for i in step["items"]]
expected = [("Give It Time", True, False), (sys.argv[1], False, True),
            ("Casual Contact", True, False), ("Be Positive and Upbeat", False, False)]
if titles != expected:
    sys.exit(f"step 2 after relaunch is {titles}, expected {expected}")
PY
[ "$("$bin" note 2)" = "$note" ] || { echo "the note was not saved: '$("$bin" note 2)'" >&2; exit 1; }
step "after relaunch: both ticks, my item in its new place, the note word for word"

run_app
tmux_wait_for "╭ Steps"
tmux_send 2
tmux_wait_for "今日は落ち着いている"
tmux_wait_for "[x] Casual Contact"
tmux_send q
tmux_wait_for "exit status 0"
step "the interface shows them too, and quits cleanly"
echo "notes_kill.sh: passed"
