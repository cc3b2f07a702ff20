#!/usr/bin/env python3
"""Key storm in a real terminal (tmux): thousands of random keys and resizes from 1x1 to 300x100.

Keys: printable ASCII (every command letter but q), CJK, emoji, combining marks, arrows, Home/End,
PageUp/Down, Tab, BTab, Esc, Enter, Space, Backspace, Delete, F1/F2, Alt-letters, bracketed pastes
and Ctrl keys except Ctrl-C (quit), Ctrl-Z (suspend) and Ctrl-\\ (SIGQUIT were ISIG on). `q` is never
sent: it quits from browsing, and the storm is about surviving, not about quitting.

After every burst the app must still run, and on the sampled frame:
  * `capture-pane -p` holds no control characters (C0 but newline, DEL, C1);
  * no line is wider than the pane (display cells, East Asian Width W/F = 2, marks = 0);
  * the cursor, when shown, is inside the pane.
At the end the app must still answer (Esc Esc, then `?` shows the help, then Esc and q quit with
status 0) and the database must pass `PRAGMA integrity_check`.

Usage: key_storm.py BIN [--keys N] [--seed S]. Prints the seed and "keys sent: N, resizes: M".
"""

from __future__ import annotations

import os
import random
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tmuxdrv import Tmux, integrity, seeded_run  # noqa: E402

NAMED = ["Up", "Down", "Left", "Right", "Home", "End", "PageUp", "PageDown", "Tab", "BTab", "Escape",
         "Enter", "Space", "BSpace", "DC", "F1", "F2", "S-Up", "S-Down", "C-Left", "C-Right", "IC"]
COMMANDS = list("?hljkgGnN/0123456789uxadeJKiH ")
CTRL = [f"C-{c}" for c in "abdefghklnoprstuvwy"]  # not c (quit), z (suspend), \\ (SIGQUIT)
ALT = ["M-b", "M-f", "M-x", "M-j", "M-1"]
TEXT = ["é", "漢", "字", "心", "😀", "🌱", "👩‍❤️‍👨", "❤️", "e\u0301", "ß", "Ω", "ё", "가", "ｱ", "—", "“", "🇩🇪", "👍🏽",
        "\u202e", "a", "Z", ",", ".", "'", "\""]
PRINTABLE = [chr(c) for c in range(0x21, 0x7F) if chr(c) != "q"]


def cell_width(text: str) -> int:
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def bad_char(text: str):
    for ch in text:
        code = ord(ch)
        if (code < 0x20 and ch != "\n") or 0x7F <= code <= 0x9F:
            return ch
    return None


def random_key(rng: random.Random):
    """('keys', [names]) or ('text', string)."""
    kind = rng.choices(["named", "command", "ctrl", "alt", "text", "ascii"], weights=[30, 30, 6, 3, 15, 16])[0]
    if kind == "named":
        return ("keys", [rng.choice(NAMED)])
    if kind == "command":
        command = rng.choice(COMMANDS)
        return ("keys", ["Space" if command == " " else command])
    if kind == "ctrl":
        return ("keys", [rng.choice(CTRL)])
    if kind == "alt":
        return ("keys", [rng.choice(ALT)])
    if kind == "text":
        return ("text", rng.choice(TEXT))
    return ("text", rng.choice(PRINTABLE))


def check_frame(tmux: Tmux, label: str) -> None:
    output = tmux.run("capture-pane", "-p", "-t", "test", ";", "display-message", "-p", "-t", "test",
                      "#{pane_width} #{pane_height} #{cursor_x} #{cursor_y} #{cursor_flag} #{pane_dead}")
    screen, _, info = output.rstrip("\n").rpartition("\n")
    width, height, cx, cy, shown, dead = (int(v) for v in info.split())
    if dead:
        raise AssertionError(f"{label}: the app died ({tmux.exit_status(2)}); last screen:\n{screen}")
    lines = screen.split("\n")
    bad = bad_char(screen)
    if bad is not None:
        raise AssertionError(f"{label}: control character U+{ord(bad):04X} on screen:\n{screen!r}")
    if len(lines) > height:
        raise AssertionError(f"{label}: {len(lines)} lines on a {height}-line pane")
    for number, line in enumerate(lines):
        if cell_width(line) > width:
            raise AssertionError(f"{label}: line {number} is {cell_width(line)} cells on a {width}-cell pane: {line!r}")
    # A hidden cursor may rest anywhere (ncurses leaves it after the last cell written).
    if shown and not (0 <= cx < width and 0 <= cy < height):
        raise AssertionError(f"{label}: cursor at {cx},{cy} outside the {width}x{height} pane")


def check_settled(tmux: Tmux, label: str, transients: list) -> None:
    """check_frame, but a violation right after a resize may be the terminal's old frame before
    the app redrew: it only counts if it is still there once the app has had time (polled up to
    5 s without new input)."""
    try:
        check_frame(tmux, label)
        return
    except AssertionError as first:
        if "the app died" in str(first):
            raise
        deadline = time.monotonic() + 5
        while True:
            time.sleep(0.1)
            try:
                check_frame(tmux, label + " (settled)")
                transients.append(str(first).split("\n")[0])
                return
            except AssertionError:
                if time.monotonic() >= deadline:
                    raise


def main() -> int:
    args, rng = seeded_run("key_storm", __doc__.split("\n")[0], "keys", "STORM_KEYS", 5000, "STORM_SEED")
    binary = args.binary
    work = tempfile.mkdtemp(prefix="rk-storm-")
    db = os.path.join(work, "rekindle.sqlite")
    command = f"exec env REKINDLE_DB={shlex.quote(db)} EDITOR=true VISUAL=true {shlex.quote(binary)}"
    tmux = Tmux("storm", 100, 30, command)
    sent = resizes = pastes = frames = 0
    transients: list[str] = []
    size = (100, 30)
    try:
        tmux.wait(lambda s: "Steps" in s, what="the first frame")
        while sent < args.keys:
            burst = []
            for _ in range(rng.randint(1, 40)):
                burst.append(random_key(rng))
            # Send runs of named keys in one send-keys, text literally.
            for kind, value in burst:
                if kind == "keys":
                    tmux.keys(*value)
                else:
                    tmux.text(value)
                sent += 1
            if rng.random() < 0.04:
                text = "".join(rng.choice(TEXT + PRINTABLE + ["\n"]) for _ in range(rng.randint(1, 400)))
                subprocess.run(["tmux", "-L", tmux.socket, "load-buffer", "-b", "storm", "-"],
                               input=text.encode(), env=tmux.env, check=True, timeout=30)
                tmux.run("paste-buffer", "-p", "-d", "-b", "storm", "-t", "test")
                pastes += 1
            if rng.random() < 0.35:
                choice = rng.random()
                if choice < 0.15:
                    size = (1, 1)
                elif choice < 0.3:
                    size = (rng.randint(1, 12), rng.randint(1, 6))
                elif choice < 0.4:
                    size = (300, 100)
                else:
                    size = (rng.randint(1, 300), rng.randint(1, 100))
                tmux.resize(*size)
                resizes += 1
            if rng.random() < 0.5:
                time.sleep(rng.choice([0, 0.01, 0.05, 0.15]))
                check_settled(tmux, f"after {sent} keys and {resizes} resizes at {size[0]}x{size[1]}", transients)
                frames += 1
        # Still answering? Let it settle, then leave every mode and open the help.
        tmux.resize(100, 30)
        time.sleep(0.3)
        for _ in range(4):
            tmux.keys("Escape")
            time.sleep(0.15)
        check_frame(tmux, "after the storm")
        tmux.keys("F1")
        tmux.wait(lambda s: "Anywhere, even while typing" in s or "Moving around" in s, what="the help")
        check_frame(tmux, "with the help open")
        tmux.keys("Escape")
        time.sleep(0.15)
        tmux.keys("q")
        deadline = time.monotonic() + 10
        while not tmux.dead():
            if time.monotonic() > deadline:
                # A refused quit (a note that could not be saved) asks for a second q.
                raise AssertionError(f"q did not quit after the storm; screen:\n{tmux.screen()}")
            time.sleep(0.05)
        status = tmux.exit_status()
        if status != "status 0":
            raise AssertionError(f"the app ended with {status}; screen:\n{tmux.screen()}")
        verdict = integrity(db)
        if verdict != "ok":
            raise AssertionError(f"integrity_check says {verdict!r}")
    except (AssertionError, TimeoutError) as failure:
        print(f"key_storm: FAILED (seed {args.seed}): {failure}", file=sys.stderr)
        if os.environ.get("STORM_DEBUG"):
            tmux.resize(120, 40)
            time.sleep(1)
            print(tmux.screen(), file=sys.stderr)
            print(subprocess.run(["sqlite3", db, "select section, body from notes; select title from items where custom=1"],
                                 capture_output=True, text=True).stdout, file=sys.stderr)
        return 1
    finally:
        tmux.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"  frames checked: {frames}, pastes: {pastes}, transient violations that a redraw fixed: {len(transients)}")
    for line in transients[:5]:
        print(f"    {line}")
    print(f"keys sent: {sent}, resizes: {resizes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
