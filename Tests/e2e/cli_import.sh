#!/usr/bin/env bash
# `rekindle import` (issue 16 item 3): export → import into a new database → export gives the same
# bytes; an import into a database with data is refused unless --merge, which adds only what is
# missing (a second merge adds nothing); a bad file is one line naming the file and the line,
# and creates or changes nothing.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/cli_expect.sh"
cli_sandbox
rk() { "$REKINDLE_BIN" "$@" >/dev/null; }

rk tick 1.1 && rk add 2 "Call my sister" && rk tick 2.4 && rk note 2 --append "First line." &&
    rk note 2 --append "Second — ça va." && rk note 0 --append "Starting." ||
    { echo "FAIL: setup" >&2; exit 1; }
rk export --format json -o "$HOME/first.json" || { echo "FAIL: export" >&2; exit 1; }
new="$CLI_SANDBOX/home/new/rekindle.sqlite"

# --- a bad file: one line with the file (and line), nothing created
printf '{\n  "format": "rekindle-export",\n  "version": 2,\n  "guide" {}\n}\n' >"$HOME/syntax.json"
cli_fails_mentioning "a syntax error names the line" "syntax.json:4:" import --db "$new" "$HOME/syntax.json"
printf '{"done": 1}\n' >"$HOME/other.json"
cli_fails_mentioning "a JSON file that is not an export" 'not a rekindle export (missing "format")' import --db "$new" "$HOME/other.json"
sed 's/"version" : 2/"version" : 9/' "$HOME/first.json" >"$HOME/future.json"
cli_fails_mentioning "an export from a newer rekindle" "update rekindle" import --db "$new" "$HOME/future.json"
sed '0,/"done" : true/s//"done" : "yes"/' "$HOME/first.json" >"$HOME/typed.json"
line=$(grep -n '"done" : "yes"' "$HOME/typed.json" | cut -d: -f1)
cli_fails_mentioning "a value of the wrong type names its line and place" "typed.json:$line: sections[1].items[0].done" import --db "$new" "$HOME/typed.json"
sed '/"notes" : "First line/s/ça va/ca va/' "$HOME/first.json" >"$HOME/edited.json"
cli_fails_mentioning "notes that are not their last version" "differs from the last version" import --db "$new" "$HOME/edited.json"
cli_fails_mentioning "a missing file" "no such file" import --db "$new" "$HOME/missing.json"
printf '# Calm Mornings {#calm-mornings}\n\n## Step 1: Wake {#wake}\n\n  1. Drink Water: A glass.\n' >"$HOME/calm.md"
cli_fails_mentioning "another guide's export" "import it with --guide" import --db "$new" --guide "$HOME/calm.md" "$HOME/first.json"
[ -e "$new" ] && { echo "FAIL: a refused import created $new" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }

# --- the round trip
cli_succeeds "import into a new database" import --db "$new" "$HOME/first.json"
grep -q "added 3 notes revisions, 19 items, 2 ticks" "$CLI_OUT" || { echo "FAIL: import summary: $(cat "$CLI_OUT")" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
rk export --db "$new" --format json -o "$HOME/second.json"
cmp -s "$HOME/first.json" "$HOME/second.json" || { echo "FAIL: export → import → export differs" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
[ "$(stat -c %a "$new")" = 600 ] || { echo "FAIL: the imported database is not 0600" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }

# --- into a database with data: refused, unless --merge
cli_fails_mentioning "import into a database with data" "--merge" import "$HOME/first.json"
rk add 3 "Only in the new one" --db "$new" && rk note 3 --append "New notes." --db "$new" &&
    rk export --db "$new" --format json -o "$HOME/newer.json"
cli_succeeds "merge" import --merge "$HOME/newer.json"
grep -q "added 1 notes revision, 1 item; 22 already here" "$CLI_OUT" || { echo "FAIL: merge summary: $(cat "$CLI_OUT")" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
before=$(cli_snapshot)
cli_succeeds "merge again" import --merge "$HOME/newer.json"
grep -q "nothing new; 24 already here" "$CLI_OUT" || { echo "FAIL: second merge: $(cat "$CLI_OUT")" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
rk export --format json -o "$HOME/merged.json"
rk export --db "$new" --format json -o "$HOME/newer-again.json"
# Both databases now hold the same: their exports differ only in what each was last left at.
cmp -s "$HOME/merged.json" "$HOME/newer-again.json" || { echo "FAIL: a merged database differs from its source" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }
cli_finish
