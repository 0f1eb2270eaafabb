"""Finding and checking libfigparse, and the ctypes mirror of its records."""

import ctypes
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

import figparse
from figparse import _capi

from conftest import PYTHON_DIR, REPO

CC = shutil.which("cc") or shutil.which("gcc")
needs_cc = pytest.mark.skipif(CC is None, reason="no C compiler")


def run_python(code, env, cwd):
    """Runs code in a fresh interpreter with exactly `env`; returns stdout."""
    base = {k: v for k, v in os.environ.items()
            if k not in ("FIGPARSE_LIBRARY", "LD_LIBRARY_PATH", "PYTHONPATH")}
    base.update(env)
    r = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=base, cwd=cwd,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def test_explicit_path(lib_path):
    lib = figparse.load_library(lib_path)
    assert lib is figparse.load_library(lib_path)  # loaded once
    p = figparse.Parser(library=lib_path)
    assert p.library is lib
    assert figparse.Parser(library=lib).extract("$5")[0].currency == "USD"
    assert repr(lib).startswith("<figparse.Library 0.")


def test_environment_variable(lib_path, tmp_path):
    out = run_python("""
        import figparse
        lib = figparse.load_library()
        print(lib.path, figparse.Parser().extract("$5")[0].amount)
    """, {"FIGPARSE_LIBRARY": lib_path, "PYTHONPATH": str(PYTHON_DIR)}, tmp_path)
    assert out == f"{lib_path} 5"


def test_library_beside_the_package(lib_path, tmp_path):
    pkg = tmp_path / "site" / "figparse"
    shutil.copytree(PYTHON_DIR / "figparse", pkg,
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(lib_path, pkg / "libfigparse.so")
    out = run_python("""
        import figparse
        print(figparse.load_library().path)
        print(figparse.Parser().parse_money("€4.5 billion").amount)
    """, {"PYTHONPATH": str(tmp_path / "site")}, tmp_path)
    assert out.splitlines() == [str(pkg / "libfigparse.so"), "4500000000"]


def test_system_search(lib_path, tmp_path):
    libdir = tmp_path / "lib"
    libdir.mkdir()
    shutil.copy(lib_path, libdir / "libfigparse.so.0")
    out = run_python("""
        import figparse
        print(figparse.load_library().path, figparse.library_version())
    """, {"LD_LIBRARY_PATH": str(libdir), "PYTHONPATH": str(PYTHON_DIR)}, tmp_path)
    assert out == f"libfigparse.so.0 {figparse.library_version()}"


def test_not_found_says_what_to_do(tmp_path):
    if ctypes.util.find_library("figparse"):
        pytest.skip("a libfigparse is installed system-wide on this machine")
    out = run_python("""
        import figparse
        try:
            figparse.Parser()
        except figparse.LibraryError as e:
            print("LibraryError:", e)
    """, {"PYTHONPATH": str(PYTHON_DIR)}, tmp_path)
    assert out.startswith("LibraryError: libfigparse not found: set FIGPARSE_LIBRARY")


def test_bad_paths(tmp_path):
    with pytest.raises(figparse.LibraryError, match="cannot load libfigparse"):
        figparse.load_library(tmp_path / "missing.so")
    libm = ctypes.util.find_library("m")
    with pytest.raises(figparse.LibraryError, match="is not libfigparse"):
        figparse.load_library(libm)


@needs_cc
def test_other_major_version_is_refused(tmp_path):
    src = tmp_path / "fake.c"
    src.write_text("unsigned figparse_version(void) { return 1u << 16 | 2u << 8 | 3u; }\n"
                   "int figparse_scan_all(void) { return 0; }\n")
    so = tmp_path / "libfake.so"
    subprocess.run([CC, "-shared", "-fPIC", "-o", str(so), str(src)], check=True)
    with pytest.raises(figparse.LibraryVersionError) as exc:
        figparse.load_library(so)
    msg = str(exc.value)
    assert "is libfigparse 1.2.3" in msg and "written for 0.1.0" in msg
    assert isinstance(exc.value, figparse.LibraryError)


@needs_cc
def test_incomplete_library_is_refused(tmp_path):
    src = tmp_path / "fake.c"
    src.write_text("unsigned figparse_version(void) { return 1u << 8; }\n")
    so = tmp_path / "libfake0.so"
    subprocess.run([CC, "-shared", "-fPIC", "-o", str(so), str(src)], check=True)
    with pytest.raises(figparse.LibraryError, match="not a complete libfigparse: it has no "
                                                    "figparse_version_string"):
        figparse.load_library(so)


@needs_cc
def test_struct_layout_matches_the_header(tmp_path):
    """sizeof and offsetof of every mirrored field, from the C compiler."""
    structs = {
        "figparse_decimal": _capi.Decimal_,
        "figparse_money": _capi.Money_,
        "figparse_datetime": _capi.Datetime_,
        "figparse_date": _capi.Date_,
        "figparse_figure": _capi.Figure_,
    }
    lines = []
    for cname, cls in structs.items():
        lines.append(f'printf("{cname} size %zu\\n", sizeof({cname}));')
        for field, _ in cls._fields_:
            lines.append(f'printf("{cname} {field} %zu\\n", offsetof({cname}, {field}));')
    for member in ("money", "date", "reserved"):
        lines.append(f'printf("u.{member} size %zu\\n", sizeof(((figparse_figure *)0)->u.{member}));')
    src = tmp_path / "layout.c"
    src.write_text("#include <stddef.h>\n#include <stdio.h>\n#include <figparse.h>\n"
                   "int main(void) {\n" + "\n".join(lines) + "\nreturn 0; }\n")
    exe = tmp_path / "layout"
    subprocess.run([CC, "-std=c11", "-I", str(REPO / "include"), "-o", str(exe), str(src)],
                   check=True)
    out = subprocess.run([str(exe)], capture_output=True, text=True, check=True).stdout
    got = {}
    for line in out.splitlines():
        *key, value = line.split()
        got[" ".join(key)] = int(value)
    expected = {}
    for cname, cls in structs.items():
        expected[f"{cname} size"] = ctypes.sizeof(cls)
        for field, _ in cls._fields_:
            expected[f"{cname} {field}"] = getattr(cls, field).offset
    for member in ("money", "date", "reserved"):
        expected[f"u.{member} size"] = ctypes.sizeof(dict(_capi.FigureUnion_._fields_)[member])
    assert got == expected
    assert got["figparse_figure size"] == 160  # on LP64
