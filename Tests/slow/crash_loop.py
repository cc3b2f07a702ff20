#!/usr/bin/env python3
"""Crash loop: a scripted session in tmux, killed with SIGKILL at random moments.

Each round starts the app on the same database, works through a random script (tick and untick
items, add items of one's own, write notes with non-ASCII text in bursts and pauses, leave the
editor) and kills the process with SIGKILL at a random moment (0–3.5 s after launch, so some
kills land during start-up and migrations). After every kill:

  * `PRAGMA integrity_check` says ok (sqlite3 CLI, or Python's sqlite3 module when it is missing);
  * every checklist item visible on the last screen captured before the kill has the same state
    in `rekindle status --json` (an action sent but not yet seen on screen may go either way:
    at most that many differences), and every item of one's own on screen is stored;
  * the stored notes are the old notes plus a prefix of what was typed, and that prefix holds
    everything typed more than 1.5 s before the kill (autosave is ~1 s), and everything typed
    before a confirmed Esc.

Usage: crash_loop.py BIN [--kills N] [--seed S]. Prints the seed (set CRASH_SEED / --seed to
replay a failure) and "kills survived: N".
"""

from __future__ import annotations

import json
import os
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tmuxdrv import Tmux, integrity, seeded_run, wait_gone  # noqa: E402

WIDTH, HEIGHT = 140, 45
SAVED_WITHIN = 1.5          # text older than this at the kill must be stored (autosave ~1 s)
CONFIRM_TIMEOUT = 15.0      # how long an action may take to show on screen (a slow machine)

WORDS = ["Heute", "fühle", "ich", "mich", "ruhiger.", "今日は", "落ち着いている", "🌙", "café",
         "naïve", "Straße", "💔", "ёлка", "👩‍❤️‍👨", "漢字", "e\u0301te\u0301", "ok", "and", "I", "miss",
         "him", "—", "“quotes”"]

STATUS_RE = re.compile(r"^ (Step (\d)|Introduction|Closing) · (Steps|Guide|Notes) · (\d+)/(\d+) done")
ITEM_RE = re.compile(r"\[(x| )\] (✎ )?(.*?)\s*│")


class Killed(Exception):
    """The kill moment came."""


class Round:
    def __init__(self, tmux: Tmux, rng: random.Random, kill_at: float, number: int, notes: dict):
        self.tmux = tmux
        self.rng = rng
        self.kill_at = kill_at
        self.number = number
        self.notes = notes              # section number -> stored notes before this round
        self.snapshot = ""              # the last screen that reflects every confirmed action
        self.pending = 0                # checklist actions sent but not yet seen on screen
        self.pending_title = None       # the title of an item being added
        self.typed = {}                 # section -> [(time sent, text)]
        self.flushed = {}               # section -> number of typed chunks confirmed saved (Esc)
        self.added = []
        self.writing = None             # the section whose notes editor is open
        self.actions = []

    # -- time
    def check_time(self) -> None:
        if time.monotonic() >= self.kill_at:
            raise Killed()

    def sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while True:
            self.check_time()
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(left, 0.02))

    def wait(self, condition, what: str) -> str:
        deadline = time.monotonic() + CONFIRM_TIMEOUT
        while True:
            self.check_time()
            screen = self.tmux.screen()
            if condition(screen):
                return screen
            if time.monotonic() >= deadline:
                raise AssertionError(f"round {self.number}: never saw {what}; screen:\n{screen}")
            time.sleep(0.02)

    # -- reading the screen
    @staticmethod
    def status(screen: str):
        lines = screen.rstrip("\n").split("\n")
        if len(lines) < HEIGHT:
            return None
        match = STATUS_RE.match(lines[HEIGHT - 1])
        if not match:
            return None
        section = int(match.group(2)) if match.group(2) else (0 if match.group(1) == "Introduction" else -1)
        return {"section": section, "pane": match.group(3), "done": int(match.group(4)),
                "total": int(match.group(5)), "line": lines[HEIGHT - 1]}

    @staticmethod
    def editing(screen: str) -> bool:
        status = Round.status(screen)
        return bool(status) and status["pane"] == "Notes" and (
            "· Saved " in status["line"] or "· Unsaved changes" in status["line"])

    # -- actions
    def start(self) -> None:
        self.snapshot = self.wait(lambda s: self.status(s) is not None, "the first frame")

    def go(self, section: int, pane: str) -> None:
        if self.writing is not None:
            self.stop_writing(self.writing)
        self.tmux.keys(str(section))
        self.actions.append(f"go {section} {pane}")
        self.snapshot = self.wait(lambda s: (self.status(s) or {}).get("section") == section, f"step {section}")
        for _ in range(4):
            if self.status(self.snapshot)["pane"] == pane:
                return
            before = self.status(self.snapshot)["pane"]
            self.tmux.keys("Tab")
            self.snapshot = self.wait(lambda s: (self.status(s) or {}).get("pane") not in (None, before), "the next pane")
        raise AssertionError(f"could not reach the {pane} pane")

    def toggle(self) -> None:
        moves = self.rng.choice(["", "j", "jj", "k", "G", "g"])
        for key in moves:
            self.tmux.keys(key)
        before = self.status(self.wait(lambda s: True, "a frame"))["done"]
        self.actions.append(f"toggle after '{moves}'")
        self.pending += 1
        self.tmux.keys(self.rng.choice(["Space", "x"]))
        self.snapshot = self.wait(lambda s: (self.status(s) or {}).get("done", before) != before, "the tick")
        self.pending -= 1

    def add(self) -> None:
        title = f"mine {self.number}.{len(self.added)} ü漢"
        before = self.status(self.snapshot)["total"]
        self.actions.append(f"add '{title}'")
        self.pending += 1
        self.pending_title = title
        self.tmux.keys("a")
        self.sleep(self.rng.uniform(0, 0.2))
        self.tmux.text(title)
        self.sleep(self.rng.uniform(0, 0.2))
        self.tmux.keys("Enter")
        self.snapshot = self.wait(lambda s: (self.status(s) or {}).get("total", before) != before, "the new item")
        self.added.append(title)
        self.pending -= 1
        self.pending_title = None

    def write_notes(self, section: int) -> None:
        self.tmux.keys(self.rng.choice(["i", "Enter"]))
        self.actions.append(f"write notes of step {section}")
        self.snapshot = self.wait(self.editing, "the notes editor")
        chunks = self.typed.setdefault(section, [])
        for _ in range(self.rng.randint(3, 30)):
            word = self.rng.choice(WORDS)
            text = word + self.rng.choice([" ", " ", " ", "\n"])
            if text.endswith("\n"):
                self.tmux.text(text[:-1])
                chunks.append((time.monotonic(), text[:-1]))
                self.tmux.keys("Enter")
                chunks.append((time.monotonic(), "\n"))
            else:
                self.tmux.text(text)
                chunks.append((time.monotonic(), text))
            # Mostly a typing rhythm, sometimes a pause longer than the autosave delay.
            self.sleep(self.rng.choice([0.02, 0.05, 0.1, 0.2, 0.3, 1.3]))
        if self.rng.random() < 0.6:
            self.stop_writing(section)
        else:
            self.writing = section   # still in the editor; the next `go` leaves it first

    def stop_writing(self, section: int) -> None:
        self.tmux.keys("Escape")
        self.actions.append("Esc")
        self.wait(lambda s: not self.editing(s) and self.status(s) is not None, "the editor closing")
        self.flushed[section] = len(self.typed[section])
        self.writing = None

    def script(self) -> None:
        self.start()
        for _ in range(self.rng.randint(1, 6)):
            section = self.rng.randint(1, 6)
            what = self.rng.choices(["toggle", "add", "notes"], weights=[5, 2, 4])[0]
            if what == "notes":
                self.go(section, "Notes")
                self.write_notes(section)
            else:
                self.go(section, "Guide")
                self.toggle() if what == "toggle" else self.add()
        # Then idle until the kill.
        self.sleep(60)


def cli(binary: str, env: dict, *args: str) -> str:
    result = subprocess.run([binary, *args], env=env, capture_output=True, timeout=60)
    if result.returncode != 0:
        raise AssertionError(f"rekindle {' '.join(args)} failed ({result.returncode}): {result.stderr.decode(errors='replace')}")
    return result.stdout.decode("utf-8")


def check_checklist(round_: Round, status: dict) -> None:
    screen = round_.snapshot
    where = Round.status(screen)
    if not where or where["section"] not in range(1, 7):
        return
    step = next(s for s in status["steps"] if s.get("number") == where["section"])
    stored = {(item["title"], item["custom"]): item["done"] for item in step["items"]}
    differences = []
    for line in screen.split("\n")[:HEIGHT - 1]:
        parts = line.split("││", 1)   # steps pane | guide and notes panes
        if len(parts) < 2:
            continue
        match = ITEM_RE.search(parts[1])
        if not match:
            continue
        done, custom, title = match.group(1) == "x", bool(match.group(2)), match.group(3)
        if (title, custom) not in stored:
            if custom and title == round_.pending_title:
                continue
            differences.append(f"'{title}' is on screen but not stored")
        elif stored[(title, custom)] != done:
            differences.append(f"'{title}' is {'ticked' if done else 'unticked'} on screen but not in the store")
    if len(differences) > round_.pending:
        raise AssertionError(f"round {round_.number}: checklist lost ({round_.pending} action(s) in flight): "
                             + "; ".join(differences) + f"\nlast screen:\n{screen}")
    if where["done"] != status["done"] and round_.pending == 0:
        raise AssertionError(f"round {round_.number}: screen said {where['done']} done, the store has {status['done']}")


def check_notes(round_: Round, section: int, stored: str, killed_at: float) -> str:
    chunks = round_.typed[section]
    old = round_.notes.get(section, "")
    typed = "".join(text for _, text in chunks)
    must = sum(1 for sent, _ in chunks if sent <= killed_at - SAVED_WITHIN)
    must = max(must, round_.flushed.get(section, 0))
    required = "".join(text for _, text in chunks[:must])
    # The editor's text is old notes + what was typed (the cursor starts at the end).
    full = old + typed
    if not full.startswith(stored) or len(stored) < len(old + required):
        raise AssertionError(
            f"round {round_.number}: notes of step {section} lost text.\n"
            f"  stored:   {stored!r}\n  required: {old + required!r}\n  typed:    {full!r}\n"
            f"  chunks (seconds before the kill): {[(round(killed_at - t, 2), c) for t, c in chunks]}")
    return stored


def main() -> int:
    args, rng = seeded_run("crash_loop", __doc__.split("\n")[0], "kills", "CRASH_KILLS", 100, "CRASH_SEED")
    binary = args.binary

    work = tempfile.mkdtemp(prefix="rk-crash-")
    db = os.path.join(work, "data", "rekindle.sqlite")
    env = dict(os.environ, REKINDLE_DB=db)
    command = f"exec env REKINDLE_DB={shlex.quote(db)} {shlex.quote(binary)}"
    tmux = Tmux("crash", WIDTH, HEIGHT, "exec sleep 1000000")
    notes: dict[int, str] = {}
    survived = 0
    stats = {"ticks": 0, "adds": 0, "notes rounds": 0, "killed before first frame": 0, "chars checked": 0}
    try:
        for number in range(1, args.kills + 1):
            tmux.respawn(command)
            launched = time.monotonic()
            round_ = Round(tmux, rng, launched + rng.uniform(0.0, 3.5), number, notes)
            try:
                round_.script()
            except Killed:
                pass
            if tmux.dead():
                raise AssertionError(f"round {number}: the app ended by itself ({tmux.exit_status(2)}); "
                                     f"screen:\n{tmux.screen()}")
            pid = tmux.pane_pid()
            os.kill(pid, signal.SIGKILL)
            killed_at = time.monotonic()
            wait_gone(pid)

            if not os.path.exists(db):
                stats["killed before first frame"] += 1
                survived += 1
                continue
            verdict = integrity(db)
            if verdict != "ok":
                raise AssertionError(f"round {number}: integrity_check says {verdict!r}")
            status = json.loads(cli(binary, env, "status", "--json"))
            check_checklist(round_, status)
            for section in round_.typed:
                stored = cli(binary, env, "note", str(section))
                stored = stored[:-1] if stored.endswith("\n") else stored
                notes[section] = check_notes(round_, section, stored, killed_at)
                stats["chars checked"] += len(stored)
            if not round_.snapshot:
                stats["killed before first frame"] += 1
            stats["ticks"] += sum(a.startswith("toggle") for a in round_.actions)
            stats["adds"] += len(round_.added)
            stats["notes rounds"] += bool(round_.typed)
            survived += 1
            if number % 10 == 0:
                print(f"  {number} kills, all checks passed", flush=True)
    except AssertionError as failure:
        print(f"crash_loop: FAILED (seed {args.seed}): {failure}", file=sys.stderr)
        print(f"  actions of the round: {round_.actions}", file=sys.stderr)
        return 1
    finally:
        tmux.close()
        shutil.rmtree(work, ignore_errors=True)
    print("  " + ", ".join(f"{k}: {v}" for k, v in stats.items()))
    print(f"kills survived: {survived}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
