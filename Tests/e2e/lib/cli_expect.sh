# Helpers for end-to-end tests of the command line's answers to bad input.
#
#   source "$(dirname "$0")/lib/cli_expect.sh"
#   cli_sandbox                          # temp HOME, XDG_DATA_HOME, REKINDLE_DB; removed on exit
#   cli_fails "tick 2" tick 2            # non-zero, one "rekindle: " line on stderr, empty stdout,
#                                        # and no file under the sandbox changed (checksums)
#   cli_fails_mentioning "tick 2" "is not an item" tick 2
#   cli_succeeds "status" status         # zero, nothing on stderr
#   cli_finish                           # prints a summary; exit status 1 if anything failed
#
# Every check that fails prints what happened and counts as a failure; the script goes on, so one
# run shows every problem.

: "${REKINDLE_BIN:?set REKINDLE_BIN to the rekindle binary}"
REKINDLE_BIN=$(cd "$(dirname "$REKINDLE_BIN")" && pwd)/$(basename "$REKINDLE_BIN")
CLI_FAILURES=0
CLI_CHECKS=0
CLI_SANDBOX=""
_cli_sandboxes=()

cli_sandbox() {
    CLI_SANDBOX=$(mktemp -d "${TMPDIR:-/tmp}/rekindle-e2e-XXXXXX")
    _cli_sandboxes+=("$CLI_SANDBOX")
    trap 'rm -rf "${_cli_sandboxes[@]}"' EXIT
    export HOME="$CLI_SANDBOX/home" XDG_DATA_HOME="$CLI_SANDBOX/home/.local/share"
    export REKINDLE_DB="$CLI_SANDBOX/home/db/rekindle.sqlite"
    unset VISUAL EDITOR REKINDLE_GUIDES
    mkdir -p "$HOME"
    CLI_OUT="$CLI_SANDBOX/out" CLI_ERR="$CLI_SANDBOX/err"
}

# The bytes of a file, but for an SQLite database without the three header counters that change
# on every open: GRDB creates and drops a table when it opens a database whose -wal is absent
# (GRDB issue 102), which bumps the change counter (offset 24), the schema cookie (40) and
# version-valid-for (92). Every page, and every other header byte, still counts.
_cli_file_digest() {
    if [ "$(head -c 15 "$1" | tr -d '\0')" = "SQLite format 3" ] && [ "$(wc -c <"$1")" -ge 100 ]; then
        { head -c 24 "$1"; tail -c +29 "$1" | head -c 12; tail -c +45 "$1" | head -c 48; tail -c +97 "$1"; } | sha256sum | cut -d' ' -f1
    else
        sha256sum <"$1" | cut -d' ' -f1
    fi
}

# A checksum of every file under the sandbox's home (names, types and contents), but not the -shm
# index SQLite rewrites on every open; a changed, added or removed file changes it.
cli_snapshot() {
    (cd "$CLI_SANDBOX/home" && find . -not -name '*-shm' \( -type f -o -type l \) -print0 | LC_ALL=C sort -z |
        while IFS= read -r -d '' f; do
            if [ -L "$f" ]; then printf 'L %s -> %s\n' "$f" "$(readlink "$f")"; else printf 'F %s %s\n' "$f" "$(_cli_file_digest "$f")"; fi
        done | sha256sum | cut -d' ' -f1)
}

_cli_fail() {
    CLI_FAILURES=$((CLI_FAILURES + 1))
    echo "FAIL [$1]: $2" >&2
    echo "  stdout: $(head -c 400 "$CLI_OUT" | od -c | head -5)" >&2
    echo "  stderr: $(head -c 600 "$CLI_ERR")" >&2
}

# cli_fails NAME ARGS... — the command must fail cleanly and leave every file as it was.
cli_fails() {
    local name=$1; shift
    local before after status lines
    CLI_CHECKS=$((CLI_CHECKS + 1))
    before=$(cli_snapshot)
    "$REKINDLE_BIN" "$@" >"$CLI_OUT" 2>"$CLI_ERR" </dev/null
    status=$?
    after=$(cli_snapshot)
    lines=$(wc -l <"$CLI_ERR")
    if [ "$status" -eq 0 ]; then _cli_fail "$name" "exit status 0, expected a failure"; return 1; fi
    if [ "$status" -ge 128 ]; then _cli_fail "$name" "killed by a signal (status $status)"; return 1; fi
    if [ -s "$CLI_OUT" ]; then _cli_fail "$name" "wrote to stdout"; return 1; fi
    if [ "$lines" -ne 1 ] || [ "$(tail -c 1 "$CLI_ERR" | od -An -c | tr -d ' ')" != '\n' ]; then
        _cli_fail "$name" "stderr has $lines lines, expected exactly one"; return 1
    fi
    if ! head -c 10 "$CLI_ERR" | grep -q '^rekindle: '; then _cli_fail "$name" "stderr does not start with 'rekindle: '"; return 1; fi
    if grep -qE 'Fatal error|Stack dump|Current stack trace|\.swift:[0-9]+' "$CLI_ERR"; then
        _cli_fail "$name" "a crash report or stack trace"; return 1
    fi
    if grep -q $'\e' "$CLI_ERR"; then _cli_fail "$name" "an escape character reached stderr"; return 1; fi
    if [ "$before" != "$after" ]; then _cli_fail "$name" "files under the sandbox changed"; return 1; fi
    return 0
}

# cli_fails_mentioning NAME PHRASE ARGS... — as cli_fails, and stderr contains PHRASE.
cli_fails_mentioning() {
    local name=$1 phrase=$2; shift 2
    cli_fails "$name" "$@" || return 1
    if ! grep -qF -- "$phrase" "$CLI_ERR"; then _cli_fail "$name" "stderr does not mention '$phrase'"; return 1; fi
}

# cli_succeeds NAME ARGS... — exit 0 and nothing on stderr.
cli_succeeds() {
    local name=$1; shift
    CLI_CHECKS=$((CLI_CHECKS + 1))
    "$REKINDLE_BIN" "$@" >"$CLI_OUT" 2>"$CLI_ERR" </dev/null
    local status=$?
    if [ "$status" -ne 0 ]; then _cli_fail "$name" "exit status $status, expected success"; return 1; fi
    if [ -s "$CLI_ERR" ]; then _cli_fail "$name" "wrote to stderr"; return 1; fi
}

cli_finish() {
    if [ "$CLI_FAILURES" -gt 0 ]; then
        echo "$CLI_FAILURES of $CLI_CHECKS checks failed" >&2
        exit 1
    fi
    echo "ok: $CLI_CHECKS checks"
}
