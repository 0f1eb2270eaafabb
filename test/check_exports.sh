#!/bin/sh
# Checks that a shared library exports exactly the names listed in a file.
#
#   check_exports.sh LIBRARY EXPECTED [NM]
#
# LIBRARY is libfigparse.so, EXPECTED is test/exports.txt (one name a line,
# sorted), NM the nm to use (default: nm). Only defined global symbols count
# (types B, D, G, R, S, T, V, W and i, i.e. code and data); symbol versions
# ("@@FIGPARSE_0") and the version node itself (type A) are left out.
# Prints a diff and exits 1 when the lists differ.
set -eu

if [ "$#" -lt 2 ] || [ "$#" -gt 3 ]; then
    echo "usage: $0 LIBRARY EXPECTED [NM]" >&2
    exit 2
fi
lib=$1
expected=$2
nm=${3:-}
[ -n "$nm" ] || nm="nm"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$nm" -D --defined-only "$lib" >"$tmp/nm.txt"
awk 'NF >= 3 && $(NF-1) ~ /^[BDGRSTVWi]$/ { sub(/@.*/, "", $NF); print $NF }' "$tmp/nm.txt" |
    LC_ALL=C sort -u >"$tmp/actual.txt"
LC_ALL=C sort -u "$expected" >"$tmp/expected.txt"

if ! diff -u "$tmp/expected.txt" "$tmp/actual.txt" >"$tmp/diff.txt"; then
    echo "exported symbols of $lib differ from $expected" \
        "(- expected but not exported, + exported but not expected):" >&2
    cat "$tmp/diff.txt" >&2
    exit 1
fi
echo "exports: $(wc -l <"$tmp/actual.txt") symbols, as expected"
