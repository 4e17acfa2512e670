"""CI: build the wheel and check that it holds the package and its metadata, nothing else.

Usage: python .ci/check_wheel.py   (from the repository root, with pip available)

Fails when the wheel holds a file outside ``quotekit/`` and ``quotekit-VERSION.dist-info/``
(tests, docs, benchmarks, examples), lacks ``py.typed``, or names another version than
``src/quotekit/_version.py``, the one place the version is written.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    version = re.search(r'__version__ = "([^"]+)"', (ROOT / "src/quotekit/_version.py").read_text())
    assert version, "no __version__ in src/quotekit/_version.py"
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", out, str(ROOT)],
            check=True,
        )
        (wheel,) = Path(out).glob("quotekit-*.whl")
        names = zipfile.ZipFile(wheel).namelist()
    problems = []
    dist_info = f"quotekit-{version.group(1)}.dist-info/"
    if not wheel.name.startswith(f"quotekit-{version.group(1)}-"):
        problems.append(f"{wheel.name} does not carry version {version.group(1)}")
    problems += [
        f"unexpected file {n}" for n in names if not n.startswith(("quotekit/", dist_info))
    ]
    if "quotekit/py.typed" not in names:
        problems.append("quotekit/py.typed is missing")
    for p in problems:
        print(f"wheel: {p}", file=sys.stderr)
    if not problems:
        print(f"wheel: {wheel.name}, {len(names)} files, only the package and its metadata")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
