"""A small tmux driver for the slow tests (standard library only).

Like Tests/e2e/lib/tmux.sh: a private server socket per test, escape-time 0, a UTF-8 locale,
remain-on-exit so a dead pane can still be read. Every wait has a deadline. `close()` kills the
server; use it in a `finally`.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import signal as signal_module
import subprocess
import tempfile
import time

CONFIG = """\
set -s escape-time 0
set -g default-terminal tmux-256color
set -g remain-on-exit on
set -g status off
set -g history-limit 0
set -g aggressive-resize off
"""


class Tmux:
    def __init__(self, name: str, width: int, height: int, command: str):
        self.socket = f"rk-{name}-{os.getpid()}"
        env = dict(os.environ)
        env.setdefault("LANG", "C.UTF-8")
        if not env["LANG"] or env["LANG"] in ("C", "POSIX"):
            env["LANG"] = "C.UTF-8"
        self.env = env
        with tempfile.NamedTemporaryFile("w", suffix=".conf", delete=False) as config:
            config.write(CONFIG)
        try:
            self.run("-f", config.name, "new-session", "-d", "-s", "test",
                     "-x", str(width), "-y", str(height), command)
        finally:
            os.unlink(config.name)

    def run(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(["tmux", "-L", self.socket, *args], env=self.env,
                                capture_output=True, text=True, timeout=30)
        if check and result.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], env=self.env,
                       capture_output=True, timeout=30)

    # -- input
    def keys(self, *names: str) -> None:
        """Keys by tmux name (Enter, Escape, Up, C-c, ...), each as one send-keys."""
        self.run("send-keys", "-t", "test", *names)

    def text(self, text: str) -> None:
        """Literal text."""
        self.run("send-keys", "-t", "test", "-l", "--", text)

    def resize(self, width: int, height: int) -> None:
        self.run("resize-window", "-t", "test", "-x", str(width), "-y", str(height))

    def respawn(self, command: str) -> None:
        self.run("respawn-pane", "-k", "-t", "test", command)

    # -- output
    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "test")

    def info(self, fmt: str) -> str:
        return self.run("display-message", "-p", "-t", "test", fmt).strip()

    def pane_pid(self) -> int:
        return int(self.info("#{pane_pid}"))

    def dead(self) -> bool:
        return self.info("#{pane_dead}") == "1"

    def exit_status(self, timeout: float = 10.0) -> str:
        """"signal N" or "status N" of the dead pane (tmux may see the pty close before it reaps
        the process, so this waits for the status to be known)."""
        deadline = time.monotonic() + timeout
        while True:
            status, signal = self.info("#{pane_dead_status},#{pane_dead_signal}").split(",")
            if signal not in ("", "0"):
                return f"signal {signal}"
            if status != "":
                return f"status {status}"
            # tmux 3.3a sometimes misses a SIGCHLD and leaves the child unreaped; another one
            # makes it reap at once.
            try:
                os.kill(int(self.run("display-message", "-p", "#{pid}").strip()), signal_module.SIGCHLD)
            except (OSError, ValueError):
                pass
            if time.monotonic() >= deadline:
                return "unknown"
            time.sleep(0.02)

    def wait(self, condition, timeout: float = 10.0, what: str = "condition") -> str:
        """Polls the screen until condition(screen) is true; returns that screen."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if condition(screen):
                return screen
            if time.monotonic() >= deadline:
                raise TimeoutError(f"never saw {what} within {timeout}s; screen:\n{screen}")
            time.sleep(0.03)

    def wait_dead(self, timeout: float = 10.0) -> None:
        """Waits until the pane's program has ended (its terminal closed). tmux 3.3a sometimes
        leaves a killed child unreaped for a while, so this does not wait for the exit status."""
        deadline = time.monotonic() + timeout
        while not self.dead():
            if time.monotonic() >= deadline:
                raise TimeoutError("the program did not end")
            time.sleep(0.02)


def process_gone(pid: int) -> bool:
    """True when pid has ended (a zombie counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except (FileNotFoundError, ProcessLookupError):
        # Gone before the open, or reaped between the open and the read (ESRCH).
        return True


def wait_gone(pid: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not process_gone(pid):
        if time.monotonic() >= deadline:
            raise TimeoutError(f"process {pid} did not end")
        time.sleep(0.02)


def integrity(db: str) -> str:
    """SQLite's verdict on the file: the sqlite3 tool when installed, else Python's own module."""
    if shutil.which("sqlite3"):
        result = subprocess.run(["sqlite3", db, "PRAGMA integrity_check"], capture_output=True, text=True, timeout=60)
        return (result.stdout + result.stderr).strip()
    with sqlite3.connect(db) as connection:
        return "\n".join(row[0] for row in connection.execute("PRAGMA integrity_check"))


def seeded_run(name: str, description: str, count: str, count_env: str, count_default: int,
               seed_env: str) -> tuple[argparse.Namespace, random.Random]:
    """Parses `binary [--COUNT N] [--seed S]` and announces the seed, so any failure can be replayed."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("binary")
    parser.add_argument(f"--{count}", type=int, default=int(os.environ.get(count_env, str(count_default))))
    parser.add_argument("--seed", type=int, default=int(os.environ.get(seed_env, "0")) or random.randrange(1, 10**9))
    args = parser.parse_args()
    args.binary = os.path.realpath(args.binary)
    print(f"{name}: seed {args.seed} (replay with {seed_env}={args.seed}), {getattr(args, count)} {count}", flush=True)
    return args, random.Random(args.seed)
