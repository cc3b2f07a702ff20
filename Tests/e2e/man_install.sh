#!/usr/bin/env bash
# `make install` puts rekindle(1) and the bash, zsh and fish completions in their standard places
# under PREFIX (here through `install-files` with the binary under test, to skip the release
# build), and `man -l` renders the page: every command, the keys, files and environment.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
: "${REKINDLE_BIN:?set REKINDLE_BIN to the rekindle binary}"
bin=$(cd "$(dirname "$REKINDLE_BIN")" && pwd)/$(basename "$REKINDLE_BIN")
prefix=$(mktemp -d "${TMPDIR:-/tmp}/rekindle-install-XXXXXX")
trap 'rm -rf "$prefix"' EXIT
failures=0 checks=0
check() { checks=$((checks + 1)); "${@:2}" || { failures=$((failures + 1)); echo "FAIL [$1]: $*" >&2; }; }

make -s -C "$root" install-files PREFIX="$prefix" BIN="$bin" >"$prefix/make.log" 2>&1 ||
    { cat "$prefix/make.log" >&2; echo "FAIL: make install-files" >&2; exit 1; }
page=$prefix/share/man/man1/rekindle.1
for file in "$page" "$prefix/share/bash-completion/completions/rekindle" \
        "$prefix/share/zsh/site-functions/_rekindle" "$prefix/share/fish/vendor_completions.d/rekindle.fish"; do
    check "installed: ${file#$prefix/}" test -s "$file"
    check "mode 644: ${file#$prefix/}" test "$(stat -c %a "$file")" = 644
done
check "bash completion parses" bash -n "$prefix/share/bash-completion/completions/rekindle"
check "bash completion knows support" grep -q "support" "$prefix/share/bash-completion/completions/rekindle"

if ! command -v man >/dev/null; then
    echo "SKIP: man is not installed (Debian package man-db; 'make deps' installs it as root), so the page was not rendered" >&2
else
    rendered=$prefix/rendered.txt
    LC_ALL=C.UTF-8 MANWIDTH=100 man -l "$page" >"$rendered" 2>"$prefix/man.err"
    check "man -l renders" test -s "$rendered"
    check "man prints no warnings" test ! -s "$prefix/man.err"
    warnings=$(LC_ALL=C.UTF-8 man --warnings -l "$page" 2>&1 >/dev/null)
    check "no groff warnings" test -z "$warnings"
    for heading in NAME SYNOPSIS DESCRIPTION KEYS ENVIRONMENT FILES PRIVACY "EXIT STATUS"; do
        check "section $heading" grep -q "^$heading" "$rendered"
    done
    for command in open status tick untick add note export guides keys doctor backup support read log entries today config import counter drafts wins goals; do
        check "command $command" grep -qE "^ {5}$command( |$)" "$rendered"
    done
    check "keys from the key table" grep -qE "Ctrl-C +Save everything and quit" "$rendered"
    check "environment names REKINDLE_DB" grep -qE "^ +REKINDLE_DB " "$rendered"
    check "environment names TZ" grep -qE "^ +TZ " "$rendered"
fi
[ "$failures" -eq 0 ] || { echo "$failures of $checks checks failed" >&2; exit 1; }
echo "ok: $checks checks"
