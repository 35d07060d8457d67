"""Former office holders: "Former President Barack Obama", "Pakistan's
former prime minister Imran Khan", "the ex-president Vantor Kellam", "the
late President Hafez al-Assad". CAMEO counts former officials among the
elites (ELI), not the government they no longer run, so a former holder's
sector is ELI even where the political figures list codes the person GOV
for the years in office. A sitting title elsewhere in the article ("President
Joe Biden") keeps the office's sector."""

from __future__ import annotations

from .._data import lazy
from ..knowledge.figures import Figure
from ..knowledge.titles import titles
from .entity import Entity
from .words import WordLayer

__all__ = ["former_holders"]

# Sectors of a state office that a former holder leaves.
_STATE_SECTORS = frozenset(("GOV", "MIL", "LEG", "JUD", "COP", "SPY"))

# Words read back at most from a name to the word that makes its title former.
_LOOKBACK = 6

# The words that make the title after them a former holder's ("the late" only
# after "the" or at a sentence's start: "late Tuesday" is a time).
_FORMER = frozenset(("former", "ex"))


@lazy
def _title_words() -> frozenset[str]:
    """Every word of a title ("prime", "minister", "gen")."""
    return frozenset(w for key in titles() for w in key)


@lazy
def _office_words() -> frozenset[str]:
    """Every word of a title of a state office ("president", "minister",
    "general"), not of an honorific ("Mr.", "Dr."), which says nothing of
    an office held now."""
    return frozenset(
        w for key, sector in titles().items() if sector in _STATE_SECTORS for w in key
    )


def former_holders(layer: WordLayer, people: list[Entity]) -> None:
    """Give each person named only after a former holder's title (no
    mention after a sitting title) the elites' sector, ELI, in place of the
    state office's, also over a known figure's code."""
    for e in people:
        former = sitting = False
        for c in e.cands:
            seen = _title_before(layer, c.i)
            former = former or seen == "former"
            sitting = sitting or seen == "sitting"
        if not former or sitting:
            continue
        fig = e.figure
        if fig is not None and fig.country is not None:
            if fig.code[3:6] in _STATE_SECTORS:
                e.figure = Figure(fig.name, fig.country, fig.code[:3] + "ELI")
                e.sector = "ELI"
        elif fig is None and e.country is not None and e.sector in _STATE_SECTORS:
            e.sector = "ELI"


def _title_before(layer: WordLayer, i: int) -> str:
    """What stands right before the name at word i: "former" (a title after
    "former", "ex", "ex-", "the late"), "sitting" (a title alone), or ""
    (no title). Read back over title words, countries, nationalities and
    capitalised words of the same sentence ("Former Brazilian President",
    "Pakistan's former prime minister"), also from a comma before the name
    ("the former president, Donald Trump,")."""
    words = layer.words
    if i == 0:
        return ""
    sent = words[i].sent
    title_words = _title_words()
    titled = False  # a title's word was read
    office = False  # a state office's title word was read
    top = i - 1
    if words[top].text == "," and top > 0 and words[top - 1].lower in title_words:
        top -= 1  # "The former president, Donald Trump, said": an apposition
    for k in range(top, max(-1, top - _LOOKBACK), -1):
        w = words[k]
        if w.sent != sent:
            break
        low = w.lower
        if low in _FORMER or low == "late":
            # right before the title, its nationality or its body ("former
            # Soviet leader", "former Fed chairman"); "late" not before a
            # time's word ("Late Tuesday President ...")
            nxt = words[k + 1]
            if not titled or not (nxt.lower in title_words or nxt.demonym):
                return "former" if titled and low != "late" and nxt.is_cap else ""
            if low != "late":
                return "former"
            before = words[k - 1].lower if k > 0 and words[k - 1].sent == sent else ""
            return "former" if before == "the" or w.sent_start else ""
        if low.startswith("ex-") and low[3:] in _office_words():
            return "former"  # "Ex-President", "the ex-premier"
        if low in title_words:
            titled = True
            office = office or low in _office_words()
            continue
        if (w.is_cap and w.is_alpha) or w.poss or w.demonym:
            continue  # "Brazilian", "Pakistan's", "U.S."
        break
    return "sitting" if office else ""
