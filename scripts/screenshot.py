"""Screenshot the example article's notebook display and GeoJSON map, headless.

Default: writes the HTML that `Article._repr_html_` returns for
examples/libya-2019.txt into a page and has Chromium render it to
docs/_static/seed-article.png (for the docs), so the display is checked in a
real browser. `--map`: writes the article's places with `newsfacts.to_geojson`
to docs/_static/libya-2019.geojson and opens that file in a Leaflet map over
world outlines (both from npm: `leaflet` and `geojson-world-map`, installed
into `--npm-dir` on first use; no map tiles, no network at render time),
rendered to docs/_static/geojson-map.png. Needs Debian's `chromium`
(`apt-get install -y chromium`); `--browser` picks another binary.
"""

from __future__ import annotations

import argparse
import json
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


GEOJSON = ROOT / "docs" / "_static" / "libya-2019.geojson"
MAP_PNG = ROOT / "docs" / "_static" / "geojson-map.png"
NPM_PACKAGES = ("leaflet@1.9.4", "geojson-world-map@0.0.2")
MAP_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>newsfacts places</title>
<link rel="stylesheet" href="{npm}/leaflet/dist/leaflet.css">
<style>html, body {{ margin: 0; height: 100%; font: 13px system-ui, sans-serif; }}
.panel {{ position: absolute; top: 0; bottom: 0; background: #dbe9f4; }}
#world {{ left: 0; width: 59.6%; }} #zoom {{ right: 0; width: 40%; }}
.leaflet-tooltip {{ font: 12px system-ui, sans-serif; padding: 2px 5px; }}
h1 {{ position: absolute; z-index: 1000; left: 56px; top: 4px; font: 600 15px system-ui,
  sans-serif; background: #ffffffd0; padding: 4px 8px; border-radius: 4px; margin: 0; }}
h2 {{ position: absolute; z-index: 1000; right: 8px; top: 4px; font: 600 14px system-ui,
  sans-serif; background: #ffffffd0; padding: 4px 8px; border-radius: 4px; margin: 0; }}
</style>
<script src="{npm}/leaflet/dist/leaflet.js"></script>
<script src="{npm}/geojson-world-map/umd/geojson-world-map.min.js"></script>
</head><body><div id="world" class="panel"></div><div id="zoom" class="panel"></div>
<h1>{title}</h1><h2>{zoom_title}</h2>
<script>
const world = window["geojson-world-map"].default || window["geojson-world-map"];
const places = {places};
function draw(id, keep, label, sides) {{
  const map = L.map(id, {{zoomControl: id === "world", attributionControl: id === "zoom",
                         zoomSnap: 0.25}});
  if (map.attributionControl) map.attributionControl.setPrefix("Leaflet");
  L.geoJSON(world, {{style: {{color: "#9aa5b1", weight: 0.6, fillColor: "#f4f1ea",
    fillOpacity: 1}}}}).addTo(map);
  const layer = L.geoJSON(places, {{
    filter: keep,
    pointToLayer: (f, latlng) => L.circleMarker(latlng, {{
      radius: 5 + 3 * Math.sqrt(f.properties.mentions), color: "#9d174d", weight: 1.5,
      fillColor: "#ec4899", fillOpacity: 0.55}}),
    onEachFeature: (f, l) => {{
      if (!label(f)) return;
      const side = sides[f.properties.name] || "right";
      const shift = {{right: [8, 0], left: [-8, 0], top: [0, -8], bottom: [0, 8]}}[side];
      l.bindTooltip(
        `${{f.properties.name}} (${{f.properties.kind}}, ${{f.properties.mentions}})`,
        {{permanent: true, direction: side, offset: shift}});
    }},
  }}).addTo(map);
  map.fitBounds(layer.getBounds().pad(id === "world" ? 0.15 : 0.35));
}}
const zoomed = (f) => f.properties.country === "{zoom_country}";
draw("world", () => true, (f) => !zoomed(f), {world_sides});
draw("zoom", zoomed, () => true, {zoom_sides});
</script></body></html>
"""


def geojson() -> dict[str, object]:
    """The example article's places as a GeoJSON FeatureCollection."""
    text = EXAMPLE.read_text(encoding="utf-8")
    article = newsfacts.parse_article(text, published="2019-11-26")
    return newsfacts.to_geojson({"libya-2019": article})


def npm_assets(npm_dir: Path) -> Path:
    """node_modules with Leaflet and the world outlines, installed if missing."""
    modules = npm_dir / "node_modules"
    if (
        not (modules / "leaflet").exists()
        or not (modules / "geojson-world-map").exists()
    ):
        npm_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(npm_dir),
             *NPM_PACKAGES],
            check=True,
        )  # fmt: skip
    return modules


def map_page(collection: dict[str, object], modules: Path) -> str:
    """A Leaflet page drawing `collection` over world outlines: the world on the
    left, the article's own country (Libya) close up on the right."""
    return MAP_PAGE.format(
        npm=modules.as_uri(),
        places=json.dumps(collection),
        title="newsfacts.to_geojson(article): examples/libya-2019.txt",
        zoom_title="Libya",
        zoom_country="LY",
        world_sides=json.dumps(
            {
                "North America": "top",
                "Washington": "bottom",
                "Middle East": "bottom",
                "Russia": "left",
            }
        ),
        zoom_sides=json.dumps(
            {
                "Tripoli": "bottom",
                "Mitig International Airport": "top",
                "Misratah": "bottom",
                "Libya": "bottom",
            }
        ),
    )


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
    parser.add_argument("--output", type=Path)
    parser.add_argument("--browser", help="Chromium binary (default: chromium)")
    parser.add_argument("--width", type=int)
    parser.add_argument("--height", type=int)
    parser.add_argument("--keep-html", type=Path, help="also write the page here")
    parser.add_argument("--map", action="store_true", help="the GeoJSON map instead")
    parser.add_argument(
        "--npm-dir", type=Path, default=Path(tempfile.gettempdir()) / "newsfacts-map",
        help="where Leaflet and the world outlines are installed from npm",
    )  # fmt: skip
    args = parser.parse_args()
    if args.map:
        collection = geojson()
        GEOJSON.write_text(json.dumps(collection, indent=1) + "\n", encoding="utf-8")
        html = map_page(
            json.loads(GEOJSON.read_text(encoding="utf-8")), npm_assets(args.npm_dir)
        )
        output, width, height = args.output or MAP_PNG, 1200, 600
    else:
        html = page()
        output, width, height = args.output or OUTPUT, 1000, 2480
    with tempfile.TemporaryDirectory() as tmp:
        html_path = Path(tmp) / "page.html"
        html_path.write_text(html, encoding="utf-8")
        if args.keep_html:
            args.keep_html.write_text(html, encoding="utf-8")
        output.parent.mkdir(parents=True, exist_ok=True)
        screenshot(
            html_path,
            output.resolve(),
            find_browser(args.browser),
            args.width or width,
            args.height or height,
        )
    print(f"wrote {output} ({output.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
