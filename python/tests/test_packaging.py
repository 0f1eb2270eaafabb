"""`pip install ./python` works offline and installs a working package."""

import os
import subprocess
import sys
import zipfile

import pytest

from conftest import PYTHON_DIR


def have_pip():
    r = subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True)
    return r.returncode == 0


@pytest.mark.skipif(not have_pip(), reason="pip is not installed (Debian: python3-pip)")
def test_pip_install_offline(tmp_path, lib_path):
    target = tmp_path / "site"
    env = dict(os.environ, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1",
               PIP_NO_CACHE_DIR="1")
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--no-index", "--target",
                        str(target), str(PYTHON_DIR)], env=env, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert sorted(p.name for p in (target / "figparse").iterdir() if p.suffix != ".pyc"
                  and p.name != "__pycache__") == [
        "__init__.py", "_api.py", "_capi.py", "_errors.py", "py.typed"]
    code = ("import figparse; print(figparse.__file__); "
            "print(figparse.Parser().extract('€4.5 billion')[0].amount)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(target), FIGPARSE_LIBRARY=lib_path),
                         cwd=tmp_path, timeout=60, check=True).stdout.split()
    assert out == [str(target / "figparse" / "__init__.py"), "4500000000"]


def test_backend_builds_a_valid_wheel(tmp_path):
    """The in-tree backend's wheel: metadata, and a RECORD that lists every file."""
    sys.path.insert(0, str(PYTHON_DIR / "_build"))
    try:
        import figparse_build
    finally:
        sys.path.remove(str(PYTHON_DIR / "_build"))
    name = figparse_build.build_wheel(str(tmp_path))
    assert name == "figparse-0.1.0-py3-none-any.whl"
    with zipfile.ZipFile(tmp_path / name) as zf:
        names = set(zf.namelist())
        record = zf.read("figparse-0.1.0.dist-info/RECORD").decode().splitlines()
        metadata = zf.read("figparse-0.1.0.dist-info/METADATA").decode()
    assert {line.split(",")[0] for line in record} == names
    assert "figparse/py.typed" in names and "figparse/_capi.py" in names
    assert "Name: figparse\nVersion: 0.1.0\n" in metadata
    import figparse
    assert figparse.__version__ == "0.1.0"
    sdist = figparse_build.build_sdist(str(tmp_path))
    assert sdist == "figparse-0.1.0.tar.gz"
