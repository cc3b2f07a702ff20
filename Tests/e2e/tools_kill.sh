#!/usr/bin/env bash
# The guide's tools, used from the interface as a person would, survive a hard kill: set the
# cooling-off counter, log a contact, add a win and a goal, write a draft, SIGKILL the app 1.5 s
# after the draft's last keystroke (past the ~1 s autosave), and find all of it on screen after a
# relaunch and in the command line's JSON.
set -euo pipefail
trap 'echo "tools_kill.sh: failed at line $LINENO" >&2' ERR
source "$(dirname "$0")/lib/app.sh"
breakup=$(date -d '10 days ago' +%F)
due=$(date -d '5 days' +%F)
note="Er schrieb zuerst 🌧 I answered briefly"
win="Walked by the river 🌿"
goal="Plan a calm weekend"
draft="Hi, how have you been? 😊 再见"

# The app runs under a shell that reports how it ended (tmux 3.3 does not record signals).
run_app() { tmux_start "$1" "$2" "bash --norc --noprofile -c '$bin; echo \"exit status \$?\"; sleep 60'"; }
# open_tool STEP DOWNS TITLE: the step's item DOWNS below its first, Enter, and the room is up.
open_tool() {
    tmux_send "$1"
    tmux_wait_for "▸ $1 "
    tmux_send h h l  # the guide pane, from wherever the focus is
    for _ in $(seq "$2"); do tmux_send j; done
    tmux_send Enter
    tmux_wait_for "$3 — Esc closes"
}
close_tool() { tmux_send Escape; sleep 0.2; }

run_app 120 40
tmux_wait_for "╭ Steps"
app_pid=$(pgrep -P "$(tmux_pane_pid)")
open_tool 2 0 "Cooling-off counter"
tmux_send s
tmux_wait_for "Day of the breakup"
tmux_type "$breakup"
tmux_send Enter
tmux_wait_for "Day of the last contact"
tmux_send Enter
tmux_wait_for "About how long you want to give it"
tmux_send C-u
tmux_type 6w
tmux_send Enter
tmux_wait_for "day 10 of about 6 weeks"
step "set the counter: day 10 of about 6 weeks"
tmux_send c
tmux_wait_for "A note if you like"
tmux_type "$note"
tmux_send Enter
tmux_wait_for "a new stretch begins today"
tmux_wait_for "Longest stretch: 10 days"
step "logged a contact with a note: a new stretch, the longest kept"
close_tool

open_tool 5 1 "Small wins"
tmux_send a
tmux_wait_for "A win, however small"
tmux_type "$win"
tmux_send Enter
tmux_wait_for "· 1 win"
close_tool
open_tool 6 0 "Goals"
tmux_send a
tmux_wait_for "A goal:"
tmux_type "$goal"
tmux_send Enter
tmux_wait_for "Target day"
tmux_type 5d
tmux_send Enter
tmux_wait_for "target day in 5 days"
close_tool
step "added a win and a goal with a target day in 5 days"

open_tool 2 1 "Drafts"
tmux_send a
tmux_wait_for "New draft · kept here, never sent"
tmux_type "$draft"
tmux_wait_for "Unsaved changes"
sleep 1.5
kill -KILL "$app_pid"
tmux_wait_for "exit status 137"
step "wrote a draft, killed with SIGKILL 1.5 s after the last keystroke"

python3 - "$note" "$win" "$goal" "$due" "$draft" \
    "$("$bin" counter --json)" "$("$bin" wins --json)" "$("$bin" goals --json)" "$("$bin" drafts --json)" <<'PY'
import json, sys
note, win, goal, due, draft = sys.argv[1:6]
counter, wins, goals, drafts = (json.loads(text) for text in sys.argv[6:10])
problems = []
if not counter.get("set") or counter.get("periodDays") != 42 or counter.get("day") != 0:
    problems.append(f"counter: {counter}")
if [c["note"] for c in counter.get("contacts", [])] != [note]:
    problems.append(f"contacts: {counter.get('contacts')}")
if counter.get("longestStretchDays") != 10:
    problems.append(f"longest stretch: {counter.get('longestStretchDays')}")
if [w["body"] for w in wins] != [win]:
    problems.append(f"wins: {wins}")
if [(g["body"], g.get("due")) for g in goals] != [(goal, due)]:
    problems.append(f"goals: {goals}")
if [d["body"] for d in drafts] != [draft]:
    problems.append(f"drafts: {drafts}")
if problems:
    sys.exit("after the kill the CLI's JSON says: " + "; ".join(problems))
PY
step "rekindle counter/wins/goals/drafts --json hold all of it, word for word"

run_app 120 40
tmux_wait_for "╭ Steps"
open_tool 2 0 "Cooling-off counter"
tmux_wait_for "a new stretch begins today"
tmux_wait_for "$note"
close_tool
open_tool 2 1 "Drafts"
tmux_wait_for "$draft"
tmux_wait_for "give it a night"
close_tool
open_tool 5 1 "Small wins"
tmux_wait_for "$win"
close_tool
open_tool 6 0 "Goals"
tmux_wait_for "$goal"
tmux_wait_for "target day in 5 days"
close_tool
tmux_send q
tmux_wait_for "exit status 0"
step "after relaunch every room shows what was written, and the app quits cleanly"
echo "tools_kill.sh: passed"
