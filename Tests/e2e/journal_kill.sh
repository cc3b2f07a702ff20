#!/usr/bin/env bash
# A journal entry survives a hard kill: write one with CJK and emoji text from the steps pane,
# SIGKILL the app 1.5 s after the last keystroke (past the ~1 s autosave), relaunch, and find it
# in the journal and in `rekindle entries --json`.
#
# It needs the journal's store (`entries` in the database and `rekindle entries`, from the
# journal-store branch). Without it this test FAILS, on purpose and saying why: it never skips.
set -euo pipefail
trap 'echo "journal_kill.sh: failed at line $LINENO" >&2' ERR
source "$(dirname "$0")/lib/app.sh"
entry="今日は静か 🌙 ruhig"

# The app runs under a shell that reports how it ended (tmux 3.3 does not record signals).
run_app() { tmux_start "$1" "$2" "bash --norc --noprofile -c '$bin; echo \"exit status \$?\"; sleep 60'"; }
run_app 120 40
tmux_wait_for "╭ Steps"
app_pid=$(pgrep -P "$(tmux_pane_pid)")
tmux_send 2
tmux_wait_for "▸ 2 "
tmux_send w
tmux_wait_for "New entry · Today"
tmux_type "$entry"
tmux_wait_for "Unsaved changes"
sleep 1.5
kill -KILL "$app_pid"
tmux_wait_for "exit status 137"
step "wrote an entry from the steps pane, killed with SIGKILL 1.5 s after the last keystroke"

if ! json=$("$bin" entries --json 2>&1); then
    echo "journal_kill.sh: 'rekindle entries --json' failed ($json)." >&2
    echo "  Expected until the journal store (branch journal-store) is merged; after that it must pass." >&2
    exit 1
fi
python3 - "$entry" "$json" <<'PY'
import json, sys
entry, listed = sys.argv[1], json.loads(sys.argv[2])
# The entries, as a list or under "entries" next to the guide they belong to.
entries = listed["entries"] if isinstance(listed, dict) else listed
bodies = [e["body"] for e in entries]
if bodies != [entry]:
    sys.exit(f"entries after relaunch are {bodies!r}, expected [{entry!r}]")
PY
step "rekindle entries --json has it word for word"

# At 200 columns the journal has a column of its own: it shows without a key.
run_app 200 60
tmux_wait_for "╭ Journal"
tmux_wait_for "Today"
tmux_wait_for "$entry"
tmux_send q
tmux_wait_for "exit status 0"
step "the journal shows it after relaunch, and the app quits cleanly"
echo "journal_kill.sh: passed"
