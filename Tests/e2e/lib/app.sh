# The common start of a test of the app in tmux: the binary ($bin), a private database in a
# temporary folder ($work, removed on exit), step() for progress lines, and app_start.
#
#   source "$(dirname "$0")/lib/app.sh"
#   app_start 80 24                 # the app at 80x24, once its first frame is up
#   app_start 120 40 "NO_COLOR=1 "  # with a prefix to the command line
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/tmux.sh"
bin=$(realpath "${REKINDLE_BIN:-.build/debug/rekindle}")
work=$(mktemp -d)
trap 'tmux_cleanup; rm -rf "$work"' EXIT
export REKINDLE_DB=$work/data/rekindle.sqlite
# No config file of the machine's person reaches a test: each test writes its own if it wants one.
export XDG_CONFIG_HOME=$work/config
unset REKINDLE_CONFIG
step() { echo "  - $1"; }

# app_start WIDTH HEIGHT [PREFIX]
app_start() { tmux_start "$1" "$2" "${3:-}$bin" && tmux_wait_for "╭ Steps"; }
