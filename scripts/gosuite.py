#!/usr/bin/env python3
"""Run Go 1.23's own test programs under deferjit and under Go, and compare.

Usage: scripts/gosuite.py [--kinds run,compile,build] [--all] [--defer auto,open,...]
                          [--list CATEGORY,...] [--jobs N] [FILE...]

Programs: the single-file tests of `$GOROOT/test` and `$GOROOT/test/fixedbugs` whose
first line is `// run` (no flags; `--kinds` adds `// compile` and `// build` ones, which
are valid Go that is only compiled), that use defer, panic or recover (all of them with
`--all`), or the FILEs given. Each `run` program is built with Go once (results cached
in $GOSUITE_CACHE, default /tmp/gosuite-cache, keyed by the file's content) and run;
then deferjit runs it under each strategy with `--timeout`. A program is, per strategy:

    pass         exit status, stdout, and stderr up to the first goroutine header as Go's
    unsupported  refused with `deferjit does not support X yet` (honest)
    false-error  refused with any other compile error although Go compiles it (a bug)
    mismatch     ran, but its output or status differs from Go's
    crash        status 70 (fault in JIT code), 101 (Rust panic), or killed by a signal
    timeout      did not finish within the timeout
    go-fails     Go itself cannot build it on this machine (a `//go:build js` program
                 importing syscall/js): it says nothing about deferjit

A `compile`/`build` program counts as pass when deferjit compiles it, and is run by
neither tool. The summary gives the counts; `--list` prints the programs of the given
categories (with the first line of deferjit's message), grouped by message.

Environment: GO (default /usr/lib/go-1.23/bin/go), DEFERJIT (default
target/release/deferjit), GOSUITE_LIST_MAX (programs listed per message, default 8).
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

from goenv import go_env

GO = os.environ.get("GO", "/usr/lib/go-1.23/bin/go")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFERJIT = os.environ.get("DEFERJIT", os.path.join(ROOT, "target/release/deferjit"))
CACHE = os.environ.get("GOSUITE_CACHE", "/tmp/gosuite-cache")
# The first goroutine header: `goroutine 1 [running]:`, `goroutine 6 [chan send]:`.
GOROUTINE = re.compile(rb"^goroutine \d+ \[[^\]\n]*\]:\n", re.M)
TIMEOUT = 10
USES = re.compile(rb"\b(defer|panic|recover)\b")


def goroot():
    out = subprocess.run([GO, "env", "GOROOT"], capture_output=True, env=go_env())
    return out.stdout.decode().strip()


def kind_of(path):
    with open(path, "rb") as f:
        first = f.readline().strip()
    for k in ("run", "compile", "build"):
        if first == b"// " + k.encode():
            return k
    return None


def select(args):
    if args.files:
        return [(f, kind_of(f) or "run") for f in args.files]
    root = os.path.join(goroot(), "test")
    kinds = set(args.kinds.split(","))
    progs = []
    for d in (root, os.path.join(root, "fixedbugs")):
        for name in sorted(os.listdir(d)):
            path = os.path.join(d, name)
            if not name.endswith(".go") or not os.path.isfile(path):
                continue
            k = kind_of(path)
            if k not in kinds:
                continue
            with open(path, "rb") as f:
                src = f.read()
            if not args.all and not USES.search(src):
                continue
            progs.append((path, k))
    return progs


def cut_stderr(err):
    m = GOROUTINE.search(err)
    return err if m is None else err[: m.end()]


def go_result(path):
    """Go's (status, stdout, stderr up to the goroutine line), cached; None if Go fails to build."""
    with open(path, "rb") as f:
        key = hashlib.sha256(f.read()).hexdigest()[:24]
    os.makedirs(CACHE, exist_ok=True)
    cached = os.path.join(CACHE, key + ".json")
    if os.path.exists(cached):
        with open(cached) as f:
            r = json.load(f)
        return None if r is None else (r[0], r[1].encode("latin1"), r[2].encode("latin1"))
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "prog")
        b = subprocess.run([GO, "build", "-o", exe, path], capture_output=True, env=go_env(), cwd=tmp)
        if b.returncode != 0:
            r = None
        else:
            try:
                p = subprocess.run([exe], capture_output=True, timeout=TIMEOUT * 3, cwd=tmp, env=go_env())
                r = (p.returncode, p.stdout, cut_stderr(p.stderr))
            except subprocess.TimeoutExpired:
                r = None
    with open(cached, "w") as f:
        json.dump(None if r is None else [r[0], r[1].decode("latin1"), r[2].decode("latin1")], f)
    return r


def deferjit_result(path, strategy):
    try:
        p = subprocess.run(
            [DEFERJIT, "run", "--defer", strategy, "--timeout", str(TIMEOUT), path],
            capture_output=True,
            timeout=TIMEOUT + 20,
        )
    except subprocess.TimeoutExpired:
        return (124, b"", b"")
    return (p.returncode, p.stdout, p.stderr)


def first_line(b):
    s = b.decode("utf-8", "replace").strip().splitlines()
    return s[0] if s else ""


def classify(path, kind, strategy):
    # A program Go itself cannot build here (a `//go:build js` one importing syscall/js)
    # says nothing about deferjit.
    if kind == "run" and go_result(path) is None:
        return "go-fails", ""
    status, out, err = deferjit_result(path, strategy) if kind == "run" else compile_only(path)
    msg = first_line(err)
    if status == 1 and "deferjit does not support" in msg and ": " in msg:
        return "unsupported", msg
    if status == 1 and re.match(r"^[^:]+:\d+:\d+: ", msg):
        return "false-error", msg
    if status == 124:
        return "timeout", msg
    if status in (70, 101) or status < 0:
        return "crash", msg or "status %d" % status
    if kind != "run":
        return ("pass", "") if status == 0 else ("false-error", msg)
    want = go_result(path)
    if want is None:
        return "go-fails", ""
    if (status, out, cut_stderr(err)) == want:
        return "pass", ""
    what = []
    if status != want[0]:
        what.append("status %d, Go %d" % (status, want[0]))
    if out != want[1]:
        what.append("stdout differs")
    if cut_stderr(err) != want[2]:
        what.append("stderr differs: " + first_line(cut_stderr(err))[:80])
    return "mismatch", "; ".join(what)


def compile_only(path):
    """deferjit's verdict on a program that is only compiled: explain compiles without running."""
    try:
        p = subprocess.run([DEFERJIT, "explain", path], capture_output=True, timeout=TIMEOUT + 20)
    except subprocess.TimeoutExpired:
        return (124, b"", b"")
    return (p.returncode, p.stdout, p.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kinds", default="run")
    ap.add_argument("--all", action="store_true", help="not only programs using defer/panic/recover")
    ap.add_argument("--defer", default="auto")
    ap.add_argument("--list", default="", help="categories to list, e.g. false-error,crash")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    progs = select(args)
    strategies = args.defer.split(",")
    tasks = [(p, k, s) for p, k in progs for s in strategies]
    results = {}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        futs = {ex.submit(classify, p, k, s): (p, k, s) for p, k, s in tasks}
        for n, fut in enumerate(concurrent.futures.as_completed(futs), 1):
            results[futs[fut]] = fut.result()
            if sys.stderr.isatty():
                print("\r%d/%d" % (n, len(tasks)), end="", file=sys.stderr, flush=True)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for s in strategies:
        counts = Counter(results[(p, k, s)][0] for p, k in progs)
        print("%-6s %d programs: %s" % (s, len(progs), ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
    wanted = [c for c in args.list.split(",") if c]
    for cat in wanted:
        groups = defaultdict(list)
        for (p, k, s), (c, msg) in sorted(results.items()):
            if c == cat:
                # group by the message without its file:line:col
                groups[re.sub(r"^[^:]+:\d+:\d+: ", "", msg)].append("%s [%s] %s" % (os.path.relpath(p), s, msg))
        print("\n== %s (%d)" % (cat, sum(len(v) for v in groups.values())))
        for m, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            print("-- %d: %s" % (len(items), m))
            for it in items[: int(os.environ.get("GOSUITE_LIST_MAX", "8"))]:
                print("   " + it)


if __name__ == "__main__":
    main()
