#!/usr/bin/env bash
# Release check: build the sdist and wheel, validate their metadata and contents,
# then install the wheel into a clean virtual environment and parse the example.
# Usage: scripts/release_check.sh   (PYTHON=/path/to/python to choose the builder;
# needs the `release` extra: pip install -e '.[release]').
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "== build"
"$PYTHON" -m build --outdir "$WORK/dist" . >"$WORK/build.log" 2>&1 || {
    cat "$WORK/build.log"; exit 1; }
ls -l "$WORK"/dist

echo "== twine check --strict"
"$PYTHON" -m twine check --strict "$WORK"/dist/*

echo "== wheel contents"
"$PYTHON" scripts/check_wheel.py "$WORK"/dist/*.whl
if "$PYTHON" -c "import check_wheel_contents" 2>/dev/null; then
    # W002 (duplicate files): small data files such as empty lists may legitimately match.
    "$PYTHON" -m check_wheel_contents --ignore W002 --package newsfacts "$WORK"/dist/*.whl
fi

echo "== sdist contents"
tar -tzf "$WORK"/dist/*.tar.gz >"$WORK/sdist.txt"
for needed in /tests/test_api.py /examples/libya-2019.txt /LICENSE /pyproject.toml; do
    grep -q -- "$needed\$" "$WORK/sdist.txt" || { echo "sdist lacks $needed"; exit 1; }
done

echo "== smoke test in a clean venv"
"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install -q --disable-pip-version-check "$WORK"/dist/*.whl
cp examples/libya-2019.txt "$WORK/article.txt"
cd "$WORK"  # away from the source tree, so only the installed wheel can be imported
"$WORK/venv/bin/python" - <<'PY'
import pathlib
import newsfacts

where = pathlib.Path(newsfacts.__file__).resolve()
assert "site-packages" in where.parts, f"imported from {where}, not the wheel"
text = pathlib.Path("article.txt").read_text(encoding="utf-8")
article = newsfacts.parse_article(text, published="2019-11-26")
assert article.text == text and article.published.isoformat() == "2019-11-26"
assert newsfacts.Article.from_json(article.to_json()) == article
assert article._repr_html_() is not None
print(f"newsfacts {newsfacts.__version__} from {where.parent}: {article!r}")
PY
"$WORK/venv/bin/newsfacts" article.txt --published 2019-11-26 --format json >/dev/null
echo "release check passed"
