"""The wheel built from this tree: under the size budget, only what it should hold."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .support import load_script

ROOT = Path(__file__).resolve().parent.parent


def load_checker() -> ModuleType:
    """scripts/check_wheel.py, imported by path (scripts/ is not a package)."""
    return load_script(ROOT / "scripts" / "check_wheel.py")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from the working tree into a temporary directory."""
    pytest.importorskip("build")
    out = tmp_path_factory.mktemp("dist")
    cmd = [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)]
    if importlib.util.find_spec("hatchling") is not None:
        cmd.insert(3, "--no-isolation")  # the backend is here: no download needed
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    (built,) = out.glob("newsfacts-*.whl")
    return built


def test_wheel_is_under_the_size_budget(wheel: Path) -> None:
    assert wheel.stat().st_size < load_checker().BUDGET


def test_wheel_contents(wheel: Path) -> None:
    assert load_checker().problems(wheel, ROOT) == []


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        pytest.param("tests/test_x.py", "unexpected top-level entry", id="tests-dir"),
        pytest.param("newsfacts/__pycache__/x.cpython-311.pyc", "junk file", id="pyc"),
        pytest.param("conftest.py", "unexpected top-level entry", id="stray-module"),
    ],
)
def test_checker_catches_bad_wheels(
    wheel: Path, tmp_path: Path, entry: str, problem: str
) -> None:
    import zipfile

    bad = tmp_path / wheel.name
    with zipfile.ZipFile(wheel) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr(entry, "x = 1\n")
    found = load_checker().problems(bad, ROOT)
    assert any(problem in p and entry in p for p in found)


def test_checker_catches_missing_py_typed(wheel: Path, tmp_path: Path) -> None:
    import zipfile

    bad = tmp_path / wheel.name
    with zipfile.ZipFile(wheel) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            if not item.filename.endswith("py.typed"):
                dst.writestr(item, src.read(item))
    assert "missing newsfacts/py.typed" in load_checker().problems(bad, ROOT)
