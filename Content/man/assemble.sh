#!/usr/bin/env bash
# rekindle.1: the page swift-argument-parser's generate-manual plugin makes from the command
# definitions, with KEYS (from `rekindle keys`), ENVIRONMENT, FILES and PRIVACY added before
# EXIT STATUS.   Usage: assemble.sh GENERATED.1 REKINDLE-BINARY OUTPUT.1
set -euo pipefail
generated=$1 binary=$2 output=$3
here=$(cd "$(dirname "$0")" && pwd)
extra=$(mktemp) no_config=$(mktemp)
trap 'rm -f "$extra" "$no_config"' EXIT
# The keys as shipped, whatever config the person building has (an empty file is the defaults).
"$binary" keys --config "$no_config" | awk -f "$here/keys-to-mdoc.awk" >"$extra"
cat "$here/files-environment.mdoc" >>"$extra"
grep -q '^\.Sh "EXIT STATUS"' "$generated" || { echo "assemble.sh: no EXIT STATUS section in $generated" >&2; exit 1; }
awk -v extra="$extra" '/^\.Sh "EXIT STATUS"/ { while ((getline line < extra) > 0) print line } { print }' "$generated" >"$output.tmp"
mv "$output.tmp" "$output"
