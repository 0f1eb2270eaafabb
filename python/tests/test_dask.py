"""The Dask example on a LocalCluster of two worker processes gives exactly
what one process gives (examples/python_dask.py)."""

import os
import sys
from decimal import Decimal

import pytest

import figparse

from conftest import REPO, has_dates
from test_threads import make_texts

pytest.importorskip("distributed", reason="python3-distributed is not installed")
sys.path.insert(0, str(REPO / "examples"))
import python_dask  # noqa: E402

from dask.distributed import Client  # noqa: E402

KNOWN = [
    "Zurich paid CHF 1,000.25 for it.",
    "the budget dedicates 10.1 trillion won (approximately USD 7.27 billion) to AI",
    "In 2025 the fee was CHF 10, and under CHF 99 later.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """40 files of generated lines, in two directories, plus one known file."""
    root = tmp_path_factory.mktemp("corpus")
    texts = make_texts(800, seed=11)
    for i in range(40):
        sub = root / ("a" if i % 2 else "b")
        sub.mkdir(exist_ok=True)
        (sub / f"doc{i:02d}.txt").write_text("\n".join(texts[i * 20:(i + 1) * 20]) + "\n",
                                             encoding="utf-8")
    (root / "known.txt").write_text("\n".join(KNOWN * 3) + "\n", encoding="utf-8")
    (root / "ignored.csv").write_text("CHF 5\n", encoding="utf-8")  # not *.txt
    return root


def test_distributed_equals_single_process(corpus):
    paths = python_dask.text_files(str(corpus))
    assert len(paths) == 41
    single = python_dask.run_local(paths)

    with python_dask.local_cluster(2) as cluster, Client(cluster) as client:
        workers = client.scheduler_info()["workers"]
        assert len(workers) == 2
        assert all(w["nthreads"] == 1 for w in workers.values())
        pids = client.run(os.getpid)
        assert len(set(pids.values())) == 2 and os.getpid() not in pids.values()

        distributed = python_dask.run_dask(client, paths)

        # Both worker processes did work: each built its one Parser.
        built = client.run(lambda: python_dask.parser.cache_info().currsize)
        assert sorted(built.values()) == [1, 1]
        libs = client.run(lambda: figparse.load_library().path)
        assert set(libs.values()) == {os.environ["FIGPARSE_LIBRARY"]}
    assert cluster.status.name == "closed"

    assert distributed == single
    assert python_dask.per_currency(distributed) == python_dask.per_currency(single)
    assert python_dask.per_year(distributed) == python_dask.per_year(single)

    totals = python_dask.per_currency(single)
    # The known file, counted by hand: CHF 1,000.25 and CHF 10 three times
    # each (the "under CHF 99" bound has no amount); the USD restatement of
    # the won is not counted again.
    assert totals["CHF"] == (Decimal("3030.75"), 6)
    assert totals["KRW"][0] >= Decimal("30300000000000")
    assert all(type(t) is Decimal for t, _ in totals.values())
    assert sum(c for _, c in totals.values()) > 500
    if has_dates(figparse.load_library()):
        years = python_dask.per_year(single)
        assert years[("CHF", 2025)] == (Decimal("30"), 3)
        assert single[("CHF", None)] == (Decimal("3000.75"), 3)
    else:
        assert python_dask.per_year(single) == {}


def test_sums_are_exact():
    parts = [{("USD", None): (Decimal("0.1"), 1)}, {("USD", None): (Decimal("1E+30"), 1)},
             {("USD", None): (Decimal("0.2"), 1)}]
    assert python_dask.merge(parts) == {
        ("USD", None): (Decimal("1000000000000000000000000000000.3"), 3)}
    assert str(python_dask.merge(parts)[("USD", None)][0]) == "1000000000000000000000000000000.3"
