#!/usr/bin/env bash
# Whatever the umask (022, the usual; 000, the worst), everything rekindle writes is private:
# folders 0700; database, -wal, -shm, backups, exports and the `note --edit` temporary file 0600;
# and no plain-text copy of the notes is left in the temporary folder. `doctor` warns, and exits
# non-zero, about a folder or file others can read.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/cli_expect.sh"
cli_sandbox
mode_of() { stat -c %a "$1"; }
expect_mode() { # WHAT PATH MODE
    CLI_CHECKS=$((CLI_CHECKS + 1))
    if [ ! -e "$2" ]; then echo "FAIL: $1 $2 does not exist" >&2; CLI_FAILURES=$((CLI_FAILURES + 1));
    elif [ "$(mode_of "$2")" != "$3" ]; then echo "FAIL: $1 $2 has mode $(mode_of "$2"), expected $3" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); fi
}

# An editor that records what it was given (mode of the file and its folder, the -wal and -shm of
# the open database) and appends a line, as a person would.
editor="$CLI_SANDBOX/editor.sh"
cat >"$editor" <<'SCRIPT'
#!/bin/sh
{
    echo "file $1"
    echo "file-mode $(stat -c %a "$1")"
    echo "dir-mode $(stat -c %a "$(dirname "$1")")"
    for f in "$REKINDLE_DB-wal" "$REKINDLE_DB-shm"; do [ -e "$f" ] && echo "db-file-mode $(stat -c %a "$f") $f"; done
} >>"$EDITOR_LOG"
echo "Added in the editor." >>"$1"
SCRIPT
chmod +x "$editor"

for mask in 022 000; do
    unset TMPDIR
    cli_sandbox
    export TMPDIR="$CLI_SANDBOX/tmp" EDITOR_LOG="$CLI_SANDBOX/editor.log"
    mkdir -m 700 "$TMPDIR"
    (
        umask "$mask"
        "$REKINDLE_BIN" tick 1.1 >/dev/null &&
            "$REKINDLE_BIN" note 2 --append "A private line." >/dev/null &&
            EDITOR="$editor" "$REKINDLE_BIN" note 2 --edit >/dev/null &&
            "$REKINDLE_BIN" backup "$HOME/backup.sqlite" >/dev/null &&
            "$REKINDLE_BIN" backup >/dev/null &&
            "$REKINDLE_BIN" export -o "$HOME/export.md" >/dev/null &&
            "$REKINDLE_BIN" export --format json -o "$HOME/export.json" >/dev/null &&
            "$REKINDLE_BIN" export -o "$HOME/export.md" --force >/dev/null
    ) || { echo "FAIL: umask $mask: a command failed" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); continue; }

    expect_mode "umask $mask: data folder" "$(dirname "$REKINDLE_DB")" 700
    expect_mode "umask $mask: database" "$REKINDLE_DB" 600
    for f in "$REKINDLE_DB-wal" "$REKINDLE_DB-shm"; do [ -e "$f" ] && expect_mode "umask $mask: database file" "$f" 600; done
    expect_mode "umask $mask: backup" "$HOME/backup.sqlite" 600
    for f in "$(dirname "$REKINDLE_DB")"/rekindle-backup-*.sqlite; do expect_mode "umask $mask: dated backup" "$f" 600; done
    expect_mode "umask $mask: export" "$HOME/export.md" 600
    expect_mode "umask $mask: json export" "$HOME/export.json" 600

    CLI_CHECKS=$((CLI_CHECKS + 4))
    grep -q '^file-mode 600$' "$EDITOR_LOG" && grep -q '^dir-mode 700$' "$EDITOR_LOG" ||
        { echo "FAIL: umask $mask: the editor's file was not 0600 in a 0700 folder: $(cat "$EDITOR_LOG")" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
    grep -q "^file $TMPDIR/" "$EDITOR_LOG" ||
        { echo "FAIL: umask $mask: the editor's file is not under \$TMPDIR: $(cat "$EDITOR_LOG")" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
    if grep '^db-file-mode' "$EDITOR_LOG" | grep -qv '^db-file-mode 600 '; then
        echo "FAIL: umask $mask: -wal/-shm not 0600 while open: $(cat "$EDITOR_LOG")" >&2; CLI_FAILURES=$((CLI_FAILURES + 1))
    fi
    if [ -n "$(ls -A "$TMPDIR")" ]; then
        echo "FAIL: umask $mask: left in the temporary folder: $(ls -A "$TMPDIR")" >&2; CLI_FAILURES=$((CLI_FAILURES + 1))
    fi
    [ "$("$REKINDLE_BIN" note 2)" = $'A private line.\nAdded in the editor.' ] ||
        { echo "FAIL: umask $mask: the edited notes were not saved" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
    # No other file appeared beside the ones made on purpose (no stray temporary files).
    stray=$(find "$HOME" -name '.*.??????' -o -name '*.tmp')
    [ -z "$stray" ] || { echo "FAIL: umask $mask: stray files: $stray" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
done
unset TMPDIR

# doctor: healthy, then warns and fails about a loose folder, then about a loose file.
folder=$(dirname "$REKINDLE_DB")
doctor_says() { # NAME STATUS PHRASE
    CLI_CHECKS=$((CLI_CHECKS + 1))
    "$REKINDLE_BIN" doctor >"$CLI_OUT" 2>"$CLI_ERR"
    local status=$?
    if [ "$status" -ne "$2" ] || ! grep -qF -- "$3" "$CLI_OUT"; then
        echo "FAIL: doctor ($1): status $status, expected $2, output: $(cat "$CLI_OUT" "$CLI_ERR")" >&2; CLI_FAILURES=$((CLI_FAILURES + 1))
    fi
}
doctor_says "healthy" 0 "integrity: ok"
chmod 755 "$folder"
doctor_says "folder 0755" 1 "chmod 700 $folder"
chmod 700 "$folder"; chmod 644 "$REKINDLE_DB"
doctor_says "file 0644" 1 "chmod 600 $REKINDLE_DB"
chmod 600 "$REKINDLE_DB"
doctor_says "fixed" 0 "integrity: ok"
cli_finish
