#!/usr/bin/env bash
# Encrypted backups and exports (issue 16 item 4): `backup --encrypt` and `export --encrypt` with
# --passphrase-file, and asked on the terminal without echo (tmux); `restore` and `import` read
# them. A wrong passphrase, a changed byte in the header or the body, and a cut file each give one
# line and write nothing. Encrypted files are 0600 and never written over the database.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/cli_expect.sh"
source "$here/lib/tmux.sh"
cli_sandbox
trap 'tmux_cleanup; rm -rf "${_cli_sandboxes[@]}"' EXIT
rk() { "$REKINDLE_BIN" "$@" >/dev/null; }
fail() { echo "FAIL: $1" >&2; CLI_FAILURES=$((CLI_FAILURES + 1)); }

rk tick 1.1 && rk add 2 "Call my sister" && rk note 2 --append "Kept safe." || { echo "FAIL: setup" >&2; exit 1; }
printf 'correct horse battery staple\n' >"$HOME/pass"
printf 'correct horse battery stapler\n' >"$HOME/wrong"
chmod 600 "$HOME/pass" "$HOME/wrong"

# --- backup and restore
cli_succeeds "encrypted backup" backup --encrypt --passphrase-file "$HOME/pass" "$HOME/backup.enc"
[ "$(head -c 8 "$HOME/backup.enc")" = RKNDLENC ] || fail "the backup does not start with the magic"
[ "$(stat -c %a "$HOME/backup.enc")" = 600 ] || fail "the encrypted backup is not 0600"
grep -q "Kept safe" "$HOME/backup.enc" && fail "the notes are readable in the encrypted backup"
cli_succeeds "restore an encrypted backup" restore --db "$HOME/restored/rekindle.sqlite" --passphrase-file "$HOME/pass" "$HOME/backup.enc"
[ "$("$REKINDLE_BIN" note 2 --db "$HOME/restored/rekindle.sqlite")" = "Kept safe." ] || fail "the restored database lacks the notes"
ls -A "$HOME/restored" | grep -q decrypted && fail "the decrypted copy was left behind"

# --- every way it can fail writes nothing
python3 - "$HOME/backup.enc" "$HOME" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
def write(name, content): open(f"{sys.argv[2]}/{name}", "wb").write(content)
flip = lambda at: data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]
write("salt.enc", flip(20))            # header: the salt
write("body.enc", flip(200))           # the first chunk
write("end.enc", flip(len(data) - 1))  # the last chunk's tag
write("cut.enc", data[:len(data) // 2])
write("short.enc", data[:40])
PY
cli_fails_mentioning "restore with a wrong passphrase" "passphrase is wrong" restore --db "$HOME/r2/rekindle.sqlite" --passphrase-file "$HOME/wrong" "$HOME/backup.enc"
cli_fails_mentioning "restore with a changed header byte" "was changed" restore --db "$HOME/r2/rekindle.sqlite" --passphrase-file "$HOME/pass" "$HOME/salt.enc"
cli_fails_mentioning "restore with a changed body byte" "was changed" restore --db "$HOME/r2/rekindle.sqlite" --passphrase-file "$HOME/pass" "$HOME/body.enc"
cli_fails_mentioning "restore with a changed last byte" "changed" restore --db "$HOME/r2/rekindle.sqlite" --passphrase-file "$HOME/pass" "$HOME/end.enc"
cli_fails_mentioning "restore a cut file" "cut short" restore --db "$HOME/r2/rekindle.sqlite" --passphrase-file "$HOME/pass" "$HOME/cut.enc"
cli_fails_mentioning "restore a file cut in its header" "cut short" restore --db "$HOME/r2/rekindle.sqlite" --passphrase-file "$HOME/pass" "$HOME/short.enc"
cli_fails_mentioning "restore over the database in place, wrong passphrase" "passphrase is wrong" restore --passphrase-file "$HOME/wrong" "$HOME/backup.enc"
[ -e "$HOME/r2" ] && fail "a refused restore created its folder"

# --- export and import
rk export --format json -o "$HOME/plain.json"
cli_succeeds "encrypted export" export --format json --encrypt --passphrase-file "$HOME/pass" -o "$HOME/export.enc"
[ "$(stat -c %a "$HOME/export.enc")" = 600 ] || fail "the encrypted export is not 0600"
cli_fails_mentioning "import with a wrong passphrase" "passphrase is wrong" import --db "$HOME/i2/rekindle.sqlite" --passphrase-file "$HOME/wrong" "$HOME/export.enc"
head -c 300 "$HOME/export.enc" >"$HOME/export-cut.enc"
cli_fails_mentioning "import a cut file" "cut short" import --db "$HOME/i2/rekindle.sqlite" --passphrase-file "$HOME/pass" "$HOME/export-cut.enc"
cli_succeeds "import an encrypted export" import --db "$HOME/imported/rekindle.sqlite" --passphrase-file "$HOME/pass" "$HOME/export.enc"
rk export --db "$HOME/imported/rekindle.sqlite" --format json -o "$HOME/again.json"
cmp -s "$HOME/plain.json" "$HOME/again.json" || fail "encrypted export → import → export differs"
cli_fails_mentioning "an encrypted export over the database" "refusing to write over it" export --encrypt --passphrase-file "$HOME/pass" -o "$REKINDLE_DB" --force
cli_fails_mentioning "a passphrase file without --encrypt" "goes with --encrypt" backup --passphrase-file "$HOME/pass" "$HOME/x.sqlite"
: >"$HOME/empty"
cli_fails_mentioning "an empty passphrase" "empty passphrase" backup --encrypt --passphrase-file "$HOME/empty" "$HOME/x.enc"

# --- no terminal to ask on
CLI_CHECKS=$((CLI_CHECKS + 1))
if setsid -w "$REKINDLE_BIN" backup --encrypt "$HOME/x.enc" </dev/null >/dev/null 2>"$CLI_ERR"; then fail "asked without a terminal"; fi
grep -q -- "--passphrase-file" "$CLI_ERR" || fail "no terminal: $(cat "$CLI_ERR")"
[ -e "$HOME/x.enc" ] && fail "a backup without a passphrase was written"

# --- asked on the terminal, twice, without echo
CLI_CHECKS=$((CLI_CHECKS + 1))
env_line="HOME='$HOME' XDG_DATA_HOME='$XDG_DATA_HOME' REKINDLE_DB='$REKINDLE_DB'"
tmux_start 80 24 "env $env_line '$REKINDLE_BIN' export --format json --encrypt -o '$HOME/typed.enc'; echo \"exit=\$?\"; sleep 30"
tmux_wait_for "Passphrase for" && tmux_type "hunter2 typed" && tmux_send Enter &&
    tmux_wait_for "The same passphrase again" && tmux_type "hunter2 typed" && tmux_send Enter && tmux_wait_for "exit=0" ||
    fail "the passphrase prompt"
tmux_screen | grep -q hunter2 && fail "the passphrase was echoed"
printf 'hunter2 typed\n' >"$HOME/typed-pass"
"$REKINDLE_BIN" import --db "$HOME/typed/rekindle.sqlite" --passphrase-file "$HOME/typed-pass" "$HOME/typed.enc" >/dev/null ||
    fail "the typed passphrase does not open the export"
# Two different answers: refused, nothing written; Ctrl-C at the prompt leaves the echo on.
tmux_start 80 24 "env $env_line '$REKINDLE_BIN' backup --encrypt '$HOME/differ.enc'; echo \"exit=\$?\"; sleep 30"
tmux_wait_for "Passphrase for" && tmux_type "one" && tmux_send Enter && tmux_wait_for "The same passphrase again" &&
    tmux_type "two" && tmux_send Enter && tmux_wait_for "the two passphrases differ" && tmux_wait_for "exit=1" || fail "differing passphrases"
[ -e "$HOME/differ.enc" ] && fail "a backup was written with differing passphrases"
# The shell ignores SIGINT so that it lives on to say how rekindle ended.
tmux_start 80 24 "trap '' INT; env $env_line '$REKINDLE_BIN' backup --encrypt '$HOME/stopped.enc'; echo \"exit=\$?\"; read -r line; echo \"got=\$line\"; sleep 30"
tmux_wait_for "Passphrase for" && tmux_send C-c && tmux_wait_for "exit=130" && tmux_type "visible" && tmux_send Enter &&
    tmux_wait_for "got=visible" || fail "Ctrl-C at the prompt"
[ "$(tmux_screen | grep -c visible)" -ge 2 ] || fail "the echo was not restored after Ctrl-C"
[ -e "$HOME/stopped.enc" ] && fail "a stopped backup was written"
cli_finish
