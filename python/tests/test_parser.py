"""Parser, extract(), parse_money(), parse_date() and the records they return."""

import ctypes
import datetime
import pickle
from decimal import Decimal

import pytest

import figparse
from figparse import _capi
from figparse._errors import error_class

from conftest import has_dates

BUDGET = ("the 2026 budget dedicates 10.1 trillion won "
          "(approximately USD 7.27 billion) to AI")


# ---------------------------------------------------------------------------
# The acceptance example
# ---------------------------------------------------------------------------


def test_acceptance_money():
    figures = figparse.Parser(ref="2026-11-22").extract(BUDGET)
    money = [f for f in figures if f.kind == "money"]
    assert len(money) == 2
    krw, usd = money

    assert krw.currency == "KRW"
    assert krw.amount == Decimal("10100000000000")
    assert str(krw.amount) == "10100000000000"
    assert (krw.start, krw.end) == (26, 43)
    assert krw.text == "10.1 trillion won" == BUDGET[krw.start:krw.end]
    assert krw.equivalent_of is None

    assert usd.currency == "USD"
    assert usd.amount == Decimal("7270000000")
    assert str(usd.amount) == "7270000000"
    assert (usd.start, usd.end) == (45, 75)
    assert usd.text == "approximately USD 7.27 billion" == BUDGET[usd.start:usd.end]
    assert usd.approx and "equivalent" in usd.flags
    # equivalent_of is an index into the returned list, whatever precedes.
    assert usd.equivalent_of == figures.index(krw)
    assert figures[usd.equivalent_of] is krw


@pytest.mark.skipif(not has_dates(figparse.load_library()),
                    reason="this libfigparse has no date figures (no figparse_parse_date)")
def test_acceptance_year():
    figures = figparse.Parser(ref="2026-11-22").extract(BUDGET)
    years = [f for f in figures if f.kind == "date"]
    assert [(f.start, f.end, f.text) for f in years] == [(4, 8, "2026")]
    (year,) = years
    assert year.grain == "year"
    assert year.first == datetime.date(2026, 1, 1)
    assert year.last == datetime.date(2026, 12, 31)
    assert year.date == figparse.DateRange(year.first, year.last, "year", year.flags)


# ---------------------------------------------------------------------------
# Decimals
# ---------------------------------------------------------------------------


def test_amounts_are_exact_decimals(parser):
    # 18 significant digits: no float holds this value.
    (f,) = parser.extract("It cost $1,234,567,890,123,456.78 in all.")
    assert type(f.amount) is Decimal
    assert f.amount == Decimal("1234567890123456.78")
    assert str(f.amount) == "1234567890123456.78"
    assert float(f.amount) != f.amount  # proof that a float would have lost it
    (f,) = parser.extract("99¢")
    assert str(f.amount) == "0.99" and f.minor_unit


def test_range_and_bounds(parser):
    a, b, c = parser.extract("between $5 and $10 million; under €7, over £3.50")
    assert (a.amount, a.min, a.max) == (None, Decimal("5000000"), Decimal("10000000"))
    assert (b.currency, b.amount, b.min, b.max) == ("EUR", None, None, Decimal("7"))
    assert "max_exclusive" in b.flags
    assert (c.currency, c.min, c.max) == ("GBP", Decimal("3.5"), None)
    assert "min_exclusive" in c.flags


def test_out_of_range_figure(parser):
    (f,) = parser.extract("Revenue was $12,345,678,901,234,567,890.12 in all")
    assert f.status == "ERANGE"
    assert "out_of_range" in f.flags
    assert (f.amount, f.min, f.max) == (None, None, None)
    assert f.currency == "USD"
    assert f.text == "$12,345,678,901,234,567,890.12"


def test_flags(parser):
    f, g, h, k = parser.extract("about $5; 10 kr; ($1,234.50); five million dollars")
    assert f.flags == {"approx", "inferred"} and f.approx and f.inferred
    assert not f.ambiguous and not f.minor_unit
    assert g.currency is None and g.ambiguous and g.flags == {"ambiguous"}
    assert h.amount == Decimal("-1234.5") and h.flags == {"inferred", "parentheses"}
    assert k.amount == Decimal("5000000") and k.flags == {"inferred", "spelled"}
    assert isinstance(f.flags, frozenset)


def test_figure_repr_shows_what_is_set(parser):
    f, g = parser.extract("€4.5 billion, about $5")
    assert repr(f) == ("Figure(kind='money', start=0, end=12, text='€4.5 billion', "
                       "currency='EUR', amount=Decimal('4500000000'))")
    assert repr(g).startswith("Figure(kind='money', start=14, end=22, text='about $5', flags=")


def test_figure_money_view(parser):
    (f,) = parser.extract("USD 1,299.00")
    assert f.money == figparse.Money("USD", Decimal("1299"), None, None, frozenset())
    assert f.date is None


# ---------------------------------------------------------------------------
# Options
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("kwargs, currency, flags", [
    ({}, "USD", {"inferred"}),
    ({"locale": "en-CA"}, "CAD", {"inferred"}),
    ({"locale": "en_CA"}, "CAD", {"inferred"}),
    ({"strict": True}, None, {"ambiguous"}),
])
def test_locale_and_strict(kwargs, currency, flags):
    (f,) = figparse.Parser(**kwargs).extract("$5")
    assert (f.currency, f.amount, set(f.flags)) == (currency, Decimal("5"), flags)


def test_decimal_comma():
    (f,) = figparse.Parser().extract("3.350 dollars")
    assert f.amount == Decimal("3350") and "separator_ambiguous" in f.flags
    (f,) = figparse.Parser(decimal_comma=True).extract("3.350 dollars")
    assert f.amount == Decimal("3.35")


def test_default_currency():
    p = figparse.Parser(default_currency="EUR")
    m = p.parse_money("39900")
    assert m == figparse.Money("EUR", Decimal("39900"), None, None, frozenset({"default_currency"}))
    with pytest.raises(figparse.NOMATCH):
        figparse.Parser().parse_money("39900")


def test_kinds():
    assert [f.kind for f in figparse.Parser(kinds="money").extract("$5")] == ["money"]
    assert [f.kind for f in figparse.Parser(kinds=["money", "date"]).extract("$5")] == ["money"]
    assert figparse.Parser(kinds=("date",)).extract("$5") == []
    with pytest.raises(ValueError, match="unknown kind 'time'"):
        figparse.Parser(kinds=("money", "time"))
    with pytest.raises(ValueError, match="kinds is empty"):
        figparse.Parser(kinds=())


@pytest.mark.parametrize("ref", ["2026-11-22", datetime.date(2026, 11, 22),
                                 datetime.datetime(2026, 11, 22, 13, 5)])
def test_ref_forms(ref):
    p = figparse.Parser(ref=ref)
    assert repr(p) == "Parser(ref='2026-11-22')"
    assert p.extract("$5")[0].amount == Decimal("5")


def test_ref_errors():
    with pytest.raises(figparse.EINVAL) as exc:
        figparse.Parser(ref="2026-02-30")  # the library judges the calendar
    assert exc.value.status == -1 and "invalid argument" in str(exc.value)
    with pytest.raises(ValueError, match="YYYY-MM-DD") as exc2:
        figparse.Parser(ref="22/11/2026")
    assert not isinstance(exc2.value, figparse.FigparseError)
    with pytest.raises(TypeError):
        figparse.Parser(ref=20261122)


# ---------------------------------------------------------------------------
# Exceptions
# ---------------------------------------------------------------------------


def test_bad_locale_is_elocale():
    with pytest.raises(figparse.ELOCALE) as exc:
        figparse.Parser(locale="!!")
    e = exc.value
    assert isinstance(e, figparse.FigparseError) and isinstance(e, ValueError)
    assert e.status == -5 and e.name == "ELOCALE" and e.offset is None
    assert str(e) == "locale '!!': malformed locale tag"


def test_bad_currency_is_ecurrency():
    with pytest.raises(figparse.ECURRENCY, match="not an ISO 4217 currency code"):
        figparse.Parser(default_currency="XYZ")


def test_exception_classes_match_the_library(lib):
    """Every status the library names has the class of that name, and the
    message is figparse_strerror()'s."""
    for status in range(-9, 3):
        name = lib.status_name(status)
        if status in (0, 1):  # OK and DONE are never raised
            assert name in ("OK", "DONE")
            continue
        cls = getattr(figparse, name)
        assert cls.__name__ == name and cls.status == status
        assert issubclass(cls, figparse.FigparseError)
        assert error_class(status, name) is cls
    assert issubclass(figparse.ENOMEM, MemoryError)
    assert issubclass(figparse.EUNSUPPORTED, NotImplementedError)
    # A status from a newer library still becomes a FigparseError.
    cls = error_class(-42, "EFUTURE")
    assert cls.__name__ == "EFUTURE" and issubclass(cls, figparse.FigparseError)
    assert error_class(-42, "EFUTURE") is cls


def test_exceptions_pickle():
    e = pickle.loads(pickle.dumps(figparse.NOMATCH("no figure in the text", 3)))
    assert type(e) is figparse.NOMATCH and e.offset == 3
    assert str(e) == "no figure in the text (at offset 3)"


# ---------------------------------------------------------------------------
# parse_money and parse_date
# ---------------------------------------------------------------------------


def test_parse_money(parser):
    assert parser.parse_money("€4.5 billion") == figparse.Money(
        "EUR", Decimal("4500000000"), None, None, frozenset())
    m = parser.parse_money(b"  1,299.00 USD  ")
    assert (m.currency, m.amount, m.flags) == ("USD", Decimal("1299"), frozenset())
    m = parser.parse_money("$5")
    assert m.inferred and not m.approx and not m.ambiguous and not m.minor_unit


def test_parse_money_errors(parser):
    with pytest.raises(figparse.NOMATCH) as exc:
        parser.parse_money("$5 and $6")
    assert exc.value.status == 2 and str(exc.value).startswith("no figure in the text")
    with pytest.raises(figparse.ERANGE):
        parser.parse_money("$12345678901234567890")
    # Invalid UTF-8: the offset is in bytes for bytes ...
    with pytest.raises(figparse.EENCODING) as exc:
        parser.parse_money(b"\xe2\x82\xac5 \xff")
    assert exc.value.offset == 5
    # ... and in characters for a str (a lone surrogate is not UTF-8).
    with pytest.raises(figparse.EENCODING) as exc:
        parser.parse_money("€5 \ud800")
    assert exc.value.offset == 3
    with pytest.raises(TypeError):
        parser.parse_money(5)


@pytest.fixture
def old_parser(lib_path):
    """A Parser on a Library object that says it lacks the functions added
    after 0.1.0 (figparse_parse_date, figparse_transcode), as a 0.1.0
    libfigparse does: the binding's fallbacks, whatever the build has."""
    old = _capi.Library(lib_path)
    old.has_parse_date = old.has_transcode = False
    return figparse.Parser(library=old)


@pytest.mark.skipif(not has_dates(figparse.load_library()),
                    reason="this libfigparse has no figparse_parse_date")
def test_parse_date(parser):
    d = figparse.Parser(ref="2026-11-22").parse_date("2026-11-22")
    assert d == figparse.DateRange(datetime.date(2026, 11, 22), datetime.date(2026, 11, 22),
                                   "day", frozenset())
    d = parser.parse_date("  Q3 2025 ")
    assert (d.first, d.last, d.grain) == (datetime.date(2025, 7, 1), datetime.date(2025, 9, 30),
                                          "quarter")
    with pytest.raises(figparse.NOMATCH):
        parser.parse_date("no date here")
    with pytest.raises(figparse.EENCODING) as exc:
        parser.parse_date(b"2026 \xff")
    assert exc.value.offset == 5


def test_parse_date_without_library_support(old_parser):
    with pytest.raises(NotImplementedError, match="needs figparse_parse_date") as exc:
        old_parser.parse_date("2026-11-22")
    assert isinstance(exc.value, figparse.EUNSUPPORTED)
    assert str(exc.value).endswith("does not have: not supported by this build")


def test_date_records_decode(parser):
    """Date figures are decoded from figparse_date as the header lays it out,
    whatever the scanner emits today: build the C records by hand."""
    def figure(index, start, end, first, last, grain, flags=0, offset=None, rel=None):
        raw = _capi.Figure_()
        raw.kind, raw.status, raw.start, raw.end, raw.index = 2, 0, start, end, index
        d = raw.u.date
        for dst, (y, mo, day, h, mi, s) in ((d.first, first), (d.last, last)):
            dst.year, dst.month, dst.day, dst.hour, dst.minute, dst.second = y, mo, day, h, mi, s
            if offset is not None:
                dst.has_offset, dst.utc_offset_min = 1, offset
        d.grain, d.flags = grain, flags
        if rel is not None:
            d.offset, d.unit, d.weekday = rel
        return raw

    zero = (0, 0, 0, 0, 0, 0)
    raws = [
        figure(0, 0, 4, (2026, 1, 1, 0, 0, 0), (2026, 12, 31, 0, 0, 0), 1),
        figure(1, 5, 12, (2026, 4, 1, 0, 0, 0), (2026, 6, 30, 0, 0, 0), 2,
               flags=(1 << 4) | (1 << 8)),
        figure(2, 13, 30, (2026, 3, 11, 15, 0, 7), (2026, 3, 11, 15, 0, 7), 8, offset=-330),
        figure(3, 31, 44, (2026, 11, 19, 0, 0, 0), (2026, 11, 19, 0, 0, 0), 5,
               flags=1, rel=(-1, 4, 4)),
        figure(4, 45, 58, zero, zero, 5, flags=3 | (1 << 20), rel=(-3, 5, 0)),
    ]
    a, b, c, d, e = parser._figures(raws, lambda p: p, lambda s, e: "x" * (e - s))
    assert (a.kind, a.start, a.end, a.text) == ("date", 0, 4, "xxxx")
    assert (a.first, a.last, a.grain, a.flags) == (
        datetime.date(2026, 1, 1), datetime.date(2026, 12, 31), "year", frozenset())
    assert (a.relative_offset, a.relative_unit, a.weekday) == (None, None, None)
    assert a.currency is None and a.amount is None and a.money is None
    assert (b.grain, b.last, b.flags) == ("quarter", datetime.date(2026, 6, 30),
                                          {"approx", "fiscal"})
    tz = datetime.timezone(datetime.timedelta(minutes=-330))
    assert c.grain == "second"
    assert c.first == datetime.datetime(2026, 3, 11, 15, 0, 7, tzinfo=tz) == c.last
    assert c.date == figparse.DateRange(c.first, c.last, "second", frozenset())
    # "last Thursday" against 2026-11-22
    assert (d.first, d.flags) == (datetime.date(2026, 11, 19), {"relative"})
    assert (d.relative_offset, d.relative_unit, d.weekday) == (-1, "week", 4)
    # "three days ago" with no reference date; an unknown bit is kept
    assert (e.first, e.last, e.grain) == (None, None, "day")
    assert e.flags == {"relative", "unresolved", "bit20"}
    assert (e.relative_offset, e.relative_unit, e.weekday) == (-3, "day", None)


# ---------------------------------------------------------------------------
# Offsets: characters for str, bytes for bytes or on request
# ---------------------------------------------------------------------------


def test_character_and_byte_offsets(parser):
    text = "한국 정부는 ₩1.4 trillion 예산을 발표했다"
    (f,) = parser.extract(text)
    assert (f.start, f.end) == (7, 20)
    assert text[f.start:f.end] == f.text == "₩1.4 trillion"
    assert (f.currency, f.amount) == ("KRW", Decimal("1400000000000"))

    (g,) = parser.extract(text, byte_offsets=True)
    assert (g.start, g.end) == (17, 32)
    assert text.encode()[g.start:g.end].decode() == g.text == "₩1.4 trillion"

    (h,) = parser.extract(text.encode("utf-8"))
    assert (h.start, h.end, h.text) == (17, 32, "₩1.4 trillion")


def test_offsets_past_astral_characters(parser):
    text = "💰💰 costs $5, or ⅞ of €10"  # 4-byte and 3-byte UTF-8 sequences
    f, g = parser.extract(text)
    assert (f.start, f.end, f.text) == (9, 11, "$5")
    assert text[f.start:f.end] == "$5"
    assert text[g.start:g.end] == g.text == "€10"
    f, g = parser.extract(text, byte_offsets=True)
    assert (f.start, f.end) == (15, 17)


def test_lone_surrogate_does_not_break_offsets(parser):
    text = "\ud800 paid $5"
    (f,) = parser.extract(text)
    assert (f.start, f.end) == (7, 9) and text[7:9] == "$5"


def test_empty_and_figureless(parser):
    assert parser.extract("") == []
    assert parser.extract(b"") == []
    assert parser.extract("nothing here") == []


# ---------------------------------------------------------------------------
# Bytes and encodings
# ---------------------------------------------------------------------------


def test_bytes_as_utf8(parser):
    (f,) = parser.extract(b"\xff$5\xfe")  # invalid bytes are separators
    assert (f.start, f.end, f.text, f.amount) == (1, 3, "$5", Decimal("5"))
    (f,) = parser.extract(bytearray("€7".encode()))
    assert (f.start, f.end, f.currency) == (0, 4, "EUR")
    (f,) = parser.extract(memoryview(b"x $9"))
    assert (f.start, f.amount) == (2, Decimal("9"))


@pytest.mark.parametrize("which", ["library", "0.1.0"])
def test_encoding_utf8_is_strict(which, parser, old_parser):
    p = parser if which == "library" else old_parser
    (f,) = p.extract("₩5 each".encode(), encoding="UTF-8")
    assert (f.start, f.end, f.currency) == (0, 4, "KRW")
    with pytest.raises(figparse.EENCODING) as exc:
        p.extract(b"$5 \xff", encoding="utf-8")
    assert exc.value.offset == 3


@pytest.mark.skipif(not figparse.load_library().has_transcode,
                    reason="this libfigparse has no figparse_transcode")
def test_other_encodings(parser):
    data = "한국 예산 USD 5 million".encode("euc-kr")
    (f,) = parser.extract(data, encoding="EUC-KR")
    # Offsets into the bytes as given: 4 Hangul of 2 bytes, 2 spaces.
    assert (f.start, f.end) == (10, len(data))
    assert f.text == "USD 5 million" and f.amount == Decimal("5000000")
    (f,) = parser.extract("£5".encode("latin-1"), encoding="ISO-8859-1")
    assert (f.start, f.end, f.currency, f.amount) == (0, 2, "GBP", Decimal("5"))
    with pytest.raises(figparse.EENCODING):
        parser.extract(b"$5", encoding="no-such-encoding")
    # Mojibake ("€" once decoded as Windows-1252) is repaired on request; the
    # span still covers the garbled bytes given.
    garbled = "paid â‚¬12.50".encode("utf-8")
    assert parser.extract(garbled, encoding="utf-8") == []
    (f,) = figparse.Parser(repair_mojibake=True).extract(garbled, encoding="utf-8")
    assert (f.start, f.end, f.text) == (5, len(garbled), "€12.50")
    assert (f.currency, f.amount) == ("EUR", Decimal("12.5"))


@pytest.mark.skipif(not figparse.load_library().has_transcode,
                    reason="this libfigparse has no figparse_transcode")
def test_repair_mojibake_in_str():
    text = "한국: paid â‚¬12.50, or Â£5"
    p = figparse.Parser(repair_mojibake=True)
    f, g = p.extract(text)
    assert (f.start, f.end, f.text) == (9, 17, "€12.50")
    assert text[f.start:f.end] == "â‚¬12.50"  # the span indexes the text given
    assert (f.currency, f.amount, g.currency, g.amount) == ("EUR", Decimal("12.5"),
                                                            "GBP", Decimal("5"))
    assert text[g.start:g.end] == "Â£5" and g.text == "£5"
    f, g = p.extract(text, byte_offsets=True)
    assert text.encode()[f.start:f.end].decode() == "â‚¬12.50"
    # Off by default: the garbled euro is not read ("£5" is, after the "Â").
    assert [(x.currency, x.text) for x in figparse.Parser().extract(text)] == [("GBP", "£5")]
    # Not valid UTF-8 (a lone surrogate): scanned as it is, no repair.
    (h,) = p.extract("\ud800 $5 â‚¬1")
    assert (h.start, h.end, h.text) == (2, 4, "$5")


def test_other_encodings_without_transcoder(old_parser):
    with pytest.raises(figparse.EUNSUPPORTED, match="needs figparse_transcode"):
        old_parser.extract("한국 USD 5".encode("euc-kr"), encoding="EUC-KR")
    with pytest.raises(NotImplementedError):
        old_parser.extract("£5".encode("latin-1"), encoding="latin-1")


def test_str_with_encoding_is_a_type_error(parser):
    with pytest.raises(TypeError, match="bytes"):
        parser.extract("$5", encoding="utf-8")
    with pytest.raises(TypeError):
        parser.extract(5)


# ---------------------------------------------------------------------------
# Lifetime, pickling
# ---------------------------------------------------------------------------


def test_close_and_context_manager():
    with figparse.Parser() as p:
        assert p.extract("$5")[0].amount == Decimal("5")
    with pytest.raises(ValueError, match="closed"):
        p.extract("$5")
    p.close()  # twice is fine


def test_pickle_rebuilds_the_parser():
    p = figparse.Parser(locale="en-CA", ref="2026-11-22", strict=False, default_currency="EUR")
    q = pickle.loads(pickle.dumps(p))
    assert q is not p and repr(q) == repr(p)
    assert repr(q) == "Parser(locale='en-CA', ref='2026-11-22', default_currency='EUR')"
    assert q.extract("$5") == p.extract("$5")
    assert q.extract("$5")[0].currency == "CAD"
    assert q.parse_money("39900").currency == "EUR"


def test_module_versions(lib):
    assert figparse.library_version() == "%d.%d.%d" % lib.version
    assert lib.version[0] == figparse.BINDING_VERSION[0]
    assert figparse.data_version().startswith("icu ")
    assert figparse.__version__ == "0.1.0"


def test_struct_sizes_fit_the_union():
    # The union is padded to 16 uint64, and each record has a reserved tail,
    # so their sizes stay fixed within the ABI (callers allocate them).
    assert ctypes.sizeof(_capi.FigureUnion_) == 128
    assert ctypes.sizeof(_capi.Money_) == 96
    assert ctypes.sizeof(_capi.Date_) == 64
