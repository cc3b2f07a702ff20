#!/usr/bin/env bash
# note --edit with what editors really return (issue 10 item 5): a NUL byte or Latin-1 is refused
# with one line, nothing is saved and the edit is kept in a private file; a re-save that differs
# only in Unicode normalisation (NFD vs NFC) is saved, not called "no change".
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/cli_expect.sh"
cli_sandbox
data="$HOME/db"
"$REKINDLE_BIN" note 2 --append "caf$(printf '\xc3\xa9') first words" >/dev/null || { echo "FAIL: setup" >&2; exit 1; }

# editor_writing BYTES — an $EDITOR that replaces the file with these bytes (printf format).
editor_writing() {
    printf '#!/bin/sh\nprintf '"'%s'"' >"$1"\n' "$1" >"$CLI_SANDBOX/editor.sh"
    chmod +x "$CLI_SANDBOX/editor.sh"
    export EDITOR="$CLI_SANDBOX/editor.sh"
}

# refused_edit NAME BYTES PHRASE — non-zero, PHRASE on stderr, the edit kept byte for byte in a 0600 file.
refused_edit() {
    local name=$1 bytes=$2 phrase=$3
    editor_writing "$bytes"
    CLI_CHECKS=$((CLI_CHECKS + 1))
    "$REKINDLE_BIN" note 2 --edit >"$CLI_OUT" 2>"$CLI_ERR"
    if [ $? -eq 0 ] || ! grep -qF "$phrase" "$CLI_ERR" || [ "$(wc -l <"$CLI_ERR")" -ne 1 ]; then _cli_fail "$name" "not refused in one line"; return; fi
    local kept
    kept=$(sed -n 's/.*your edit is kept in \(.*\) (readable only by you).*/\1/p' "$CLI_ERR")
    if [ -z "$kept" ] || [ "$(od -An -tx1 "$kept" | tr -d ' \n')" != "$(printf "$bytes" | od -An -tx1 | tr -d ' \n')" ]; then
        _cli_fail "$name" "the edit was not kept byte for byte"
    elif [ "$(stat -c %a "$kept")" != 600 ]; then _cli_fail "$name" "the kept edit is not 0600"; fi
}
refused_edit "a NUL byte from the editor" 'before\000after\n' "holds a NUL byte"
refused_edit "Latin-1 from the editor" 'caf\351 latin-1\n' "is not valid UTF-8"
[ "$("$REKINDLE_BIN" note 2)" = "caf$(printf '\xc3\xa9') first words" ] || _cli_fail "refusals" "the notes changed"
rm -f "$data"/rekindle-edited-notes-*.txt

editor_writing 'cafe\314\201 first words\n'
cli_succeeds "an NFD re-save" note 2 --edit
grep -q "saved the notes" "$CLI_OUT" || _cli_fail "an NFD re-save" "said: $(cat "$CLI_OUT")"
[ "$("$REKINDLE_BIN" note 2 | od -An -tx1 | tr -d ' \n')" = "$(printf 'cafe\314\201 first words\n' | od -An -tx1 | tr -d ' \n')" ] ||
    _cli_fail "an NFD re-save" "not stored byte for byte"

# --- interrupted (issue 10 item 10): SIGTERM and SIGHUP reach the editor, the private temp copy is
# removed, nothing is saved, and rekindle exits 128+signal.
printf '#!/bin/sh\necho "$$" >"%s/editor.pid"\nprintf "half written" >"$1"\nwhile :; do sleep 0.05; done\n' "$CLI_SANDBOX" >"$CLI_SANDBOX/slow.sh"
chmod +x "$CLI_SANDBOX/slow.sh"
export EDITOR="$CLI_SANDBOX/slow.sh" TMPDIR="$CLI_SANDBOX/tmp"
mkdir -p "$TMPDIR"
for sig in TERM HUP; do
    CLI_CHECKS=$((CLI_CHECKS + 1))
    rm -f "$CLI_SANDBOX/editor.pid"
    before=$("$REKINDLE_BIN" note 2 | od -An -tx1)
    "$REKINDLE_BIN" note 2 --edit >"$CLI_OUT" 2>"$CLI_ERR" &
    cli=$!
    for _ in $(seq 200); do [ -s "$CLI_SANDBOX/editor.pid" ] && break; sleep 0.05; done
    editor=$(cat "$CLI_SANDBOX/editor.pid" 2>/dev/null)
    kill -s "$sig" "$cli"
    wait "$cli"; status=$?
    sleep 0.2
    if [ -n "$editor" ] && kill -0 "$editor" 2>/dev/null; then _cli_fail "SIG$sig during --edit" "the editor runs on orphaned"; kill -9 "$editor"; fi
    if [ -n "$(ls -A "$TMPDIR")" ]; then _cli_fail "SIG$sig during --edit" "left $(ls "$TMPDIR") in the temp folder"; rm -rf "${TMPDIR:?}"/*; fi
    expected=$((128 + $(kill -l "$sig")))
    [ "$status" -eq "$expected" ] || _cli_fail "SIG$sig during --edit" "exit status $status, expected $expected"
    [ "$("$REKINDLE_BIN" note 2 | od -An -tx1)" = "$before" ] || _cli_fail "SIG$sig during --edit" "the notes changed"
    [ "$(wc -l <"$CLI_ERR")" -eq 1 ] || _cli_fail "SIG$sig during --edit" "stderr: $(cat "$CLI_ERR")"
done
unset TMPDIR
cli_finish
