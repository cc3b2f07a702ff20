#!/usr/bin/env bash
# The import round trip on the year-of-use database (`rekindle-bench make-db`, Fixture.swift:
# 10,000 own items, 5,000 notes revisions, 1 MB of notes, 558 entries of the journal and the tools): export → import into a new database →
# export gives the same bytes, encrypted or not; merging the export back adds nothing.
# Making the database takes about a minute in a debug build.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../e2e/lib/cli_expect.sh"
bench=$(dirname "$REKINDLE_BIN")/rekindle-bench
[ -x "$bench" ] || { echo "FAIL: $bench is missing — build it with: swift build --product rekindle-bench" >&2; exit 1; }
cli_sandbox
fail() { echo "FAIL: $1" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
year="$CLI_SANDBOX/home/year/rekindle.sqlite"
mkdir -p "$(dirname "$year")"
"$bench" make-db "$year" >/dev/null || { echo "FAIL: make-db" >&2; exit 1; }
printf 'a long passphrase for a year\n' >"$CLI_SANDBOX/pass"

cli_succeeds "export the year" export --db "$year" --format json -o "$HOME/year.json"
cli_succeeds "import the year" import --db "$HOME/copy/rekindle.sqlite" "$HOME/year.json"
grep -q "added 5000 notes revisions, 10018 items, 2512 ticks, 558 entries, 70 entry revisions" "$CLI_OUT" || fail "import summary: $(cat "$CLI_OUT")"
cli_succeeds "export the copy" export --db "$HOME/copy/rekindle.sqlite" --format json -o "$HOME/copy.json"
cmp -s "$HOME/year.json" "$HOME/copy.json" || fail "export → import → export of the year differs"
cli_succeeds "merge the year into its copy" import --db "$HOME/copy/rekindle.sqlite" --merge "$HOME/year.json"
grep -q "nothing new; 15646 already here" "$CLI_OUT" || fail "merge summary: $(cat "$CLI_OUT")"

cli_succeeds "encrypted export of the year" export --db "$year" --format json --encrypt --passphrase-file "$CLI_SANDBOX/pass" -o "$CLI_SANDBOX/year.enc"
cli_succeeds "import it" import --db "$HOME/sealed/rekindle.sqlite" --passphrase-file "$CLI_SANDBOX/pass" "$CLI_SANDBOX/year.enc"
cli_succeeds "export that" export --db "$HOME/sealed/rekindle.sqlite" --format json -o "$HOME/sealed.json"
cmp -s "$HOME/year.json" "$HOME/sealed.json" || fail "the encrypted round trip of the year differs"
cli_succeeds "encrypted backup of the year" backup --db "$year" --encrypt --passphrase-file "$CLI_SANDBOX/pass" "$CLI_SANDBOX/year-backup.enc"
cli_succeeds "restore it" restore --db "$HOME/restored/rekindle.sqlite" --passphrase-file "$CLI_SANDBOX/pass" "$CLI_SANDBOX/year-backup.enc"
cli_succeeds "export the restored year" export --db "$HOME/restored/rekindle.sqlite" --format json -o "$HOME/restored.json"
cmp -s "$HOME/year.json" "$HOME/restored.json" || fail "the restored year differs"
cli_finish
