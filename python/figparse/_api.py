"""Parser, Figure, Money and DateRange: the Python face of libfigparse."""

from __future__ import annotations

import codecs
import ctypes
import datetime as _dt
import os
import re
import weakref
from ctypes import POINTER, byref, c_char, c_int, c_size_t, c_void_p
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from typing import Callable, Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple, Union

from . import _capi as C
from ._errors import FigparseError, error_class

__all__ = ["DateRange", "Figure", "Money", "Parser"]

TextLike = Union[str, bytes, bytearray, memoryview]

# Bytes that continue a UTF-8 sequence: a text's code points are its bytes
# less these (also for the surrogates that "surrogatepass" writes).
_CONTINUATION = bytes(range(0x80, 0xC0))
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_KINDS = {"money": C.KIND_MONEY, "date": C.KIND_DATE}


# ---------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------


class _MoneyFlags:
    """Shortcuts for the money flags, shared by Money and Figure."""

    flags: FrozenSet[str]

    @property
    def approx(self) -> bool:
        """Marked as approximate ("about", "around", ...)."""
        return "approx" in self.flags

    @property
    def inferred(self) -> bool:
        """The currency came from the locale or the document, not the text."""
        return "inferred" in self.flags

    @property
    def ambiguous(self) -> bool:
        """The designator names several currencies; ``currency`` is None."""
        return "ambiguous" in self.flags

    @property
    def minor_unit(self) -> bool:
        """Written in a minor unit ("99¢") and converted to the major unit."""
        return "minor_unit" in self.flags


@dataclass(frozen=True)
class Money(_MoneyFlags):
    """One money value, as figparse_parse_money() reads a field.

    ``currency`` is an ISO 4217 code, or None when the text does not settle
    it. ``amount`` is set for a single value; a range or bound sets ``min``
    and/or ``max`` instead. All three are exact :class:`decimal.Decimal`.
    ``flags`` holds the names docs/cli.md lists (``"approx"``,
    ``"inferred"``, ``"minor_unit"``, ...).
    """

    currency: Optional[str]
    amount: Optional[Decimal]
    min: Optional[Decimal]
    max: Optional[Decimal]
    flags: FrozenSet[str] = frozenset()


@dataclass(frozen=True)
class DateRange:
    """A date value: the inclusive interval ``first``..``last`` at a grain.

    ``first`` and ``last`` are :class:`datetime.date` for grains down to a
    day and :class:`datetime.datetime` (a subclass) for hour, minute and
    second, aware when the text gave a UTC offset; None when the library
    gave no calendar date (a relative date with no reference date: flag
    ``"unresolved"``). ``flags`` holds the names of the FIGPARSE_DATE_* bits
    in lower case (``"relative"``, ``"approx"``, ``"range"``, ...).

    For a relative date ("last Thursday", "three days ago"),
    ``relative_offset`` and ``relative_unit`` say how many of which grain
    from the reference (-1 "day" ...); ``weekday`` is the ISO weekday
    (1 = Monday) when one is named.
    """

    first: Optional[_dt.date]
    last: Optional[_dt.date]
    grain: str
    flags: FrozenSet[str] = frozenset()
    relative_offset: Optional[int] = None
    relative_unit: Optional[str] = None
    weekday: Optional[int] = None


@dataclass(frozen=True, repr=False)
class Figure(_MoneyFlags):
    """One figure found in a text by :meth:`Parser.extract`.

    ``kind`` is ``"money"`` or ``"date"``. ``start``/``end`` delimit
    ``text`` (end exclusive): character offsets into the ``str`` given, or
    byte offsets into the input for ``bytes`` input or ``byte_offsets=True``.

    Money figures fill ``currency``, ``amount``, ``min``, ``max`` (as in
    :class:`Money`) and, when the figure restates another one ("10.1 trillion
    won (approximately USD 7.27 billion)"), ``equivalent_of``: the index of
    that figure in the same returned list. Date figures fill ``first``,
    ``last``, ``grain`` and, for relative dates, ``relative_offset``,
    ``relative_unit`` and ``weekday`` (as in :class:`DateRange`). ``status``
    is ``"OK"``,
    or ``"ERANGE"`` when the value needs more than 18 significant digits (the
    span and currency are still given, the amounts are None).
    """

    kind: str
    start: int
    end: int
    text: str
    flags: FrozenSet[str] = frozenset()
    status: str = "OK"
    currency: Optional[str] = None
    amount: Optional[Decimal] = None
    min: Optional[Decimal] = None
    max: Optional[Decimal] = None
    equivalent_of: Optional[int] = None
    first: Optional[_dt.date] = None
    last: Optional[_dt.date] = None
    grain: Optional[str] = None
    relative_offset: Optional[int] = None
    relative_unit: Optional[str] = None
    weekday: Optional[int] = None

    def __repr__(self) -> str:
        """The span, then only the fields that are set."""
        parts = [f"{f.name}={getattr(self, f.name)!r}" for f in fields(self)[:4]]
        parts += [f"{f.name}={getattr(self, f.name)!r}" for f in fields(self)[4:]
                  if getattr(self, f.name) not in (None, f.default)]
        return f"Figure({', '.join(parts)})"

    @property
    def money(self) -> Optional[Money]:
        """The money value of a money figure (None for other kinds)."""
        if self.kind != "money":
            return None
        return Money(self.currency, self.amount, self.min, self.max, self.flags)

    @property
    def date(self) -> Optional[DateRange]:
        """The date value of a date figure (None for other kinds)."""
        if self.kind != "date":
            return None
        return DateRange(self.first, self.last, self.grain or "none", self.flags,
                         self.relative_offset, self.relative_unit, self.weekday)


# ---------------------------------------------------------------------------
# Decoding C records
# ---------------------------------------------------------------------------


def _money_fields(lib: C.Library, m: C.Money_) -> Dict[str, object]:
    flags = m.flags

    def dec(bit: int, d: C.Decimal_) -> Optional[Decimal]:
        return Decimal(lib.format_decimal(d)) if flags & bit else None

    return {
        "currency": m.currency.decode("ascii") or None,
        "amount": dec(C.MONEY_HAS_AMOUNT, m.amount),
        "min": dec(C.MONEY_HAS_MIN, m.min),
        "max": dec(C.MONEY_HAS_MAX, m.max),
        "flags": C.flag_names(flags, C.MONEY_FLAG_NAMES, ignore=C._MONEY_VALUE_BITS),
    }


def _instant(t: C.Datetime_, grain: int) -> Optional[_dt.date]:
    try:
        if grain >= C.GRAIN_NAMES.index("hour"):
            tz = (_dt.timezone(_dt.timedelta(minutes=t.utc_offset_min))
                  if t.has_offset else None)
            return _dt.datetime(t.year, t.month, t.day, t.hour, t.minute, t.second, tzinfo=tz)
        return _dt.date(t.year, t.month, t.day)
    except ValueError:  # not a calendar date: keep the figure, drop the value
        return None


def _grain_name(g: int) -> str:
    return C.GRAIN_NAMES[g] if 0 <= g < len(C.GRAIN_NAMES) else "none"


def _date_fields(d: C.Date_) -> Dict[str, object]:
    grain = d.grain if 0 <= d.grain < len(C.GRAIN_NAMES) else 0
    relative = bool(d.flags & C.DATE_RELATIVE)
    return {
        "first": _instant(d.first, grain),
        "last": _instant(d.last, grain),
        "grain": C.GRAIN_NAMES[grain],
        "flags": C.flag_names(d.flags, C.DATE_FLAG_NAMES),
        "relative_offset": d.offset if relative else None,
        "relative_unit": _grain_name(d.unit) if relative else None,
        "weekday": d.weekday if 1 <= d.weekday <= 7 else None,
    }


def _char_offsets(data: bytes, points: Iterable[int]) -> Dict[int, int]:
    """Byte offsets (non-decreasing) into UTF-8 `data` -> code point offsets."""
    out: Dict[int, int] = {}
    b = c = 0
    for p in points:
        if p not in out:
            c += len(data[b:p].translate(None, _CONTINUATION))
            b = p
            out[p] = c
    return out


# ---------------------------------------------------------------------------
# The parser
# ---------------------------------------------------------------------------


def _rebuild(config: Dict[str, object]) -> "Parser":
    return Parser(**config)  # type: ignore[arg-type]


class Parser:
    """An immutable figparse parser; build it once and share it.

    Args:
        locale: BCP 47 locale hint ("en-GB", "ko-KR"): decides a bare "$",
            and "," versus "." where the text does not. None: no hint.
        ref: the reference date relative dates resolve against, as
            "YYYY-MM-DD" or a :class:`datetime.date`.
        kinds: which kinds of figure to find: "money", "date" or both; None
            (the default) finds every kind the loaded library knows: money,
            and dates once the library has them.
        strict: never infer a currency (a bare "$" gives currency None).
        default_currency: ISO 4217 code for amounts that name none, used by
            :meth:`parse_money` ("39900" in a price column).
        decimal_comma: read "3,350" and "3.350" as decimals when nothing
            else decides.
        day_first: read 03/04/2025 day first (dates).
        repair_mojibake: repair UTF-8 that was once decoded as Windows-1252
            or -874 and encoded again ("â‚¬12.50"), in a str and in bytes
            with an encoding, through the library's figparse_transcode()
            (spans still index the text given; ``text`` is the repaired one).
        library: a path to libfigparse or a :class:`Library`; None finds it
            as :func:`figparse.load_library` says.

    Raises ELOCALE for a malformed locale tag, ECURRENCY for an unknown
    currency code, EINVAL (a ValueError) for an impossible reference date,
    ValueError for an unknown kind.

    Threads: one Parser may be used by any number of threads at once. Each
    call is one C call (figparse_scan_all() for extract()), during which
    ctypes releases the GIL, so threads really run in parallel; no scan
    state is kept between calls, so none has to be per thread (a
    threading.local of figparse_scan objects would save an allocation per
    call, but would then need one C call per figure, each retaking the GIL).
    Do not call close() while other threads still use the parser.

    A Parser pickles as its options, so it can be sent to Dask or Spark
    workers; each worker builds its own from its own libfigparse.
    """

    def __init__(
        self,
        locale: Optional[str] = None,
        ref: Union[str, _dt.date, None] = None,
        kinds: Union[str, Sequence[str], None] = None,
        strict: bool = False,
        default_currency: Optional[str] = None,
        *,
        decimal_comma: bool = False,
        day_first: bool = False,
        repair_mojibake: bool = False,
        library: Union[str, "os.PathLike[str]", C.Library, None] = None,
    ) -> None:
        self._fp: Optional[int] = None
        lib = library if isinstance(library, C.Library) else C.load_library(library)
        self._lib = lib
        kind_names = None if kinds is None else (
            (kinds,) if isinstance(kinds, str) else tuple(kinds))
        mask = 0  # the library's "every kind I know"
        for k in kind_names or ():
            if k not in _KINDS:
                raise ValueError(f"unknown kind {k!r}: use 'money' and/or 'date'")
            mask |= _KINDS[k]
        if kind_names is not None and mask == 0:
            raise ValueError("kinds is empty: use 'money' and/or 'date', or None for all")
        ref_ymd = self._ref_date(ref)
        flags = ((C.OPT_STRICT_CURRENCY if strict else 0)
                 | (C.OPT_DECIMAL_COMMA if decimal_comma else 0)
                 | (C.OPT_DAY_FIRST if day_first else 0)
                 | (C.OPT_REPAIR_MOJIBAKE if repair_mojibake else 0))
        self._config: Dict[str, object] = {
            "locale": locale, "ref": ref_ymd and "%04d-%02d-%02d" % ref_ymd,
            "kinds": kind_names, "strict": strict, "default_currency": default_currency,
            "decimal_comma": decimal_comma, "day_first": day_first,
            "repair_mojibake": repair_mojibake,
        }

        c = lib.cdll
        opts = c.figparse_options_new(None)
        if not opts:
            raise self._error(C.ENOMEM)
        try:
            if locale is not None:
                self._check(c.figparse_options_set_locale(opts, locale.encode("utf-8")),
                            f"locale {locale!r}")
            if default_currency is not None:
                self._check(c.figparse_options_set_default_currency(
                    opts, default_currency.encode("utf-8")), f"currency {default_currency!r}")
            if ref_ymd is not None:
                self._check(c.figparse_options_set_reference_date(opts, *ref_ymd),
                            f"reference date {ref!r}")
            self._check(c.figparse_options_set_kinds(opts, mask))
            self._check(c.figparse_options_set_flags(opts, flags))
            st = c_int(0)
            fp = c.figparse_new(opts, byref(st))
            if not fp:
                raise self._error(st.value)
        finally:
            c.figparse_options_free(opts)
        self._fp = fp
        self._finalizer = weakref.finalize(self, c.figparse_free, fp)

    @staticmethod
    def _ref_date(ref: Union[str, _dt.date, None]) -> Optional[Tuple[int, int, int]]:
        if ref is None:
            return None
        if isinstance(ref, _dt.datetime):
            ref = ref.date()
        if isinstance(ref, str):
            if not _ISO_DATE.fullmatch(ref):
                raise ValueError(f"ref must be 'YYYY-MM-DD' or a datetime.date, not {ref!r}")
            y, m, d = (int(x) for x in ref.split("-"))
            return (y, m, d)  # the library judges whether the date exists (EINVAL)
        if isinstance(ref, _dt.date):
            return (ref.year, ref.month, ref.day)
        raise TypeError(f"ref must be 'YYYY-MM-DD' or a datetime.date, not {type(ref).__name__}")

    # -- lifetime ----------------------------------------------------------

    def close(self) -> None:
        """Frees the C parser now (otherwise it is freed with the object)."""
        if self._fp is not None:
            self._fp = None
            self._finalizer()

    def __enter__(self) -> "Parser":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __reduce__(self):
        return (_rebuild, (self._config,))

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self._config.items()
                         if v not in (None, False))
        return f"Parser({args})"

    @property
    def library(self) -> C.Library:
        """The libfigparse this parser runs on."""
        return self._lib

    def _handle(self) -> int:
        if self._fp is None:
            raise ValueError("this Parser is closed")
        return self._fp

    # -- errors --------------------------------------------------------------

    def _error(self, status: int, detail: str = "", offset: Optional[int] = None) -> FigparseError:
        msg = self._lib.strerror(status)
        if detail:
            msg = f"{detail}: {msg}"
        return error_class(status, self._lib.status_name(status))(msg, offset)

    def _check(self, status: int, detail: str = "") -> None:
        if status != C.OK:
            raise self._error(status, detail)

    # -- free text -----------------------------------------------------------

    def extract(self, text: TextLike, encoding: Optional[str] = None,
                byte_offsets: bool = False) -> List[Figure]:
        """Every figure in ``text``, in text order.

        ``text`` is a ``str``, or ``bytes`` in ``encoding`` (default: UTF-8
        as it comes, each invalid byte read as a separator). With an encoding
        name the bytes go through the library's transcoder when it has one
        (figparse_transcode()); without it only UTF-8 is accepted (EENCODING
        for invalid UTF-8 then, EUNSUPPORTED for other encodings).

        Offsets are character offsets into a ``str``, byte offsets into
        ``bytes`` (into the bytes as given, also after transcoding) or, with
        ``byte_offsets=True``, byte offsets into the ``str``'s UTF-8.
        """
        fp = self._handle()
        if isinstance(text, str):
            if encoding is not None:
                raise TypeError("encoding applies to bytes input; a str is already decoded")
            data = text.encode("utf-8", "surrogatepass")
            if self._config["repair_mojibake"] and self._lib.has_transcode and len(data) != len(
                    text):
                figures = self._extract_repaired(fp, text, data, byte_offsets)
                if figures is not None:
                    return figures
            raws = self._scan_all(fp, data)
            if byte_offsets or len(data) == len(text):
                return self._figures(raws, lambda p: p, lambda s, e: data[s:e].decode(
                    "utf-8", "replace"))
            chars = _char_offsets(data, (p for r in raws for p in (r.start, r.end)))
            return self._figures(raws, chars.__getitem__, lambda s, e: text[chars[s]:chars[e]])
        if not isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
        data = bytes(text)
        if encoding is None:
            return self._figures(self._scan_all(fp, data), lambda p: p,
                                 lambda s, e: data[s:e].decode("utf-8", "replace"))
        if self._lib.has_transcode:
            return self._extract_transcoded(fp, data, encoding)
        if not _is_utf8(encoding):
            raise self._error(C.EUNSUPPORTED, f"encoding {encoding!r} needs figparse_transcode(), which "
                                  f"this libfigparse ({self._lib.path}) does not have; it "
                                  f"reads UTF-8 only")
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise self._error(C.EENCODING, "invalid UTF-8", exc.start) from None
        return self._figures(self._scan_all(fp, data), lambda p: p,
                             lambda s, e: data[s:e].decode("utf-8"))

    def _extract_repaired(self, fp: int, text: str, data: bytes,
                          byte_offsets: bool) -> Optional[List[Figure]]:
        """A str with repair_mojibake: through figparse_transcode() from UTF-8,
        which repairs; spans still index the str given. None when the text
        is not valid UTF-8 (lone surrogates): it is then scanned as it is."""
        try:
            figures = self._extract_transcoded(fp, data, "UTF-8")
        except FigparseError as exc:
            if exc.status == C.EENCODING:
                return None
            raise
        if byte_offsets:
            return figures
        chars = _char_offsets(data, sorted({p for f in figures for p in (f.start, f.end)}))
        return [_replace_span(f, chars[f.start], chars[f.end]) for f in figures]

    def _extract_transcoded(self, fp: int, data: bytes, encoding: str) -> List[Figure]:
        c = self._lib.cdll
        out = POINTER(c_char)()
        out_len = c_size_t(0)
        omap = POINTER(c_size_t)()
        err = c_size_t(0)
        st = c.figparse_transcode(fp, encoding.encode("utf-8"), data, len(data), byref(out),
                                  byref(out_len), byref(omap), byref(err))
        if st != C.OK:
            raise self._error(st, f"encoding {encoding!r}",
                              err.value if st == C.EENCODING else None)
        try:
            utf8 = ctypes.string_at(out, out_len.value)
            raws = self._scan_all(fp, utf8)
            spans = {p: omap[p] for r in raws for p in (r.start, r.end)}
        finally:
            c.figparse_buffer_free(fp, ctypes.cast(out, c_void_p))
            c.figparse_buffer_free(fp, ctypes.cast(omap, c_void_p))
        texts = {(r.start, r.end): utf8[r.start:r.end].decode("utf-8", "replace") for r in raws}
        figures = self._figures(raws, lambda p: p, lambda s, e: texts[s, e])
        # Offsets into the bytes as given.
        return [_replace_span(f, spans[f.start], spans[f.end]) for f in figures]

    def _scan_all(self, fp: int, data: bytes) -> List[C.Figure_]:
        """Copies of every figure record figparse_scan_all() finds in data."""
        c = self._lib.cdll
        res = c_void_p()
        st = c.figparse_scan_all(fp, data, len(data), byref(res))
        if st != C.OK:
            c.figparse_result_free(res)
            raise self._error(st)
        try:
            n = c.figparse_result_count(res)
            return [C.Figure_.from_buffer_copy(c.figparse_result_get(res, i).contents)
                    for i in range(n)]
        finally:
            c.figparse_result_free(res)

    def _figures(self, raws: List[C.Figure_], offset: Callable[[int], int],
                 slice_text: Callable[[int, int], str]) -> List[Figure]:
        """Figures from C records; offset() maps a byte offset to the one
        reported, slice_text(start, end) gives the text of a byte span."""
        position = {r.index: i for i, r in enumerate(raws)}
        out = []
        for r in raws:
            fields: Dict[str, object]
            if r.kind == C.KIND_DATE:
                fields = {"kind": "date", **_date_fields(r.u.date)}
            else:
                m = r.u.money
                fields = {"kind": "money", **_money_fields(self._lib, m)}
                if m.flags & C.MONEY_EQUIVALENT:
                    fields["equivalent_of"] = position.get(m.equivalent_of)
            out.append(Figure(start=offset(r.start), end=offset(r.end),
                              text=slice_text(r.start, r.end),
                              status=self._lib.status_name(r.status), **fields))
        return out

    # -- one value -------------------------------------------------------------

    def parse_money(self, s: TextLike) -> Money:
        """Parses ``s`` as exactly one money value (a field such as
        "1,299.00 USD" or, with ``default_currency``, "39900").

        Raises NOMATCH when ``s`` is not one money value, ERANGE beyond 18
        significant digits, EENCODING for invalid UTF-8 bytes; the
        exception's ``offset`` says where ``s`` stopped being a value
        (characters for a ``str``, bytes for ``bytes``).
        """
        fp = self._handle()
        data = _utf8(s)
        out = C.Money_()
        err = c_size_t(0)
        st = self._lib.cdll.figparse_parse_money(fp, data, len(data), byref(out), byref(err))
        if st != C.OK:
            raise self._error(st, offset=_offset_in(s, data, err.value))
        return Money(**_money_fields(self._lib, out))  # type: ignore[arg-type]

    def parse_date(self, s: TextLike) -> DateRange:
        """Parses ``s`` as exactly one date (with figparse_parse_date()).

        Raises EUNSUPPORTED (a NotImplementedError) when the loaded
        libfigparse has no figparse_parse_date(); otherwise as
        :meth:`parse_money`.
        """
        fp = self._handle()
        if not self._lib.has_parse_date:
            raise self._error(C.EUNSUPPORTED, f"parse_date() needs figparse_parse_date(), which this "
                                  f"libfigparse {'.'.join(map(str, self._lib.version))} "
                                  f"({self._lib.path}) does not have")
        data = _utf8(s)
        out = C.Date_()
        err = c_size_t(0)
        st = self._lib.cdll.figparse_parse_date(fp, data, len(data), byref(out), byref(err))
        if st != C.OK:
            raise self._error(st, offset=_offset_in(s, data, err.value))
        return DateRange(**_date_fields(out))  # type: ignore[arg-type]


def _replace_span(f: Figure, start: int, end: int) -> Figure:
    return replace(f, start=start, end=end)


def _utf8(s: TextLike) -> bytes:
    if isinstance(s, str):
        return s.encode("utf-8", "surrogatepass")
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError(f"expected str or bytes, not {type(s).__name__}")


def _offset_in(s: TextLike, data: bytes, byte_offset: int) -> int:
    if isinstance(s, str):
        return len(data[:byte_offset].translate(None, _CONTINUATION))
    return byte_offset


def _is_utf8(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False
