"""figparse: find money (and date) figures in text, as exact records.

A pure-Python binding (ctypes) to libfigparse::

    >>> from figparse import Parser
    >>> p = Parser(locale="en-US")
    >>> [(f.currency, f.amount) for f in p.extract("It cost $4.5 million.")]
    [('USD', Decimal('4500000'))]

The shared library is found as :func:`load_library` says: a path given, or
the FIGPARSE_LIBRARY environment variable, then a libfigparse.so beside this
package, then the system's search.
"""

from ._api import DateRange, Figure, Money, Parser
from ._capi import BINDING_VERSION, Library, load_library
from ._errors import (
    ECURRENCY,
    EENCODING,
    EINVAL,
    ELOCALE,
    ENOMEM,
    ENOSPC,
    ERANGE,
    ETOOBIG,
    EUNSUPPORTED,
    NOMATCH,
    FigparseError,
    LibraryError,
    LibraryVersionError,
)

__version__ = ".".join(map(str, BINDING_VERSION))

__all__ = [
    "DateRange", "Figure", "Money", "Parser",
    "Library", "load_library", "library_version", "data_version",
    "FigparseError", "LibraryError", "LibraryVersionError",
    "NOMATCH", "EINVAL", "ENOMEM", "ERANGE", "EENCODING", "ELOCALE", "ECURRENCY", "ENOSPC",
    "ETOOBIG", "EUNSUPPORTED",
]


def library_version() -> str:
    """The loaded libfigparse's version, "MAJOR.MINOR.PATCH"."""
    return load_library().cdll.figparse_version_string().decode("ascii")


def data_version() -> str:
    """The ICU and CLDR versions the library's tables came from."""
    return load_library().cdll.figparse_data_version().decode("ascii")
