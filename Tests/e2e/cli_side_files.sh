#!/usr/bin/env bash
# The -shm deleted while a copy of rekindle has the database open (issue 10 item 1): the other
# copies' writes must survive, and the copy whose index went stale must refuse to write rather
# than say "saved" over them.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/cli_expect.sh"
cli_sandbox
db="$REKINDLE_DB"
"$REKINDLE_BIN" note 2 --append "First words." >/dev/null || { echo "FAIL: setup" >&2; exit 1; }

# An editor that writes its text, then waits until told to finish: rekindle holds the database
# open all that time, as a running interface would.
printf '#!/bin/sh\nprintf "From the long edit." >"$1"\n: >"%s/editing"\nwhile [ ! -e "%s/finish" ]; do sleep 0.05; done\n' \
    "$CLI_SANDBOX" "$CLI_SANDBOX" >"$CLI_SANDBOX/editor.sh"
chmod +x "$CLI_SANDBOX/editor.sh"
EDITOR="$CLI_SANDBOX/editor.sh" "$REKINDLE_BIN" note 3 --edit >"$CLI_SANDBOX/edit.out" 2>"$CLI_SANDBOX/edit.err" &
editing=$!
for _ in $(seq 200); do [ -e "$CLI_SANDBOX/editing" ] && break; sleep 0.05; done

rm -f "$db-shm"   # a cleaner at work
cli_succeeds "a tick after the -shm was deleted" tick 1.1
cli_succeeds "an append after the -shm was deleted" note 2 --append "Written meanwhile."
: >"$CLI_SANDBOX/finish"
wait "$editing"; edit_status=$?

CLI_CHECKS=$((CLI_CHECKS + 1))
if [ "$edit_status" -eq 0 ] || ! grep -q "deleted or replaced while rekindle had it open" "$CLI_SANDBOX/edit.err"; then
    _cli_fail "the stale copy" "it did not refuse (status $edit_status): $(cat "$CLI_SANDBOX/edit.out" "$CLI_SANDBOX/edit.err")"
fi
CLI_CHECKS=$((CLI_CHECKS + 1))
status=$("$REKINDLE_BIN" status)
notes=$("$REKINDLE_BIN" note 2)
echo "$status" | grep -q ' 1 of 18 done' || _cli_fail "the tick made meanwhile" "lost: $status"
[ "$notes" = "$(printf 'First words.\nWritten meanwhile.')" ] || _cli_fail "the append made meanwhile" "notes: $notes"
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || _cli_fail "integrity" "not ok"
cli_finish
