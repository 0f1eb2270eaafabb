"""Exceptions: one class per figparse status, named as figparse_status_name()
names it, carrying the message of figparse_strerror()."""

from __future__ import annotations

from typing import Dict, Optional, Type


class LibraryError(OSError):
    """libfigparse could not be found or loaded."""

    __module__ = "figparse"


class LibraryVersionError(LibraryError):
    """The loaded libfigparse has a different major version than the binding."""

    __module__ = "figparse"


class FigparseError(Exception):
    """A status other than success from libfigparse.

    Attributes: ``status`` (the C status value), ``name`` (its name, as
    ``figparse_status_name()`` gives it: the class name) and ``offset`` (where
    the text stopped being a value, for the one-string parsers; else None).
    The message is ``figparse_strerror()``'s.
    """

    __module__ = "figparse"
    status: int = 0
    name: str = "UNKNOWN"

    def __init__(self, message: str, offset: Optional[int] = None) -> None:
        super().__init__(message)
        self.offset = offset

    def __reduce__(self):  # keeps the offset across pickling (Dask, Spark)
        return (type(self), (Exception.__str__(self), self.offset))

    def __str__(self) -> str:
        msg = super().__str__()
        return msg if self.offset is None else f"{msg} (at offset {self.offset})"


class NOMATCH(FigparseError, ValueError):
    """The text is not exactly one value (the one-string parsers)."""

    status = 2


class EINVAL(FigparseError, ValueError):
    """Invalid argument."""

    status = -1


class ENOMEM(FigparseError, MemoryError):
    """Out of memory."""

    status = -2


class ERANGE(FigparseError, ValueError):
    """A value needs more than 18 significant digits."""

    status = -3


class EENCODING(FigparseError, ValueError):
    """Invalid or unsupported text encoding."""

    status = -4


class ELOCALE(FigparseError, ValueError):
    """Malformed locale tag."""

    status = -5


class ECURRENCY(FigparseError, ValueError):
    """Not an ISO 4217 currency code."""

    status = -6


class ENOSPC(FigparseError):
    """Output buffer too small."""

    status = -7


class ETOOBIG(FigparseError, ValueError):
    """Text too large."""

    status = -8


class EUNSUPPORTED(FigparseError, NotImplementedError):
    """Not supported by this build."""

    status = -9


_BY_STATUS: Dict[int, Type[FigparseError]] = {}
for _cls in (NOMATCH, EINVAL, ENOMEM, ERANGE, EENCODING, ELOCALE, ECURRENCY, ENOSPC, ETOOBIG,
             EUNSUPPORTED):
    _cls.name = _cls.__name__
    _cls.__module__ = "figparse"
    _BY_STATUS[_cls.status] = _cls


def error_class(status: int, name: str) -> Type[FigparseError]:
    """The exception class for a status; a status this binding does not know
    (from a newer library) gets a FigparseError subclass made on the fly and
    named after the library's figparse_status_name()."""
    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = type(name if name.isidentifier() else f"STATUS_{-status}", (FigparseError,),
                   {"status": status, "name": name, "__module__": "figparse"})
        _BY_STATUS[status] = cls
    return cls
