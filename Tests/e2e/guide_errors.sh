#!/usr/bin/env bash
# Every broken guide in Tests/RekindleKitTests/Fixtures/guides/broken is refused by the command
# line: non-zero exit, one "rekindle: FILE:LINE:COLUMN: ..." line on stderr (the place from the
# fixture's .expect sidecar), nothing on stdout, and no database created or changed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/cli_expect.sh"
cli_sandbox
corpus="$here/../RekindleKitTests/Fixtures/guides/broken"
count=$(ls "$corpus"/*.md | wc -l)

check_all() {
    local label=$1 guide expect place
    for guide in "$corpus"/*.md; do
        expect="${guide%.md}.expect"
        place=$(head -n 1 "$expect")

        cli_fails_mentioning "$label $(basename "$guide")" "rekindle: $guide:$place: " --guide "$guide" status
        # The same with the option after the subcommand.
        cli_fails_mentioning "$label $(basename "$guide") (option last)" "$guide:$place: " status --guide "$guide"
    done
}

# No database yet: a refused guide must not create one.
check_all "no database:"
if [ -e "$REKINDLE_DB" ]; then echo "FAIL: a refused guide created $REKINDLE_DB" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); fi

# An existing database with progress stays byte for byte the same (cli_fails compares checksums).
"$REKINDLE_BIN" tick 1.1 >/dev/null && "$REKINDLE_BIN" status >/dev/null && "$REKINDLE_BIN" status >/dev/null
[ -s "$REKINDLE_DB" ] || { echo "FAIL: setup could not create the database" >&2; exit 1; }
check_all "with database:"

# Guide paths that are not guide files at all.
cli_fails_mentioning "missing guide file" "no such file" --guide "$CLI_SANDBOX/missing.md" status
cli_fails_mentioning "guide is a directory" "not a regular file" --guide "$CLI_SANDBOX" status
cli_fails_mentioning "guide is a device" "not a regular file" --guide /dev/null status
cli_fails_mentioning "unknown guide id" "no guide with the id" --guide no-such-guide status

echo "$count broken guides tried, each four ways (option before/after the subcommand, with and without a database)"
cli_finish
