#!/usr/bin/env bash
# Two rekindle processes writing to one database at once (as two terminals would): every
# `note --append` line lands in the notes, ticks and own items all land, and the file stays sound.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/cli_expect.sh"
cli_sandbox
rounds=${ROUNDS:-40}
# Create the database (a read-only command such as status would refuse a missing one).
"$REKINDLE_BIN" untick 1.1 >/dev/null || { echo "FAIL: setup" >&2; exit 1; }

writer() {
    local name=$1 i
    for ((i = 0; i < rounds; i++)); do
        "$REKINDLE_BIN" note 3 --append "$name $i" >/dev/null || echo "$name append $i failed" >>"$CLI_SANDBOX/errors"
        "$REKINDLE_BIN" add 4 "$name item $i" >/dev/null || echo "$name add $i failed" >>"$CLI_SANDBOX/errors"
        "$REKINDLE_BIN" tick "5.$((i % 3 + 1))" >/dev/null || echo "$name tick $i failed" >>"$CLI_SANDBOX/errors"
    done
}
writer A & a=$!
writer B & b=$!
wait "$a" "$b"

CLI_CHECKS=$((CLI_CHECKS + 4))
if [ -s "$CLI_SANDBOX/errors" ]; then
    echo "FAIL: some commands failed:" >&2; head "$CLI_SANDBOX/errors" >&2; CLI_FAILURES=$((CLI_FAILURES + 1))
fi
notes=$("$REKINDLE_BIN" note 3)
for name in A B; do
    for ((i = 0; i < rounds; i++)); do
        grep -qx "$name $i" <<<"$notes" || { echo "FAIL: the line '$name $i' was lost from the notes" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
    done
done
[ "$(grep -c . <<<"$notes")" -eq $((2 * rounds)) ] || { echo "FAIL: expected $((2 * rounds)) lines of notes" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
items=$("$REKINDLE_BIN" status | grep 'Step 4:')
[[ "$items" == *"/$((3 + 2 * rounds))"* ]] || { echo "FAIL: expected $((3 + 2 * rounds)) items in step 4: $items" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
"$REKINDLE_BIN" doctor | grep -q '^integrity: ok$' || { echo "FAIL: integrity check" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
cli_finish
