#!/usr/bin/env bash
# Home, End and Shift-↑/↓ work whatever TERM says: with TERM=xterm-256color inside tmux (terminfo
# says ESC OH for Home, tmux sends ESC [1~) and TERM=screen, every common spelling is sent as raw
# bytes (issue 9, item 5). Then Ctrl-Z prints one line saying how to come back (item 10).
set -euo pipefail
trap 'echo "key_spellings.sh: failed at line $LINENO" >&2' ERR
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/app.sh"
# send_bytes TEXT — TEXT's bytes as hex, exactly as a terminal would send them (\e is ESC).
send_bytes() {
    local hex
    hex=$(printf '%b' "$1" | od -An -tx1 | tr -s ' \n' ' ')
    # shellcheck disable=SC2086
    tmux_cmd send-keys -t test -H $hex
}

tmux_start 120 40 "env TERM=xterm-256color $bin"
tmux_wait_for "╭ Steps"
tmux_send 1 Tab Tab i
tmux_type "mid"
expected="mid"
for home in '\e[1~' '\e[7~' '\e[H' '\eOH'; do
    send_bytes "$home"
    tmux_type "<"
    expected="<$expected"
    tmux_wait_for "$expected"
done
for end in '\e[4~' '\e[8~' '\e[F' '\eOF'; do
    send_bytes "$end"
    tmux_type ">"
    expected="$expected>"
    tmux_wait_for "$expected"
done
send_bytes '\e[1;5D'
tmux_type "|"
tmux_wait_for "<<<<|mid>>>>"
tmux_send Escape
tmux_wait_for "i write"
step "TERM=xterm-256color: Home as ESC[1~ ESC[7~ ESC[H ESCOH, End as ESC[4~ ESC[8~ ESC[F ESCOF, Ctrl-← as ESC[1;5D"
tmux_send q
tmux_wait_exit >/dev/null
[ "$("$bin" note 1)" = "<<<<|mid>>>>" ]

"$bin" add 1 "Mine first" >/dev/null
item_order() { tmux_screen | grep -oE '\[ \] [^│]*[^ │]' | head -4 | tr '\n' ';'; }
order_is() { [ "$(item_order)" = "$1" ]; }
wait_for_order() { _tmux_poll order_is "$1" || { echo "item order: $(item_order), expected $1" >&2; return 1; }; }
tmux_start 120 40 "env TERM=screen $bin"
tmux_wait_for "╭ Steps"
tmux_send 1 BTab G  # the first run left the focus in the notes pane
wait_for_order "[ ] Evaluate Your Motives;[ ] Identify the Problems;[ ] Personal Growth;[ ] ✎ Mine first;"
send_bytes '\e[1;2A'
wait_for_order "[ ] Evaluate Your Motives;[ ] Identify the Problems;[ ] ✎ Mine first;[ ] Personal Growth;"
send_bytes '\e[a'
wait_for_order "[ ] Evaluate Your Motives;[ ] ✎ Mine first;[ ] Identify the Problems;[ ] Personal Growth;"
send_bytes '\e[1;2B'
wait_for_order "[ ] Evaluate Your Motives;[ ] Identify the Problems;[ ] ✎ Mine first;[ ] Personal Growth;"
send_bytes '\e[b'
wait_for_order "[ ] Evaluate Your Motives;[ ] Identify the Problems;[ ] Personal Growth;[ ] ✎ Mine first;"
step "TERM=screen: Shift-↑ as ESC[1;2A and ESC[a, Shift-↓ as ESC[1;2B and ESC[b move the item"
tmux_send q
tmux_wait_exit >/dev/null

tmux_start 100 30 "env -i PATH=$PATH HOME=$work HISTFILE=/dev/null TERM=tmux-256color LANG=C.UTF-8 REKINDLE_DB=$REKINDLE_DB bash --norc --noprofile"
tmux_type "PS1='ready\$ '; $bin"
tmux_send Enter
tmux_wait_for "╭ Steps"
tmux_send C-z
tmux_wait_for "rekindle is paused — type fg to come back"
tmux_wait_for "ready\$"
tmux_type "fg"
tmux_send Enter
tmux_wait_for "╭ Steps"
tmux_send q
tmux_wait_for "ready\$"
step "Ctrl-Z: one line says rekindle is paused and how to come back; fg brings it back"
# Mouse: SGR reports with button-event tracking, asked of tmux itself; clicks past column 223.
tmux_start 250 40 "$bin"
tmux_wait_for "╭ Steps"
modes=$(tmux_cmd display-message -p -t test '#{mouse_sgr_flag} #{mouse_button_flag} #{mouse_all_flag}')
[ "$modes" = "1 1 0" ] || { echo "mouse modes (sgr button all): $modes, expected 1 1 0" >&2; exit 1; }
# From 180 columns the journal has its own column, right of the notes: column 240 is in it.
send_bytes '\e[<0;240;10M\e[<0;240;10m'
tmux_wait_for " · Journal · "
send_bytes '\e[<0;150;10M\e[<0;150;10m'
tmux_wait_for " · Notes · "
# A click in the notes starts writing them; Esc (and a pause, so it is not Alt) stops.
tmux_wait_for "Esc done"
tmux_send Escape
sleep 0.2
send_bytes '\e[<0;5;6M\e[<0;5;6m'
tmux_wait_for " · Steps · "
tmux_wait_for "Step 3:"
# A click on an item's checkbox ticks it, a second click unticks it (item 16).
box_line=$(tmux_screen | grep -n -m1 -F '[ ] ')
box_row=${box_line%%:*}
box_prefix=${box_line#*:}
box_prefix=${box_prefix%%"[ ] "*}
box_column=$(( $(LC_ALL=C.UTF-8; echo "${#box_prefix}") + 2 ))
[ "$(tmux_screen | grep -c -F '[x] ')" = 0 ] || { echo "an item was ticked before the click" >&2; exit 1; }
send_bytes "\e[<0;${box_column};${box_row}M\e[<0;${box_column};${box_row}m"
tmux_wait_for "[x] "
send_bytes "\e[<0;${box_column};${box_row}M\e[<0;${box_column};${box_row}m"
tmux_wait_gone "[x] "
tmux_send q
tmux_wait_exit >/dev/null
step "mouse: SGR (1006) with button events (1002), not any-motion (1003); a click at column 240 focuses the journal, at 150 the notes; a click on [ ] ticks and unticks"
echo "key_spellings.sh: passed"
