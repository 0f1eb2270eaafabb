#!/bin/sh
# The command-line tool's --encoding, --input-offsets and mojibake repair
# (issue 4's acceptance lines, in inputs of our own writing).
#
#   check_cli_encoding.sh FIGPARSE
#
# Inputs are written as bytes with printf, so the test needs no iconv
# program; the EUC-KR bytes are what `iconv -t EUC-KR` makes of the line.
set -eu

if [ "$#" -ne 1 ]; then
    echo "usage: $0 FIGPARSE" >&2
    exit 2
fi
cli=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# has NAME FILE TEXT: FILE holds TEXT.
has() {
    grep -F -q -- "$3" "$2" || fail "$1: no '$3' in: $(cat "$2")"
}

# lacks NAME FILE TEXT: FILE does not hold TEXT.
lacks() {
    if grep -F -q -- "$3" "$2"; then fail "$1: unexpected '$3' in: $(cat "$2")"; fi
}

# status NAME WANT GOT
status() {
    [ "$2" -eq "$3" ] || fail "$1: exit status $3, want $2"
}

# 1. '가격은 ₩1,400입니다.' in EUC-KR (₩ is A3 DC there).
printf '\260\241\260\335\300\272 \243\3341,400\300\324\264\317\264\331.\n' >"$tmp/euc-kr.txt"
rc=0
"$cli" --encoding EUC-KR --locale ko --input-offsets "$tmp/euc-kr.txt" >"$tmp/out" 2>"$tmp/err" || rc=$?
status euc-kr 0 "$rc"
has euc-kr "$tmp/out" '"currency":"KRW","amount":"1400"'
has euc-kr "$tmp/out" '"span":[10,18]'
has euc-kr "$tmp/out" '"input_span":[7,14]'

# 2. UTF-8 garbled through Windows-874 (as in the benchmark's seed text):
#    repaired by default, left alone with --no-repair-mojibake.
line='The ministry will invest โ‚ฉ2.5 trillion in chips (about US$1.8 billion).'
printf '%s\n' "$line" >"$tmp/garbled.txt"
rc=0
"$cli" --input-offsets "$tmp/garbled.txt" >"$tmp/out" 2>"$tmp/err" || rc=$?
status repair 0 "$rc"
has repair "$tmp/out" '"currency":"KRW","amount":"2500000000000"'
has repair "$tmp/out" '₩2.5 trillion'
# 25 bytes before the garbled sign; "₩2.5 trillion" is 15 bytes, 21 in the input.
has repair "$tmp/out" '"span":[25,40],"text":"₩2.5 trillion"'
has repair "$tmp/out" '"input_span":[25,46]'
rc=0
"$cli" --no-repair-mojibake "$tmp/garbled.txt" >"$tmp/out" 2>"$tmp/err" || rc=$?
status no-repair 0 "$rc"
lacks no-repair "$tmp/out" '"amount":"2500000000000"'
"$cli" --repair-mojibake "$tmp/garbled.txt" >"$tmp/out"
has repair-flag "$tmp/out" '"amount":"2500000000000"'

# 3. UTF-8 bytes labelled windows-1252: decoded to mojibake, then repaired.
printf 'Price \342\202\25412.50\n' >"$tmp/mislabelled.txt"
"$cli" --encoding windows-1252 --input-offsets "$tmp/mislabelled.txt" >"$tmp/out"
has mislabelled "$tmp/out" '"text":"€12.50","currency":"EUR","amount":"12.5"'
has mislabelled "$tmp/out" '"span":[6,14]'
has mislabelled "$tmp/out" '"input_span":[6,14]'

# 4. A line that does not decode: an error object, the run goes on, status 1.
printf 'USD 1\nbad \260\nUSD 3\n' >"$tmp/bad.txt"
rc=0
"$cli" --encoding EUC-KR "$tmp/bad.txt" >"$tmp/out" 2>"$tmp/err" || rc=$?
status bad-line 1 "$rc"
has bad-line "$tmp/out" '{"n":2,"figures":[],"error":"EENCODING","offset":4}'
has bad-line "$tmp/out" '{"n":3,"figures":[{"kind":"money"'
[ "$(wc -l <"$tmp/out")" -eq 3 ] || fail "bad-line: want 3 output lines: $(cat "$tmp/out")"

# 5. Invalid UTF-8 in the default encoding is scanned as before, status 0.
printf 'USD 5 \377 and \302\243 7\n' >"$tmp/invalid-utf8.txt"
rc=0
"$cli" "$tmp/invalid-utf8.txt" >"$tmp/out" 2>"$tmp/err" || rc=$?
status invalid-utf8 0 "$rc"
has invalid-utf8 "$tmp/out" '"currency":"USD","amount":"5"'

# 6. Encodings line mode cannot read, and names iconv does not know.
for enc in UTF-16 UTF-32LE no-such-encoding; do
    rc=0
    "$cli" --encoding "$enc" "$tmp/euc-kr.txt" >"$tmp/out" 2>"$tmp/err" || rc=$?
    status "$enc" 2 "$rc"
    [ -s "$tmp/out" ] && fail "$enc: printed output"
    [ -s "$tmp/err" ] || fail "$enc: no message"
done
has utf-16 "$tmp/err" "no-such-encoding"

# 7. --encoding UTF-8 (any spelling) is the default.
"$cli" --encoding utf8 "$tmp/invalid-utf8.txt" >"$tmp/out"
has utf8-name "$tmp/out" '"amount":"5"'

if [ "$failures" -ne 0 ]; then
    echo "cli_encoding: $failures failure(s)" >&2
    exit 1
fi
echo "cli_encoding: all passed"
