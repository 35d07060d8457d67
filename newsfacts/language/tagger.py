"""Penn Treebank part-of-speech tags for pre-tokenised English news sentences.

    >>> pos_tag(["Rebels", "attacked", "a", "convoy", "."])
    ['NNS', 'VBD', 'DT', 'NN', '.']

Rule-based, after Brill: each word first takes its most likely tag from a
lexicon (or a guess from its shape when the lexicon lacks it), then ordered
contextual rules correct the tags the neighbours contradict ("the attack" is a
noun, "they attack" a verb). Deterministic, no statistical model.

Casing is read the way news writes it: a capitalised first word, every word of
a Title Case headline and every word of an ALL-CAPS line are looked up as the
common word they may be ("Police said", "Rebels Attack Convoy", "REBELS ATTACK
CONVOY"), a capitalised word inside a sentence as a name.

Clitics split Penn-style ("Islam", "'s"; "do", "n't") are tagged as such; a
token that keeps its clitic ("Islam's", "don't") takes the tag of its host word.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import compress, count, repeat
from operator import itemgetter, not_
from typing import cast

from .morphology import VERB_PREFIXES
from .tagger_headline import settle_bare_present, settle_headline
from .tagger_lexicon import Entry, lexicon
from .tagger_lookup import (
    NAMES,
    all_caps,
    clitic_host,
    compound_adjective,
    in_caps_run,
    looks_like_headline,
    lookup,
    name_like,
)
from .tagger_rules import PAD, rules
from .tagger_verbs import (
    settle_compound_nouns,
    settle_past_forms,
    settle_present_forms,
)

__all__ = ["PENN_TAGS", "pos_tag", "tag_sentence"]

PENN_TAGS = frozenset(
    "CC CD DT EX FW IN JJ JJR JJS LS MD NN NNS NNP NNPS PDT POS PRP PRP$ RB RBR RBS "
    "RP SYM TO UH VB VBD VBG VBN VBP VBZ WDT WP WP$ WRB # $ . , : `` '' -LRB- -RRB-".split()
)

_PADDING = ("STAART",) * PAD
# What contextual rules may make of a word the lexicon lacks: anything but
# punctuation; and not a proper noun when it is written in lower case.
_UNKNOWN = frozenset(
    "CD FW JJ JJR JJS NN NNS NNP NNPS RB RBR RBS VB VBD VBG VBN VBP VBZ".split()
)
_UNKNOWN_COMMON = _UNKNOWN - {"NNP", "NNPS"}
# A capitalised word the lexicon lacks is a name or a noun; "Pakistani" and
# "Sunni" are in the lexicon as adjectives.
_UNKNOWN_NAME = _UNKNOWN - {"JJ", "JJR", "JJS", "RBR", "RBS"}
_NAMED: dict[frozenset[str], frozenset[str]] = {}


def _with_names(allowed: frozenset[str]) -> frozenset[str]:
    """`allowed` and the proper-noun tags (cached: there are few classes)."""
    found = _NAMED.get(allowed)
    if found is None:
        found = _NAMED[allowed] = allowed | NAMES
    return found


# Quotes and brackets by spelling (the lexicon's own entries differ by source).
_PUNCT = {
    "(": "-LRB-",
    "[": "-LRB-",
    "{": "-LRB-",
    ")": "-RRB-",
    "]": "-RRB-",
    "}": "-RRB-",
    "``": "``",
    "''": "''",
    "“": "``",
    "”": "''",
    "‘": "``",
    "’": "''",
}


def pos_tag(words: Sequence[str]) -> list[str]:
    """One Penn Treebank tag per word of one pre-tokenised sentence.

    A Title Case or ALL-CAPS line is recognised as a headline by itself.
    Raises TypeError, naming the word, if a word is not a str.
    """
    return tag_sentence(words, headline=None)


def tag_sentence(words: Sequence[str], *, headline: bool | None = False) -> list[str]:
    """Tags for one sentence of a document, as the pipeline calls it.

    `headline=True` says the sentence is a title, whose capitals say nothing
    about names; `None` lets the tagger decide from the casing alone; `False`
    (the default) reads capitals as in running text.
    """
    if not all(map(isinstance, words, repeat(str))):
        word = next(w for w in words if not isinstance(w, str))
        raise TypeError(f"words must be str, got {type(word).__name__}: {word!r}")
    if not words:
        return []
    if headline is None:
        headline = looks_like_headline(words)
    asides = _asides(words) if "(" in words or "[" in words else ()
    opens = _after_dateline(words) if len(words) > 2 and not headline else ()
    if not asides:
        return _tag_words(words, headline, opens)
    # An aside in brackets is tagged on its own, and the sentence around it
    # as if it were not there: "Minister Mohammed Ali (pictured) condemned
    # the attack" keeps "condemned" the finite verb it is after "Ali".
    n = len(words)
    inside = [False] * n
    for i, j in asides:
        inside[i:j] = [True] * (j - i)
    keep = [k for k in range(n) if not inside[k]]
    out = [""] * n
    kept_opens = tuple(keep.index(k) for k in opens if not inside[k])
    for k, tag in zip(
        keep, _tag_words([words[k] for k in keep], headline, kept_opens), strict=True
    ):
        out[k] = tag
    for i, j in asides:
        out[i:j] = _tag_words(words[i:j], headline)
    return out


_OPENING = frozenset(("(", "["))
_CLOSING = frozenset((")", "]"))


def _asides(words: Sequence[str]) -> list[tuple[int, int]]:
    """Token ranges of the outermost closed brackets after a sentence's first
    word, brackets included ("(pictured)", "(SHNEYE'-dur-muhn)", "[sic]");
    one pass, no recursion. An unclosed bracket sets nothing apart."""
    out: list[tuple[int, int]] = []
    k, n = 1, len(words)
    while k < n:
        if words[k] not in _OPENING:
            k += 1
            continue
        depth, j = 0, k
        while j < n:
            if words[j] in _OPENING:
                depth += 1
            elif words[j] in _CLOSING:
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= n:
            return out  # unclosed: the rest stays in the sentence
        out.append((k, j + 1))
        k = j + 1
    return out


def _tag_words(
    words: Sequence[str], headline: bool, opens: tuple[int, ...] = ()
) -> list[str]:
    """Tags for the words of one sentence, no aside set apart; `opens` holds
    the position of a word read as a sentence's first (after a dateline)."""
    n = len(words)
    lex = lexicon()
    entries = lex.entries
    caps = headline and all_caps(words)
    lows = list(map(str.lower, words))
    # Most words are in the lexicon as written, with no capital and no clitic:
    # that entry is theirs, looked up in bulk among the plain words met so far
    # (`_PLAIN`). Only the others are read one by one, in order (a quote's
    # parity and a guess's neighbours depend on it); a plain word met for the
    # first time is among them, takes the same entry there, and is remembered.
    plain = _PLAIN
    got: list[Entry | None] = list(map(plain.get, words))
    special: Sequence[int] = (
        range(n)
        if caps
        else list(compress(count(), map(not_, got)))
        if None in got
        else ()
    )
    quotes = 0
    owners: list[int] = []  # words that kept a possessive "'s": "Saturday's"
    for i in special:
        word = words[i]
        if "'" in word or "’" in word:
            host = clitic_host(word)
            if host is not None:
                # "Islam's" is tagged as "Islam", "don't" as "do"; the rules read
                # a negative's host as "n't" so that "don't want" makes "want" VB.
                word, negative = host
                if not negative and words[i][-2:].lower() in _POSSESSIVE:
                    owners.append(i)
                lows[i] = "n't" if negative else word.lower()
        # "LONDON (Reuters) - Torrential rain": read as a sentence's first word
        i_read = 0 if i in opens else i
        if i_read and not headline and word[:1].isupper() and not word.isupper():
            # A capitalised word inside running text is read as written (what
            # `lookup` does for it): the common case of a capital.
            entry = entries.get(word)
        elif caps or word[:1].isupper():
            entry = lookup(
                word,
                word.lower(),
                i_read,
                headline,
                caps,
                entries,
                i_read == 0 and i + 1 < n and words[i + 1][:1].isupper(),
                lex.names,
                word.isupper() and in_caps_run(words, i),
                headline and i > 0 and words[i - 1] in lex.names,
            )
        else:
            # What `lookup` does for a word without a capital, inline: most are.
            entry = entries.get(word)
            if entry is None:
                entry = entries.get(word.lower())
            elif word is words[i]:
                _remember(word, entry)  # a plain word: as written, no capital
        if entry is None and word[:3].lower() in VERB_PREFIXES:
            # "re-arrested", "re-elected": the word after the prefix
            entry = entries.get(word[3:].lower())
        if entry is None:
            tag: str | None
            if word in ('"', "'"):
                quotes += 1
                tag = "``" if quotes % 2 else "''"
            else:
                tag = _PUNCT.get(word)
            if tag is None:
                prev = lows[i - 1] if i else ""
                nxt = lows[i + 1] if i + 1 < n else ""
                capital = (
                    word[:1].isupper()
                    and not headline
                    and (i_read > 0 or name_like(word))
                )
                tag = lex.guess(word, prev, nxt, capital)
                if tag in NAMES:
                    # A word no casing of which the lexicon knows, at the start
                    # of a sentence or written in capitals, is a name ("Agassi
                    # plans", "FIFA officials"): common words are in the lexicon.
                    name_only = tag == "NNP" and (i == 0 or word.isupper())
                    entry = (tag, NAMES if name_only else _UNKNOWN_NAME)
                elif tag == "JJ" and compound_adjective(word):
                    # "Islamist-controlled Mogadishu", "U.S.-Iraqi offensive":
                    # a compound the guesser calls an adjective is no name part.
                    entry = (tag, _UNKNOWN_COMMON)
                elif tag in _UNKNOWN:
                    entry = (tag, _UNKNOWN if word[:1].isupper() else _UNKNOWN_COMMON)
                else:
                    entry = (tag, frozenset((tag,)))
            else:
                entry = (tag, frozenset((tag,)))
        elif i_read and word[:1].isupper() and not headline and entry[0] not in NAMES:
            # Inside a sentence a capital may make any word part of a name.
            entry = (entry[0], _with_names(entry[1]))
        got[i] = entry
    found = cast("list[Entry]", got)  # every word has its entry now
    tags = list(map(itemgetter(0), found))
    _apply_rules(lows, tags, found)
    if "VBP" in tags and not headline:
        settle_compound_nouns(lows, tags, found)
    settle_past_forms(lows, tags, found)
    if "NNS" in tags or "VBZ" in tags:
        settle_present_forms(lows, tags, found)
    if owners:
        _after_possessives(owners, tags, found)
    if headline:
        settle_headline(words, tags, found, entries)
    else:
        settle_bare_present(words, lows, tags, found)
    return tags


_POSSESSIVE = frozenset(("'s", "’s", "s'", "s’"))
_NOUN_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS"))


def _after_possessives(
    owners: Sequence[int], tags: list[str], found: Sequence[Entry]
) -> None:
    """Retag, in place, an -s word right after a noun that kept its
    possessive ("after Saturday's matches", "the company's plans") as the
    plural noun the possessive qualifies: a possessive opens a noun phrase,
    never stands before its verb ("it's", "he's" are no nouns)."""
    n = len(tags)
    for i in owners:
        if (
            i + 1 < n
            and tags[i] in _NOUN_TAGS
            and tags[i + 1] == "VBZ"
            and "NNS" in found[i + 1][1]
        ):
            tags[i + 1] = "NNS"


_DASHES = frozenset(("-", "--", "—", "–"))


def _after_dateline(words: Sequence[str]) -> tuple[int, ...]:
    """Positions of the first word after a dateline's dash ("NEW YORK (AP) -
    Ultimate fighting star ...", "WASHINGTON — The Senate ..."): the dash
    after a closing bracket or a word in capitals within the sentence's first
    words. That word opens the story's sentence and is read as a first word
    ("Ultimate" the adjective, not a name)."""
    for k in range(1, min(len(words) - 1, _DATELINE_WORDS)):
        if words[k] in _DASHES:
            before = words[k - 1]
            if before == ")" or (before.isupper() and before.isalpha()):
                return (k + 1,)
            return ()
    return ()


_DATELINE_WORDS = 12  # a dateline's words at most: "KANO, Nigeria, Oct 5 (Reuters) -"

# Plain words met so far -> their lexicon entry: words with no capital, in
# the lexicon as written and read as written (not as a clitic's host), whose
# entry is the same wherever they stand. `tag_sentence` looks them up in bulk.
# News repeats a few thousand such words; the table stays far smaller than
# the lexicon.
_PLAIN: dict[str, Entry] = {}
_REMEMBERED = 50_000  # plain words remembered at most


def _remember(word: str, entry: Entry) -> None:
    """Keep a plain word's entry for the bulk look-up of later sentences."""
    if len(_PLAIN) >= _REMEMBERED:
        _PLAIN.clear()  # bounded memory on any input
    _PLAIN[word] = entry


def _apply_rules(lows: list[str], tags: list[str], found: list[Entry]) -> None:
    """One left-to-right pass of the contextual rules, in their order, over
    every word that has any open to it."""
    table = rules()
    by_word = table.by_word
    class_plans = table.class_plans
    plan_for = table.plan
    w = [*_PADDING, *lows, *_PADDING]
    t = [*_PADDING, *tags, *_PADDING]
    for i, (_tag, allowed) in enumerate(found, PAD):
        low = w[i]
        plan = None if low in by_word else class_plans.get(allowed)
        if plan is None:
            plan = plan_for(allowed, low)
        tag = t[i]
        todo = plan.get(tag)
        if todo is None:
            continue  # no rule open to this word changes its tag
        # The rules in order, each tried while the word has its from-tag: after
        # a change, the new tag's rules from the next position on. Only the
        # rules the neighbour tags leave open are tried (they stay the same
        # while this word changes); a rule they decide has no test.
        prev, nxt = t[i - 1], t[i + 1]
        near = (prev, nxt)
        seq = (todo.near_seen.get(near) or todo.near(prev, nxt))[0]
        while True:
            for pos, to, test in seq:  # noqa: B007 (read after the break)
                if test is None or test(w, t, i):
                    break
            else:
                break  # no (further) rule fires
            tag = t[i] = to
            todo = plan.get(tag)
            if todo is None:
                break
            steps, positions = todo.near_seen.get(near) or todo.near(prev, nxt)
            seq = steps[bisect_right(positions, pos) :]
        tags[i - PAD] = tag
