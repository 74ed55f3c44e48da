#!/usr/bin/env python3
"""Peak RSS of the collector's memory programs, deferjit beside gc.

Usage: scripts/gc-rss.py [--deferjit PATH] [--rounds N]

For each program in scripts/gc-rss/ (churn.go: 10 GB allocated with under 1 MB live;
map_churn.go: a map grown to 1,000,000 entries and cut back, three times), builds it with
Go (`go build`, so Go must be on PATH with its environment set) and runs the Go binary
and `deferjit run` alternately N times (default 3) under `/usr/bin/time -f '%e %M'`,
checking that both print the same. Prints the median wall time and peak RSS of each.
deferjit's peak includes the compiler and the standard library it compiles in process.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def timed(cmd):
    """Runs cmd: (stdout, seconds, peak RSS in KB)."""
    with tempfile.NamedTemporaryFile("r") as t:
        p = subprocess.run(["/usr/bin/time", "-o", t.name, "-f", "%e %M"] + cmd,
                           capture_output=True)
        if p.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed ({p.returncode}): {p.stderr.decode()[-2000:]}")
        secs, kb = t.read().split()[-2:]
        return p.stdout, float(secs), int(kb)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--deferjit", default=os.path.join(ROOT, "target/release/deferjit"))
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    progs = sorted(f for f in os.listdir(os.path.join(HERE, "gc-rss")) if f.endswith(".go"))
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'program':<14} {'gc s':>7} {'gc RSS MB':>10} {'deferjit s':>11} {'deferjit RSS MB':>16}")
        for name in progs:
            src = os.path.join(HERE, "gc-rss", name)
            exe = os.path.join(tmp, name[:-3])
            subprocess.run(["go", "build", "-o", exe, src], check=True)
            go, dj = [], []
            for _ in range(a.rounds):
                out_go, s, kb = timed([exe])
                go.append((s, kb))
                out_dj, s, kb = timed([a.deferjit, "run", src])
                dj.append((s, kb))
                if out_go != out_dj:
                    sys.exit(f"{name}: deferjit's output differs from gc's")
            med = lambda xs, i: statistics.median(x[i] for x in xs)
            print(f"{name[:-3]:<14} {med(go, 0):>7.2f} {med(go, 1) / 1024:>10.1f} "
                  f"{med(dj, 0):>11.2f} {med(dj, 1) / 1024:>16.1f}")


if __name__ == "__main__":
    main()
