#!/usr/bin/env bash
# The journal from the command line (issue 12): 'rekindle today' is silent and creates nothing on a
# fresh HOME; 'log' refuses bad dates, moods, steps and text in one line, creating nothing; CJK and
# emoji text, stdin and $EDITOR; --at in local time across DST changes; 'entries' by day and as
# JSON (valid, UTC instants, controls escaped); export carries the journal.
# The clock is REKINDLE_NOW (UTC) and the zone TZ, so nothing depends on when the test runs.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/cli_expect.sh"
cli_sandbox
unset REKINDLE_DB
export TZ=Europe/London REKINDLE_NOW=2026-12-01T20:00:00Z
db="$XDG_DATA_HOME/rekindle/rekindle.sqlite"

# quiet_and_creating_nothing NAME ARGS... — exit 0, no output at all, nothing under HOME.
quiet_and_creating_nothing() {
    local name=$1; shift
    CLI_CHECKS=$((CLI_CHECKS + 1))
    "$REKINDLE_BIN" "$@" >"$CLI_OUT" 2>"$CLI_ERR" </dev/null
    local status=$?
    if [ "$status" -ne 0 ]; then _cli_fail "$name" "exit status $status"; return 1; fi
    if [ -s "$CLI_OUT" ] || [ -s "$CLI_ERR" ]; then _cli_fail "$name" "said something"; return 1; fi
    if [ -n "$(find "$HOME" -mindepth 1 -print -quit)" ]; then _cli_fail "$name" "created $(find "$HOME" -mindepth 1 | head -3)"; return 1; fi
}

# json_check NAME PYTHON-EXPRESSION — stdout is valid JSON (json.tool) and the expression, over `d`, holds.
json_check() {
    local name=$1 expression=$2
    CLI_CHECKS=$((CLI_CHECKS + 1))
    if ! python3 -m json.tool <"$CLI_OUT" >/dev/null 2>&1; then _cli_fail "$name" "not valid JSON"; return 1; fi
    if ! python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($expression) else 1)" "$CLI_OUT"; then
        _cli_fail "$name" "JSON does not satisfy: $expression"; return 1
    fi
}

# --- a fresh HOME: nothing to say, nothing created
quiet_and_creating_nothing "today on a fresh HOME" today
cli_succeeds "today --json on a fresh HOME" today --json
json_check "today --json on a fresh HOME" 'd == {"entriesThisMonth": 0}'
cli_succeeds "entries on a fresh HOME" entries --json
json_check "entries --json on a fresh HOME" 'd["entries"] == []'
"$REKINDLE_BIN" entries >"$CLI_OUT" 2>"$CLI_ERR" </dev/null
grep -q "^(no entries yet" "$CLI_ERR" || _cli_fail "entries on a fresh HOME" "said: $(cat "$CLI_ERR")"
[ -e "$db" ] && _cli_fail "fresh HOME" "a reading command created the database"

# --- bad input: one line, non-zero, nothing created
cli_fails_mentioning "an impossible date" "'2026-02-30' is not a date" log "text" --at 2026-02-30
cli_fails_mentioning "a word for a date" "YYYY-MM-DD HH:MM" log "text" --at yesterday
cli_fails_mentioning "an hour that is not" "--at:" log "text" --at "2026-11-30 25:00"
cli_fails_mentioning "a mood of two words" "more than one word" log "text" --mood "very calm"
cli_fails_mentioning "a mood off the scale" "6 is not on the scale" log "text" --mood 6
cli_fails_mentioning "a mood of zero" "0 is not on the scale" log "text" --mood 0
cli_fails_mentioning "a mood too long" "longer than 32 characters" log "text" --mood "$(printf 'a%.0s' {1..40})"
cli_fails_mentioning "a step that is not" "there is no step 9" log "text" --step 9
cli_fails_mentioning "empty text" "the entry is empty" log "   "
cli_fails_mentioning "no text" "write the entry's text" log
cli_fails_mentioning "text and --edit" "not both" log "text" --edit
cli_fails_mentioning "empty standard input" "the entry is empty" log -
cli_fails_mentioning "a bad --since" "--since:" entries --since "last week"
cli_fails_mentioning "entries of a step that is not" "there is no step 9" entries --step 9
REKINDLE_NOW=soon cli_fails_mentioning "a bad REKINDLE_NOW" "REKINDLE_NOW='soon' is not an instant" today

# stdin_fails NAME BYTES PHRASE — 'log -' refuses these bytes on stdin in one line, creating nothing.
stdin_fails() {
    local name=$1 bytes=$2 phrase=$3
    CLI_CHECKS=$((CLI_CHECKS + 1))
    printf "$bytes" | "$REKINDLE_BIN" log - >"$CLI_OUT" 2>"$CLI_ERR"
    if [ $? -eq 0 ] || [ -s "$CLI_OUT" ] || [ "$(wc -l <"$CLI_ERR")" -ne 1 ] || ! grep -qF "$phrase" "$CLI_ERR"; then
        _cli_fail "$name" "not refused in one line"
    fi
}
stdin_fails "Latin-1 on stdin" 'caf\351\n' "not valid UTF-8"
stdin_fails "a NUL on stdin" 'before\000after\n' "NUL"
[ -e "$db" ] && _cli_fail "bad input" "a failing command created the database"

# --- writing entries
cjk="今日は落ち着いている 🌙 — Heute ruhiger 👩‍👩‍👧"
cli_succeeds "log CJK and emoji" log "$cjk" --step 2 --mood calm
grep -qF "saved your entry · Today 20:00 · Step 2: Reestablishing Contact" "$CLI_OUT" || _cli_fail "log" "said: $(cat "$CLI_OUT")"
[ "$(stat -c %a "$db")" = 600 ] || _cli_fail "log" "the database is not 0600"
cli_succeeds "log yesterday evening" log "Yesterday, late." --at "2026-11-30 21:15" --mood 3
grep -qF "Yesterday 21:15" "$CLI_OUT" || _cli_fail "log --at" "said: $(cat "$CLI_OUT")"
CLI_CHECKS=$((CLI_CHECKS + 1))
printf 'line one\n\tline two\n' | "$REKINDLE_BIN" log - --at 2026-11-02 >"$CLI_OUT" 2>"$CLI_ERR" || _cli_fail "log -" "failed: $(cat "$CLI_ERR")"
# Around London's spring change: 01:30 on 29 March does not exist (moves to 02:30 BST), 21:15 is BST.
cli_succeeds "log in a skipped hour" log "skipped hour" --at "2026-03-29 01:30"
cli_succeeds "log after the spring change" log "summer time" --at "2026-03-29 21:15"
cli_succeeds "log before the spring change" log "winter time" --at "2026-03-28 21:15"
TZ=America/New_York cli_succeeds "log at New York's repeated hour" log "fall back" --at "2026-11-01 01:30"
escape=$'colour \e[31mred\e[0m and \u009b2J'
cli_succeeds "log text with escapes" log "$escape" --at "2026-11-15 10:00"

cli_succeeds "entries --json" entries --json
json_check "entries --json is oldest first with UTC instants" '[e["at"] for e in d["entries"]] == [
    "2026-03-28T21:15:00.000Z", "2026-03-29T01:30:00.000Z", "2026-03-29T20:15:00.000Z", "2026-11-01T05:30:00.000Z",
    "2026-11-02T12:00:00.000Z", "2026-11-15T10:00:00.000Z", "2026-11-30T21:15:00.000Z", "2026-12-01T20:00:00.000Z"]'
json_check "entries --json keeps the text byte for byte" "d['entries'][-1]['body'] == '''$cjk''' and d['entries'][4]['body'] == 'line one\n\tline two'"
json_check "entries --json has the fields" 'd["entries"][-1]["mood"] == "calm" and d["entries"][-1]["section"] == "reestablish-contact" and d["entries"][-2]["mood"] == 3 and "section" not in d["entries"][-2] and all(e["kind"] == "journal" and e["revisions"] == [] and e["createdAt"] == "2026-12-01T20:00:00.000Z" for e in d["entries"])'
json_check "entries --json keeps escapes as text" 'd["entries"][5]["body"] == "colour \x1b[31mred\x1b[0m and \x9b2J"'
grep -q $'\e' "$CLI_OUT" && _cli_fail "entries --json" "a raw ESC in the JSON"
grep -qF '\u001b[31m' "$CLI_OUT" && grep -qF '\u009b2J' "$CLI_OUT" || _cli_fail "entries --json" "controls not escaped"

cli_succeeds "entries" entries
grep -qxF "Today" "$CLI_OUT" && grep -qxF "Yesterday" "$CLI_OUT" && grep -qxF "Sunday 29 March" "$CLI_OUT" ||
    _cli_fail "entries" "no day headings: $(head -5 "$CLI_OUT")"
grep -qF "  20:00 · Step 2: Reestablishing Contact · mood: calm" "$CLI_OUT" && grep -qF "    $cjk" "$CLI_OUT" ||
    _cli_fail "entries" "the entry is not listed with its caption"
[ "$(head -1 "$CLI_OUT")" = "Today" ] || _cli_fail "entries" "not newest first"
TZ=America/New_York cli_succeeds "entries in New York" entries --since 2026-11-30
[ "$(grep -c '^  [0-9][0-9]:[0-9][0-9]' "$CLI_OUT")" = 2 ] && grep -qF "  16:15 · mood: 3 of 5" "$CLI_OUT" ||
    _cli_fail "entries in New York" "$(cat "$CLI_OUT")"
cli_succeeds "entries --step" entries --step 2 --json
json_check "entries --step" 'len(d["entries"]) == 1'
cli_succeeds "entries --since a time" entries --since "2026-11-30 21:15" --json
json_check "entries --since a time" 'len(d["entries"]) == 2'

cli_succeeds "today" today
[ "$(cat "$CLI_OUT")" = "Last entry today · 1 entry this month" ] || _cli_fail "today" "said: $(cat "$CLI_OUT")"
REKINDLE_NOW=2026-12-02T09:00:00Z cli_succeeds "today, the next morning" today
[ "$(cat "$CLI_OUT")" = "Last entry yesterday · 1 entry this month" ] || _cli_fail "today, the next morning" "said: $(cat "$CLI_OUT")"
REKINDLE_NOW=2027-01-01T00:30:00Z cli_succeeds "today, in the new year" today --json
json_check "today --json" 'd["line"] == "Last entry on Tuesday 1 December 2026" and d["entriesThisMonth"] == 0 and d["lastEntryAt"] == "2026-12-01T20:00:00.000Z"'

# --- $EDITOR
printf '#!/bin/sh\nprintf "Written in the editor.\\n" >"$1"\n' >"$CLI_SANDBOX/editor.sh"
printf '#!/bin/sh\n: >"$1"\n' >"$CLI_SANDBOX/empty-editor.sh"
chmod +x "$CLI_SANDBOX/editor.sh" "$CLI_SANDBOX/empty-editor.sh"
EDITOR="$CLI_SANDBOX/editor.sh" cli_succeeds "log --edit" log --edit --mood 4
EDITOR="$CLI_SANDBOX/empty-editor.sh" cli_succeeds "log --edit left empty" log --edit
grep -qF "no entry written" "$CLI_OUT" || _cli_fail "log --edit left empty" "said: $(cat "$CLI_OUT")"
cli_succeeds "entries after --edit" entries --since 2026-12-01 --json
json_check "the edited entry" '[e["body"] for e in d["entries"]] == ["'"$cjk"'", "Written in the editor."] and d["entries"][1]["mood"] == 4'

# --- export carries the journal
cli_succeeds "export --format json" export --format json
json_check "export JSON has the entries" 'len(d["entries"]) == 9 and d["entries"][0]["body"] == "winter time"'
cli_succeeds "export markdown" export
grep -qxF "## Journal" "$CLI_OUT" && grep -qxF "### Tuesday 1 December 2026" "$CLI_OUT" ||
    _cli_fail "export markdown" "no journal by day"
grep -qF "**21:15 · mood: 3 of 5**" "$CLI_OUT" || _cli_fail "export markdown" "no caption in local time"
LC_ALL=C grep -q $'\e\|\xc2\x9b' "$CLI_OUT" && _cli_fail "export markdown" "a raw control in the Markdown"
cli_finish
