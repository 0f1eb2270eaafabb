"""A minimal PEP 517 build backend for the figparse Python package.

The package is pure Python (ctypes), so a wheel is a zip of figparse/ plus
metadata. Doing it here, with the standard library only, lets
`pip install ./python` work offline: pip's isolated build environment gets
no requirement to download. Supports wheels, sdists and editable installs
(PEP 660, through a .pth file).
"""

import base64
import hashlib
import io
import os
import re
import tarfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "figparse"


def _project():
    with open(os.path.join(ROOT, "pyproject.toml"), encoding="utf-8") as fh:
        text = fh.read()
    try:
        import tomllib
    except ImportError:  # Python < 3.11: the two fields are plain strings
        section = text.split("[project]", 1)[1]
        get = lambda key: re.search(r'^%s\s*=\s*"([^"]*)"' % key, section, re.M).group(1)
        return {"name": get("name"), "version": get("version"),
                "description": get("description"), "requires-python": get("requires-python")}
    return tomllib.loads(text)["project"]


def _metadata():
    p = _project()
    lines = [
        "Metadata-Version: 2.1",
        "Name: %s" % p["name"],
        "Version: %s" % p["version"],
        "Summary: %s" % p["description"],
        "License: MIT",
        "Requires-Python: %s" % p["requires-python"],
        "Description-Content-Type: text/markdown",
    ]
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as fh:
        readme = fh.read()
    return p["name"], p["version"], "\n".join(lines) + "\n\n" + readme


def _package_files():
    base = os.path.join(ROOT, PACKAGE)
    for name in sorted(os.listdir(base)):
        if name.endswith(".py") or name == "py.typed":
            yield "%s/%s" % (PACKAGE, name), os.path.join(base, name)


def _write_wheel(directory, files):
    """files: (archive name, bytes). Returns the wheel's file name."""
    name, version, metadata = _metadata()
    dist_info = "%s-%s.dist-info" % (name, version)
    wheel = "Wheel-Version: 1.0\nGenerator: figparse_build\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    files = list(files) + [
        (dist_info + "/METADATA", metadata.encode("utf-8")),
        (dist_info + "/WHEEL", wheel.encode("ascii")),
    ]
    record = []
    for arc, data in files:
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append("%s,sha256=%s,%d" % (arc, digest, len(data)))
    record.append(dist_info + "/RECORD,,")
    files.append((dist_info + "/RECORD", ("\n".join(record) + "\n").encode("utf-8")))
    filename = "%s-%s-py3-none-any.whl" % (name, version)
    with zipfile.ZipFile(os.path.join(directory, filename), "w", zipfile.ZIP_DEFLATED) as zf:
        for arc, data in files:
            zf.writestr(arc, data)
    return filename


def _read(path):
    with open(path, "rb") as fh:
        return fh.read()


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def get_requires_for_build_editable(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    return _write_wheel(wheel_directory, ((arc, _read(p)) for arc, p in _package_files()))


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    return _write_wheel(wheel_directory, [("%s.pth" % PACKAGE, (ROOT + "\n").encode("utf-8"))])


def build_sdist(sdist_directory, config_settings=None):
    name, version, metadata = _metadata()
    base = "%s-%s" % (name, version)
    filename = base + ".tar.gz"
    paths = ["pyproject.toml", "README.md", "_build/figparse_build.py"]
    paths += [arc for arc, _ in _package_files()]
    with tarfile.open(os.path.join(sdist_directory, filename), "w:gz") as tar:
        for rel in paths:
            tar.add(os.path.join(ROOT, rel), arcname="%s/%s" % (base, rel))
        info = tarfile.TarInfo("%s/PKG-INFO" % base)
        data = metadata.encode("utf-8")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return filename
