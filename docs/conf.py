"""Sphinx configuration: Markdown pages (MyST), the furo theme, autodoc for the API.

Build with `python -m sphinx -W --keep-going -b html docs docs/_build/html`
(needs the `docs` extra). Warnings are errors, so every page and docstring must
build cleanly.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT))  # document the source tree, installed or not

from newsfacts._version import __version__  # noqa: E402

project = "newsfacts"
author = "The newsfacts developers"
copyright = "the newsfacts developers"
version = release = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# Docstrings use `name` for code, as Markdown does.
default_role = "literal"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_default_options = {"members": True, "show-inheritance": False}

html_theme = "furo"
html_title = f"newsfacts {version}"
html_static_path = ["_static"]
html_show_sourcelink = False

# Guides written alongside the stages; linked and listed only once they exist,
# so the site builds (with warnings as errors) at every step.
OPTIONAL_PAGES = ("dates", "places", "actors", "events", "data")
_LINK = re.compile(
    r"\[([^\]\n]+)\]\((" + "|".join(OPTIONAL_PAGES) + r")\.md(#[^)\s]*)?\)"
)
_TOCTREE = re.compile(r"^```\{toctree\}\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _unlink_missing(app: Any, docname: str, source: list[str]) -> None:
    """Turn links to optional pages that do not exist yet into plain text."""

    def replace(match: re.Match[str]) -> str:
        exists = (DOCS / f"{match.group(2)}.md").exists()
        return match.group(0) if exists else match.group(1)

    source[0] = _LINK.sub(replace, source[0])


def _optional_toctree(app: Any, docname: str, source: list[str]) -> None:
    """Fill the index's `optional-guides` slot with the guides that exist.

    That is the stage guides present, then any other top-level page that no
    toctree lists yet, so a new page never breaks the build.
    """
    if docname != "index":
        return
    listed = {
        line.strip()
        for body in _TOCTREE.findall(source[0])
        for line in body.splitlines()
        if line.strip() and not line.lstrip().startswith((":", "<!--"))
    }
    present = [p for p in OPTIONAL_PAGES if (DOCS / f"{p}.md").exists()]
    others = sorted(
        p.stem
        for p in DOCS.glob("*.md")
        if p.stem not in listed and p.stem not in present and p.stem != "index"
    )
    source[0] = source[0].replace(
        "<!-- optional-guides -->", "\n".join(present + others)
    )


def setup(app: Any) -> dict[str, Any]:
    """Register the source hooks."""
    app.connect("source-read", _unlink_missing)
    app.connect("source-read", _optional_toctree)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
