"""The C side: finding libfigparse, its version check, and ctypes mirrors of
the records in include/figparse.h.

Nothing here is public API; figparse/__init__.py re-exports what is.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading
from ctypes import (
    POINTER,
    Structure,
    Union,
    c_char,
    c_char_p,
    c_double,
    c_int,
    c_int16,
    c_int32,
    c_int64,
    c_size_t,
    c_uint,
    c_uint8,
    c_uint32,
    c_uint64,
    c_void_p,
)
from pathlib import Path
from typing import Optional, Union as TypingUnion

from ._errors import LibraryError, LibraryVersionError

# The header this binding was written against (FIGPARSE_VERSION_* in
# include/figparse.h). The library must have the same major version: within
# one major the ABI only grows.
BINDING_VERSION = (0, 1, 0)

# figparse_kind
KIND_MONEY = 1
KIND_DATE = 2

# Status values (FIGPARSE_STATUS_MAP): fixed forever.
OK = 0
DONE = 1
NOMATCH = 2
ENOMEM = -2
EENCODING = -4
EUNSUPPORTED = -9

# FIGPARSE_OPT_*
OPT_STRICT_CURRENCY = 1 << 0
OPT_DECIMAL_COMMA = 1 << 1
OPT_DAY_FIRST = 1 << 2
OPT_REPAIR_MOJIBAKE = 1 << 3

# FIGPARSE_MONEY_*: the value bits, then the flag bits under the names the
# command-line tool prints (docs/cli.md), so that both speak alike.
MONEY_HAS_AMOUNT = 1 << 0
MONEY_HAS_MIN = 1 << 1
MONEY_HAS_MAX = 1 << 2
MONEY_EQUIVALENT = 1 << 6
MONEY_OUT_OF_RANGE = 1 << 13
MONEY_FLAG_NAMES = {
    1 << 3: "min_exclusive",
    1 << 4: "max_exclusive",
    1 << 5: "approx",
    MONEY_EQUIVALENT: "equivalent",
    1 << 7: "inferred",
    1 << 8: "ambiguous",
    1 << 9: "default_currency",
    1 << 10: "minor_unit",
    1 << 11: "separator_ambiguous",
    1 << 12: "parentheses",
    MONEY_OUT_OF_RANGE: "out_of_range",
    1 << 14: "spelled",
    1 << 15: "non_iso",
    1 << 16: "trailing_minus",
}
_MONEY_VALUE_BITS = MONEY_HAS_AMOUNT | MONEY_HAS_MIN | MONEY_HAS_MAX

# FIGPARSE_DATE_*. Unknown bits of either kind (from a newer library) are
# kept as "bit<N>" so that nothing the library says is dropped.
DATE_RELATIVE = 1 << 0
DATE_FLAG_NAMES = {
    DATE_RELATIVE: "relative",
    1 << 1: "unresolved",
    1 << 2: "before",
    1 << 3: "after",
    1 << 4: "approx",
    1 << 5: "ambiguous_order",
    1 << 6: "range",
    1 << 7: "year_from_ref",
    1 << 8: "fiscal",
    1 << 9: "era",
}

# figparse_grain
GRAIN_NAMES = ("none", "year", "quarter", "month", "week", "day", "hour", "minute", "second")


def flag_names(bits: int, names: dict, ignore: int = 0) -> frozenset:
    """The set of names of the bits set in `bits` (minus `ignore`)."""
    out = set()
    bits &= ~ignore
    bit = 1
    while bits:
        if bits & bit:
            out.add(names.get(bit, f"bit{bit.bit_length() - 1}"))
            bits &= ~bit
        bit <<= 1
    return frozenset(out)


# ---------------------------------------------------------------------------
# Records: laid out exactly as in include/figparse.h (the enums are int).
# ---------------------------------------------------------------------------


class Decimal_(Structure):
    """figparse_decimal: value = coef * 10^exp."""

    _fields_ = [("coef", c_int64), ("exp", c_int32)]


class Money_(Structure):
    """figparse_money."""

    _fields_ = [
        ("currency", c_char * 4),
        ("flags", c_uint32),
        ("amount", Decimal_),
        ("min", Decimal_),
        ("max", Decimal_),
        ("equivalent_of", c_uint32),
        ("reserved0", c_uint32),
        ("reserved", c_uint64 * 4),
    ]


class Datetime_(Structure):
    """figparse_datetime."""

    _fields_ = [
        ("year", c_int32),
        ("month", c_uint8),
        ("day", c_uint8),
        ("hour", c_uint8),
        ("minute", c_uint8),
        ("second", c_uint8),
        ("has_offset", c_uint8),
        ("utc_offset_min", c_int16),
    ]


class Date_(Structure):
    """figparse_date."""

    _fields_ = [
        ("first", Datetime_),
        ("last", Datetime_),
        ("grain", c_int),
        ("flags", c_uint32),
        ("offset", c_int32),
        ("unit", c_int),
        ("weekday", c_int32),
        ("reserved", c_uint32 * 5),
    ]


class FigureUnion_(Union):
    _fields_ = [("money", Money_), ("date", Date_), ("reserved", c_uint64 * 16)]


class Figure_(Structure):
    """figparse_figure."""

    _fields_ = [
        ("kind", c_int),
        ("status", c_int),
        ("start", c_size_t),
        ("end", c_size_t),
        ("index", c_uint32),
        ("reserved0", c_uint32),
        ("u", FigureUnion_),
    ]


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------

_P = c_void_p  # opaque pointers: figparse *, figparse_options *, figparse_result *

# name: (restype, argtypes). Every function the binding calls; the optional
# ones are declared only when the loaded library has them.
_PROTOTYPES = {
    "figparse_version": (c_uint, []),
    "figparse_version_string": (c_char_p, []),
    "figparse_data_version": (c_char_p, []),
    "figparse_strerror": (c_char_p, [c_int]),
    "figparse_status_name": (c_char_p, [c_int]),
    "figparse_options_new": (_P, [_P]),
    "figparse_options_free": (None, [_P]),
    "figparse_options_set_locale": (c_int, [_P, c_char_p]),
    "figparse_options_set_kinds": (c_int, [_P, c_uint]),
    "figparse_options_set_flags": (c_int, [_P, c_uint32]),
    "figparse_options_set_default_currency": (c_int, [_P, c_char_p]),
    "figparse_options_set_reference_date": (c_int, [_P, c_int, c_int, c_int]),
    "figparse_new": (_P, [_P, POINTER(c_int)]),
    "figparse_free": (None, [_P]),
    "figparse_decimal_format": (c_size_t, [Decimal_, c_char_p, c_size_t]),
    "figparse_decimal_to_double": (c_double, [Decimal_]),
    "figparse_parse_money": (c_int, [_P, c_char_p, c_size_t, POINTER(Money_), POINTER(c_size_t)]),
    "figparse_scan_all": (c_int, [_P, c_char_p, c_size_t, POINTER(_P)]),
    "figparse_result_count": (c_size_t, [_P]),
    "figparse_result_get": (POINTER(Figure_), [_P, c_size_t]),
    "figparse_result_free": (None, [_P]),
}
_OPTIONAL_PROTOTYPES = {
    # Added after 0.1.0: a library without them still loads, and the
    # binding says what is missing when asked for what needs them.
    "figparse_parse_date": (c_int, [_P, c_char_p, c_size_t, POINTER(Date_), POINTER(c_size_t)]),
    "figparse_transcode": (
        c_int,
        [
            _P,
            c_char_p,
            c_char_p,
            c_size_t,
            POINTER(POINTER(c_char)),
            POINTER(c_size_t),
            POINTER(POINTER(c_size_t)),
            POINTER(c_size_t),
        ],
    ),
    "figparse_buffer_free": (None, [_P, c_void_p]),
}

# The shared library's name on each platform, for the copy beside the package.
_LOCAL_NAMES = ("libfigparse.so", "libfigparse.so.0", "libfigparse.dylib", "figparse.dll")


class Library:
    """A loaded libfigparse with its prototypes declared and its version checked.

    Use :func:`load_library` rather than this class directly.
    """

    def __init__(self, path: str) -> None:
        try:
            cdll = ctypes.CDLL(path)
        except OSError as exc:
            raise LibraryError(f"cannot load libfigparse from {path!r}: {exc}") from exc
        if not hasattr(cdll, "figparse_version"):
            raise LibraryError(f"{path!r} is not libfigparse: it has no figparse_version()")
        self.path = path
        self.cdll = cdll
        cdll.figparse_version.restype, cdll.figparse_version.argtypes = c_uint, []
        hexv = cdll.figparse_version()
        self.version = (hexv >> 16, (hexv >> 8) & 0xFF, hexv & 0xFF)
        if self.version[0] != BINDING_VERSION[0]:
            have = ".".join(map(str, self.version))
            want = ".".join(map(str, BINDING_VERSION))
            raise LibraryVersionError(
                f"{path!r} is libfigparse {have}, but this binding was written for "
                f"{want} and needs the same major version ({BINDING_VERSION[0]}.x)"
            )
        for name, (restype, argtypes) in _PROTOTYPES.items():
            if not hasattr(cdll, name):
                raise LibraryError(f"{path!r} is not a complete libfigparse: it has no {name}()")
            fn = getattr(cdll, name)
            fn.restype, fn.argtypes = restype, argtypes
        for name, (restype, argtypes) in _OPTIONAL_PROTOTYPES.items():
            if hasattr(cdll, name):
                fn = getattr(cdll, name)
                fn.restype, fn.argtypes = restype, argtypes
        self.has_parse_date = hasattr(cdll, "figparse_parse_date")
        self.has_transcode = hasattr(cdll, "figparse_transcode") and hasattr(
            cdll, "figparse_buffer_free"
        )

    def __repr__(self) -> str:
        return f"<figparse.Library {'.'.join(map(str, self.version))} at {self.path!r}>"

    def format_decimal(self, d: Decimal_) -> str:
        """The canonical decimal string of d, from figparse_decimal_format()."""
        buf = ctypes.create_string_buffer(64)
        n = self.cdll.figparse_decimal_format(d, buf, len(buf))
        if n >= len(buf):  # an exponent far outside the usual range
            buf = ctypes.create_string_buffer(n + 1)
            self.cdll.figparse_decimal_format(d, buf, len(buf))
        return buf.value.decode("ascii")

    def status_name(self, status: int) -> str:
        return self.cdll.figparse_status_name(status).decode("ascii")

    def strerror(self, status: int) -> str:
        return self.cdll.figparse_strerror(status).decode("utf-8")


_loaded: dict = {}
_default: Optional[Library] = None
_lock = threading.Lock()


def _open(path: str) -> Library:
    with _lock:
        lib = _loaded.get(path)
        if lib is None:
            lib = _loaded[path] = Library(path)
        return lib


def load_library(path: TypingUnion[str, os.PathLike, None] = None) -> Library:
    """Loads libfigparse and returns it (loaded once per path and cached).

    The library is looked for, in order:

    1. ``path`` when given, else the ``FIGPARSE_LIBRARY`` environment
       variable when set (either must load; nothing else is tried then);
    2. a ``libfigparse.so`` beside this package;
    3. the system's search: ``libfigparse.so.0`` through the dynamic loader
       (``LD_LIBRARY_PATH``, the ld.so cache), then
       ``ctypes.util.find_library("figparse")``.

    Raises :class:`LibraryError` when no library loads or when its major
    version differs from the binding's.
    """
    global _default
    if path is not None:
        return _open(os.fspath(path))
    if _default is not None:
        return _default
    env = os.environ.get("FIGPARSE_LIBRARY")
    if env:
        lib = _open(env)
    else:
        here = Path(__file__).resolve().parent
        tried = []
        lib = None
        candidates = [str(here / n) for n in _LOCAL_NAMES if (here / n).exists()]
        candidates.append("libfigparse.so.0")
        found = ctypes.util.find_library("figparse")
        if found:
            candidates.append(found)
        for cand in candidates:
            try:
                lib = _open(cand)
                break
            except LibraryVersionError:
                raise
            except LibraryError as exc:
                tried.append(str(exc))
        if lib is None:
            raise LibraryError(
                "libfigparse not found: set FIGPARSE_LIBRARY to the path of libfigparse.so, "
                "put it beside the figparse package, or install it where the dynamic "
                "loader looks (" + "; ".join(tried) + ")"
            )
    _default = lib
    return lib
