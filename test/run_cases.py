#!/usr/bin/env python3
"""Runs the figparse CLI over the project's own case files and checks every
figure exactly.

    run_cases.py FIGPARSE_BINARY CASES.jsonl...

Each case (the shared corpus format: {"id", "text", "lang", "ref"?, "expect"};
the file name's first word, money-*.jsonl or date-*.jsonl, is the kind tested)
must produce exactly its expected figures, in order: same kind, currency,
amount / min / max and, where the case gives one, the same span text. Cases
are grouped by language and reference date, one CLI run per group. Prints
one line per failure and ends with "N passed, M failed"; exits 1 on any
failure. Standard library only.
"""
import json
import os
import subprocess
import sys
from decimal import Decimal


def canon(s):
    if s is None:
        return None
    t = format(Decimal(str(s)), 'f')
    if '.' in t:
        t = t.rstrip('0').rstrip('.')
    return '0' if t in ('-0', '') else t


def load(paths):
    cases = []
    for path in paths:
        with open(path, encoding='utf-8') as fh:
            for n, line in enumerate(fh, 1):
                line = line.strip()
                if line and not line.startswith('//'):
                    case = json.loads(line)
                    case.setdefault('id', f'{path}:{n}')
                    # the file's name says what it tests: money-*.jsonl, date-*.jsonl
                    case['_kind'] = os.path.basename(path).split('-')[0]
                    cases.append(case)
    return cases


def run(binary, cases):
    groups = {}
    for i, c in enumerate(cases):
        lang = c.get('lang') or ''
        key = (lang if lang != 'und' else '', c.get('ref') or '', c['_kind'])
        groups.setdefault(key, []).append(i)
    produced = {}
    for (lang, ref, kind), idx in groups.items():
        args = [binary, '--kinds', kind]
        if lang:
            args += ['--locale', lang]
        if ref:
            args += ['--ref', ref]
        text = ''.join(cases[i]['text'].replace('\n', ' ') + '\n' for i in idx)
        out = subprocess.run(args, input=text.encode('utf-8'), stdout=subprocess.PIPE, check=True)
        for line in out.stdout.decode('utf-8').splitlines():
            obj = json.loads(line)
            produced[idx[obj['n'] - 1]] = obj['figures']
    return produced


def differs(exp, got, text):
    if exp.get('kind', 'money') != got.get('kind'):
        return 'kind'
    if exp.get('kind') == 'date':
        for key in ('value', 'grain', 'end', 'offset', 'unit'):
            if exp.get(key) != got.get(key):
                return f"{key} {got.get(key)!r}"
        for flag in ('before', 'after', 'relative', 'ambiguous_order', 'year_from_ref', 'fiscal'):
            if exp.get(flag, False) != got.get(flag, False):
                return f"{flag} {got.get(flag)!r}"
        return None
    if exp.get('currency') != got.get('currency'):
        return f"currency {got.get('currency')!r}"
    for key in ('amount', 'min', 'max'):
        if canon(exp.get(key)) != canon(got.get(key)):
            return f"{key} {got.get(key)!r}"
    if 'span' in exp:
        s, e = got['span']
        if text.encode('utf-8')[s:e].decode('utf-8', 'replace') != exp['span']:
            return f"span {got.get('text')!r}"
    for flag in ('approx', 'inferred', 'equivalent_of', 'minor_unit'):
        if flag in exp and exp[flag] != got.get(flag, False):
            return f"{flag} {got.get(flag)!r}"
    return None


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    cases = load(sys.argv[2:])
    produced = run(sys.argv[1], cases)
    passed = failed = 0
    for i, c in enumerate(cases):
        got = produced.get(i, [])
        exp = c['expect']
        problem = None
        if len(got) != len(exp):
            problem = f'{len(got)} figures, expected {len(exp)}: {[g.get("text") for g in got]}'
        else:
            for k, (e, g) in enumerate(zip(exp, got)):
                why = differs(e, g, c['text'])
                if why:
                    problem = f'figure {k + 1}: {why}, expected {e}'
                    break
        if problem:
            failed += 1
            print(f"FAIL {c['id']}: {c['text']!r}: {problem}")
        else:
            passed += 1
    print(f'{passed} passed, {failed} failed')
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
