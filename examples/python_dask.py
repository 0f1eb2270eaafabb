#!/usr/bin/env python3
"""Money figures in a directory of text files, extracted in parallel on Dask.

    python3 examples/python_dask.py DIR                  # a LocalCluster, 2 processes
    python3 examples/python_dask.py DIR --workers 4
    python3 examples/python_dask.py DIR --scheduler tcp://host:8786   # a real cluster
    python3 examples/python_dask.py DIR --local          # no Dask: one process

Each *.txt file under DIR is one task: a worker reads it line by line, finds
the figures with figparse and sums the amounts per (currency, year). The
year is that of the first date figure on the same line (None for lines
without one, and with a library that finds no dates). Figures that
restate another one ("(approximately USD 7.27 billion)") are not counted, so
nothing is counted twice; ranges and figures without a currency neither.
The per-file sums are merged on the cluster and printed as totals and counts
per currency and per currency and year.

Sums are exact: Decimal additions in a context that traps rounding, so the
distributed result equals the single-process one to the last digit.

Every worker needs libfigparse.so, ICU's runtime and the figparse Python
package (docs/pipelines.md); FIGPARSE_LIBRARY, when set here, is passed on
to the workers of a LocalCluster.
"""

from __future__ import annotations

import argparse
import decimal
import functools
import os
import sys
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

Key = Tuple[str, Optional[int]]  # (currency, year or None)
Summary = Dict[Key, Tuple[decimal.Decimal, int]]  # key -> (total, count)

# Exact addition: huge precision, and rounding would raise.
EXACT = decimal.Context(prec=decimal.MAX_PREC, traps=[decimal.Rounded, decimal.Inexact])


@functools.lru_cache(maxsize=None)
def parser():
    """One Parser per worker process, built on first use and then shared by
    the worker's threads (a Parser is thread-safe)."""
    import figparse

    return figparse.Parser()


def summarize_text(lines: Iterable[str]) -> Summary:
    out: Summary = {}
    p = parser()
    for line in lines:
        figures = p.extract(line)
        years = [f.first.year for f in figures if f.kind == "date" and f.first is not None]
        year = years[0] if years else None
        for f in figures:
            if f.kind != "money" or f.currency is None or f.amount is None:
                continue
            if f.equivalent_of is not None:
                continue  # a restatement of a figure already counted
            total, count = out.get((f.currency, year), (decimal.Decimal(0), 0))
            out[(f.currency, year)] = (EXACT.add(total, f.amount), count + 1)
    return out


def summarize_file(path: str) -> Summary:
    """The sums of one UTF-8 text file (one task)."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        return summarize_text(fh)


def merge(parts: Iterable[Summary]) -> Summary:
    out: Summary = {}
    for part in parts:
        for key, (total, count) in part.items():
            t, c = out.get(key, (decimal.Decimal(0), 0))
            out[key] = (EXACT.add(t, total), c + count)
    return out


def per_currency(summary: Summary) -> Dict[str, Tuple[decimal.Decimal, int]]:
    """Totals and counts per currency, over all years."""
    out: Dict[str, Tuple[decimal.Decimal, int]] = {}
    for (cur, _), (total, count) in summary.items():
        t, c = out.get(cur, (decimal.Decimal(0), 0))
        out[cur] = (EXACT.add(t, total), c + count)
    return out


def per_year(summary: Summary) -> Dict[Tuple[str, int], Tuple[decimal.Decimal, int]]:
    """Totals and counts per (currency, year), for figures with a year."""
    return {key: v for key, v in summary.items() if key[1] is not None}


def text_files(directory: str) -> List[str]:
    return sorted(str(p) for p in Path(directory).rglob("*.txt") if p.is_file())


def run_local(paths: List[str]) -> Summary:
    """The same computation in this process, without Dask."""
    return merge(summarize_file(p) for p in paths)


def run_dask(client, paths: List[str]) -> Summary:
    """One task per file on the cluster's workers, merged there too."""
    parts = client.map(summarize_file, paths)
    return client.submit(merge, parts).result()


def local_cluster(n_workers: int = 2, **kwargs):
    """A LocalCluster of worker processes that find libfigparse and the
    figparse package as this process does: FIGPARSE_LIBRARY is passed on, and
    the directories of this module and of the figparse package imported here
    join the workers' PYTHONPATH."""
    import logging

    import figparse
    from dask.distributed import LocalCluster

    env = {}
    if "FIGPARSE_LIBRARY" in os.environ:
        env["FIGPARSE_LIBRARY"] = os.environ["FIGPARSE_LIBRARY"]
    path = [os.path.dirname(os.path.abspath(__file__)),
            os.path.dirname(os.path.dirname(os.path.abspath(figparse.__file__)))]
    path += [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join(path)
    return LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                        dashboard_address=None, silence_logs=logging.ERROR, env=env, **kwargs)


def print_summary(summary: Summary) -> None:
    print("currency,total,count")
    for cur, (total, count) in sorted(per_currency(summary).items()):
        print(f"{cur},{total},{count}")
    years = per_year(summary)
    if years:
        print("\ncurrency,year,total,count")
        for (cur, year), (total, count) in sorted(years.items()):
            print(f"{cur},{year},{total},{count}")


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", help="a directory of *.txt files (searched recursively)")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    ap.add_argument("--local", action="store_true", help="no Dask: compute in this process")
    args = ap.parse_args(argv)

    paths = text_files(args.directory)
    if not paths:
        print(f"no *.txt files under {args.directory}", file=sys.stderr)
        return 1
    if args.local:
        print_summary(run_local(paths))
        return 0

    from dask.distributed import Client

    if args.scheduler:
        with Client(args.scheduler) as client:
            # The workers import this module's functions by name: ship it.
            client.upload_file(os.path.abspath(__file__))
            print_summary(run_dask(client, paths))
    else:
        with local_cluster(args.workers) as cluster, Client(cluster) as client:
            print_summary(run_dask(client, paths))
    return 0


if __name__ == "__main__":
    # Run the functions of the module python_dask rather than of __main__, so
    # that workers import them by name (and keep one Parser per process).
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import python_dask

    sys.exit(python_dask.main())
