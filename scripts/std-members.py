#!/usr/bin/env python3
"""Prints the exported package-level names of Go packages, from Go's api/go1*.txt
(linux/amd64), as the Rust table `src/check/stdlib.rs` holds (STD_MEMBERS).

Usage: scripts/std-members.py [GOROOT] > /tmp/members.rs
"""
import glob
import re
import sys

PACKAGES = [
    "bufio", "bytes", "container/heap", "container/list", "container/ring",
    "encoding/base64", "encoding/binary", "encoding/csv", "encoding/hex", "errors", "flag",
    "fmt", "hash", "hash/crc32", "hash/fnv", "io", "io/fs", "log", "math", "math/bits",
    "math/cmplx", "math/rand", "os", "path", "path/filepath", "regexp", "runtime", "runtime/debug",
    "sort", "strconv", "strings", "sync", "sync/atomic", "syscall", "testing", "text/tabwriter", "time", "unicode",
    "unicode/utf16", "unicode/utf8", "unsafe",
]

goroot = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/go-1.23"
members = {p: set() for p in PACKAGES}
line_re = re.compile(r"^pkg ([\w/]+)(?: \(([\w-]+)\))?, (func|type|const|var) (\w+)")
for path in glob.glob(f"{goroot}/api/go1*.txt"):
    for line in open(path):
        m = line_re.match(line)
        if not m:
            continue
        pkg, ctx, _, name = m.groups()
        if pkg not in members:
            continue
        if ctx and not ctx.startswith("linux-amd64"):
            continue
        members[pkg].add(name)
# unsafe is not in the api files.
members["unsafe"] |= {"Add", "Alignof", "Offsetof", "Pointer", "Sizeof", "Slice", "SliceData",
                      "String", "StringData"}
print("pub const STD_MEMBERS: &[(&str, &[&str])] = &[")
for p in PACKAGES:
    print(f'    (\n        "{p}",\n        &[')
    for n in sorted(members[p]):
        print(f'            "{n}",')
    print("        ],\n    ),")
print("];")
