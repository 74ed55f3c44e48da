#!/usr/bin/env python3
"""Record goldens of Go test files for `deferjit test` with the real go command.

Usage: scripts/record-gotest.py [--check] tests/gotest/NAME_test.go...

For each NAME_test.go: copy it alone into a temporary directory, run `go test -v
NAME_test.go` and `go test NAME_test.go` there, and write NAME.golden next to it:

    -- exit --        the go command's exit status (the same for both runs)
    -- go test -v --  its stdout, normalized
    -- go test --     its stdout without -v, normalized

Normalized (tests/gotest.rs applies the same rules to deferjit's output): every test
duration `(0.01s)` reads `(D.DDs)`, the go command's closing `ok`/`FAIL` line has its time
replaced by `T`, a goroutine header reads `goroutine N [...]:` and the trace lines after it
(addresses and paths) are dropped up to the go command's closing lines.

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

GO = os.environ.get("GO", "/usr/lib/go-1.23/bin/go")
TIMEOUT = 300

DURATION = re.compile(r"\(\d+\.\d\ds\)")
CLOSING = re.compile(r"^(ok  |FAIL)\tcommand-line-arguments\t\d+\.\d+s", re.M)
GOROUTINE = re.compile(r"^goroutine \d+ \[([^\]\n]*)\]:$")


def go_env():
    env = dict(os.environ)
    env.setdefault("GOPATH", "/tmp/gopath")
    env.setdefault("GOCACHE", "/tmp/gocache")
    env.setdefault("HOME", "/tmp")
    env.setdefault("GOFLAGS", "-mod=mod")
    env["GOTOOLCHAIN"] = "local"
    return env


def normalize(text):
    """The rules of the module docstring (kept in step with tests/gotest.rs)."""
    out = []
    in_trace = False
    for line in text.split("\n"):
        m = GOROUTINE.match(line)
        if m:
            out.append("goroutine N [%s]:" % m.group(1))
            in_trace = True
            continue
        if in_trace:
            if line.startswith("FAIL\t") or line.startswith("ok  \t") or line.startswith("exit status "):
                in_trace = False
            else:
                continue
        out.append(line)
    text = "\n".join(out)
    text = DURATION.sub("(D.DDs)", text)
    return CLOSING.sub(lambda m: m.group(1) + "\tcommand-line-arguments\tT", text)


def go_test(path, verbose):
    with tempfile.TemporaryDirectory() as d:
        name = os.path.basename(path)
        shutil.copy(path, os.path.join(d, name))
        args = [GO, "test"] + (["-v"] if verbose else []) + [name]
        r = subprocess.run(args, cwd=d, env=go_env(), capture_output=True, timeout=TIMEOUT)
        return r.returncode, r.stdout.decode("utf-8", "replace")


def golden(path):
    code_v, out_v = go_test(path, True)
    code_q, out_q = go_test(path, False)
    if code_v != code_q:
        raise SystemExit(f"{path}: go test exits {code_v} with -v, {code_q} without")
    for out in (out_v, out_q):
        if out and not out.endswith("\n"):
            raise SystemExit(f"{path}: output does not end with a newline")
    return f"-- exit --\n{code_v}\n-- go test -v --\n{normalize(out_v)}-- go test --\n{normalize(out_q)}"


def main():
    args = sys.argv[1:]
    check = "--check" in args
    files = [a for a in args if a != "--check"]
    if not files:
        raise SystemExit(__doc__)
    bad = 0
    for f in files:
        if not f.endswith("_test.go"):
            raise SystemExit(f"{f}: not a _test.go file")
        text = golden(f)
        out = f[: -len("_test.go")] + ".golden"
        if check:
            old = open(out).read() if os.path.exists(out) else None
            if old != text:
                print(f"{out}: differs")
                bad += 1
        else:
            with open(out, "w") as w:
                w.write(text)
            print(f"recorded {out}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
