#!/usr/bin/env bash
# `rekindle restore BACKUP` (issue 10 item 2): a backup put back over a database a crash left with
# a -wal comes back exactly, integrity ok, and the old database is kept as a safety copy; a restore
# is refused while another process has the database open, and for a file that is not a backup.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/cli_expect.sh"
cli_sandbox
db="$REKINDLE_DB"

"$REKINDLE_BIN" tick 1.1 >/dev/null && "$REKINDLE_BIN" note 2 --append "Kept in the backup." >/dev/null &&
    "$REKINDLE_BIN" backup "$HOME/backup.sqlite" >/dev/null || { echo "FAIL: setup" >&2; exit 1; }
"$REKINDLE_BIN" tick 3.1 >/dev/null && "$REKINDLE_BIN" note 2 --append "Written after the backup." >/dev/null ||
    { echo "FAIL: setup" >&2; exit 1; }
# A writer killed mid-session: its last commits are only in the -wal.
python3 - "$db" <<'PY'
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("UPDATE items SET doneAt = '2026-12-01 00:00:00.000' WHERE doneAt IS NULL")
c.commit()
os._exit(0)  # no close, so no checkpoint: as a crash leaves it
PY
[ -s "$db-wal" ] || { echo "FAIL: setup left no -wal" >&2; exit 1; }

# --- refused: not a backup, a missing file, a database in use
printf 'not a database' >"$HOME/notes.txt"
cli_fails_mentioning "restore a text file" "not a rekindle database" restore "$HOME/notes.txt"
cli_fails_mentioning "restore a missing file" "no such file" restore "$HOME/missing.sqlite"
cli_fails "restore without a backup" restore
python3 - "$db" "$CLI_SANDBOX/ready" <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1])
c.execute("SELECT count(*) FROM items").fetchall()
open(sys.argv[2], "w").close()
time.sleep(30)
PY
holder=$!
for _ in $(seq 100); do [ -e "$CLI_SANDBOX/ready" ] && break; sleep 0.05; done
cli_fails_mentioning "restore while another copy has it open" "open in another copy" restore "$HOME/backup.sqlite"
kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null

# --- the restore itself
CLI_CHECKS=$((CLI_CHECKS + 1))
if ! "$REKINDLE_BIN" restore "$HOME/backup.sqlite" >"$CLI_OUT" 2>"$CLI_ERR"; then
    _cli_fail "restore" "failed"
else
    safety=$(sed -n 's/.*kept in \(.*\) (readable only by you)$/\1/p' "$CLI_OUT")
    status=$("$REKINDLE_BIN" status)
    notes=$("$REKINDLE_BIN" note 2)
    [ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || _cli_fail "restore" "integrity_check is not ok"
    echo "$status" | grep -q ' 1 of 18 done' || _cli_fail "restore" "status is not the backup's: $status"
    [ "$notes" = "Kept in the backup." ] || _cli_fail "restore" "notes are not the backup's: $notes"
    [ -n "$safety" ] && [ -f "$safety" ] || _cli_fail "restore" "no safety copy named: $(cat "$CLI_OUT")"
    [ "$(stat -c %a "$db")" = 600 ] && [ "$(stat -c %a "$safety")" = 600 ] || _cli_fail "restore" "not 0600"
    # The safety copy is the database as it was, its -wal included: everything ticked.
    "$REKINDLE_BIN" status --db "$safety" | grep -q '18 of 18 done' || _cli_fail "restore" "safety copy lacks the last commits"
fi

# --- the damaged-database message says how to restore
"$REKINDLE_BIN" backup "$HOME/damaged.sqlite" >/dev/null
dd if=/dev/urandom of="$HOME/damaged.sqlite" bs=4096 seek=1 count=3 conv=notrunc 2>/dev/null
cli_fails_mentioning "a damaged database names the restore command" "rekindle restore" status --db "$HOME/damaged.sqlite"
cli_finish
