"""Market marks: the words of a stock ticker in brackets ("Unilever
(ULVR.L)", "IBM (NYSE: IBM)", "Nvidia Corp (NASDAQ:NVDA)") and the letters of
a currency before its sign ("HK$1 billion", "C$3", "US$5"). They are codes,
not names: business wires put a ticker after nearly every company they
name, and an actor "ULVR", "NYSE" or "HK" is noise. The stage's runs of
capitalised words skip them (`FLAG_MARKET`); the company before the bracket
is found as ever.

A bracket is a ticker only by its form: an exchange's name and a colon
("(NYSE: IBM)", the exchanges of `exchanges.txt`), or a symbol with an
exchange suffix after a dot ("(VOD.L)", "(DTEGn.DE)", "(7203.T)",
"(0005.HK)"). A bare "(IBM)" or "(LNA)" is left alone: it may define an
acronym.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import regex

from .lexicon import exchanges

__all__ = ["market_words"]


# One ticker: a symbol of letters and digits, a lower-case share-class letter
# at most ("DTEGn", "RDSa"), a dot and an exchange suffix of one to three
# letters ("VOD.L", "BMWG.DE", "0005.HK", "BRKa.N").
_SYMBOL = r"[\p{Lu}\d][\p{Lu}\d&]{0,7}[a-z]?\.[\p{Lu}]{1,3}"
# An exchange's name (checked against `exchanges`) and a colon, then a
# symbol with or without a suffix ("NYSE: IBM", "NASDAQ:NVDA", "LSE: VOD").
_LISTED = r"(?P<exchange>[\p{L}]{2,10})\s?:\s?[\p{Lu}\d][\p{Lu}\d.&]{0,9}"
# A bracket of tickers, several joined by commas, semicolons or "and".
_TICKER_BRACKET = regex.compile(
    rf"\((?:{_SYMBOL}|{_LISTED})(?:\s?[,;]\s?(?:{_SYMBOL}|{_LISTED}))*\)"
)
# Currency letters glued to a dollar sign: "HK$", "US$", "A$", "NZ$", "S$".
_CURRENCY = regex.compile(r"(?<![\p{L}\d])\p{Lu}{1,3}(?=\$\s?\d)")


def market_words(norm: str, starts: Sequence[int]) -> Iterator[int]:
    """Indexes of the words (by their start offsets `starts`, in order) that
    lie in a ticker bracket or are a currency's letters, in order. One
    scan of the text for each pattern; a text with neither costs two
    failed searches."""
    spans: list[tuple[int, int]] = []
    if "(" in norm:
        for m in _TICKER_BRACKET.finditer(norm):
            names = m.captures("exchange")
            if all(n.lower() in exchanges() for n in names):
                spans.append((m.start() + 1, m.end() - 1))
    if "$" in norm:
        spans += ((m.start(), m.end()) for m in _CURRENCY.finditer(norm))
    spans.sort()
    for lo, hi in spans:
        k = bisect.bisect_left(starts, lo)
        while k < len(starts) and starts[k] < hi:
            yield k
            k += 1
