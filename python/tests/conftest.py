"""Shared fixtures. The tests use the package in python/ (not an installed
one), the library named by FIGPARSE_LIBRARY and the command-line tool named
by FIGPARSE_CLI; scripts/test sets both from build/."""

import os
import sys
from pathlib import Path

import pytest

PYTHON_DIR = Path(__file__).resolve().parents[1]
REPO = PYTHON_DIR.parent
sys.path.insert(0, str(PYTHON_DIR))

if not os.environ.get("FIGPARSE_LIBRARY"):
    raise pytest.UsageError(
        "set FIGPARSE_LIBRARY to the built libfigparse.so (and FIGPARSE_CLI to the built "
        "cli/figparse), e.g. FIGPARSE_LIBRARY=build/libfigparse.so FIGPARSE_CLI=build/cli/figparse")

import figparse  # noqa: E402  (after the path is set)


@pytest.fixture(scope="session")
def lib():
    """The loaded libfigparse (figparse.Library)."""
    return figparse.load_library()


@pytest.fixture(scope="session")
def lib_path():
    return os.path.realpath(os.environ["FIGPARSE_LIBRARY"])


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("FIGPARSE_CLI")
    if not path or not os.access(path, os.X_OK):
        pytest.fail("set FIGPARSE_CLI to the built figparse command-line tool (build/cli/figparse)")
    return path


@pytest.fixture(scope="session")
def parser():
    """One Parser with the defaults, shared by the tests that only read."""
    return figparse.Parser()


def has_dates(library) -> bool:
    """Whether the loaded library has date figures (figparse_parse_date)."""
    return library.has_parse_date
