#!/usr/bin/env bash
# A first run (issue 9 items 6, 9 and 11): reading commands work on the default database before it
# exists and create nothing; a failing command creates nothing; the command's own words (version,
# -v, a mistyped command, a folder as --db); note --history previews and note --revision.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/cli_expect.sh"
cli_sandbox
unset REKINDLE_DB
db="$XDG_DATA_HOME/rekindle/rekindle.sqlite"

# cli_says NAME STREAM PHRASE ARGS... — exit 0, PHRASE on stdout or stderr, and no database made.
cli_says() {
    local name=$1 stream=$2 phrase=$3; shift 3
    CLI_CHECKS=$((CLI_CHECKS + 1))
    "$REKINDLE_BIN" "$@" >"$CLI_OUT" 2>"$CLI_ERR" </dev/null
    local status=$? file=$CLI_OUT
    [ "$stream" = stderr ] && file=$CLI_ERR
    if [ "$status" -ne 0 ]; then _cli_fail "$name" "exit status $status"; return 1; fi
    if ! grep -qF -- "$phrase" "$file"; then _cli_fail "$name" "$stream does not say '$phrase'"; return 1; fi
    if [ -e "$db" ]; then _cli_fail "$name" "created the database"; rm -f "$db"*; return 1; fi
}

cli_says "status on a first run" stdout " 0 of 18 done" status
cli_says "status draws a short step's marks" stdout "Step 1: Self-Reflection and Understanding  0/3  [...]" status
cli_says "status --json on a first run" stdout '"total" : 18' status --json
cli_says "export on a first run" stdout "Progress: 0 of 18 done" export
cli_says "note 4 on a first run" stderr "(no notes for Step 4: Show Genuine Change yet)" note 4
cli_says "note --history on a first run" stderr "(no saved versions" note 4 --history
cli_says "doctor on a first run" stdout "no database yet — it is created when you first tick or write" doctor
cli_says "doctor names the path" stdout "$db" doctor
cli_fails_mentioning "an explicit --db to a missing file is still refused" "no database at" status --db "$HOME/typo.sqlite"
cli_fails_mentioning "backup on a first run" "nothing to back up" backup
cli_fails "a wrong item on a first run creates nothing" tick 9.9
cli_fails "a wrong step on a first run creates nothing" add 9 "text"
cli_fails "a wrong step for a note creates nothing" note 9 --append "text"
[ -e "$db" ] && _cli_fail "first run" "a failing command created the database"

# --- the command's own words
cli_says "version" stdout "0.1.0" version
cli_says "-v" stdout "0.1.0" -v
cli_fails_mentioning "a mistyped command" "did you mean 'status'?" stauts
cli_fails_mentioning "another mistyped command" "did you mean 'backup'?" bakup
cli_fails_mentioning "a word that is no command" "the commands are" frobnicate
mkdir "$HOME/Documents"
cli_fails_mentioning "--db a folder names a file inside it" "use --db $HOME/Documents/rekindle.sqlite" status --db "$HOME/Documents"
if grep -q "remove or rename" "$CLI_ERR"; then _cli_fail "--db a folder" "asks to remove or rename a folder"; fi
# (The refused start still creates its database, issue 10 item 21: give it one of its own.)
CLI_CHECKS=$((CLI_CHECKS + 1))
"$REKINDLE_BIN" open --db "$CLI_SANDBOX/open.sqlite" </dev/null >"$CLI_OUT" 2>"$CLI_ERR"
if ! grep -q "^rekindle: needs a terminal" "$CLI_ERR"; then _cli_fail "doubled prefix" "$(cat "$CLI_ERR")"; fi
cli_fails "a parser failure" tick
if grep -q "^rekindle: [A-Z]" "$CLI_ERR"; then _cli_fail "capitals" "$(cat "$CLI_ERR")"; fi

# --- history previews the first line that differs; --revision prints one version in full
"$REKINDLE_BIN" note 2 --append "Dear you," >/dev/null && "$REKINDLE_BIN" note 2 --append "I am fine." >/dev/null &&
    "$REKINDLE_BIN" note 2 --append "Really." >/dev/null || _cli_fail "setup" "note --append failed"
cli_succeeds "note --history" note 2 --history
previews=$(sed 's/^[0-9]*  [^ ]* [^ ]*  //' "$CLI_OUT" | tr '\n' '|')
[ "$previews" = "Really.|I am fine.|Dear you,|" ] || _cli_fail "note --history" "previews: $previews"
oldest=$(tail -1 "$CLI_OUT" | cut -d' ' -f1)
cli_succeeds "note --revision" note 2 --revision "$(sed -n 2p "$CLI_OUT" | cut -d' ' -f1)"
[ "$(cat "$CLI_OUT")" = "$(printf 'Dear you,\nI am fine.')" ] || _cli_fail "note --revision" "printed: $(cat "$CLI_OUT")"
cli_fails_mentioning "a revision of another step" "have no saved version" note 3 --revision "$oldest"
cli_fails_mentioning "--revision and --history" "only one of" note 2 --revision 1 --history
cli_finish
