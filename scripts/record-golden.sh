#!/bin/sh
# Record conformance goldens with the real Go toolchain: see scripts/record-golden.py.
# Usage: scripts/record-golden.sh [--check] tests/conformance/NAME.go...
exec python3 "$(dirname "$0")/record-golden.py" "$@"
