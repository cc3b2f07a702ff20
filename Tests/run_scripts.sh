#!/usr/bin/env bash
# Runs every *.sh directly in a folder of script tests (Tests/e2e, Tests/slow), each on its own,
# and ends with one "NAME: N passed, N failed" line. Keeps going after a failure so one run shows
# them all; exits non-zero if any failed.
set -u
shopt -s nullglob
folder=$1
label=$(basename "$folder")
passed=0
failed=()
for test in "$folder"/*.sh; do
    echo "== $test"
    if bash "$test"; then passed=$((passed + 1)); else failed+=("$(basename "$test")"); fi
done
[ ${#failed[@]} -eq 0 ] || echo "failed: ${failed[*]}"
echo "$label: $passed passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
