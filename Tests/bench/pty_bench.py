#!/usr/bin/env python3
"""Terminal-facing benchmarks for rekindle (and less/vim as yardsticks).

Runs each subject in a pseudo-terminal (pty.fork, so the child has a controlling
terminal), at a fixed window size, with TERM=xterm-256color, and measures:

  * time to first full frame: from just before fork() to the last byte of the
    initial paint (quiet-gap rule, or ready marker + short quiet gap);
  * keystroke latency: from write() of a key to the last byte of the app's
    response (quiet-gap rule), plus the bytes written per keystroke.

Standard library only. Every wait has a deadline; every child is reaped.
Run with --help for the options; see README.md next to this file for the method.
"""

from __future__ import annotations

import argparse
import codecs
import errno
import fcntl
import json
import math
import os
import platform
import pty
import re
import select
import shlex
import shutil
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
import unicodedata

now = time.perf_counter  # monotonic, high resolution; only differences are used
MARKER_PATIENCE = 2.0    # seconds of silence after which a missing ready marker is given up


# --------------------------------------------------------------------------- keys

NAMED_KEYS = {
    "SPACE": b" ", "ENTER": b"\r", "RET": b"\r", "TAB": b"\t", "BTAB": b"\x1b[Z",
    "ESC": b"\x1b", "BS": b"\x7f", "DEL": b"\x1b[3~",
    "UP": b"\x1b[A", "DOWN": b"\x1b[B", "RIGHT": b"\x1b[C", "LEFT": b"\x1b[D",
    "HOME": b"\x1b[H", "END": b"\x1b[F", "PGUP": b"\x1b[5~", "PGDN": b"\x1b[6~",
    "F1": b"\x1bOP", "F2": b"\x1bOQ",
}


def decode_escapes(text: str) -> bytes:
    """'\\x1b:q\\r' -> bytes; non-ASCII text is taken as UTF-8."""
    raw = text.encode("utf-8")
    return codecs.escape_decode(raw)[0]


def parse_key_token(token: str) -> bytes:
    up = token.upper()
    if up in NAMED_KEYS:
        return NAMED_KEYS[up]
    m = re.fullmatch(r"C-([A-Za-z@\[\\\]^_])", token)
    if m:
        return bytes([ord(m.group(1).upper()) & 0x1F])
    return decode_escapes(token)


def parse_key_script(spec: str) -> list[bytes]:
    """A key script: whitespace-separated tokens, each one write().

    A token is a named key (SPACE ENTER TAB BTAB ESC BS DEL UP DOWN LEFT RIGHT HOME END
    PGUP PGDN F1 F2), C-x for a control key, or text with Python escapes (\\x1b, \\r,
    \\t, \\x20 for a literal space). A suffix *N repeats the token N times.
    Example: "j*20 k*20", "a", "ESC :qa! ENTER" (the latter is three writes).
    """
    keys: list[bytes] = []
    for token in spec.split():
        count = 1
        m = re.fullmatch(r"(.+?)\*(\d+)", token)
        if m:
            token, count = m.group(1), int(m.group(2))
        key = parse_key_token(token)
        if not key:
            raise ValueError(f"empty key in script {spec!r}")
        keys.extend([key] * count)
    return keys


# ----------------------------------------------------------------- screen model

class Screen:
    """A deliberately small VT100/xterm screen model, only to check that the
    captured bytes of a first frame really draw a screen (and to print it).
    Handles text, CR/LF/BS/TAB, CUP/CUU/CUD/CUF/CUB/CHA/VPA/ED/EL/ECH/REP, scroll
    region, reverse index, save/restore cursor; ignores attributes and modes."""

    def __init__(self, rows: int, cols: int):
        self.rows, self.cols = rows, cols
        self.grid = [[" "] * cols for _ in range(rows)]
        self.y = self.x = 0
        self.top, self.bottom = 0, rows - 1
        self.saved = (0, 0)
        self.last = " "
        self.wrap_pending = False
        self.dec = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.state = "text"
        self.buf = ""

    def feed(self, data: bytes) -> None:
        for ch in self.dec.decode(data):
            self._char(ch)

    def text(self) -> str:
        return "\n".join("".join(c for c in row if c is not None).rstrip() for row in self.grid)

    def _scroll_up(self):
        del self.grid[self.top]
        self.grid.insert(self.bottom, [" "] * self.cols)

    def _linefeed(self):
        if self.y == self.bottom:
            self._scroll_up()
        elif self.y < self.rows - 1:
            self.y += 1

    def _put(self, ch: str):
        if unicodedata.combining(ch) or ch in "\u200d\ufe0f":
            return
        w = 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        if self.wrap_pending or self.x + w > self.cols:
            self.x = 0
            self._linefeed()
            self.wrap_pending = False
        self.grid[self.y][self.x] = ch
        if w == 2 and self.x + 1 < self.cols:
            self.grid[self.y][self.x + 1] = None  # continuation cell
        self.last = ch
        self.x += w
        if self.x >= self.cols:
            self.x = self.cols - 1
            self.wrap_pending = True

    def _clamp(self):
        self.y = max(0, min(self.rows - 1, self.y))
        self.x = max(0, min(self.cols - 1, self.x))
        self.wrap_pending = False

    def _char(self, ch: str):
        st = self.state
        if st == "text":
            if ch == "\x1b":
                self.state = "esc"
            elif ch == "\r":
                self.x = 0; self.wrap_pending = False
            elif ch in "\n\x0b\x0c":
                self._linefeed(); self.wrap_pending = False
            elif ch == "\b":
                self.x = max(0, self.x - 1); self.wrap_pending = False
            elif ch == "\t":
                self.x = min(self.cols - 1, (self.x // 8 + 1) * 8)
            elif ch < " " or ch == "\x7f":
                pass
            else:
                self._put(ch)
        elif st == "esc":
            self.state = "text"
            if ch == "[":
                self.state, self.buf = "csi", ""
            elif ch == "]":
                self.state, self.buf = "osc", ""
            elif ch in "P_^X":
                self.state = "str"
            elif ch in "()*+#%":
                self.state = "charset"
            elif ch == "7":
                self.saved = (self.y, self.x)
            elif ch == "8":
                self.y, self.x = self.saved; self._clamp()
            elif ch == "M":
                if self.y == self.top:
                    del self.grid[self.bottom]
                    self.grid.insert(self.top, [" "] * self.cols)
                else:
                    self.y = max(0, self.y - 1)
            elif ch == "D":
                self._linefeed()
            elif ch == "E":
                self.x = 0; self._linefeed()
            elif ch == "c":
                self.__init__(self.rows, self.cols)
        elif st == "charset":
            self.state = "text"
        elif st in ("osc", "str"):
            if ch == "\x07":
                self.state = "text"
            elif ch == "\x1b":
                self.state = "st"
        elif st == "st":  # ESC inside a string: expect '\' (ST)
            self.state = "text"
        elif st == "csi":
            if "\x40" <= ch <= "\x7e":
                self._csi(self.buf, ch)
                self.state = "text"
            else:
                self.buf += ch

    def _csi(self, params: str, final: str):
        if params[:1] in "?>=<" and params:
            return  # private modes / queries: no effect on the grid
        nums = []
        for p in params.split(";"):
            p = p.split(":")[0]
            nums.append(int(p) if p.isdigit() else 0)

        def n(i=0, default=1):
            v = nums[i] if i < len(nums) else 0
            return v if v else default

        g = self.grid
        if final in "Hf":
            self.y, self.x = n(0) - 1, n(1) - 1; self._clamp()
        elif final == "A":
            self.y -= n(); self._clamp()
        elif final in "Be":
            self.y += n(); self._clamp()
        elif final in "Ca":
            self.x += n(); self._clamp()
        elif final == "D":
            self.x -= n(); self._clamp()
        elif final in "G`":
            self.x = n() - 1; self._clamp()
        elif final == "d":
            self.y = n() - 1; self._clamp()
        elif final == "K":
            mode = n(0, 0)
            lo, hi = {0: (self.x, self.cols), 1: (0, self.x + 1), 2: (0, self.cols)}.get(mode, (0, 0))
            for i in range(lo, hi):
                g[self.y][i] = " "
        elif final == "J":
            mode = n(0, 0)
            if mode in (2, 3):
                self.grid = [[" "] * self.cols for _ in range(self.rows)]
            elif mode == 0:
                self._csi("0", "K")
                for r in range(self.y + 1, self.rows):
                    g[r] = [" "] * self.cols
            elif mode == 1:
                self._csi("1", "K")
                for r in range(0, self.y):
                    g[r] = [" "] * self.cols
        elif final == "X":
            for i in range(self.x, min(self.cols, self.x + n())):
                g[self.y][i] = " "
        elif final == "b":
            for _ in range(n()):
                self._put(self.last)
        elif final == "r":
            self.top, self.bottom = n(0) - 1, n(1, self.rows) - 1
            if not (0 <= self.top < self.bottom < self.rows):
                self.top, self.bottom = 0, self.rows - 1
            self.y = self.x = 0
        elif final == "S":
            for _ in range(n()):
                self._scroll_up()
        elif final == "L":  # insert lines
            if self.top <= self.y <= self.bottom:
                for _ in range(n()):
                    del g[self.bottom]
                    g.insert(self.y, [" "] * self.cols)
        elif final == "M":  # delete lines
            if self.top <= self.y <= self.bottom:
                for _ in range(n()):
                    del g[self.y]
                    g.insert(self.bottom, [" "] * self.cols)
        elif final == "s":
            self.saved = (self.y, self.x)
        elif final == "u":
            self.y, self.x = self.saved; self._clamp()


# ----------------------------------------------------------------- pty session

class Session:
    """One child process on a pty. Always use as a context manager: it reaps."""

    def __init__(self, argv, rows, cols, env, cwd, quit_keys=(), kill_after=1.0):
        self.argv, self.rows, self.cols = argv, rows, cols
        self.env, self.cwd = env, cwd
        self.quit_keys = list(quit_keys)
        self.kill_after = kill_after
        self.pid = -1
        self.fd = -1
        self.eof = False
        self.exit_status = None
        self.captured = bytearray()
        self.t_fork = 0.0
        self.killed = False
        self.how_ended = None

    def __enter__(self):
        argv, env, cwd = self.argv, self.env, self.cwd
        winsize = struct.pack("HHHH", self.rows, self.cols, 0, 0)
        self.t_fork = now()
        pid, fd = pty.fork()
        if pid == 0:  # child: keep this minimal, never return into the harness
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, winsize)
                if cwd:
                    os.chdir(cwd)
                os.execvpe(argv[0], argv, env)
            except BaseException as e:  # noqa: BLE001 - must not fall through
                try:
                    os.write(2, f"pty_bench: cannot exec {argv[0]}: {e}\r\n".encode())
                finally:
                    os._exit(127)
        self.pid, self.fd = pid, fd
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    # -- I/O
    def write(self, data: bytes) -> None:
        view = memoryview(data)
        deadline = now() + 2.0
        while view and now() < deadline:
            try:
                n = os.write(self.fd, view)
                view = view[n:]
            except BlockingIOError:
                select.select([], [self.fd], [], 0.05)
            except OSError as e:
                if e.errno in (errno.EIO, errno.EBADF):
                    self.eof = True
                    return
                raise

    def read_once(self, timeout: float):
        """Wait up to timeout for output. Returns (timestamp, nbytes), or None if
        nothing arrived. Sets self.eof when the child side is gone (EIO)."""
        if self.eof:
            return None
        try:
            ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        except InterruptedError:
            return None
        if not ready:
            return None
        try:
            data = os.read(self.fd, 65536)
        except OSError as e:
            if e.errno == errno.EIO:  # Linux: all slave fds closed -> child exited
                self.eof = True
                return None
            raise
        if not data:
            self.eof = True
            return None
        t = now()
        self.captured += data
        return t, len(data)

    def read_until_quiet(self, gap: float, first_timeout: float, hard_deadline: float,
                         marker: bytes | None = None, start_at: int = 0):
        """Read until, after at least one byte (and after `marker` if given),
        nothing arrives for `gap` seconds. Returns (t_last_byte or None, nbytes,
        status) where status is 'ok', 'no-output', 'no-marker', 'timeout' or 'eof'."""
        t_last = None
        nbytes = 0
        first_deadline = now() + first_timeout
        marker_seen = marker is None
        while True:
            tnow = now()
            if tnow >= hard_deadline:
                if t_last is None:
                    return None, 0, "no-output"
                return t_last, nbytes, ("timeout" if marker_seen else "no-marker")
            if t_last is None:
                wait = min(first_deadline, hard_deadline) - tnow
                if wait <= 0:
                    return None, 0, "no-output"
            elif marker_seen:
                wait = min(t_last + gap, hard_deadline) - tnow
                if wait <= 0:
                    return t_last, nbytes, "ok"
            else:  # output seen, marker not yet: give up after MARKER_PATIENCE of silence
                wait = min(t_last + MARKER_PATIENCE, hard_deadline) - tnow
                if wait <= 0:
                    return t_last, nbytes, "no-marker"
            got = self.read_once(wait)
            if got is None:
                if self.eof:
                    return t_last, nbytes, "eof"
                continue
            t_last = got[0]
            nbytes += got[1]
            if not marker_seen:
                # search only the new tail (plus overlap) for the marker
                lo = max(start_at, len(self.captured) - got[1] - len(marker))
                if self.captured.find(marker, lo) >= 0:
                    marker_seen = True

    def drain(self, duration: float) -> None:
        end = now() + duration
        while not self.eof and now() < end:
            self.read_once(end - now())

    # -- teardown
    def _reap_nohang(self) -> bool:
        if self.exit_status is not None:
            return True
        try:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            self.exit_status = -1
            return True
        if pid == 0:
            return False
        self.exit_status = status
        return True

    def close(self) -> None:
        if self.pid <= 0:
            return
        try:
            if not self._reap_nohang():
                for key in self.quit_keys:
                    if self.eof:
                        break
                    self.write(key)
                    self.drain(0.02)
                end = now() + self.kill_after
                while now() < end and not self._reap_nohang():
                    # keep draining so a child blocked on a full pty can still exit
                    if self.eof:
                        time.sleep(0.005)
                    else:
                        self.read_once(0.01)
                if not self._reap_nohang():
                    self.killed = True
                    for sig_target in (lambda: os.killpg(self.pid, signal.SIGKILL),
                                       lambda: os.kill(self.pid, signal.SIGKILL)):
                        try:
                            sig_target()
                        except (ProcessLookupError, PermissionError):
                            pass
                    end = now() + 5.0
                    while now() < end and not self._reap_nohang():
                        time.sleep(0.005)
                    if not self._reap_nohang():  # last resort: block (SIGKILL cannot be ignored)
                        os.waitpid(self.pid, 0)
                        self.exit_status = -9
        finally:
            try:
                os.close(self.fd)
            except OSError:
                pass
            self.pid = -1
            st = self.exit_status
            self.how_ended = ("exited" if st is not None and st >= 0 and os.WIFEXITED(st) and not self.killed
                              else "killed")


# ------------------------------------------------------------------- statistics

def percentile(values, p):
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    s = sorted(values)
    k = max(1, math.ceil(p / 100.0 * len(s)))
    return s[k - 1]


def short_repr(b: bytes, limit=24):
    r = repr(b.decode("latin-1"))
    return r if len(r) <= limit else r[:10] + "..." + r[-(limit - 13):]


def fmt(v, digits=1):
    return "-" if v is None else f"{v:.{digits}f}"


# --------------------------------------------------------------------- subjects

class Subject:
    def __init__(self, name, argv, ready=None, quit_keys=(), expect=None):
        self.name = name
        self.argv = argv
        self.ready = ready
        self.quit_keys = list(quit_keys)
        self.expect = expect
        self.tmp = None
        self.skip_reason = None


def build_env(args, tmp):
    env = dict(os.environ)
    for var in ("LINES", "COLUMNS", "TMUX", "STY", "LESS", "LESSOPEN", "LESSCLOSE",
                "VIMINIT", "EXINIT", "MYVIMRC"):
        env.pop(var, None)
    env["TERM"] = args.term
    if args.locale:
        env["LC_ALL"] = args.locale
        env["LANG"] = args.locale
    env.pop("NO_COLOR", None)
    if args.private_home:
        env["HOME"] = tmp
        env["XDG_DATA_HOME"] = os.path.join(tmp, "data")
        env["XDG_CONFIG_HOME"] = os.path.join(tmp, "config")
        env["XDG_STATE_HOME"] = os.path.join(tmp, "state")
        env["XDG_CACHE_HOME"] = os.path.join(tmp, "cache")
        env["LESSHISTFILE"] = "-"
    return env


def kv_options(pairs, what):
    out = {}
    for item in pairs or []:
        if "=" not in item:
            sys.exit(f"pty_bench: {what} must be NAME=VALUE, got {item!r}")
        k, v = item.split("=", 1)
        out[k] = v
    return out


def first_text_line(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                line = line.strip()
                if line:
                    return line.lstrip("# ")[:24]
    except OSError:
        pass
    return None


def make_subjects(args, guide):
    expect_default = first_text_line(guide) if guide else None
    subjects = {}
    if guide:
        subjects["less"] = Subject("less", ["less", "{guide}"], ready=guide.encode(),
                                   quit_keys=[b"q"], expect=expect_default)
        # -n: no swap file (a SIGKILLed vim would otherwise leave one that prompts next run)
        # -i NONE: no viminfo. Both only remove disk writes; the paint is unchanged.
        subjects["vim"] = Subject("vim", ["vim", "-u", "NONE", "-N", "-n", "-i", "NONE", "{guide}"],
                                  ready=b"\x1b[?25h", quit_keys=[b"\x1b", b":qa!\r"],
                                  expect=expect_default)
    if args.rekindle:
        s = Subject("rekindle", [args.rekindle] + shlex.split(args.rekindle_args),
                    ready=None, quit_keys=[b"\x1b", b"q"], expect=expect_default)
        if not (os.path.isfile(args.rekindle) and os.access(args.rekindle, os.X_OK)):
            s.skip_reason = f"binary {args.rekindle} not found (build it first: make build)"
        subjects["rekindle"] = s
    for name, cmd in kv_options(args.subject, "--subject").items():
        subjects[name] = Subject(name, shlex.split(cmd), quit_keys=[b"q"])
    for name, marker in kv_options(args.ready, "--ready").items():
        if name in subjects:
            subjects[name].ready = decode_escapes(marker) if marker else None
    for name, keys in kv_options(args.quit, "--quit").items():
        if name in subjects:
            subjects[name].quit_keys = parse_key_script(keys)
    for name, text in kv_options(args.expect, "--expect").items():
        if name in subjects:
            subjects[name].expect = text or None
    for s in subjects.values():
        if s.name in ("less", "vim") and shutil.which(s.name) is None:
            s.skip_reason = f"{s.name} is not installed"
    return subjects


def subject_argv(subject, guide):
    argv = [a.replace("{guide}", guide or "").replace("{tmp}", subject.tmp) for a in subject.argv]
    if "/" in argv[0]:  # children run in their private directory: make relative paths absolute
        argv[0] = os.path.abspath(argv[0])
    return argv


# ---------------------------------------------------------------- measurements

def first_frame_once(args, subject, guide, rows, cols):
    env = build_env(args, subject.tmp)
    argv = subject_argv(subject, guide)
    with Session(argv, rows, cols, env, subject.tmp, subject.quit_keys, args.kill_after) as s:
        hard = s.t_fork + args.timeout
        if subject.ready:
            t_last, nbytes, status = s.read_until_quiet(args.marker_gap_ms / 1000.0, args.timeout, hard,
                                                        marker=subject.ready)
        else:
            t_last, nbytes, status = s.read_until_quiet(args.quiet_ms / 1000.0, args.timeout, hard)
        ms = None if t_last is None else (t_last - s.t_fork) * 1000.0
        peak_kb = peak_resident_kb(s.pid)
        captured = bytes(s.captured)
    return ms, nbytes, status, captured, s.how_ended, peak_kb


def peak_resident_kb(pid):
    """The child's peak resident memory so far (VmHWM, kB), read while it shows its first frame."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def check_frame(captured, rows, cols, expect):
    screen = Screen(rows, cols)
    screen.feed(captured)
    text = screen.text()
    nonblank = sum(1 for line in text.splitlines() if line.strip())
    ok = nonblank >= max(2, rows // 4)
    if expect:
        ok = ok and expect in text
    return ok, nonblank, text


def bench_first_frame(args, subjects, guide, results):
    rows, cols = args.rows, args.cols
    print(f"== time to first full frame ({cols}x{rows}, {args.runs} runs + {args.warmup} warm-up, subjects "
          f"interleaved; quiet gap {args.quiet_ms:g} ms, or ready marker + {args.marker_gap_ms:g} ms quiet)")
    table = {}
    active = []
    for name in args.subjects:
        subject = subjects.get(name)
        if subject is None:
            print(f"  {name}: unknown subject, skipped")
        elif subject.skip_reason:
            print(f"  {name}: SKIPPED - {subject.skip_reason}")
            table[name] = {"skipped": subject.skip_reason}
        else:
            active.append(subject)
            table[name] = None
    runs = {s.name: {"samples": [], "bytes": [], "statuses": [], "endings": [], "peaks": [], "frame": None} for s in active}
    # Round-robin (less, vim, rekindle, less, ...) so a noisy spell hits every subject alike.
    failures = {s.name: 0 for s in active}
    for i in range(args.warmup + args.runs):
        for subject in active:
            r = runs[subject.name]
            if failures[subject.name] >= 2:
                continue  # abandoned: see the note printed below
            ms, nbytes, status, captured, ended, peak_kb = first_frame_once(args, subject, guide, rows, cols)
            if status == "no-marker" and subject.ready:
                print(f"  {subject.name}: ready marker {short_repr(subject.ready)} never appeared; "
                      f"using the {args.quiet_ms:g} ms quiet gap from now on")
                r["marker_missing"] = short_repr(subject.ready)
                subject.ready = None
            if status in ("no-output", "timeout", "no-marker"):
                failures[subject.name] += 1
                if failures[subject.name] == 2:
                    print(f"  {subject.name}: two runs in a row ended with {status}; no more runs for it")
                    r.setdefault("statuses", []).append(f"abandoned after {status}")
            else:
                failures[subject.name] = 0
            if i < args.warmup:
                continue
            r["statuses"].append(status)
            r["endings"].append(ended)
            if ms is not None and status == "ok":
                r["samples"].append(ms)
                r["bytes"].append(nbytes)
                if peak_kb is not None:
                    r["peaks"].append(peak_kb)
            frame = check_frame(captured, rows, cols, subject.expect)
            r["frames_ok"] = r.get("frames_ok", 0) + (1 if frame[0] else 0)
            if r["frame"] is None or (r["frame"][0] and not frame[0]):
                r["frame"] = frame  # keep the first frame, or the first bad one
    for subject in active:
        name = subject.name
        r = runs[name]
        samples, byte_counts, statuses, endings, frame = (
            r["samples"], r["bytes"], r["statuses"], r["endings"], r["frame"])
        entry = {
            "argv": subject_argv(subject, guide),
            "method": ("marker %s + %g ms quiet" % (short_repr(subject.ready), args.marker_gap_ms)
                       if subject.ready else "%g ms quiet gap" % args.quiet_ms),
            "samples_ms": [round(x, 3) for x in samples],
            "bytes": byte_counts,
            "statuses": statuses,
        }
        if r["peaks"]:
            entry["peak_rss_kb"] = max(r["peaks"])
        if samples:
            entry["median_ms"] = statistics.median(samples)
            entry["p90_ms"] = percentile(samples, 90)
            entry["min_ms"] = min(samples)
        if frame:
            entry["frame_ok"], entry["frame_nonblank_lines"] = frame[0], frame[1]
            entry["frames_ok"] = r.get("frames_ok", 0)
            if args.show_screen or not frame[0]:
                why = "" if frame[0] else " (does NOT look like a full frame)"
                print(f"  -- {name}: first frame as rendered by the harness's screen model{why}:")
                for line in frame[2].rstrip("\n").splitlines():
                    print("  |" + line)
        if r.get("marker_missing"):
            entry["marker_missing"] = r["marker_missing"]
        entry["quit_key_worked"] = endings.count("exited")
        bad = [st for st in statuses if st not in ("ok",)]
        warnings = []
        if bad:
            warnings.append(f"{len(bad)} run(s) ended with: {', '.join(sorted(set(bad)))}")
        if endings.count("killed"):
            warnings.append(f"{endings.count('killed')} run(s) did not exit on the quit keys and were SIGKILLed")
        if warnings:
            entry["warning"] = "; ".join(warnings)
        table[name] = entry
    vim_median = table.get("vim", {}).get("median_ms")
    print(f"  {'subject':<10} {'median ms':>10} {'p90 ms':>8} {'vs vim':>7} {'bytes':>7} {'peak MB':>7}  frame  method")
    for name, e in table.items():
        if "skipped" in e:
            print(f"  {name:<10} {'skipped':>10}")
            continue
        med = e.get("median_ms")
        ratio = (med / vim_median) if (med is not None and vim_median) else None
        e["ratio_to_vim"] = ratio
        nb = statistics.median(e["bytes"]) if e["bytes"] else None
        peak = e["peak_rss_kb"] / 1024 if e.get("peak_rss_kb") else None
        print(f"  {name:<10} {fmt(med):>10} {fmt(e.get('p90_ms')):>8} {fmt(ratio, 2) + 'x' if ratio else '-':>7} "
              f"{fmt(nb, 0):>7} {fmt(peak):>7}  {'ok' if e.get('frame_ok') else 'BAD':<5}  {e['method']}")
        if e.get("warning"):
            print(f"  {'':<10} warning: {e['warning']}")
    results["first_frame"] = table


class KeyTest:
    """One latency test's subject, keys and figures: `--latency SUBJECT LABEL SETUP KEYS`."""

    def __init__(self, subjects, spec):
        self.name, self.label, self.setup_spec, self.keys_spec = spec
        self.subject = subjects.get(self.name)
        self.entry = {"subject": self.name, "label": self.label, "setup": self.setup_spec, "keys": self.keys_spec}
        self.setup, self.keys = [], []
        self.lat, self.nbytes, self.no_response = [], [], 0

    def usable(self) -> bool:
        """False (with the reason printed and kept) when the test cannot run."""
        reason = None
        if self.subject is None:
            reason = "unknown subject"
        elif self.subject.skip_reason:
            reason = self.subject.skip_reason
        else:
            try:
                self.setup = parse_key_script(self.setup_spec)
                self.keys = parse_key_script(self.keys_spec)
            except ValueError as e:
                reason = f"bad key script: {e}"
            if not reason and not self.keys:
                reason = "no keys given"
        if reason:
            self.entry["skipped"] = reason
            print(f"  {self.name}/{self.label}: SKIPPED - {reason}")
        return reason is None

    def session(self, args, guide):
        return Session(subject_argv(self.subject, guide), args.rows, args.cols, build_env(args, self.subject.tmp),
                       self.subject.tmp, self.subject.quit_keys, args.kill_after)

    def prepare(self, s, args):
        """Waits for the first frame, sends the setup keys, lets anything late pass."""
        hard = s.t_fork + args.timeout
        settle = args.quiet_ms / 1000.0
        if self.subject.ready:
            _, _, status = s.read_until_quiet(args.marker_gap_ms / 1000.0, args.timeout, hard,
                                              marker=self.subject.ready)
        else:
            _, _, status = s.read_until_quiet(settle, args.timeout, hard)
        if status not in ("ok",):
            self.entry["error"] = f"first frame did not complete ({status})"
            if s.eof:
                self.entry["error"] += "; the child exited"
                self.setup = self.keys = []
        for key in self.setup:
            s.write(key)
            s.read_until_quiet(settle, 1.0, now() + args.timeout)
        s.drain(settle)  # anything late from setup is not charged to the first key

    def press(self, s, i, args) -> bool:
        """Sends key i and times the answer; False when the child is gone."""
        if s.eof:
            self.entry["error"] = (self.entry.get("error", "") + f" child exited after {i} keys").strip()
            return False
        key = self.keys[i % len(self.keys)]
        t_write = now()
        s.write(key)
        t_last, n, _ = s.read_until_quiet(args.key_gap_ms / 1000.0, args.key_timeout_ms / 1000.0,
                                          t_write + args.timeout)
        if t_last is None:
            self.no_response += 1
            self.nbytes.append(0)
        else:
            self.lat.append((t_last - t_write) * 1000.0)
            self.nbytes.append(n)
        return True

    def finish(self, s):
        if not s.eof:
            # Peak memory over the whole test (issue 15's goal holds while typing in the 1 MB note too).
            peak_kb = peak_resident_kb(s.pid)
            if peak_kb is not None:
                self.entry["peak_rss_kb"] = peak_kb
        entry = self.entry
        entry.update({
            "count": len(self.nbytes), "responded": len(self.lat), "no_response": self.no_response,
            "samples_ms": [round(x, 3) for x in self.lat], "bytes": self.nbytes,
        })
        if self.lat:
            entry["p50_ms"] = percentile(self.lat, 50)
            entry["p99_ms"] = percentile(self.lat, 99)
            entry["mean_ms"] = statistics.fmean(self.lat)
        if self.nbytes:
            entry["mean_bytes"] = statistics.fmean(self.nbytes)

    def report(self, title):
        entry = self.entry
        peak_mb = entry["peak_rss_kb"] / 1024 if entry.get("peak_rss_kb") else None
        print(f"  {title:<22} {fmt(entry.get('p50_ms'), 2):>8} {fmt(entry.get('p99_ms'), 2):>8} "
              f"{fmt(entry.get('mean_bytes'), 0):>9} {fmt(peak_mb):>7} {len(self.lat):>5}/{len(self.nbytes):<5}  "
              f"setup={self.setup_spec!r} keys={self.keys_spec!r}"
              + (f"  ERROR: {entry['error']}" if entry.get("error") else ""))
        if self.no_response:
            silent = sorted({short_repr(self.keys[i % len(self.keys)]) for i, n in enumerate(self.nbytes) if n == 0})
            print(f"  {'':<22} warning: {self.no_response} key(s) changed nothing on screen ({', '.join(silent)}); "
                  f"check that the setup puts the app where the keys mean something")


def bench_latency(args, subjects, guide, spec, results):
    test = KeyTest(subjects, spec)
    results.setdefault("latency", []).append(test.entry)
    if not test.usable():
        return
    with test.session(args, guide) as s:
        test.prepare(s, args)
        for i in range(args.key_count if test.keys else 0):
            if not test.press(s, i, args):
                break
        test.finish(s)
    test.report(f"{test.name}/{test.label}")


def bench_pair(args, subjects, guide, specs, results):
    """Two latency tests at once, their keys taken in turns (which goes first alternates each
    round): both answer under the same load, so a machine that gets busier or quieter during the
    run moves both alike, which tests run one after the other cannot promise."""
    tests = [KeyTest(subjects, spec) for spec in specs]
    results.setdefault("pairs", []).append([t.entry for t in tests])
    if tests[0].name == tests[1].name:
        print(f"  {tests[0].name}: SKIPPED - a pair needs two subjects (one subject's copies share a database)")
        return
    if not all([t.usable() for t in tests]):
        return
    with tests[0].session(args, guide) as first, tests[1].session(args, guide) as second:
        sessions = [first, second]
        for test, s in zip(tests, sessions):
            test.prepare(s, args)
        for i in range(args.key_count if all(t.keys for t in tests) else 0):
            order = (0, 1) if i % 2 == 0 else (1, 0)
            if not all(tests[k].press(sessions[k], i, args) for k in order):
                break
        for test, s in zip(tests, sessions):
            test.finish(s)
    for test in tests:
        test.report(f"{test.name}/{test.label} (paired)")


# ----------------------------------------------------------------------- main

def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Time to first frame and keystroke latency of terminal apps, measured on a pty.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="""key scripts (setup and keys of --latency): whitespace-separated tokens, one write() each;
  named keys SPACE ENTER TAB BTAB ESC BS DEL UP DOWN LEFT RIGHT HOME END PGUP PGDN F1 F2,
  C-x for a control key, otherwise text with Python escapes (\\x1b, \\r, \\x20); TOKEN*N repeats.
  The repeated keys are cycled until --key-count keys have been sent.

placeholders in commands and --rekindle-args: {guide} (absolute guide path), {tmp} (the
subject's private temporary directory, kept across its runs, removed at the end).

examples:
  pty_bench.py --guide Content/guide.md --rekindle .build/release/rekindle --private-home \\
      --latency vim typing i a --latency less scroll '' 'j*30 k*30' --json out.json
  pty_bench.py --guide g.txt --no-frame --latency rekindle tick ENTER SPACE""")
    p.add_argument("--guide", help="guide file opened by less and vim")
    p.add_argument("--rekindle", help="path to the rekindle binary (skipped with a message if missing)")
    p.add_argument("--rekindle-args", default="--db {tmp}/rekindle.sqlite",
                   help="arguments for rekindle (shell words; default: %(default)s)")
    p.add_argument("--subjects", default="less,vim,rekindle",
                   help="comma list of subjects for the first-frame table (default: %(default)s)")
    p.add_argument("--subject", action="append", metavar="NAME=CMD", help="add a subject (shell words)")
    p.add_argument("--ready", action="append", metavar="NAME=MARKER",
                   help="ready marker bytes (Python escapes) that end a first frame, followed by "
                        "--marker-gap-ms of quiet; empty = use the quiet gap. Defaults: less = the "
                        "guide path (its prompt), vim = \\x1b[?25h (cursor shown), others none")
    p.add_argument("--quit", action="append", metavar="NAME=KEYS", help="quit key script for a subject")
    p.add_argument("--expect", action="append", metavar="NAME=TEXT",
                   help="text the rendered first frame must contain (default: start of the guide's first line)")
    p.add_argument("--size", default="120x40", help="COLSxROWS (default: %(default)s)")
    p.add_argument("--runs", type=int, default=15, help="first-frame runs per subject (default: %(default)s)")
    p.add_argument("--warmup", type=int, default=1, help="discarded runs first (default: %(default)s)")
    p.add_argument("--quiet-ms", type=float, default=150.0,
                   help="quiet gap that ends a first frame without a marker, and settles setup keys "
                        "(default: %(default)s)")
    p.add_argument("--marker-gap-ms", type=float, default=40.0,
                   help="quiet gap required after the ready marker (default: %(default)s)")
    p.add_argument("--timeout", type=float, default=10.0,
                   help="hard limit in seconds for a first frame / one key (default: %(default)s)")
    p.add_argument("--kill-after", type=float, default=1.0,
                   help="seconds to wait after the quit keys before SIGKILL (default: %(default)s)")
    p.add_argument("--no-frame", action="store_true", help="skip the first-frame comparison")
    p.add_argument("--latency", action="append", nargs=4, metavar=("SUBJECT", "LABEL", "SETUP", "KEYS"),
                   help="a keystroke-latency test: send SETUP once, then cycle KEYS")
    p.add_argument("--pair", action="append", nargs=8, metavar=("SUBJECT", "LABEL", "SETUP", "KEYS") * 2,
                   help="two latency tests run at once, their keys in turns (the same load for both)")
    p.add_argument("--key-count", type=int, default=150, help="keys per latency test (default: %(default)s)")
    p.add_argument("--key-gap-ms", type=float, default=30.0,
                   help="quiet gap that ends the response to a key (default: %(default)s)")
    p.add_argument("--key-timeout-ms", type=float, default=500.0,
                   help="a key with no output within this is counted as no-response (default: %(default)s)")
    p.add_argument("--term", default="xterm-256color")
    p.add_argument("--locale", default="C.UTF-8", help="LC_ALL/LANG for the children ('' keeps yours)")
    p.add_argument("--private-home", action="store_true",
                   help="HOME and XDG_* point into the subject's temporary directory")
    p.add_argument("--show-screen", action="store_true", help="print each subject's rendered first frame")
    p.add_argument("--json", metavar="FILE", help="also write all figures as JSON")
    args = p.parse_args(argv)
    m = re.fullmatch(r"(\d+)x(\d+)", args.size)
    if not m:
        p.error("--size must be COLSxROWS, e.g. 120x40")
    args.cols, args.rows = int(m.group(1)), int(m.group(2))
    args.subjects = [s for s in args.subjects.split(",") if s]
    if args.runs < 1 or args.key_count < 1:
        p.error("--runs and --key-count must be at least 1")
    return args


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    sys.stdout.reconfigure(line_buffering=True)
    if args.guide and not os.path.isfile(args.guide):
        sys.exit(f"pty_bench: guide file {args.guide} does not exist")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run finally-blocks: reap, clean up
    # Subjects open a writable private copy of the guide: vim pauses a second with
    # "W10: Warning: Changing a readonly file" when typing into a read-only file.
    guide_dir = tempfile.mkdtemp(prefix="pty_bench_guide_")
    subjects = {}
    results = {
        "meta": {
            "size": f"{args.cols}x{args.rows}", "term": args.term, "runs": args.runs,
            "warmup": args.warmup, "quiet_ms": args.quiet_ms, "marker_gap_ms": args.marker_gap_ms,
            "key_gap_ms": args.key_gap_ms, "key_count": args.key_count,
            "guide": os.path.abspath(args.guide) if args.guide else None,
            "host": platform.node(), "platform": platform.platform(), "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
    }
    t_start = now()
    try:
        guide = None
        if args.guide:
            guide = os.path.join(guide_dir, os.path.basename(args.guide))
            shutil.copyfile(args.guide, guide)
            os.chmod(guide, 0o644)
        subjects = make_subjects(args, guide)
        for s in subjects.values():
            s.tmp = tempfile.mkdtemp(prefix=f"pty_bench_{s.name}_")
        if not args.no_frame:
            bench_first_frame(args, subjects, guide, results)
        if args.latency or args.pair:
            print(f"== keystroke latency ({args.cols}x{args.rows}, {args.key_count} keys per test, response "
                  f"ends after {args.key_gap_ms:g} ms quiet; figures include the pty round trip)")
            print(f"  {'subject/test':<22} {'p50 ms':>8} {'p99 ms':>8} {'bytes/key':>9} {'peak MB':>7} {'answered':>11}")
        for spec in args.latency or []:
            bench_latency(args, subjects, guide, spec, results)
        for pair in args.pair or []:
            bench_pair(args, subjects, guide, [pair[:4], pair[4:]], results)
    except KeyboardInterrupt:
        print("pty_bench: interrupted", file=sys.stderr)
        return 130
    finally:
        for s in subjects.values():
            if s.tmp:
                shutil.rmtree(s.tmp, ignore_errors=True)
        shutil.rmtree(guide_dir, ignore_errors=True)
        results["meta"]["elapsed_s"] = round(now() - t_start, 2)
        if args.json:
            os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
            with open(args.json, "w", encoding="utf-8") as f:
                json.dump(results, f, indent=2, default=str)
                f.write("\n")
    print(f"(elapsed {results['meta']['elapsed_s']:.1f} s" + (f"; JSON in {args.json})" if args.json else ")"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
