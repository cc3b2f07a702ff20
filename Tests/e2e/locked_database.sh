#!/usr/bin/env bash
# While another program holds the database's write lock (here Python's sqlite3 in BEGIN IMMEDIATE,
# as another copy of rekindle mid-write would), the interface keeps taking keys, says changes are
# waiting rather than saved, and writes them once the lock goes; a quit meanwhile waits for them
# (issue 10 item 17). Before, each tick froze the keys for the 5 s busy timeout and then failed.
set -euo pipefail
trap 'echo "locked_database.sh: failed at line $LINENO" >&2' ERR
source "$(dirname "$0")/lib/app.sh"

# hold_lock — takes the write lock in the background until $work/release exists.
hold_lock() {
    rm -f "$work/release" "$work/locked"
    python3 - "$REKINDLE_DB" "$work" <<'PY' &
import os, sqlite3, sys, time
db, work = sys.argv[1], sys.argv[2]
connection = sqlite3.connect(db, isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
open(os.path.join(work, "locked"), "w").close()
while not os.path.exists(os.path.join(work, "release")):
    time.sleep(0.05)
connection.execute("COMMIT")
PY
    locker=$!
    for _ in $(seq 200); do [ -e "$work/locked" ] && return; sleep 0.05; done
    echo "FAIL: the lock was never taken" >&2
    return 1
}
release_lock() { touch "$work/release"; wait "$locker"; locker=""; }

# ticked_in_store — how many items the store has ticked, read with Python's sqlite3 (a reader is
# never blocked by the lock; `rekindle status` syncs the guide first, which waits for it).
ticked_in_store() {
    python3 -c '
import sqlite3, sys
connection = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
print(connection.execute("SELECT count(*) FROM items WHERE doneAt IS NOT NULL AND deletedAt IS NULL").fetchone()[0])' "$REKINDLE_DB"
}
locker=""
trap '[ -n "$locker" ] && kill "$locker" 2>/dev/null; tmux_cleanup; rm -rf "$work"' EXIT

app_start 120 40
tmux_send 2 Enter
tmux_wait_for "Checklist · 0 of 3 done"

hold_lock
tmux_send Space
tmux_wait_for "changes kept, saving when free…"
tmux_wait_for "Checklist · 1 of 3 done"
step "a tick while the database is locked shows as waiting, not saved"
tmux_send Tab
tmux_wait_for "Step 2 · Notes"
tmux_send BTab
tmux_wait_for "Step 2 · Guide"
step "the keys still work while the lock is held"
[ -e "$work/locked" ] && ! [ -e "$work/release" ] || { echo "FAIL: the lock went early" >&2; exit 1; }
[ "$(ticked_in_store)" = 0 ] || { echo "FAIL: the store has the tick before the lock went" >&2; exit 1; }
if tmux_screen | grep -qF "Not saved"; then echo "FAIL: a waiting tick was reported as failed" >&2; exit 1; fi

release_lock
tmux_wait_gone "changes kept, saving when free…"
[ "$(ticked_in_store)" = 1 ] || { echo "FAIL: the tick did not land once the lock went" >&2; exit 1; }
step "the tick lands once the lock goes"

hold_lock
tmux_send j Space
tmux_wait_for "Checklist · 2 of 3 done"
tmux_send q
tmux_wait_for "saving, then quitting…"
sleep 0.5
tmux_screen | grep -qF "Checklist · 2 of 3 done" || { echo "FAIL: rekindle quit before its change was saved" >&2; exit 1; }
release_lock
status=$(tmux_wait_exit)
[ "$status" = 0 ] || { echo "FAIL: exit status $status" >&2; exit 1; }
[ "$(ticked_in_store)" = 2 ] || { echo "FAIL: the change a quit waited for is not in the store" >&2; exit 1; }
step "a quit while the lock is held waits, saves, then quits"
