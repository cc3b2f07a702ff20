#!/usr/bin/env python3
"""Nothing gets in: escape sequences in a guide file and in notes never reach the terminal.

A guide (--guide PATH) and notes (`rekindle note N --append`) hold: clear screen ESC[2J, a window
title OSC 0, an OSC 52 clipboard write, an OSC 8 hyperlink, C1 CSI (U+009B as UTF-8) and bidi
override U+202E. The app runs in a pseudo-terminal (pty.fork, TERM=xterm-256color); every byte it
writes is kept while it shows the introduction, step 1 (guide and notes), search for the text and
the help, and quits. The bytes must not contain ESC]0;pwned, ESC]52, ESC]8;, C2 9B or E2 80 AE,
and an ESC[2J only where ncurses clears the screen itself — never next to the guide's words
around it. The words around each sequence must appear (so the sections really were drawn).
Then `rekindle note 1` on a terminal must print the notes sanitised (no ESC, no C1, no U+202E).

Usage: escapes.py BIN. Standard library only; every wait has a deadline; the child is reaped.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time

ESC, BEL, ST = "\x1b", "\x07", "\x1b\\"
HOSTILE = {
    "clear": f"{ESC}[2J",
    "title": f"{ESC}]0;pwned{BEL}",
    "clipboard": f"{ESC}]52;c;SGVsbG8={BEL}",
    "link": f"{ESC}]8;;http://x{ST}link{ESC}]8;;{ST}",
    "c1": "\u009b31m",
    "bidi": "\u202e",
}
FORBIDDEN = [b"\x1b]0;pwned", b"\x1b]52", b"\x1b]8;", b"\xc2\x9b", "\u202e".encode()]


def guide_text() -> str:
    h = HOSTILE
    return f"""# Hostile{h['title']} guide {{#hostile}}

Intro alpha{h['clear']}bravo and charlie{h['clipboard']}delta and echo{h['link']}foxtrot and golf{h['c1']}hotel and india{h['bidi']}juliet.

## Step 1: Kilo{h['clear']}lima {{#one}}

Mike{h['title']}november text.

  1. Oscar{h['clipboard']}papa item: quebec{h['bidi']}romeo {{#item-one}}
  2. Sierra{h['c1']}tango item {{#item-two}}

## Step 2: Uniform{h['link']}victor {{#two}}

Whiskey.

  1. Xray item {{#item-three}}
"""


NOTE = ("notes zulu{clear}yankee and wolf{title}fox and cat{clipboard}dog and sun{link}moon and "
        "one{c1}two and left{bidi}right").format(**HOSTILE)
# Words either side of each sequence, to prove the text was drawn.
WORDS = [b"alpha", b"bravo", b"charlie", b"delta", b"foxtrot", b"hotel", b"juliet", b"Kilo", b"lima",
         b"Mike", b"november", b"Oscar", b"papa", b"quebec", b"romeo", b"zulu", b"yankee", b"wolf",
         b"fox", b"cat", b"dog", b"sun", b"left", b"right"]


class Child:
    def __init__(self, argv: list[str], env: dict, width: int = 120, height: int = 40):
        self.output = bytearray()
        pid, fd = pty.fork()
        if pid == 0:
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.status = None

    def read(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output += chunk

    def wait_for(self, needle: bytes, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while needle not in self.output:
            if time.monotonic() > deadline:
                raise AssertionError(f"never saw {needle!r}; last bytes: {bytes(self.output[-400:])!r}")
            self.read(0.05)

    def send(self, data: bytes, settle: float = 0.25) -> None:
        os.write(self.fd, data)
        self.read(settle)

    def finish(self, timeout: float = 10) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.read(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.read(0.05)
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)
        raise AssertionError("the app did not quit")


def main() -> int:
    binary = os.path.realpath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/rekindle")
    with tempfile.TemporaryDirectory(prefix="rk-escapes-") as work:
        guide = os.path.join(work, "hostile.md")
        with open(guide, "w", encoding="utf-8") as f:
            f.write(guide_text())
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": work, "LANG": "C.UTF-8",
               "TERM": "xterm-256color", "REKINDLE_DB": os.path.join(work, "rekindle.sqlite")}
        subprocess.run([binary, "note", "1", "--guide", guide, "--append", NOTE], env=env, check=True,
                       capture_output=True, timeout=60)
        stored = subprocess.run([binary, "note", "1", "--guide", guide], env=env, check=True,
                                capture_output=True, timeout=60).stdout.decode()
        if stored.rstrip("\n") != NOTE:
            raise AssertionError(f"the notes were not stored raw: {stored!r}")
        print("  - guide and notes with ESC[2J, OSC 0/52/8, C1 CSI and U+202E written; piped notes come back raw")

        child = Child([binary, "--guide", guide], env)
        try:
            child.wait_for(b"Steps")
            child.read(0.3)
            keys = [b"0", b"1", b"\t", b"j", b"\t", b"\x0c", b"2", b"1", b"/", b"pwned", b"\r", b"n", b"\x1b",
                    b"/", b"fox", b"\r", b"\x1b", b"?", b"\x1b", b"0"]
            for key in keys:
                child.send(key)
            child.send(b"q", settle=0)
            status = child.finish()
        except BaseException:
            try:
                os.kill(child.pid, signal.SIGKILL)
                os.waitpid(child.pid, 0)
            except OSError:
                pass
            raise
        out = bytes(child.output)
        if status != 0:
            raise AssertionError(f"the app exited with {status}")
        for needle in FORBIDDEN:
            if needle in out:
                at = out.index(needle)
                raise AssertionError(f"{needle!r} reached the terminal: ...{out[max(0, at - 60):at + 60]!r}...")
        # ncurses clears the screen itself (start, Ctrl-L); a clear from the text would sit
        # between the words around it.
        for before, after in [(b"alpha", b"bravo"), (b"Kilo", b"lima"), (b"zulu", b"yankee")]:
            for needle in (before + b"\x1b[2J", b"\x1b[2J" + after):
                if needle in out:
                    raise AssertionError(f"the text's ESC[2J reached the terminal: {needle!r}")
        missing = [w.decode() for w in WORDS if w not in out]
        if missing:
            raise AssertionError(f"these words never reached the screen, so their sections were not drawn: {missing}")
        print(f"  - the interface drew every section ({len(out)} bytes): no OSC 0/52/8, C1, U+202E or text ESC[2J")

        # `rekindle note 1` on a terminal: sanitised.
        printer = Child([binary, "note", "1", "--guide", guide], env)
        if printer.finish() != 0:
            raise AssertionError("rekindle note 1 failed on a terminal")
        printed = bytes(printer.output)
        for needle in [b"\x1b", b"\xc2\x9b", "\u202e".encode(), b"\x07"]:
            if needle in printed:
                raise AssertionError(f"rekindle note 1 printed {needle!r} to a terminal: {printed!r}")
        if b"zulu" not in printed or b"right" not in printed:
            raise AssertionError(f"rekindle note 1 printed {printed!r}")
        print("  - rekindle note 1 on a terminal prints them sanitised")
    print("escapes.py: passed")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except AssertionError as failure:
        print(f"escapes.py: FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
