# The common start of a test that drives the app in tmux, after `set -euo pipefail`, its ERR trap
# and `source lib/tmux.sh`:
#   $bin           the binary under test (REKINDLE_BIN, else the debug build)
#   $work          a private folder, removed at exit together with the tmux servers
#   REKINDLE_DB    a database inside it, not there yet
#   step TEXT      prints one checked step
bin=$(realpath "${REKINDLE_BIN:-.build/debug/rekindle}")
work=$(mktemp -d)
trap 'tmux_cleanup; rm -rf "$work"' EXIT
export REKINDLE_DB=$work/data/rekindle.sqlite
step() { echo "  - $1"; }
