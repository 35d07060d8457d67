"""Tense of the clause around a time expression: decides which "Monday" or "April 4".

The nearest tense marker wins: a past verb ("met", "announced", "was") or a
future marker ("will", "is expected to", "next"). Left of the expression is
searched before right at the same distance, within the sentence.
"""

from __future__ import annotations

from typing import Literal

import regex

from .._data import lazy
from . import lexicon as lx
from .clause_tense import ClauseTense
from .context import title_line

__all__ = ["Tense", "possessive_tense", "scheduled_after", "tense_at"]

# "past"/"future" from an auxiliary or irregular verb; "past?" from a regular "-ed"
# form, which may be an adjective ("the preferred shares") and so counts for less.
# "future?" from a "to"-infinitive ("agreed to meet"), which often names a purpose of
# a past act ("flew in to sign the deal Monday") and so counts for less.
Tense = Literal["past", "future", "past?", "future?"] | None

_LEFT = 10  # words looked at before the expression
_RIGHT = 8  # and after it


@lazy
def _word() -> regex.Pattern[str]:
    return regex.compile(r"[A-Za-z]++(?:'[a-z]++)?+|'ll\b")


_SOON = lazy(
    lambda: regex.compile(r"\bas\s++(?:soon|early)\s++as\s++$", regex.IGNORECASE)
)
_TO_FUTURE = frozenset(
    "is are set due ready poised about going likely forecast projected supposed bound".split()
)
_PASSIVE = frozenset("be been being".split())
_DETERMINERS = frozenset(
    "the a an its their his her our your this that these those of".split()
)


def _strong(word: str) -> Tense:
    low = word.lower()
    if low in _MODALS and not word.islower():
        return None  # "May", "Can": a month or a name
    if low in lx.FUTURE_WORDS or low.endswith("'ll"):
        return "future"
    if low in lx.PAST_WORDS:
        return "past"
    return None


def _weak(word: str, before: str) -> Tense:
    """A regular past form ("announced"), unless an adjective ("the preferred")."""
    low = word.lower()
    if (
        len(low) > 4
        and low.endswith("ed")
        and low not in lx.NOT_PAST_ED
        and not low.endswith("eed")
        and word[0].islower()
        and before.lower() not in _DETERMINERS
    ):
        return "past?"
    return None


def tense_at(
    norm: str,
    sent_start: int,
    sent_end: int,
    start: int,
    end: int,
    clause: ClauseTense = None,
) -> Tense:
    """Past, future or unknown for the expression at `[start, end)` of its sentence.

    `clause` is the tense the tagged verb group of the clause gives
    (`clause_tense`), when one does; without it the nearest marker word before
    the expression decides ("met on Monday", "will meet on Monday", "agreed to
    meet on Monday"), or else the nearest one after it. A present tense gives
    None: the nearest day. "until", "till" and "by" right before the expression
    point forward when nothing says past ("until Friday", "by May"); after a
    verb of delay they always do ("was delayed until Monday"); "as early as"
    always does.
    """
    words = _word()
    lo = max(sent_start, start - 160)
    hi = min(sent_end, end + 120)
    # A line ending in sentence punctuation ends the clause even inside one "sentence".
    cut = norm.rfind(".\n", lo, start)
    lo = max(lo, cut + 2) if cut != -1 else lo
    cut = norm.find(".\n", end, hi)
    hi = cut if cut != -1 else hi
    found = list(words.finditer(norm, lo, start))
    # A word joined to the next by more than spaces ("to 3.8 percent") is no verb.
    left = [m.group() for m in found]
    spaced = [
        i + 1 < len(found) and norm[m.end() : found[i + 1].start()].isspace()
        for i, m in enumerate(found)
    ]
    right = [m.group() for m in words.finditer(norm, end, hi)]
    right = right[:_RIGHT]
    headline = clause is None and title_line(norm, start)
    if headline:
        # A Title Case headline capitalises its verbs: "Talks To Resume On
        # Monday", "Ministers Met On Monday" read as their lower-case forms.
        left = [w.lower() for w in left]
        right = [w.lower() for w in right]
    if _SOON().search(norm, max(sent_start, start - 16), start):
        # "could come as early as Tuesday" looks ahead; a past clause keeps
        # its past ("shoppers began queuing as early as Sunday", "have
        # started discounts as early as late October").
        return clause if clause in ("past", "past?") else "future"
    last = left[-1].lower() if left else ""
    if last == "least" and len(left) > 2 and left[-2].lower() == "at":
        # "not to return home until at least Friday": the end point before it.
        last = left[-3].lower()
    if last in ("through", "thru") and _PERIOD_THROUGH().search(
        norm, max(sent_start, start - 40), start
    ):
        # "the three months through March", "the year through June": the end
        # of a reporting period, as "the three months to March", not the end
        # point of a state still running ("loans through January").
        last = "to"
    window = left[-_LEFT:]
    spaced = spaced[-_LEFT:]
    if last in _END_POINT and any(w.lower() in lx.DELAY_WORDS for w in window):
        return "future"  # "delayed until Monday", "postponed the vote to Friday"
    if clause is not None:
        if (
            last in _END_POINT
            and last != "to"
            and clause in ("present", "future?", "past?")
        ):
            return "future"  # "has given them until Tuesday", "loans through January"
        return None if clause == "present" else clause
    t = _scan_left(window, spaced, headline)
    if t is not None:
        return t
    t = _scan_right(right)
    if last in _END_POINT and last != "to" and t not in ("past", "past?"):
        return "future"  # "until Friday", "by May"; not "Until Thursday, they had..."
    return t


def _scan_right(right: list[str]) -> Tense:
    """The tense the nearest marker after the expression gives, or None."""
    for i, w in enumerate(right):
        if i and right[i - 1].lower() in _PASSIVE:
            continue
        if w.lower() == "next" and i + 1 < len(right) and right[i + 1] == "to":
            continue  # "next to": a place
        t = _strong(w) or _weak(w, right[i - 1] if i else "")
        if t is not None:
            return t
    return None


# Words before an expression that make it the end point of a span.
_END_POINT = frozenset("until till by to through".split())
_PERFECT = frozenset("has have 've".split())
_ADVERBS = frozenset("not n't already also just since yet never now long".split())


def _perfect(left: list[str], i: int) -> bool:
    """`left[i]` is a participle of a present perfect ("has named", "have not been")."""
    j = i - 1
    while j >= 0 and left[j].lower() in _ADVERBS:
        j -= 1
    return j >= 0 and (left[j].lower() in _PERFECT or left[j].lower().endswith("'ve"))


def _scan_left(left: list[str], spaced: list[bool], headline: bool = False) -> Tense:
    """The tense the nearest marker before the expression gives, or None.

    `spaced[i]` says that only spaces part `left[i]` from the next word. In a
    `headline` a "to"-infinitive is the future ("Talks To Resume On Monday":
    talks are to resume), not the weak lean of prose ("agreed to meet").
    """
    n = len(left)
    for i in range(n - 1, -1, -1):
        word = left[i]
        low = word.lower()
        prev = left[i - 1].lower() if i else ""
        if low == "to":
            if prev in _TO_FUTURE or (prev in lx.FUTURE_WORDS and prev != "next"):
                # "is due to resume" is future; "had been due to expire" is not.
                if i < 2 or left[i - 2].lower() not in _PAST_AUX:
                    return "future"
                continue
            # "rose to 3.8 percent": a word not right after "to" is no infinitive.
            nxt = left[i + 1] if i + 1 < n and spaced[i] else ""
            if (
                nxt.isalpha()
                and nxt.islower()
                and nxt not in lx.NOT_INFINITIVE
                and prev not in lx.PAST_INFINITIVE_HEADS
                and (i < 2 or left[i - 2].lower() not in _PAST_AUX)
            ):
                # a "to"-infinitive: "agreed to meet on Friday"
                return "future" if headline else "future?"
            continue
        if low == "next" and i + 1 < n and left[i + 1] == "to":
            continue  # "next to": a place
        if prev in _PASSIVE or (prev in _LINKING and low.endswith("ed")):
            continue  # "will be held", "will stay closed": a participle, no past tense
        if (low in lx.PAST_WORDS or low.endswith("ed")) and _perfect(left, i):
            continue  # "has been named": a present perfect, not past reference
        t = _strong(word) or _weak(word, left[i - 1] if i else "")
        if t is not None:
            return t
    return None


_PERIOD_THROUGH = lazy(
    lambda: regex.compile(
        r"\b(?:months|weeks|year|quarter|period|half)\s++(?:through|thru)\s++$",
        regex.IGNORECASE,
    )
)
_PAST_AUX = frozenset("was were been had".split())
_MODALS = frozenset("may can must should".split())
_LINKING = frozenset(
    "stay stays remain remains keep keeps get gets become becomes seem".split()
)


def possessive_tense(norm: str, start: int, end: int) -> Tense:
    """ "past" for a possessive day name: "Wednesday's ruling", "Thursday's
    closing price" name an event the news already reports, the last such day
    (today included); "ahead of Sunday's vote" looks forward. None when the
    expression at `[start, end)` is no possessive."""
    if not _POSSESSIVE().match(norm, end):
        return None
    if _AHEAD().search(norm, max(0, start - 24), start):
        return "future"
    return "past"


def scheduled_after(norm: str, end: int) -> bool:
    """The possessive day name ending at `end` names a scheduled event: one of
    the next few words of its noun phrase is a noun of one ("Sunday's final",
    "Saturday's World Cup qualifier", "Thursday's presidential election"),
    not a word after a preposition ("Sunday's attack on the final")."""
    m = _POSSESSIVE_NOUNS().match(norm, end)
    if m is None:
        return False
    for word in m["words"].lower().split():
        if word in lx.SCHEDULED_NOUNS:
            return True
        if word in _PHRASE_ENDS:
            return False
    return False


# Words that end the noun phrase after a possessive day.
_PHRASE_ENDS = frozenset(
    "of on in at to for by with from against over about the a an and or but "
    "that which who".split()
)


_POSSESSIVE = lazy(lambda: regex.compile(r"['’]s\b"))
_POSSESSIVE_NOUNS = lazy(
    lambda: regex.compile(r"['’]s\s++(?P<words>[\p{L}-]++(?:\s++[\p{L}-]++){0,3})")
)
_AHEAD = lazy(
    lambda: regex.compile(
        r"\b(?:ahead\s++of|until|till|await(?:s|ing)?+)\s++$", regex.IGNORECASE
    )
)
