#!/usr/bin/env bash
# A read-only data folder (a mounted backup disk) still serves the reading commands — status,
# export, doctor — and changes nothing; a database nobody may read is refused with "permission
# denied", not "cannot read the file" (issue 10 items 19 and 20).
#
# Permissions bind no one as root, so as root the checks run as the unprivileged user `nobody`
# (setpriv); as anyone else, as that user. Without a way to drop root, the script says so and skips.
set -u
here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "${REKINDLE_BIN:-.build/debug/rekindle}")
failures=0
fail() { echo "FAIL: $1" >&2; failures=$((failures + 1)); }

if [ "$(id -u)" = 0 ]; then
    if ! command -v setpriv >/dev/null || ! id nobody >/dev/null 2>&1; then
        echo "SKIPPED: running as root without setpriv or a 'nobody' user, so permissions cannot be tested"; exit 0
    fi
    as_user() { setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups -- "$@"; }
    owner=nobody
else
    as_user() { "$@"; }
    owner=$(id -un)
fi
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
chmod 755 "$work"
home="$work/home" data="$work/home/data"
install -d -m 700 -o "$owner" "$home"
install -d -m 700 -o "$owner" "$data"
db="$data/rekindle.sqlite"
run() { as_user env HOME="$home" XDG_DATA_HOME="$home/.local/share" REKINDLE_DB="$db" "$bin" "$@"; }
[ -x "$bin" ] && as_user test -x "$bin" || { echo "SKIPPED: $owner cannot run $bin"; exit 0; }

run tick 1.1 >/dev/null && run note 2 --append "Kept on the backup disk." >/dev/null || { echo "FAIL: setup" >&2; exit 1; }
run status >/dev/null   # leaves the database checkpointed, as a finished backup is
chmod 500 "$data"; chmod 400 "$db"; rm -f "$db-wal" "$db-shm" 2>/dev/null
as_user test -w "$data" && { echo "FAIL: the folder is still writable for $owner" >&2; exit 1; }
before=$(ls -la "$data" | md5sum)

out=$(run status 2>&1) && echo "$out" | grep -q "1 of 18 done" || fail "status in a read-only folder: $out"
out=$(run status --json 2>&1) && echo "$out" | grep -q '"done" : 1' || fail "status --json in a read-only folder: $out"
out=$(run export 2>&1) && echo "$out" | grep -q "Kept on the backup disk." || fail "export in a read-only folder: $(echo "$out" | tail -2)"
out=$(run note 2 2>&1) && [ "$out" = "Kept on the backup disk." ] || fail "note 2 in a read-only folder: $out"
run doctor >"$work/doctor.txt" 2>&1
grep -q "database: $db (read-only" "$work/doctor.txt" || fail "doctor does not say the folder is read-only: $(cat "$work/doctor.txt")"
out=$(run tick 1.2 2>&1) && fail "a tick in a read-only folder succeeded: $out"
[ "$(echo "$out" | wc -l)" -eq 1 ] && echo "$out" | grep -q "$db" || fail "the refused tick is not one line naming the file: $out"
[ "$(ls -la "$data" | md5sum)" = "$before" ] || fail "the read-only folder changed"
echo "  - status, export, note and doctor read a read-only folder; a tick is refused in one line"

chmod 700 "$data"; chmod 000 "$db"
out=$(run status 2>&1) && fail "status on an unreadable database succeeded: $out"
echo "$out" | grep -q "permission denied" && echo "$out" | grep -q "$db" || fail "an unreadable database is not called 'permission denied' with its path: $out"
[ "$(echo "$out" | wc -l)" -eq 1 ] || fail "more than one line for an unreadable database: $out"
echo "  - an unreadable database: one line, permission denied, the file named"

[ "$failures" -eq 0 ] || exit 1
