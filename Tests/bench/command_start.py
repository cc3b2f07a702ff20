#!/usr/bin/env python3
"""How fast `rekindle status`, `today` and `tick` start, against the interface's first frame.

    python3 Tests/bench/command_start.py REKINDLE_BIN GUIDE LARGE_DB TERMINAL_JSON [--runs N]

Each command runs to its exit (the clock runs from just before the fork to the exit, as the pty
harness's first frame runs from the fork to the last byte), on a small database and on a copy of
the year-of-use one, interleaved, with the environment the pty harness gives (private HOME,
LC_ALL=C.UTF-8). `tick` alternates with `untick` of the same item, so every run writes. The first
frame medians (and vim's) come from the pty harness's JSON of the same `make bench`; with the
peak memory it saw there, every figure is printed against its goal of issue 15. Figures only:
nothing here fails on a slow machine.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

COMMANDS = [("status", ["status"]), ("today", ["today"]), ("tick", ["tick", "1.1"]), ("untick", ["untick", "1.1"])]
FIRST_FRAME_GOAL = 1.5   # x vim -u NONE
PEAK_GOAL_MB = 20.0


def run_once(argv, env):
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = (time.perf_counter() - start) * 1000.0
    if done.returncode != 0:
        sys.exit(f"command_start: {' '.join(argv)} failed ({done.returncode}): {done.stderr.decode(errors='replace').strip()}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rekindle")
    parser.add_argument("guide")
    parser.add_argument("large")
    parser.add_argument("terminal_json")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    home = tempfile.mkdtemp(prefix="rekindle-command-start-")
    try:
        env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"),
                   XDG_CONFIG_HOME=os.path.join(home, "config"), LC_ALL="C.UTF-8", LANG="C.UTF-8")
        env.pop("REKINDLE_DB", None)
        fresh = os.path.join(home, "fresh.sqlite")
        large = os.path.join(home, "large.sqlite")
        shutil.copyfile(args.large, large)
        databases = [("fresh", fresh), ("large", large)]
        base = [os.path.abspath(args.rekindle)]
        run_once(base + ["tick", "1.1", "--db", fresh, "--guide", args.guide], env)  # makes the small database
        run_once(base + ["untick", "1.1", "--db", fresh, "--guide", args.guide], env)
        samples = {(db, name): [] for db, _ in databases for name, _ in COMMANDS}
        for round_ in range(args.runs + 1):  # round 0 is a warm-up
            for db, path in databases:
                for name, words in COMMANDS:
                    ms = run_once(base + words + ["--db", path, "--guide", args.guide], env)
                    if round_:
                        samples[(db, name)].append(ms)
    finally:
        shutil.rmtree(home, ignore_errors=True)

    try:
        with open(args.terminal_json, encoding="utf-8") as f:
            first_frame = json.load(f).get("first_frame", {})
    except (OSError, ValueError):
        first_frame = {}
    with open(args.terminal_json, encoding="utf-8") as f:
        latency = {(e["subject"], e["label"]): e for e in json.load(f).get("latency", [])} if first_frame else {}
    vim = first_frame.get("vim", {}).get("median_ms")
    frames = {"fresh": first_frame.get("rekindle", {}), "large": first_frame.get("rekindle-large", {})}

    print(f"== goals of issue 15 (first frame from the pty harness above; commands: median of {args.runs} runs to exit)")
    for db, frame in frames.items():
        median = frame.get("median_ms")
        if median and vim:
            ratio = median / vim
            print(f"  first frame, {db} database: {median:.1f} ms = {ratio:.2f}x vim ({vim:.1f} ms)  "
                  f"goal <= {FIRST_FRAME_GOAL}x: {'met' if ratio <= FIRST_FRAME_GOAL else 'NOT met'}")
        peak = frame.get("peak_rss_kb")
        if peak:
            print(f"  peak resident memory at the first frame, {db}: {peak / 1024:.1f} MB  "
                  f"goal <= {PEAK_GOAL_MB:g} MB: {'met' if peak / 1024 <= PEAK_GOAL_MB else 'NOT met'}")
    typing_peak = latency.get(("rekindle-large", "typing"), {}).get("peak_rss_kb")
    if typing_peak:
        print(f"  peak resident memory typing in the 1 MB note (large): {typing_peak / 1024:.1f} MB  "
              f"goal <= {PEAK_GOAL_MB:g} MB: {'met' if typing_peak / 1024 <= PEAK_GOAL_MB else 'NOT met'}")
    for db, _ in databases:
        median_frame = frames[db].get("median_ms")
        for name, _ in COMMANDS:
            values = samples[(db, name)]
            median = statistics.median(values)
            versus = (f" = {median / median_frame:.2f}x the first frame ({median_frame:.1f} ms)  goal <= 1x: "
                      f"{'met' if median <= median_frame else 'NOT met'}") if median_frame else ""
            print(f"  rekindle {name:<7} {db}: {median:6.1f} ms (p90 {sorted(values)[int(0.9 * (len(values) - 1))]:.1f}){versus}")


if __name__ == "__main__":
    main()
