"""The environment the recording scripts run the real go command in (one definition for
record-golden.py, record-trace-lines.py and record-gotest.py).

Private caches and GOPATH unless already set, the local toolchain only, and none of the
variables that change how a program runs (GOTRACEBACK, GODEBUG, GOMAXPROCS, GOGC), so that
goldens are reproducible across hosts.
"""

import os


def go_env():
    env = dict(os.environ)
    env.setdefault("GOPATH", "/tmp/gopath")
    env.setdefault("GOCACHE", "/tmp/gocache")
    env.setdefault("HOME", "/tmp")
    env.setdefault("GOFLAGS", "-mod=mod")
    env["GOTOOLCHAIN"] = "local"
    for var in ("GOTRACEBACK", "GODEBUG", "GOMAXPROCS", "GOGC"):
        env.pop(var, None)
    return env
