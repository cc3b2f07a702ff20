#!/usr/bin/env bash
# Search: Esc clears the highlights but keeps the pattern (n finds it again), n/N say when they
# wrap, the count is of what is highlighted, and matches are drawn black on yellow (reversed
# under NO_COLOR) (issue 9, item 8).
set -euo pipefail
trap 'echo "search_keeps_pattern.sh: failed at line $LINENO" >&2' ERR
source "$(dirname "$0")/lib/app.sh"
guide=$here/../../Content/how-do-i-get-him-back.md

# Every "patient" a person can see: the guide's text without comments and {#keys}, any case.
expected=$(python3 - "$guide" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
text = re.sub(r"\{#[a-z0-9-]+\}", "", text)
print(len(re.findall("patient", text, flags=re.I)))
PY
)

app_start 120 40
tmux_send /
tmux_type "patient"
tmux_wait_for "/patient"
tmux_wait_for "  $expected matches"
step "the prompt counts the $expected highlighted occurrences"

tmux_send Enter
tmux_wait_for "“patient”:"
tmux_send Escape
tmux_wait_gone "“patient”"
tmux_send n
tmux_wait_for "“patient”:"
step "Esc clears the highlights; n finds the pattern again"

tmux_send g
for _ in 1 2 3 4 5 6; do
    tmux_send n
    if tmux_screen | grep -qF "wrapped"; then break; fi
done
tmux_wait_for "wrapped"
step "n says when it wraps back to the first match"
tmux_send N
tmux_wait_for "wrapped"
step "N says when it wraps to the last"

# The match as drawn: black on yellow, not reversed (ANSI 0 on 3, or cube 16 on 220 with 256 colours).
tmux_cmd capture-pane -p -e -t test | grep -F "patient" |
    grep -q $'\e\[30;43m\|\e\[30m\e\[43m\|\e\[38;5;16m\e\[48;5;220m' || {
    tmux_cmd capture-pane -p -e -t test | grep -F "atient" | cat -v | head -3; false; }
# No reverse among the attributes in force where the match starts.
if tmux_cmd capture-pane -p -e -t test | grep -aqE $'\e\\[([0-9]+;)*7m(\e\\[[0-9;]*m)*[Pp]atient'; then
    echo "a match is drawn reversed" >&2; false
fi
step "matches are black on yellow"
tmux_send q
tmux_wait_exit >/dev/null

app_start 120 40 "NO_COLOR=1 "
tmux_send /
tmux_type "patient"
tmux_wait_for "  $expected matches"
tmux_cmd capture-pane -p -e -t test | grep -F "atient" | grep -q $'\e\[7m' || {
    tmux_cmd capture-pane -p -e -t test | grep -F "atient" | cat -v | head -3; false; }
step "under NO_COLOR matches are reversed"
echo "search_keeps_pattern.sh: passed"
