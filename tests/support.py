"""Helpers the tests of shipped data and scripts share: reading a data table,
and loading a script of `scripts/` or `benchmarks/` as a module."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

__all__ = ["load_script", "tsv_rows"]


def tsv_rows(path: Path) -> list[list[str]]:
    """The tab-separated rows of a data file, blank and `#` lines left out."""
    text = path.read_text(encoding="utf-8")
    return [
        line.split("\t")
        for line in text.splitlines()
        if line and not line.startswith("#")
    ]


def load_script(path: Path) -> ModuleType:
    """A script loaded as a module named after its file, registered in
    `sys.modules` (dataclasses and pickling look their module up there)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
