#!/usr/bin/env bash
# The person's config.toml in a real terminal: a rebound key acts, its old key does not, the
# status bar and help show it; a bad file is one line at its line and column, exit 78, before the
# terminal or the database is touched. Under LANG=C and TERM=linux the frame and marks are ASCII
# while a non-ASCII note is shown as written, in its columns (issue 16, items 1 and 5).
set -euo pipefail
trap 'echo "config_and_ascii.sh: failed at line $LINENO" >&2' ERR
source "$(dirname "$0")/lib/app.sh"
fail() { echo "config_and_ascii.sh: $1" >&2; tmux_screen | sed 's/^/  | /' >&2; exit 1; }

mkdir -p "$work/config/rekindle"
cat >"$work/config/rekindle/config.toml" <<'TOML'
theme = "calm-dark"

[keys]
global.down = ["y", "Down"]
global.help = "F5"
TOML

app_start 80 24
tmux_wait_for "F5 help"
tmux_screen | tail -n 1 | grep -qvF "? help" || fail "the status bar still shows '? help'"
tmux_send j
sleep 0.3
tmux_screen | grep -qF "▸ Introduction" || fail "j still moves though the config rebinds it"
tmux_send y
tmux_wait_for "▸ 1 "
step "a rebound key moves, its old key does nothing, the status bar names the new key"

tmux_send '?'
sleep 0.3
tmux_screen | grep -qF "Keys — Esc closes" && fail "? still opens help"
tmux_send F5
tmux_wait_for "Keys — Esc closes"
tmux_wait_for "F5                  Show all keys"
tmux_send Escape
tmux_wait_gone "Keys — Esc closes"
tmux_send q
[ "$(tmux_wait_exit)" = 0 ] || fail "quitting failed"
step "F5 opens help, which lists F5 for it"

# Whole outputs first: grep -q ending a pipe early would fail it under pipefail (SIGPIPE).
keys=$("$bin" keys)
names=$("$bin" keys --names)
grep -qF "| F5 | Show all keys |" <<<"$keys" || fail "rekindle keys does not show the config's key"
grep -qE '^global\.down +y/↓ ' <<<"$names" || fail "keys --names does not list global.down"
step "rekindle keys and keys --names show the person's bindings"

rm -rf "$work/data"
printf '[keys]\nglobal.down = ["j", "Dwn"]\n' >"$work/config/rekindle/config.toml"
status=0
"$bin" </dev/null >"$work/out" 2>"$work/err" || status=$?
[ "$status" = 78 ] || fail "a bad config exited $status, expected 78"
[ "$(wc -l <"$work/err")" = 1 ] || fail "a bad config gave more than one line: $(cat "$work/err")"
grep -qF "$work/config/rekindle/config.toml:2:21: 'Dwn' is not a key name" "$work/err" || fail "wrong message: $(cat "$work/err")"
[ ! -s "$work/out" ] || fail "a bad config wrote to stdout"
[ ! -e "$work/data" ] || fail "a bad config created the database"
printf 'theme = "calm"\ntheme = "mono"\n' >"$work/other.toml"
status=0
REKINDLE_CONFIG=$work/other.toml "$bin" keys >/dev/null 2>"$work/err" || status=$?
[ "$status" = 78 ] && grep -qF "$work/other.toml:2:" "$work/err" || fail "REKINDLE_CONFIG was not read: $(cat "$work/err")"
"$bin" --config "$work/missing.toml" keys >/dev/null 2>"$work/err" && fail "a named missing config was accepted"
grep -qF "$work/missing.toml:1:1: there is no config file here" "$work/err" || fail "wrong message: $(cat "$work/err")"
"$bin" config --default >"$work/default.toml"
checked=$("$bin" config --config "$work/default.toml")
[ "$checked" = "$work/default.toml: ok" ] || fail "the default config does not check: $checked"
step "a bad config is one line at line and column, exit 78, nothing created; REKINDLE_CONFIG and --config name the file"

rm -f "$work/config/rekindle/config.toml"
"$bin" note 1 --append "café 漢字 — ok" >/dev/null
for prefix in "LC_ALL= LC_CTYPE= LANG=C " "TERM=linux "; do
    tmux_start 80 24 "$prefix$bin"
    tmux_wait_for "+ Steps"
    tmux_send 1
    tmux_wait_for "café 漢字 — ok"
    ascii_chrome_but_note() { tmux_screen | grep -vF "café 漢字 — ok" | { ! grep -qE '[╭╮╰╯─│▰▱▸✎↑↓…·—]'; }; }
    ascii_chrome_but_note || fail "Unicode glyphs on screen under $prefix"
    tmux_screen | grep -qF "> 1 " || fail "no ASCII pointer under $prefix"
    tmux_screen | grep -qE '[0-9]/[0-9]+ [#-]{3}' || fail "no ASCII progress bar under $prefix"
    tmux_check_rows 80
    tmux_send q
    [ "$(tmux_wait_exit)" = 0 ] || fail "quitting failed under $prefix"
    step "${prefix% }: ASCII frame, pointer and bars; the note as written, in its columns"
done

printf 'glyphs = "unicode"\n' >"$work/config/rekindle/config.toml"
tmux_start 80 24 "TERM=linux $bin"
tmux_wait_for "╭ Steps"
tmux_send q
tmux_wait_exit >/dev/null
step "glyphs = \"unicode\" in the config keeps Unicode on TERM=linux"
echo "config_and_ascii.sh: ok"
