#!/usr/bin/env bash
# After a resize the selected item stays on screen, so Space never ticks an item nobody can see
# (issue 9, item 3: 100x30 -> 80x24 with step 1's third item selected).
set -euo pipefail
trap 'echo "resize_keeps_selection.sh: failed at line $LINENO" >&2' ERR
source "$(dirname "$0")/lib/app.sh"

app_start 100 30
tmux_send 1 Enter j j
tmux_wait_for "[ ] Personal Growth"
step "step 1's third item selected at 100x30"

for size in "80 24" "60 16" "100 12" "120 40" "80 10"; do
    # shellcheck disable=SC2086
    tmux_resize $size
    tmux_wait_for "[ ] Personal Growth"
    tmux_check_rows "${size% *}"
    step "resized to ${size/ /x}: the selected item is still on screen"
done

tmux_send Space
tmux_wait_for "[x] Personal Growth"
step "Space ticks the item that is shown"
echo "resize_keeps_selection.sh: passed"
