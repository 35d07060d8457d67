"""The flag state of a ship: "a British-flagged tanker", "a Liberian-registered
vessel".

A ship's flag names the country it belongs to by law, and news of ships
seized, attacked or detained names the country by it alone ("Iran seized a
British-flagged tanker"); the hyphenated word is one token, which the actors
stage's words read as no demonym. The demonym before the hyphen is then a
mention of its country (offsets exact, inside the token); the tails are data
(`flag_tail` in `actors/data/words.tsv`).
"""

from __future__ import annotations

import regex

from ..knowledge.countries import demonym_country
from ..records import Mention
from ..text import Document
from . import lexicon as lex

__all__ = ["flag_states"]

_FLAGGED = regex.compile(r"\b(\p{Lu}\p{L}+)-(\p{Ll}+)\b")


def flag_states(doc: Document) -> list[tuple[Mention, str]]:
    """(mention of the demonym, alpha-2 country) for each "X-flagged" word of
    the text whose X is a demonym ("British-flagged": "British", GB); one
    scan of the text."""
    text = doc.text
    if "-" not in text:
        return []
    out = []
    for m in _FLAGGED.finditer(text):
        if m.group(2) not in lex.FLAG_TAILS:
            continue
        country = demonym_country(m.group(1))
        if country is not None:
            out.append((Mention.of(text, m.start(1), m.end(1)), country))
    return out
