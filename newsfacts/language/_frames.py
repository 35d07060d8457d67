"""What is not part of a sentence's grammar: datelines, bylines, credits, asides.

`frame_tokens` marks the tokens of a dateline ("KABUL, Afghanistan (AP) --"),
a byline ("By JOHN SMITH Associated Press") and a photo credit ("(AP
Photo/Rahmat Gul)", "Photo: Reuters"): no phrase is built over them, so none
can be a subject. `groups` sets every parenthesis apart from the sentence
around it, so "(AP)" or "(which it denies)" never lends a subject or an object
to the clause it interrupts. Both are one pass with bounded look-ahead.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .._data import lazy
from . import lexicon
from ._tokens import VERB, Words

__all__ = ["frame_tokens", "groups"]

_DATELINE_REACH = 16  # tokens a dateline may take before its dash
_BYLINE_REACH = 16
_BYLINE_WORDS = frozenset({"and", "of", "the", "in", "for", ",", ".", "/", "-"})
_OPEN = frozenset({"(", "["})
_CLOSE = frozenset({")", "]"})


def frame_tokens(w: Words) -> list[bool]:
    """Flags for the tokens of a dateline, a byline or a credit in this sentence."""
    n = len(w.tags)
    out = [False] * n
    if not n:
        return out
    end = _dateline_end(w)
    for k in range(end):
        out[k] = True
    if _byline(w):
        return [True] * n
    _credits(w, out)
    return out


def _caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _dateline_end(w: Words) -> int:
    """Tokens of "PLACE[, Region][, Date] [(Agency)] --|:" at the start, or 0,
    after a byline on the same line ("By JILL COLVIN and GILLIAN WONG,
    Associated Press WASHINGTON (AP) --")."""
    n = len(w.tags)
    words = w.words
    head = words[:_DATELINE_REACH]
    if "-" not in head and ":" not in head:
        return 0  # only a dash or a colon ends a dateline
    k = 0
    caps = agency = False
    byline = words[0] == "By"
    reach = min(n, _DATELINE_REACH)
    while k < reach:
        word = words[k]
        if word in ("-", ":") and k > 0:
            if not (caps or agency) or (
                word == ":" and not caps
            ):  # "Officials said: ..." is no dateline
                return 0
            while k < n and words[k] in ("-", ":"):
                k += 1
            return k
        if word == "(":
            close = k + 1
            while close < min(n, k + 6) and words[close] != ")":
                close += 1
            if close >= n or words[close] != ")" or close == k + 1:
                return 0
            agency = all(words[j][:1].isupper() for j in range(k + 1, close))
            if not agency:
                return 0
            k = close + 1
            continue
        if _caps(word):
            caps = True
        elif not (
            word[:1].isupper()
            or word[:1].isdigit()
            or word in (",", ".", "&")  # "TIJUANA & SAN DIEGO"
            or (byline and w.low[k] in _BYLINE_WORDS)
        ):
            return 0
        k += 1
    return 0


def _byline(w: Words) -> bool:
    """A line "By NAME [and NAME] [, Agency]": no verb, capitalised words only."""
    n = len(w.tags)
    if n < 2 or n > _BYLINE_REACH or w.low[0] != "by" or not w.words[1][:1].isupper():
        return False
    return all(
        w.words[k][:1].isupper() or w.low[k] in _BYLINE_WORDS for k in range(1, n)
    ) and not any(t in VERB for t in w.tags[2:] if t != "VBN")


def _credits(w: Words, out: list[bool]) -> None:
    """Mark "(AP Photo/Name)", "Photo: Agency", "File photo/Getty Images"."""
    credit = _credit_words()
    if credit is not None and credit.isdisjoint(w.low):
        return  # no credit marker in the sentence
    n = len(w.tags)
    words = w.words
    start_of_group = -1
    k = 0
    while k < n:
        word = words[k]
        if word in _OPEN:
            start_of_group = k
        elif (
            word[:1].isupper()
            and lexicon.has_class(word, "credit")
            and any(words[j] in ("/", ":") for j in range(k + 1, min(n, k + 3)))
        ):
            # From the marker (or its parenthesis) to the parenthesis' end or
            # the sentence's end.
            near = start_of_group >= 0 and k - start_of_group <= 3
            first = start_of_group if near else k
            j = k
            while j < n and words[j] not in _CLOSE:
                j += 1
            last = j + 1 if j < n else n
            for x in range(first, last):
                out[x] = True
            k = last
            continue
        elif word in _CLOSE:
            start_of_group = -1
        k += 1


@lazy
def _credit_words() -> frozenset[str] | None:
    """The credit markers, when none has an apostrophe: then a token is one
    only if its lower-case form without a clitic (`Words.low`) is one."""
    found = lexicon.members("credit")
    return None if any("'" in x or "\u2019" in x for x in found) else found


def groups(w: Words, blocked: Sequence[bool]) -> Iterator[tuple[list[int], str]]:
    """The sentence's tokens outside parentheses, then each parenthesis' own.

    Yields (token indices, kind) with kind "main" for the sentence and
    "parenthetical" for the inside of a parenthesis; nesting gives each level
    its own group, so every token is in exactly one (linear time, no recursion).
    """
    words = w.words
    if "(" not in words and "[" not in words:
        # No parenthesis: one group, every token not blocked.
        n = len(words)
        yield (
            ([k for k in range(n) if not blocked[k]] if blocked else list(range(n))),
            "main",
        )
        return
    stack: list[list[int]] = [[]]
    done: list[list[int]] = []
    for k in range(len(w.tags)):
        if blocked and blocked[k]:
            continue
        word = w.words[k]
        if word in _OPEN:
            stack.append([])
        elif word in _CLOSE and len(stack) > 1:
            done.append(stack.pop())
        else:
            stack[-1].append(k)
    while len(stack) > 1:
        done.append(stack.pop())
    yield stack[0], "main"
    for seq in done:
        if seq:
            yield seq, "parenthetical"
