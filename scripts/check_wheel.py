"""Check a built wheel: only `newsfacts/` and its dist-info, typed, with data, small.

Usage: `python scripts/check_wheel.py dist/newsfacts-*.whl`; exits non-zero and
lists the problems when the wheel is wrong. `tests/test_wheel.py` reuses `problems`.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "newsfacts"
#: The whole wheel, compressed, must stay under this many bytes. The data
#: (gazetteer, towns, names, officials, lexicon: 4.3 MB of gzip) is most of
#: it; the budget is there to catch what should not ship (tests, build
#: inputs, bytecode), with room for the rules that grow each release.
BUDGET = 6 * 1024 * 1024
_JUNK = ("__pycache__/", ".pyc", ".pyo", ".DS_Store", ".orig", ".rej", "~")


def expected_data(root: Path = ROOT) -> set[str]:
    """Every file under a `data/` folder of the package (`newsfacts/data/`, a
    stage's `newsfacts/events/data/`) in the source tree, as wheel paths."""
    return {
        p.relative_to(root).as_posix()
        for p in (root / PACKAGE).rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and "data" in p.relative_to(root / PACKAGE).parts[:-1]
    }


def problems(wheel: Path, root: Path = ROOT) -> list[str]:
    """What is wrong with `wheel`; an empty list when it is fit to publish."""
    found: list[str] = []
    size = wheel.stat().st_size
    if size >= BUDGET:
        found.append(f"wheel is {size:,} bytes, over the {BUDGET:,} byte budget")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    for name in sorted(names):
        top = name.split("/", 1)[0]
        if top != PACKAGE and not (
            top.startswith(f"{PACKAGE}-") and top.endswith(".dist-info")
        ):
            found.append(f"unexpected top-level entry: {name}")
        if any(part in name or name.endswith(part) for part in _JUNK):
            found.append(f"junk file: {name}")
        if name.startswith(("tests/", f"{PACKAGE}/tests/")):
            found.append(f"test file shipped: {name}")
    required = (f"{PACKAGE}/__init__.py", f"{PACKAGE}/py.typed")
    found.extend(f"missing {name}" for name in required if name not in names)
    found.extend(
        f"data file missing from the wheel: {source}"
        for source in sorted(expected_data(root) - names)
    )
    modules = {
        p.relative_to(root).as_posix()
        for p in (root / PACKAGE).rglob("*.py")
        if "__pycache__" not in p.parts
    }
    found.extend(
        f"module missing from the wheel: {source}" for source in sorted(modules - names)
    )
    if not any(n.endswith(".dist-info/METADATA") for n in names):
        found.append("no METADATA in the dist-info")
    return found


def main(argv: list[str]) -> int:
    """Check each wheel named on the command line; print problems, return 1 if any."""
    if not argv:
        print("usage: check_wheel.py WHEEL...", file=sys.stderr)
        return 2
    status = 0
    for arg in argv:
        wheel = Path(arg)
        issues = problems(wheel)
        for issue in issues:
            print(f"{wheel.name}: {issue}", file=sys.stderr)
        if issues:
            status = 1
        else:
            print(f"{wheel.name}: ok ({wheel.stat().st_size / 1024:.0f} KiB)")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
