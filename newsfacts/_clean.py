"""The text layer's clean-up: one character in, one character out.

Curly quotes become straight ones, no-break spaces spaces, dashes "-", and
markup (tags, comments, scripts, styles) is blanked out with spaces, so an
offset into the cleaned text is the same offset into the caller's string and
no stage ever remaps spans (`text.Document.norm`).
"""

from __future__ import annotations

import regex

__all__ = ["normalise"]


# One character in, one character out: offsets never move.
_CHAR_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\t": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00ad": "-",  # soft hyphen
        "\u200b": " ",  # zero-width space
        "\ufeff": " ",
        "\r": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
    }
)


# The characters `_CHAR_MAP` rewrites; a sparse regex scan beats str.translate.
_SPECIAL = regex.compile("[" + regex.escape("".join(map(chr, _CHAR_MAP))) + "]")


def _replace_special(m: regex.Match[str]) -> str:
    return str(_CHAR_MAP[ord(m.group())])


def normalise(text: str) -> str:
    """Typographic clean-up that keeps `len(normalise(t)) == len(t)`.

    Markup is blanked out with spaces (tags, comments, scripts, styles), so HTML
    input reads as its visible text while every offset stays where it was.
    """
    text = _SPECIAL.sub(_replace_special, text)
    if "<" in text or "&" in text:
        text = _mask_markup(text)
    return text


# A tag (bounded, on one line) or a no-break-space entity. Case-insensitive in
# ASCII only, as HTML is: "<ſcript>" and "<İMG>" are text, not tags.
_TAG = regex.compile(
    r"<[A-Za-z/!?][^<>\n]{0,500}+>|&(?:nbsp|#160|#xa0);", regex.I | regex.A
)
# The opening tag of an element whose content is code, not text.
_RAW_OPEN = regex.compile(r"<(script|style)(?=[\s/>])[^<>]{0,500}+>", regex.I | regex.A)
# Its closing tag; one that never reaches ">" ends right after its name.
_RAW_CLOSE = {
    name: regex.compile(rf"</{name}(?:(?=[\s/>])[^<>]{{0,500}}+>)?+", regex.I | regex.A)
    for name in ("script", "style")
}
# Tags that break a paragraph: masked with a newline so sentences split there.
_BLOCK_TAG = regex.compile(r"<(?:/?+p|br|/?+h|/?+div|li|tr)", regex.I | regex.A)


def _mask_markup(text: str) -> str:
    """Replace markup by spaces of the same length.

    Everything is matched on `text` itself (never on a lower-cased copy, whose
    length can differ: "İ".lower() is two characters), so each mask lies exactly
    over its markup. A `<script>` or `<style>` element is masked with its content
    up to its closing tag; one that is never closed masks only its own tag. The
    pieces are joined once from slices: linear time, no per-character list.
    """
    spans = _raw_blocks(text)
    pieces: list[str] = []
    pos = 0
    k = 0
    for m in _TAG.finditer(text):
        a, b = m.span()
        if a < pos:
            continue  # inside a masked block
        while k < len(spans) and spans[k][0] < b:
            s, e = spans[k]
            k += 1
            if e <= pos:
                continue
            s = max(s, pos)
            pieces += (text[pos:s], " " * (e - s))
            pos = e
        if a < pos:
            continue
        fill = "\n" if _BLOCK_TAG.match(text, a, b) else " "
        pieces += (text[pos:a], fill, " " * (b - a - 1))
        pos = b
    for s, e in spans[k:]:
        if e > pos:
            s = max(s, pos)
            pieces += (text[pos:s], " " * (e - s))
            pos = e
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def _raw_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of `<script>`/`<style>` elements closed later in `text`, in order.

    The closing tag found for one element is remembered, and so is the absence of
    any: each name's closing tags are searched for once over the text.
    """
    out: list[tuple[int, int]] = []
    # name -> (searched from, match or None): the next closing tag at or after.
    seen: dict[str, tuple[int, regex.Match[str] | None]] = {}
    pos = 0
    while (m := _RAW_OPEN.search(text, pos)) is not None:
        name = m.group(1).lower()
        since, close = seen.get(name, (-1, None))
        if since < 0 or (close is not None and close.start() < m.end()):
            close = _RAW_CLOSE[name].search(text, m.end())
            seen[name] = (m.end(), close)
        if close is None:
            pos = m.end()  # never closed: only the tag itself is markup
            continue
        out.append((m.start(), close.end()))
        pos = close.end()
    return out
