#!/usr/bin/env python3
"""Record the source lines of Go's fatal-panic traces for tests/traces.rs.

Usage: scripts/record-trace-lines.py [--check] [NAME.go...]

Without files: every tests/conformance/NAME.go whose NAME.golden has a non-empty
`-- trace --` section, and the programs in EXTRA below (deep recursion, for Go's elision). Each program is built with the real Go toolchain (`go build` in a
temporary directory, as scripts/record-golden.py does), run, and the `main.*` entries of
the trace after `goroutine 1 [running]:` are written, innermost first, as

    NAME: main.f(ARGS):LINE main.main():LINE

one program a line, sorted by name, to tests/trace_lines.txt. LINE is the line Go prints
on the tab-indented `FILE:LINE [+0xOFF]` line under the function's name (the line of the
call, or of the panic, in that frame). ARGS is the shape of the argument list Go prints
after the name: every word (`0xc000012345` or `0x1?`) written `w`, spaces removed, so
`main.g(0x1, {0x4b5a28, 0x2}, _, ...)` is `main.g(w,{w,w},_,...)`; a frame gc inlined
prints `(...)`, kept as it is. gc's `panic({w,w})` frames (an older panic running a
deferred call) are entries too, without a line. Go's elision marker `...N frames elided...` is
written as the token `elided:N` where it occurs. tests/traces.rs runs every program under
each defer strategy and checks deferjit's trace against this file, so CI needs no Go.

--check: do not write; compare with the existing file and report differences (status 1).

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

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONFORMANCE = os.path.join(ROOT, "tests", "conformance")
OUT = os.path.join(ROOT, "tests", "trace_lines.txt")
GO = os.environ.get("GO", "/usr/lib/go-1.23/bin/go")
# The first goroutine header: `goroutine 1 [running]:`, `goroutine 6 [chan send]:`.
GOROUTINE_LINE = re.compile(rb"^goroutine \d+ \[[^\]\n]*\]:\n", re.M)
RUN_TIMEOUT = 120

# Programs recorded besides the conformance ones (tests/traces.rs reads their source from
# this file, between the opening `"""\` line and the closing `"""`).
# Deep recursion: 152 frames, so Go prints the innermost 50, `...52 frames elided...`, and
# the outermost 50.
EXTRA_deep_recursion_elided = """\
package main

func f(n int) {
	if n == 0 {
		panic("deep")
	}
	f(n - 1)
}

func main() {
	f(150)
}
"""
EXTRA = {"deep_recursion_elided": EXTRA_deep_recursion_elided}


def fail(msg):
    print("record-trace-lines: " + msg, file=sys.stderr)
    sys.exit(1)


def golden_has_trace(golden):
    with open(golden, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"^-- trace --\n(.*?)(?=^-- |\Z)", text, re.S | re.M)
    return bool(m and m.group(1).strip())


def shape(line):
    """`NAME(ARGS)` with every word of ARGS written `w` and no spaces."""
    open_at = line.rfind("(")
    if open_at < 0 or not line.endswith(")"):
        fail(f"unexpected function line {line!r}")
    args = re.sub(r"0x[0-9a-f]+\??", "w", line[open_at + 1:-1]).replace(" ", "")
    if not re.fullmatch(r"[w_{},.]*", args):
        fail(f"unexpected argument list in {line!r}")
    return f"{line[:open_at]}({args})"


def trace_entries(after, base):
    """`main.f(ARGS):LINE` tokens (and `panic(ARGS)`, `elided:N`) of a Go traceback,
    innermost first."""
    out = []
    lines = after.decode("utf-8", "replace").splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"^\.\.\.(\d+) frames elided\.\.\.$", line)
        if m:
            out.append(f"elided:{m.group(1)}")
            i += 1
            continue
        if line.startswith("panic(") and i + 1 < len(lines) and lines[i + 1].startswith("\t"):
            out.append(shape(line))
            i += 2
            continue
        if line.startswith("main.") and i + 1 < len(lines) and lines[i + 1].startswith("\t"):
            loc = re.match(r"^\t(.*):(\d+)(?: \+0x[0-9a-f]+)?$", lines[i + 1])
            if not loc or not loc.group(1).endswith("/" + base):
                fail(f"{base}: unexpected location line {lines[i + 1]!r}")
            out.append(f"{shape(line)}:{loc.group(2)}")
            i += 2
            continue
        i += 1
    return out


def record(path, source=None):
    path = os.path.abspath(path)
    base = os.path.basename(path)
    env = go_env()
    with tempfile.TemporaryDirectory(prefix="tracelines-") as tmp:
        if source is None:
            shutil.copy(path, os.path.join(tmp, base))
        else:
            with open(os.path.join(tmp, base), "w", encoding="utf-8") as f:
                f.write(source)
        build = subprocess.run([GO, "build", "-o", "prog", base], cwd=tmp, env=env,
                               capture_output=True)
        if build.returncode != 0:
            fail(f"{base}: go build failed:\n" + build.stderr.decode("utf-8", "replace"))
        try:
            run = subprocess.run([os.path.join(tmp, "prog")], cwd=tmp, env=env,
                                 capture_output=True, timeout=RUN_TIMEOUT,
                                 stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            fail(f"{base}: timed out after {RUN_TIMEOUT}s")
    m = GOROUTINE_LINE.search(run.stderr)
    if m is None:
        fail(f"{base}: no goroutine header line in Go's stderr")
    entries = trace_entries(run.stderr[m.end():], base)
    if not entries:
        fail(f"{base}: no main.* entries in Go's trace")
    return f"{base[:-3]}: " + " ".join(entries)


def main(argv):
    check = "--check" in argv
    files = [a for a in argv if not a.startswith("-")]
    for a in argv:
        if a.startswith("-") and a != "--check":
            fail(f"unknown option {a}")
    extra = []
    if not files:
        extra = sorted(EXTRA.items())
        for name in sorted(os.listdir(CONFORMANCE)):
            if name.endswith(".golden") and golden_has_trace(os.path.join(CONFORMANCE, name)):
                files.append(os.path.join(CONFORMANCE, name[:-7] + ".go"))
    version = subprocess.run([GO, "version"], env=go_env(), capture_output=True, text=True)
    lines = sorted([record(f) for f in files] + [record(n + ".go", src) for n, src in extra])
    text = ("# Argument shapes and source lines of the main.* entries of Go's fatal-panic traces\n"
            "# (and gc's panic frames among them), innermost first.\n"
            f"# Recorded by scripts/record-trace-lines.py with {version.stdout.strip()}; "
            "checked by tests/traces.rs.\n"
            + "".join(l + "\n" for l in lines))
    if check:
        try:
            with open(OUT, encoding="utf-8") as f:
                old = f.read()
        except FileNotFoundError:
            old = ""
        old_lines = {l for l in old.splitlines() if l and not l.startswith("#")}
        bad = [l for l in lines if l not in old_lines]
        for l in bad:
            print("differs or missing: " + l)
        sys.exit(1 if bad else 0)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {len(lines)} programs to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
