"""Screenshot the example article's notebook display with headless Chromium.

Writes the HTML that `Article._repr_html_` returns for examples/libya-2019.txt
into a page and has Chromium render it to docs/_static/seed-article.png (for the
docs), so the display is checked in a real browser. Needs Debian's `chromium`
(`apt-get install -y chromium`); `--browser` picks another binary.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsfacts  # noqa: E402

EXAMPLE = ROOT / "examples" / "libya-2019.txt"
OUTPUT = ROOT / "docs" / "_static" / "seed-article.png"
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>newsfacts display</title></head>
<body style="margin: 16px; background: #ffffff;">{body}</body></html>
"""


def page(published: str = "2019-11-26") -> str:
    """A complete HTML page around the example article's notebook display."""
    text = EXAMPLE.read_text(encoding="utf-8")
    article = newsfacts.parse_article(text, published=published)
    body = article._repr_html_()
    if body is None:
        raise SystemExit("Article._repr_html_ returned None")
    return PAGE.format(body=body)


def find_browser(name: str | None) -> str:
    """The Chromium binary to run."""
    for candidate in (name, "chromium", "chromium-browser", "google-chrome"):
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)  # type: ignore[return-value]
    raise SystemExit("no Chromium found: apt-get install -y chromium")


def screenshot(
    html_path: Path, png: Path, browser: str, width: int, height: int
) -> None:
    """Render `html_path` to `png` with headless Chromium."""
    with tempfile.TemporaryDirectory() as profile:
        cmd = [
            browser, "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--no-first-run",
            "--hide-scrollbars", f"--user-data-dir={profile}",
            f"--window-size={width},{height}", f"--screenshot={png}",
            html_path.as_uri(),
        ]  # fmt: skip
        done = subprocess.run(
            cmd, capture_output=True, text=True, timeout=120, check=False
        )
    if done.returncode != 0 or not png.exists():
        raise SystemExit(f"chromium failed ({done.returncode}):\n{done.stderr[-2000:]}")


def main() -> int:
    """Build the page, screenshot it, report where the PNG went."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--browser", help="Chromium binary (default: chromium)")
    parser.add_argument("--width", type=int, default=1000)
    parser.add_argument("--height", type=int, default=2340)
    parser.add_argument("--keep-html", type=Path, help="also write the page here")
    args = parser.parse_args()
    html = page()
    with tempfile.TemporaryDirectory() as tmp:
        html_path = Path(tmp) / "seed-article.html"
        html_path.write_text(html, encoding="utf-8")
        if args.keep_html:
            args.keep_html.write_text(html, encoding="utf-8")
        args.output.parent.mkdir(parents=True, exist_ok=True)
        screenshot(
            html_path,
            args.output.resolve(),
            find_browser(args.browser),
            args.width,
            args.height,
        )
    print(f"wrote {args.output} ({args.output.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
