#!/usr/bin/env bash
# `rekindle support`, `read` and doctor's support lines: the order of the support sheet, the card
# written through $EDITOR and kept with revisions, exports carrying it, JSON for scripts, a broken
# lines file named at its line and column while the rest still shows, and no database created by
# just looking.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/cli_expect.sh"
cli_sandbox

expect() { # expect NAME CONDITION-COMMAND...
    local name=$1; shift
    CLI_CHECKS=$((CLI_CHECKS + 1))
    "$@" || _cli_fail "$name" "condition failed: $*"
}
in_order() { # in_order FILE PHRASE... — each phrase appears, after the one before it
    local file=$1 last=0 at; shift
    for phrase in "$@"; do
        at=$(grep -nF -- "$phrase" "$file" | head -1 | cut -d: -f1)
        [ -n "$at" ] && [ "$at" -ge "$last" ] || return 1
        last=$at
    done
}

# --- before anything is written: the sheet shows, and no database appears
cli_succeeds "support with no database" support
expect "no database created" test ! -e "$REKINDLE_DB"
expect "sheet order" in_order "$CLI_OUT" "In danger now" "112" "Your support card" "support --edit" \
    "Free, confidential lines" "checked 2026-12" "Samaritans · call 116 123" "When you are online" \
    "findahelpline.com" "Before any contact" "A court order" "rekindle is a self-help workbook, not therapy or crisis care."
expect "no opening hours promised" bash -c "! grep -qE '24/7|24 hours' '$CLI_OUT'"

# --- the card through $EDITOR: the empty form opens; what is written is kept and shown first
cat >"$CLI_SANDBOX/editor" <<'SH'
#!/bin/sh
grep -q "People I can call:" "$1" || exit 3
printf 'People I can call:\nSam 0123 \033[2J\n\nWhat helps me cope:\nA walk\n' >"$1"
SH
chmod +x "$CLI_SANDBOX/editor"
EDITOR="$CLI_SANDBOX/editor" cli_succeeds "support --edit" support --edit
expect "edit says saved" grep -qx "saved your support card" "$CLI_OUT"
expect "database 0600" test "$(stat -c %a "$REKINDLE_DB")" = 600
EDITOR=true cli_succeeds "support --edit unchanged" support --edit
expect "unchanged edit is no change" grep -qx "no change" "$CLI_OUT"
cli_succeeds "support with a card" support
expect "card before the lines" in_order "$CLI_OUT" "In danger now" "Your support card" "Sam 0123" "What helps me cope:" "Free, confidential lines"
expect "piped output keeps the card as written" grep -qF $'Sam 0123 \e[2J' "$CLI_OUT"
cli_succeeds "support --history" support --history
expect "one revision" test "$(wc -l <"$CLI_OUT")" -eq 1
cli_succeeds "support --json" support --json
expect "json parses with the card" python3 -c "import json,sys; d=json.load(open('$CLI_OUT')); assert d['supportCard'].startswith('People I can call:'); assert d['lines'][0]['provenance']['checked']=='2026-12'; assert d['about']"
cli_succeeds "export markdown" export
expect "markdown export has the card" grep -qx "## My support card" "$CLI_OUT"
cli_succeeds "export json" export --format json
expect "json export has the card" python3 -c "import json; assert 'Sam 0123' in json.load(open('$CLI_OUT'))['supportCard']"
cli_fails_mentioning "support --edit and --json" "only one of" support --edit --json

# --- a broken lines file: one line naming file:line:column, the card still shown, exit 1
mkdir -p "$CLI_SANDBOX/support"
printf 'line\ncountry: X\nnmae: Y\n' >"$CLI_SANDBOX/support/lines.txt"
CLI_CHECKS=$((CLI_CHECKS + 1))
REKINDLE_SUPPORT="$CLI_SANDBOX/support" "$REKINDLE_BIN" support >"$CLI_OUT" 2>"$CLI_ERR"
status=$?
[ "$status" -eq 1 ] || _cli_fail "broken lines file" "exit status $status, expected 1"
expect "broken file: one line on stderr" test "$(wc -l <"$CLI_ERR")" -eq 1
expect "broken file: named at line and column" grep -qF "rekindle: $CLI_SANDBOX/support/lines.txt:3:1: \"nmae\" is not a field" "$CLI_ERR"
expect "broken file: the card still shows" grep -qF "Sam 0123" "$CLI_OUT"
expect "broken file: the closing sentence still shows" grep -qF "not therapy or crisis care" "$CLI_OUT"
REKINDLE_SUPPORT="$CLI_SANDBOX/support" "$REKINDLE_BIN" doctor >"$CLI_OUT" 2>"$CLI_ERR"
expect "doctor fails on a broken lines file" test $? -eq 1
expect "doctor names it" grep -qF "warning: $CLI_SANDBOX/support/lines.txt:3:1:" "$CLI_OUT"

# --- doctor: the lines' month and the privacy sentence
cli_succeeds "doctor" doctor
expect "doctor shows the lines' month" grep -qE "^support lines: .*lines.txt \(checked 2026-12\)$" "$CLI_OUT"
expect "doctor says who can read the data" grep -qF "anyone with access to this account" "$CLI_OUT"

# --- read: plain wrapped text, the person's ticks and notes, no escape characters
"$REKINDLE_BIN" tick 2.1 >/dev/null && "$REKINDLE_BIN" note 2 --append $'Felt calmer. \e]0;title\a' >/dev/null
cli_succeeds "read 2" read 2 --width 40
expect "read: heading first" test "$(head -1 "$CLI_OUT")" = "Step 2: Reestablishing Contact"
expect "read: a ticked item" grep -qE '^\[x\] ' "$CLI_OUT"
expect "read: an open item" grep -qE '^\[ \] ' "$CLI_OUT"
expect "read: the notes" grep -qF "Felt calmer." "$CLI_OUT"
expect "read: no control characters" bash -c "! LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]' '$CLI_OUT'"
expect "read: at most 40 columns" python3 -c "import sys; assert all(len(l.rstrip('\n')) <= 40 for l in open('$CLI_OUT', encoding='utf-8'))"
cli_succeeds "read everything" read
expect "read: every section" test "$(grep -c '^Step [0-9]: ' "$CLI_OUT")" -eq 6
cli_fails_mentioning "read --width too small" "--width must be at least 20" read 2 --width 5
cli_fails_mentioning "read a step that is not there" "there is no step 9" read 9

cli_finish
