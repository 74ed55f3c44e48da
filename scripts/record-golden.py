#!/usr/bin/env python3
"""Record conformance goldens for deferjit with the real Go toolchain.

Usage: scripts/record-golden.py [--check] NAME.go...

For each NAME.go: copy it into a temporary directory, `go build -gcflags=-d=defer -o bin
NAME.go` there, run the binary, and write NAME.golden next to NAME.go in the shared format
(see tests/conformance/README.md):

    -- exit --     exit status
    -- stdout --   stdout, byte-exact
    -- stderr --   stderr, byte-exact up to and including the first goroutine header
                   (`goroutine 1 [running]:`, `goroutine 6 [chan send]:`)
    -- trace --    the main.* function names of the trace after that line, innermost first
    -- defers --   `LINE:COL: open-coded defer` etc. from -gcflags=-d=defer

A program Go refuses to compile gets `-- exit --` 1 and `-- error --` with `LINE:COL: msg`
of Go's first error (first line of a multi-line message only).

Section contents are written verbatim, so a section's text must end with a newline (or be
empty) for the next `-- name --` header to start a line; the script refuses to record a
program whose stdout or recorded stderr does not end with a newline (that would make the
golden ambiguous).

--check: do not write; compare with the existing NAME.golden and report differences.

Environment: GO (default /usr/lib/go-1.23/bin/go); GOPATH, GOCACHE, HOME, GOFLAGS and
GOTOOLCHAIN are set to private/local values unless already set.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

from goenv import go_env

GO = os.environ.get("GO", "/usr/lib/go-1.23/bin/go")
# The first goroutine header of a trace: `goroutine 1 [running]:`, `goroutine 6 [chan send]:`.
GOROUTINE_LINE = re.compile(rb"^goroutine \d+ \[[^\]\n]*\]:\n", re.M)
RUN_TIMEOUT = 120


def fail(msg):
    print("record-golden: " + msg, file=sys.stderr)
    sys.exit(1)


def strip_pos(line, base):
    """`./NAME.go:4:2: msg` (or a path ending in NAME.go) -> `4:2: msg`."""
    m = re.match(r"^(?:.*/)?" + re.escape(base) + r":(\d+:\d+: .*)$", line)
    return m.group(1) if m else None


def trace_names(after):
    """main.* function names in a Go traceback, innermost first."""
    names = []
    for line in after.decode("utf-8", "replace").splitlines():
        if line.startswith("\t") or not line.startswith("main."):
            continue
        # `main.main.func1()`, `main.f(...)`, `main.g(0x3)`: the name ends at the last '('.
        paren = line.rfind("(")
        names.append(line[:paren] if paren > 0 else line)
    return names


def record(path):
    path = os.path.abspath(path)
    base = os.path.basename(path)
    if not base.endswith(".go"):
        fail(f"{path}: not a .go file")
    env = go_env()
    with tempfile.TemporaryDirectory(prefix="golden-") as tmp:
        shutil.copy(path, os.path.join(tmp, base))
        build = subprocess.run(
            [GO, "build", "-gcflags=-d=defer", "-o", "prog", base],
            cwd=tmp, env=env, capture_output=True,
        )
        lines = build.stderr.decode("utf-8", "replace").splitlines()
        if build.returncode != 0:
            for line in lines:
                if line.startswith("#"):
                    continue
                pos_msg = strip_pos(line, base)
                if pos_msg is not None:
                    return f"-- exit --\n1\n-- error --\n{pos_msg}\n"
            fail(f"{base}: go build failed without a positioned error:\n"
                 + build.stderr.decode("utf-8", "replace"))
        defers = []
        for line in lines:
            if line.startswith("#"):
                continue
            pos_msg = strip_pos(line, base)
            if pos_msg is None or not pos_msg.endswith(" defer"):
                fail(f"{base}: unexpected go build output: {line!r}")
            defers.append(pos_msg)
        try:
            run = subprocess.run(
                [os.path.join(tmp, "prog")], cwd=tmp, env=env,
                capture_output=True, timeout=RUN_TIMEOUT, stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            fail(f"{base}: timed out after {RUN_TIMEOUT}s")
    status = run.returncode
    if status < 0:
        fail(f"{base}: killed by signal {-status}")
    stdout, stderr = run.stdout, run.stderr
    trace = []
    m = GOROUTINE_LINE.search(stderr)
    if m:
        trace = trace_names(stderr[m.end():])
        stderr = stderr[:m.end()]
    for what, data in (("stdout", stdout), ("stderr", stderr)):
        if data and not data.endswith(b"\n"):
            fail(f"{base}: {what} does not end with a newline; the golden would be ambiguous")
    out = b"-- exit --\n" + str(status).encode() + b"\n"
    out += b"-- stdout --\n" + stdout
    out += b"-- stderr --\n" + stderr
    out += b"-- trace --\n" + b"".join(n.encode() + b"\n" for n in trace)
    out += b"-- defers --\n" + b"".join(d.encode() + b"\n" for d in defers)
    return out.decode("utf-8")


def main(argv):
    check = False
    files = []
    for a in argv:
        if a == "--check":
            check = True
        elif a.startswith("-"):
            fail(f"unknown option {a}")
        else:
            files.append(a)
    if not files:
        fail("usage: record-golden.py [--check] NAME.go...")
    bad = 0
    for f in files:
        text = record(f)
        golden = f[:-3] + ".golden"
        if check:
            try:
                with open(golden, encoding="utf-8", newline="") as g:
                    old = g.read()
            except FileNotFoundError:
                old = None
            if old != text:
                bad += 1
                print(f"DIFF {golden}")
                if old is not None:
                    import difflib
                    sys.stdout.writelines(difflib.unified_diff(
                        old.splitlines(True), text.splitlines(True), "golden", "go"))
            else:
                print(f"ok   {golden}")
        else:
            with open(golden, "w", encoding="utf-8", newline="") as g:
                g.write(text)
            print(f"wrote {golden}")
    if bad:
        print(f"{bad} golden(s) differ", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
