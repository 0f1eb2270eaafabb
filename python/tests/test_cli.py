"""The command-line tool and extract() agree: the CLI's JSON Lines, CSV and
TSV output against the binding on the same text, figure by figure."""

import csv
import io
import json
import subprocess
from decimal import Decimal

import pytest

import figparse

from test_threads import make_texts

REF = "2026-11-22"
EXTRA_LINES = [
    "the 2026 budget dedicates 10.1 trillion won (approximately USD 7.27 billion) to AI",
    "한국 정부는 ₩1.4 trillion 예산을 발표했다",
    "💰 between $5 and $10 million, under €7, over £3.50",
    'Revenue was $12,345,678,901,234,567,890.12 "last" year, 10 kr, five million dollars',
    "He said \"about $5\", then paid (€1,299.00)\tand 99¢ on 2026-03-11 or in Q3 2025",
    "Since 2019, and again last Thursday, around FY2024 we paid USD 5 by 2028",
    "",
    "nothing here",
    "garbled: paid â‚¬12.50, or Â£5",
]
FLAG_KEYS = {"approx", "inferred", "ambiguous", "default_currency", "minor_unit", "parentheses",
             "spelled", "separator_ambiguous", "min_exclusive", "max_exclusive", "non_iso"}
DATE_FLAG_KEYS = {"relative", "before", "after", "approx", "ambiguous_order", "year_from_ref",
                  "fiscal", "era"}


@pytest.fixture(scope="module")
def lines():
    return EXTRA_LINES + make_texts(150, seed=3)


@pytest.fixture(scope="module")
def input_file(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("cli") / "input.txt"
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    return path


@pytest.fixture(scope="module")
def expected(lines):
    p = figparse.Parser(ref=REF, kinds=("money", "date"))
    return [p.extract(line, byte_offsets=True) for line in lines]


def run_cli(cli, *args, ref=REF, repair=False):
    """The CLI on money and dates, with --ref REF and, unless `repair`,
    without its default mojibake repair (Parser's default)."""
    opts = ["--ref", ref] if ref else []
    if not repair:
        opts.append("--no-repair-mojibake")
    r = subprocess.run([cli, *opts, "--kinds", "money,date", *map(str, args)],
                       capture_output=True, timeout=60)
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout.decode("utf-8")


def at_grain(d, grain):
    """A date as the CLI's JSON writes it at a grain (docs/cli.md)."""
    if grain == "year":
        return "%04d" % d.year
    if grain == "quarter":
        return "%04d-Q%d" % (d.year, (d.month - 1) // 3 + 1)
    if grain == "month":
        return "%04d-%02d" % (d.year, d.month)
    if grain == "week":
        y, w, _ = d.isocalendar()
        return "%04d-W%02d" % (y, w)
    if grain in ("hour", "minute", "second"):
        n = {"hour": 13, "minute": 16, "second": 19}[grain]
        return d.strftime("%Y-%m-%dT%H:%M:%S")[:n]
    return "%04d-%02d-%02d" % (d.year, d.month, d.day)


def test_jsonl_matches_extract(cli, input_file, lines, expected):
    out = [json.loads(x) for x in run_cli(cli, input_file).splitlines()]
    assert [o["n"] for o in out] == list(range(1, len(lines) + 1))
    assert compare_jsonl(out, expected) > 250
    # The acceptance line, spelled out: the binding and the tool agree on it.
    assert [(x["span"], x["amount"]) for x in out[0]["figures"] if x["kind"] == "money"] == [
        ([26, 43], "10100000000000"), ([45, 75], "7270000000")]


def test_jsonl_without_reference_date(cli, input_file, lines):
    """Relative dates stay unresolved without --ref / ref=, in both."""
    out = [json.loads(x) for x in run_cli(cli, input_file, ref=None).splitlines()]
    p = figparse.Parser(kinds=("money", "date"))
    assert compare_jsonl(out, [p.extract(line, byte_offsets=True) for line in lines]) > 250


def test_repaired_mojibake_matches_extract(cli, tmp_path):
    """The CLI repairs by default; Parser(repair_mojibake=True) does the
    same, and its byte offsets are the CLI's input_span."""
    lines = ["paid â‚¬12.50, or Â£5 and $3", "한국 예산 โ‚ฉ1.4 trillion", "plain $7"]
    path = tmp_path / "mojibake.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = [json.loads(x) for x in run_cli(cli, "--input-offsets", path, repair=True).splitlines()]
    p = figparse.Parser(ref=REF, kinds=("money", "date"), repair_mojibake=True)
    expected = [p.extract(line, byte_offsets=True) for line in lines]
    assert compare_jsonl(out, expected, span="input_span") == 5
    assert [(f.text, f.currency) for f in expected[0]] == [("€12.50", "EUR"), ("£5", "GBP"),
                                                           ("$3", "USD")]
    assert (expected[1][0].text, expected[1][0].currency) == ("₩1.4 trillion", "KRW")


def compare_jsonl(out, expected, span="span"):
    """Checks the CLI's JSON objects against extract()'s figures; returns
    how many figures were compared. `span` names the JSON member that holds
    the byte span extract() gives."""
    assert len(out) == len(expected)
    compared = 0
    for o, figures in zip(out, expected):
        assert "error" not in o
        assert len(o["figures"]) == len(figures), o
        for j, f in zip(o["figures"], figures):
            assert (j["kind"], j[span], j["text"]) == (f.kind, [f.start, f.end], f.text)
            if f.kind == "money":
                assert j["currency"] == f.currency
                for key in ("amount", "min", "max"):
                    value = getattr(f, key)
                    assert j.get(key) == (None if value is None else str(value))
                    if value is not None:
                        assert Decimal(j[key]) == value
                assert {k for k in j if k in FLAG_KEYS} == f.flags - {"equivalent",
                                                                       "out_of_range"}
                assert j.get("equivalent_of") == (None if f.equivalent_of is None
                                                  else f.equivalent_of + 1)
            else:
                assert j["grain"] == f.grain
                if f.first is not None:
                    assert j["value"] == at_grain(f.first, f.grain)
                    last = at_grain(f.last, f.grain)
                    assert j.get("end", j["value"]) == last
                else:
                    assert (j["value"], j["offset"], j["unit"]) == (
                        None, f.relative_offset, f.relative_unit)
                assert {k for k in j if k in DATE_FLAG_KEYS} == f.flags & DATE_FLAG_KEYS
            assert j.get("status", "OK") == f.status
            compared += 1
    return compared


def rows_from_figures(lines, expected):
    rows = []
    for n, figures in enumerate(expected, 1):
        for f in figures:
            flags = sorted(f.flags & (FLAG_KEYS if f.kind == "money" else DATE_FLAG_KEYS))
            extra = []
            if f.relative_offset is not None:
                extra += ["offset=%d" % f.relative_offset, "unit=" + f.relative_unit]
            if f.weekday is not None:
                extra.append("weekday=%d" % f.weekday)
            if f.equivalent_of is not None:
                extra.append("equivalent_of=%d" % (f.equivalent_of + 1))
            if f.status != "OK":
                extra.append("status=" + f.status)
            s = lambda v: "" if v is None else str(v)
            iso = lambda d: "" if d is None else d.isoformat()
            rows.append([str(n), f.kind, str(f.start), str(f.end), f.text, s(f.currency),
                         s(f.amount), s(f.min), s(f.max), iso(f.first), iso(f.last),
                         s(f.grain), " ".join(flags + extra)])
    return rows


def sort_flags(row):
    """The CLI writes flags in its own order; compare them as sets."""
    head, flags = row[:-1], row[-1].split()
    plain = sorted(x for x in flags if "=" not in x)
    return head + [" ".join(plain + [x for x in flags if "=" in x])]


HEADER = ["n", "kind", "start", "end", "text", "currency", "amount", "min", "max", "first",
          "last", "grain", "flags"]


def test_csv_matches_extract(cli, input_file, lines, expected):
    text = run_cli(cli, "--format", "csv", input_file)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == HEADER
    want = rows_from_figures(lines, expected)
    assert len(want) > 250
    assert [sort_flags(r) for r in rows[1:]] == want
    # RFC 4180 quoting: a figure text with a comma is quoted in the raw text.
    assert '\n5,money,30,43,"(€1,299.00)",EUR,-1299,' in text


def test_tsv_matches_csv(cli, input_file):
    tsv = run_cli(cli, "--format", "tsv", input_file).splitlines()
    rows = list(csv.reader(io.StringIO(run_cli(cli, "--format", "csv", input_file),
                                       newline="")))
    unescape = lambda s: (s.replace("\\\\", "\0").replace("\\t", "\t").replace("\\n", "\n")
                          .replace("\\r", "\r").replace("\0", "\\"))
    assert [[unescape(x) for x in line.split("\t")] for line in tsv] == rows


def test_field_mode_matches_parse_money(cli, tmp_path):
    values = ["1,299.00 USD", "  €4.5 billion ", "39900", "$5 $6", "under £7", "99¢"]
    path = tmp_path / "fields.txt"
    path.write_text("\n".join(values) + "\n", encoding="utf-8")
    r = subprocess.run([cli, "--field", "--currency", "EUR", str(path)], capture_output=True,
                       timeout=60, check=True)
    out = [json.loads(x) for x in r.stdout.decode().splitlines()]
    p = figparse.Parser(default_currency="EUR")
    for o, v in zip(out, values):
        try:
            m = p.parse_money(v)
        except figparse.FigparseError as e:
            assert (o["figures"], o["error"]) == ([], e.name)
            continue
        (j,) = o["figures"]
        assert j["text"] == v.strip()
        assert (j["currency"], j.get("amount"), j.get("min"), j.get("max")) == (
            m.currency, *(None if x is None else str(x) for x in (m.amount, m.min, m.max)))
        assert {k for k in j if k in FLAG_KEYS} == m.flags
    assert [o.get("error") for o in out] == [None, None, None, "NOMATCH", None, None]


def test_bad_format_is_a_usage_error(cli):
    r = subprocess.run([cli, "--format", "xml"], input=b"", capture_output=True, timeout=60)
    assert r.returncode == 2
    assert b"--format wants jsonl, csv or tsv" in r.stderr
