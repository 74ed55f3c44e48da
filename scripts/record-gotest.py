#!/usr/bin/env python3
"""Record goldens of Go test files for `deferjit test` with the real go command.

Usage: scripts/record-gotest.py [--check] tests/gotest/NAME_test.go...

For each NAME_test.go: copy it alone into a temporary directory, run `go test -v
NAME_test.go` and `go test NAME_test.go` there, and `go test -v ARGS NAME_test.go` for
every `// args: ARGS` line of the file (flags such as `-run=TestA/sub -count=2`, split as a
shell would), and write
NAME.golden next to it: one section per run, headed by the command's flags and exit status,
holding its stdout, normalized:

    -- go test -v (exit 1) --
    ...
    -- go test (exit 1) --
    ...
    -- go test -v -run=TestA (exit 0) --
    ...

A file with a `// gomaxprocs: N` line is recorded with GOMAXPROCS=N: its parallel tests
give one output only when Go runs them on one P, as deferjit does.

Normalized (tests/gotest.rs applies the same rules to deferjit's output): every test
duration `(0.01s)` reads `(D.DDs)`, the go command's closing `ok`/`FAIL` line has its time
replaced by `T`, the `pc=0x...` of a `[signal ...]` line reads `pc=PC`, the first goroutine
header reads `goroutine N [...]:` and what follows it (the trace, with addresses and paths,
and any other goroutine's) is dropped up to the go command's closing lines.

--check: do not write; compare with the existing NAME.golden and report differences.

Environment: GO (default /usr/lib/go-1.23/bin/go); the go command runs in `goenv.go_env()`
(private caches, the local toolchain, no GOTRACEBACK/GODEBUG/GOMAXPROCS/GOGC from the
caller), GOMAXPROCS then set by a file's `// gomaxprocs:` line.
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

from goenv import go_env

GO = os.environ.get("GO", "/usr/lib/go-1.23/bin/go")
TIMEOUT = 300

DURATION = re.compile(r"\(\d+\.\d\ds\)")
CLOSING = re.compile(r"^(ok  |FAIL)\tcommand-line-arguments\t\d+\.\d+s", re.M)
GOROUTINE = re.compile(r"^goroutine \d+ \[([^\]\n]*)\]:$")
SIGNAL_PC = re.compile(r"^(\[signal .* pc=)0x[0-9a-f]+\]$", re.M)


def normalize(text):
    """The rules of the module docstring (kept in step with tests/gotest.rs)."""
    out = []
    in_trace = False
    for line in text.split("\n"):
        m = GOROUTINE.match(line)
        if m:
            # The first header only: after a timeout Go lists every goroutine, its own
            # workers and timers among them.
            if not in_trace:
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
    text = SIGNAL_PC.sub(lambda m: m.group(1) + "PC]", text)
    return CLOSING.sub(lambda m: m.group(1) + "\tcommand-line-arguments\tT", text)


def gomaxprocs(path):
    for line in open(path):
        if line.startswith("// gomaxprocs:"):
            return line[len("// gomaxprocs:"):].strip()
    return None


def go_test(path, flags):
    env = go_env()
    if gomaxprocs(path):
        env["GOMAXPROCS"] = gomaxprocs(path)
    with tempfile.TemporaryDirectory() as d:
        name = os.path.basename(path)
        shutil.copy(path, os.path.join(d, name))
        args = [GO, "test"] + flags + [name]
        r = subprocess.run(args, cwd=d, env=env, capture_output=True, timeout=TIMEOUT)
        return r.returncode, r.stdout.decode("utf-8", "replace")


def runs(path):
    """The flag sets a file is run with: -v, none, and -v with each `// args:` line."""
    sets = [["-v"], []]
    for line in open(path):
        if line.startswith("// args:"):
            sets.append(["-v"] + shlex.split(line[len("// args:"):]))
    return sets


def golden(path):
    text = ""
    for flags in runs(path):
        code, out = go_test(path, flags)
        if out and not out.endswith("\n"):
            raise SystemExit(f"{path}: output of go test {' '.join(flags)} does not end with a newline")
        shown = shlex.join(flags)
        text += f"-- go test{' ' if shown else ''}{shown} (exit {code}) --\n{normalize(out)}"
    return text


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
