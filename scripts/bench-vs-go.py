#!/usr/bin/env python3
"""Interleaved benchmark rounds of Go 1.23 and deferjit on one file; prints the medians.

Usage: scripts/bench-vs-go.py [--rounds 3] [--benchtime 300ms] [--cpu 1]
                              [--defer auto,open,stack,heap] [--baseline DEFERJIT]
                              [FILE_test.go]

Builds the `go test -c` binary of FILE (default benches/defers_test.go) once, then runs
ROUNDS rounds of: the Go binary, then `deferjit bench FILE` (release build, every
strategy in --defer), each pinned to CPU --cpu with taskset. Prints a Markdown table of
the medians over the rounds (ns/op) with the ratio of the first strategy to Go, the
extremes of that ratio over the rounds (best deferjit round against worst Go round, and
the reverse: each process gets its own address-space layout, which moves these numbers),
and the exact commands it ran. Nothing here is used by `cargo test`.

--baseline DEFERJIT: also run another deferjit binary (an older build) in each round,
right after this one, with the same arguments; the table then gives its medians for the
first strategy and the ratio of this build to it (to show that a change costs nothing).

Environment: GO (default /usr/lib/go-1.23/bin/go); GOPATH, GOCACHE, HOME, GOFLAGS and
GOTOOLCHAIN are set to private/local values unless already set.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def go_env():
    env = dict(os.environ)
    for k, v in [
        ("HOME", "/tmp"),
        ("GOCACHE", "/tmp/gocache"),
        ("GOPATH", "/tmp/gopath"),
        ("GOFLAGS", "-mod=mod"),
        ("GOTOOLCHAIN", "local"),
    ]:
        env.setdefault(k, v)
    return env


def parse(lines, results, tool, prefix=""):
    """`BenchmarkName[/defer=S][-P]  N  X ns/op` lines into results[name][tool or
    prefix + S]."""
    for line in lines.splitlines():
        if not line.startswith("Benchmark"):
            continue
        f = line.split()
        if len(f) < 4 or f[3] != "ns/op":
            continue
        name = f[0][len("Benchmark"):]
        if "-" in name:
            name = name[: name.rindex("-")]
        col = tool
        if "/defer=" in name:
            name, col = name.split("/defer=")
            col = prefix + col
        results[name][col].append(float(f[2]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=os.path.join(ROOT, "benches/defers_test.go"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--benchtime", default="300ms")
    ap.add_argument("--cpu", default="1")
    ap.add_argument("--defer", default="auto,open,stack,heap")
    ap.add_argument("--baseline", help="another deferjit binary to run in each round")
    args = ap.parse_args()
    go = os.environ.get("GO", "/usr/lib/go-1.23/bin/go")
    deferjit = os.path.join(ROOT, "target/release/deferjit")
    subprocess.run(["cargo", "build", "--release", "-q"], cwd=ROOT, check=True)
    tmp = tempfile.mkdtemp(prefix="bench-vs-go-")
    gobin = os.path.join(tmp, "bench.test")
    src = os.path.abspath(args.file)
    subprocess.run(
        [go, "test", "-c", "-o", gobin, os.path.basename(src)],
        cwd=os.path.dirname(src),
        env=go_env(),
        check=True,
    )
    go_cmd = ["taskset", "-c", args.cpu, gobin, "-test.bench", ".",
              "-test.benchtime", args.benchtime]
    dj_cmd = ["taskset", "-c", args.cpu, deferjit, "bench", src,
              "--benchtime", args.benchtime, "--defer", args.defer]
    results = defaultdict(lambda: defaultdict(list))
    for r in range(args.rounds):
        print(f"round {r + 1}/{args.rounds}", file=sys.stderr)
        out = subprocess.run(go_cmd, capture_output=True, text=True, check=True).stdout
        parse(out, results, "go")
        out = subprocess.run(dj_cmd, capture_output=True, text=True, check=True).stdout
        parse(out, results, "deferjit")
        if args.baseline:
            base_cmd = ["taskset", "-c", args.cpu, args.baseline] + dj_cmd[4:]
            out = subprocess.run(base_cmd, capture_output=True, text=True, check=True).stdout
            parse(out, results, "baseline", "base-")
    strategies = args.defer.split(",")
    base_cols = f" | baseline {strategies[0]} | {strategies[0]} / baseline" if args.baseline else ""
    print("| benchmark | Go 1.23 (gc) | " + " | ".join(
        ("deferjit " + s) if i == 0 else s for i, s in enumerate(strategies)
    ) + f" | {strategies[0]} / Go | {strategies[0]} / Go, min-max of rounds{base_cols} |")
    print("|---|" + "---:|" * (len(strategies) + 3 + (2 if args.baseline else 0)))

    def fmt(v):
        return f"{v:.4g}" if v >= 100 else f"{v:.2f}"

    for name, cols in results.items():
        g = statistics.median(cols["go"]) if cols["go"] else None
        ours = [statistics.median(cols[s]) if cols[s] else None for s in strategies]
        ratio = f"{ours[0] / g:.2f}" if g and ours[0] else "-"
        first = cols[strategies[0]]
        spread = (
            f"{min(first) / max(cols['go']):.2f}-{max(first) / min(cols['go']):.2f}"
            if first and cols["go"]
            else "-"
        )
        cells = [fmt(v) if v is not None else "-" for v in [g] + ours]
        extra = ""
        if args.baseline:
            base = cols["base-" + strategies[0]]
            b = statistics.median(base) if base else None
            extra = f" {fmt(b) if b else '-'} | " + (
                f"{ours[0] / b:.2f} |" if b and ours[0] else "- |")
        print(f"| {name} | " + " | ".join(cells) + f" | {ratio} | {spread} |" + extra)
    print()
    print("Go:       " + " ".join(go_cmd))
    print("deferjit: " + " ".join(dj_cmd))
    if args.baseline:
        print("baseline: the same with " + args.baseline)


if __name__ == "__main__":
    main()
