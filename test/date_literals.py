#!/usr/bin/env python3
"""Checks that every word lib/date.c compares with word_is() is in the
literal[] list of figparse__date_filter(): the scan asks the date grammar at
a lead word ("this", "between") only when a word the filter knows follows,
so a word missing from the list would silently lose dates ("this evening").

    date_literals.py lib/date.c
"""
import re
import sys

src = open(sys.argv[1], encoding="utf-8").read()
compared = set(re.findall(r'word_is\(w, [^,]*, "([^"]*)"\)', src))
block = re.search(r"static const char \*const literal\[\] = \{([^}]*)\}", src)
if not block:
    sys.exit("date.c has no literal[] list in figparse__date_filter()")
listed = set(re.findall(r'"([^"]*)"', block.group(1)))
missing = sorted(compared - listed)
if missing:
    sys.exit("date.c compares words its filter list lacks: " + ", ".join(missing))
print(f"{len(compared)} compared words, all in the filter list")
