#!/usr/bin/env bash
# The command line's answers to wrong arguments and awkward files: every failure is a non-zero
# exit with exactly one "rekindle: ..." line on stderr, nothing on stdout, no stack trace, and
# no file changed (see lib/cli_expect.sh). The few cases where success is right are checked too.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/cli_expect.sh"
cli_sandbox
data="$HOME/db"

# A database with something in it, opened twice more so later snapshots compare settled files.
"$REKINDLE_BIN" tick 1.1 >/dev/null && "$REKINDLE_BIN" add 2 "Call my sister" >/dev/null &&
    "$REKINDLE_BIN" note 2 --append "First words." >/dev/null &&
    "$REKINDLE_BIN" export -o "$HOME/existing.md" >/dev/null &&
    "$REKINDLE_BIN" status >/dev/null && "$REKINDLE_BIN" status >/dev/null || { echo "FAIL: setup" >&2; exit 1; }
ln -s "$HOME/elsewhere.md" "$HOME/link.md"
ln -s "$HOME/existing.md" "$HOME/link-to-existing.md"
mkdir "$HOME/folder"

# --- arguments the parser itself refuses
cli_fails "unknown subcommand" frobnicate
cli_fails "unknown option" status --frobnicate
cli_fails "tick without an item" tick
cli_fails "tick with an extra argument" tick 1.1 extra
cli_fails "untick without an item" untick
cli_fails "add without text" add 2
cli_fails "add without anything" add
cli_fails "add with an extra argument" add 2 one two
cli_fails "note without a step" note
cli_fails "note with an extra argument" note 2 extra
cli_fails "note --append without a value" note 2 --append
cli_fails_mentioning "note --append and --edit" "only one of" note 2 --append x --edit
cli_fails_mentioning "note --history and --edit" "only one of" note 2 --history --edit
cli_fails_mentioning "export --format pdf" "pdf" export --format pdf
cli_fails "export --output without a value" export --output
cli_fails "--db without a value" status --db
cli_fails_mentioning "--db empty" "--db needs a file name" status --db ""
cli_fails_mentioning "--guide empty" "--guide needs" status --guide ""
cli_fails_mentioning "export --output empty" "--output needs a file name" export --output ""
cli_fails_mentioning "backup to an empty path" "backup path is empty" backup ""

# --- item and step references
cli_fails_mentioning "tick a step, not an item" "is not an item" tick 2
cli_fails_mentioning "tick 2.x" "is not an item" tick 2.x
cli_fails_mentioning "tick 0.1 (introduction has no items)" "has no items" tick 0.1
cli_fails_mentioning "tick 99.1" "there is no step 99" tick 99.1
cli_fails_mentioning "tick 2.99" "not 99" tick 2.99
cli_fails_mentioning "tick 2.0" "not 0" tick 2.0
cli_fails "tick an empty reference" tick ""
cli_fails "tick 1.1.1" tick 1.1.1
cli_fails "tick +1.+1" tick +1.+1
cli_fails "tick -1.1" tick -- -1.1
cli_fails "tick ' 1.1'" tick " 1.1"
cli_fails "tick a huge number" tick 99999999999999999999999.1
cli_fails "tick a huge item number" tick 1.99999999999999999999999
cli_fails_mentioning "untick 2.99" "not 99" untick 2.99
cli_fails_mentioning "add to step 99" "there is no step 99" add 99 "Something"
cli_fails_mentioning "add empty text" "text is empty" add 2 ""
cli_fails_mentioning "add blank text" "text is empty" add 2 $'  \t\n '
cli_fails_mentioning "add to an unknown section key" "no section" add no-such-key "Something"
cli_fails_mentioning "note 99" "there is no step 99" note 99
cli_fails_mentioning "note --append to step 99" "there is no step 99" note 99 --append "lost?"

# --- invalid UTF-8 in arguments is refused, not repaired into different text or another file
cli_fails_mentioning "non-UTF-8 item text" "not valid UTF-8" add 2 $'caf\xe9'
cli_fails_mentioning "non-UTF-8 note text" "not valid UTF-8" note 2 --append $'\xff\xfe'
cli_fails_mentioning "non-UTF-8 --db path" "not valid UTF-8" status --db "$HOME/"$'\xff.sqlite'
cli_fails_mentioning "non-UTF-8 --guide path" "not valid UTF-8" status --guide "$HOME/"$'\xc0\xaf.md'
cli_fails_mentioning "non-UTF-8 export path" "not valid UTF-8" export -o "$HOME/"$'\xed\xa0\x80.md'
cli_fails_mentioning "non-UTF-8 backup path" "not valid UTF-8" backup "$HOME/"$'b\x80.sqlite'

# --- control characters in names reach stderr as visible stand-ins, on one line
cli_fails_mentioning "escape sequence in a guide path" "no such file" status --guide "$HOME/"$'\e[31mred\e[0m.md'
cli_fails_mentioning "newline in a guide path" "no such file" status --guide "$HOME/"$'two\nlines.md'

# --- export and backup destinations
cli_fails_mentioning "export over an existing file" "already exists" export -o "$HOME/existing.md"
cli_fails_mentioning "export through a symlink" "symbolic link" export -o "$HOME/link.md"
cli_fails_mentioning "export through a symlink, --force" "symbolic link" export -o "$HOME/link-to-existing.md" --force
cli_fails_mentioning "export into a missing folder" "does not exist" export -o "$HOME/missing/x.md"
cli_fails_mentioning "export onto a folder" "is a folder" export -o "$HOME/folder" --force
cli_fails_mentioning "backup into a missing folder" "does not exist" backup "$HOME/missing/b.sqlite"
cli_fails_mentioning "backup over an existing file" "already exists" backup "$HOME/existing.md"
cli_fails_mentioning "backup through a symlink" "symbolic link" backup "$HOME/link.md" --force
cli_fails_mentioning "backup onto a folder" "is a folder" backup "$HOME/folder"
[ ! -e "$HOME/elsewhere.md" ] || { echo "FAIL: a symlink was followed" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }

# --- --db pointing at things that are not a rekindle database
cli_fails_mentioning "--db a directory" "use --db $HOME/folder/rekindle.sqlite" status --db "$HOME/folder"
printf 'My notes, not a database.\n' >"$HOME/notes.txt"
cli_fails_mentioning "--db a text file" "not an SQLite file" tick 1.1 --db "$HOME/notes.txt"
: >"$HOME/empty.sqlite"; printf 'wal frames' >"$HOME/empty.sqlite-wal"
cli_fails_mentioning "--db empty file beside a -wal" "damaged" tick 1.1 --db "$HOME/empty.sqlite"
head -c 4096 /dev/urandom >"$HOME/random.sqlite"
cli_fails_mentioning "--db random bytes" "not an SQLite file" note 2 --append x --db "$HOME/random.sqlite"
cli_fails_mentioning "--db under a file" "ot a directory" untick 1.1 --db "$HOME/notes.txt/x.sqlite"
# Commands that only read never create a database: a mistyped path is reported, not made.
cli_fails_mentioning "status on a missing --db" "no database at" status --db "$CLI_SANDBOX/typo/rekindle.sqlite"
[ ! -e "$CLI_SANDBOX/typo" ] || { echo "FAIL: status created a database for a mistyped --db" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
cli_fails_mentioning "--guide a missing file" "no such file" status --guide "$HOME/missing.md"
cli_fails_mentioning "--guide an unknown id" "no guide with the id" status --guide nothing-like-this

# --- other failures
cli_fails_mentioning "the interface without a terminal" "needs a terminal" open
# (An editor that cannot be found is left out: the shell that starts it prints its own line.)
EDITOR=false cli_fails_mentioning "an editor that fails" "nothing was saved" note 2 --edit

# --- where success is right
cli_succeeds "--help" --help
cli_succeeds "--version" --version
cli_succeeds "status --json" status --json
cli_succeeds "options before the subcommand" --db "$REKINDLE_DB" status
# A database in a folder that does not exist yet: created, folder 0700, file 0600.
cli_succeeds "--db in a new folder" --db "$CLI_SANDBOX/new/deeper/r.sqlite" tick 1.2
mode_of() { stat -c %a "$1"; }
[ "$(mode_of "$CLI_SANDBOX/new")" = 700 ] && [ "$(mode_of "$CLI_SANDBOX/new/deeper")" = 700 ] &&
    [ "$(mode_of "$CLI_SANDBOX/new/deeper/r.sqlite")" = 600 ] ||
    { echo "FAIL: new folders/file not 0700/0600: $(ls -la "$CLI_SANDBOX/new" "$CLI_SANDBOX/new/deeper")" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
# An option given twice: the last one wins (so an alias can carry a default that a later one overrides).
cli_succeeds "--db given twice" --db "$CLI_SANDBOX/first.sqlite" --db "$CLI_SANDBOX/second.sqlite" untick 1.1
[ ! -e "$CLI_SANDBOX/first.sqlite" ] && [ -e "$CLI_SANDBOX/second.sqlite" ] ||
    { echo "FAIL: with --db twice, the last should win" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
# Text with controls and non-ASCII is stored as given.
cli_succeeds "item text with an escape" add 2 $'Say \e[2J hello 漢字'
"$REKINDLE_BIN" status --json | grep -qF 'Say \u001b[2J hello 漢字' ||
    { echo "FAIL: the item text did not round-trip" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
"$REKINDLE_BIN" status | grep -q $'\e' && { echo "FAIL: an escape reached stdout" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }

# After all that, what was there at the start is still there.
"$REKINDLE_BIN" status | grep -q "Step 1: .* 1/3" || { echo "FAIL: the tick was lost" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
[ "$("$REKINDLE_BIN" note 2)" = "First words." ] || { echo "FAIL: the note changed" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
cli_finish
