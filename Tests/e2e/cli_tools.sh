#!/usr/bin/env bash
# The guide's tools from the command line (issue 13): the cooling-off counter (set, a logged
# contact starting a new stretch with the longest kept), drafts with their night of rest, wins
# by week, goals with target days and done marks; 'today' and 'status --json' carry the counter
# and the next goal; export keeps all of it; bad input is one line that changes nothing.
# The clock is REKINDLE_NOW (UTC) and the zone TZ, so nothing depends on when the test runs.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/cli_expect.sh"
cli_sandbox
export TZ=Europe/London REKINDLE_NOW=2026-11-24T20:00:00Z

# out_has NAME TEXT — the last command's stdout contains TEXT.
out_has() {
    CLI_CHECKS=$((CLI_CHECKS + 1))
    grep -qF -- "$2" "$CLI_OUT" || _cli_fail "$1" "stdout lacks '$2': $(head -c 400 "$CLI_OUT")"
}
out_lacks() {
    CLI_CHECKS=$((CLI_CHECKS + 1))
    ! grep -qF -- "$2" "$CLI_OUT" || _cli_fail "$1" "stdout has '$2'"
}
json_check() {
    local name=$1 expression=$2
    CLI_CHECKS=$((CLI_CHECKS + 1))
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($expression) else 1)" "$CLI_OUT" \
        || _cli_fail "$name" "JSON does not satisfy: $expression — $(head -c 400 "$CLI_OUT")"
}

# --- before anything is set: calm words, nothing created
cli_succeeds "counter before it is set" counter
out_has "counter before it is set" "not set yet"
[ -e "$REKINDLE_DB" ] && _cli_fail "counter before it is set" "created the database"
cli_fails_mentioning "a contact before the counter is set" "not set yet" counter contact --note "x"
cli_fails_mentioning "counter set with nothing to set" "say what to set" counter set
cli_fails_mentioning "a breakup day still to come" "still to come" counter set --breakup 2027-01-01
cli_fails_mentioning "a period rekindle does not read" "--period: '6x'" counter set --breakup 2026-11-01 --period 6x
cli_fails_mentioning "a day with a time" "give the day alone" counter set --breakup "2026-11-01 10:00"
cli_fails_mentioning "an impossible due day" "--due: '2026-02-30'" goals add "x" --due 2026-02-30
cli_fails_mentioning "an empty draft" "empty" drafts add "   "
cli_fails_mentioning "a goal that is not" "no goals yet" goals done 1

# --- the counter: set, a contact, the longest stretch kept
cli_succeeds "counter set" counter set --breakup 2026-11-01 --period 6w
out_has "counter set" "day 23 of about 6 weeks"
cli_succeeds "a contact" counter contact --note "He texted; I answered. 心が揺れた 🌧" --at "2026-11-20 21:00"
out_has "a contact" "Contact logged. Earlier stretches stay in the history."
out_has "a contact" "day 4 of about 6 weeks"
out_has "a contact" "longest stretch: 19 days"
out_lacks "a contact" "fail"
cli_succeeds "counter --json" counter --json
json_check "counter --json" 'd["set"] and d["day"] == 4 and d["longestStretchDays"] == 19 and d["stretches"] == 2 and d["contacts"][0]["note"].endswith("🌧") and d["contacts"][0]["at"] == "2026-11-20T21:00:00.000Z"'

# --- drafts: kept here, a night before "ready"
cli_succeeds "a draft" drafts add "Hi, how have you been? 你好"
out_has "a draft" "nothing is sent"
cli_succeeds "drafts" drafts
out_has "drafts" "give it a night"
REKINDLE_NOW=2026-11-25T20:00:00Z cli_succeeds "drafts a day later" drafts
out_has "drafts a day later" "written 1 day ago · ready to reread"
printf 'From standard input\n' | "$REKINDLE_BIN" drafts add - >/dev/null 2>&1 || _cli_fail "a draft from stdin" "failed"
printf 'Two lines:\nthe second stays under its number\n' | "$REKINDLE_BIN" drafts add - >/dev/null 2>&1 || _cli_fail "a draft of two lines" "failed"
cli_succeeds "drafts of two lines" drafts
out_has "drafts of two lines" "3. Two lines:"
out_has "drafts of two lines" "   the second stays under its number"

# --- wins and goals
cli_succeeds "a win" wins add "Went for a walk"
cli_succeeds "wins" wins
out_has "wins" "week of Monday 23 November 2026: 1 win"
cli_succeeds "a goal with a day" goals add "Cook a real dinner" --due 2026-11-29
cli_succeeds "a goal without one" goals add "Call my sister"
cli_succeeds "goals" goals
out_has "goals" "target day in 5 days"
cli_succeeds "goal 1 done" goals done 1
cli_succeeds "goals after" goals --json
json_check "goals after" 'd[0]["doneAt"] == "2026-11-24T20:00:00.000Z" and d[0]["due"] == "2026-11-29" and "doneAt" not in d[1]'
cli_fails_mentioning "goal 3" "lists 1 to 2" goals done 3
cli_succeeds "goal 2 gets a target day" goals due 2 2026-12-03
out_has "goal 2 gets a target day" "goal 2: target day Thursday 3 December 2026"
cli_succeeds "goal 2 loses it" goals due 2 --none
cli_succeeds "goals after due" goals --json
json_check "goals after due" '"due" not in d[1] and d[0]["due"] == "2026-11-29" and d[0]["doneAt"] == "2026-11-24T20:00:00.000Z"'
cli_fails_mentioning "a day and --none" "not both" goals due 1 2026-12-03 --none
cli_fails_mentioning "neither" "give a day" goals due 1
cli_fails_mentioning "a bad day" "is not a date" goals due 1 2026-13-40
cli_fails_mentioning "goal 9 due" "lists 1 to 2" goals due 9 --none

# --- today, status and export carry them
cli_succeeds "goal 2 gets a day" goals add "Plan a weekend away" --due 2026-12-01
cli_succeeds "today" today
out_has "today" "day 4 of your cooling-off · next goal in 7 days"
cli_succeeds "status --json" status --json
json_check "status --json" 'd["counter"]["day"] == 4 and len(d["goals"]) == 3'
cli_succeeds "export --format json" export --format json
json_check "export --format json" 'json.loads(d["settings"]["cooling-off.how-do-i-get-him-back"]) == {"breakup": "2026-11-01", "periodDays": 42} and sorted(e["kind"] for e in d["entries"]) == ["contact", "draft", "draft", "draft", "goal", "goal", "goal", "win"]'
cli_succeeds "export" export
out_has "export" "goal · Step 6: Building a Better Future · for Sunday 29 November 2026 · done"

# --- a guide without tools says so
guide="$CLI_SANDBOX/plain.md"
printf '# Plain\n\n## Step 1: One\n\n  1. Only: an item. {#only}\n' >"$guide"
cli_fails_mentioning "a guide without drafts" "has no drafts tool" drafts add "x" --guide "$guide"
cli_finish
