"""Contextual rules of the tagger: which tag a word takes in its neighbours' company.

A rule reads "change tag FROM to TO when CONTEXT holds", Brill's format
("NN VB PREVTAG TO": a noun after "to" is a verb). Two rule files are applied
as one ordered list: Brill's rules as learned from the Penn Treebank
(`context_rules.tsv`, generated) and then news rules written for newsfacts
(`context_news.tsv`, hand-written, each with a reason and an example).

In the news rules an argument may name alternatives with "|" ("NN|NNS"), and a
word argument is compared lower-cased. Positions past either end of the
sentence read as the pseudo-word and pseudo-tag "STAART", as in Brill's rules.

Speed: every rule is compiled once into a small test function, and the rules
are indexed by the set of tags a word may take (its ambiguity class), so a word
only ever tries the few rules that could change it. Most rules name the tag
just before or just after the word ("PREVTAG DT", "SURROUNDTAG DT IN"): the
rules a word may try are screened once per pair of neighbour tags, so it skips
those its neighbours rule out and takes without a test those they decide.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from .. import _data

__all__ = [
    "PAD",
    "Choices",
    "Plan",
    "Rule",
    "RuleTest",
    "Rules",
    "compile_rule",
    "rules",
    "screen",
]

PAD = 3  # pseudo-tokens on each side, so tests need no bounds checks
RuleTest = Callable[[Sequence[str], Sequence[str], int], bool]
# What a rule needs of the tags next to the word: the tags allowed just before
# (None: any), just after (None: any), and whether these alone decide the rule
# (its test then need not run).
Screen = tuple["frozenset[str] | None", "frozenset[str] | None", bool]
# (index, from-tag, to-tag, test, screen)
Rule = tuple[int, str, str, RuleTest, Screen]
# The rules open to a word, in order, and the set of their from-tags.
Candidates = tuple[tuple[Rule, ...], frozenset[str]]
# A rule as a word tries it: (position in the word's ordered list, to-tag, the
# test, or None when the neighbour tags already decide that it fires).
Step = tuple[int, str, "RuleTest | None"]

# Rule kinds that read the current word: indexed by that word.
_WORD_KINDS = frozenset(
    "CURWD WDPREVTAG WDNEXTTAG WDAND2BFR WDAND2AFT WDAND2TAGBFR WDAND2TAGAFT "
    "LBIGRAM RBIGRAM".split()
)


_ADVERBS = frozenset(("RB", "RBR", "RBS"))
_VERBS = frozenset("VB VBD VBG VBN VBP VBZ MD".split())
LOOKBACK = 12  # how far LASTVERB looks: a clause, and linear time on any input


def _back(t: Sequence[str], i: int) -> int:
    """The position before `i`, skipping up to two adverbs ("has not yet said")."""
    j = i - 1
    if t[j] in _ADVERBS:
        j -= 1
        if t[j] in _ADVERBS:
            j -= 1
    return j


def _ahead(t: Sequence[str], i: int) -> int:
    j = i + 1
    if t[j] in _ADVERBS:
        j += 1
        if t[j] in _ADVERBS:
            j += 1
    return j


def _last_verb(t: Sequence[str], i: int) -> str:
    """The tag of the nearest verb or modal before `i` ("STAART" if none)."""
    for j in range(i - 1, max(PAD - 1, i - LOOKBACK - 1), -1):
        if t[j] in _VERBS:
            return t[j]
    return "STAART"


# Word classes a news rule may name (CURCLASS, PREVCLASS, NEXTCLASS): lower-case
# words read from the package's data. Rows of more than one word are left out
# ("vice president", "South African").
_CLASS_FILES = {
    "nationality": ("knowledge/data/demonyms.tsv",),
    "given_name": (
        "knowledge/data/given_names.txt.gz",
        "knowledge/data/given_names_extra.txt",
    ),
    "title": ("knowledge/data/titles.tsv",),
    # The first and the last word of two-word nationalities: "South Korean".
    "nationality_first": ("knowledge/data/demonyms.tsv",),
    "nationality_last": ("knowledge/data/demonyms.tsv",),
}
# The nationality words that are adjectives ("Iraqi", "Greek", "Uzbek"), not
# nouns for a person ("Frenchman", "Briton", "Turk", "Spaniard", "Pole").
_ADJECTIVE_ENDINGS = (
    "an", "ese", "ish", "i", "ch", "ss", "ic", "ek", "ak", "ik", "kh", "yz", "en",
    "ar", "ine", "iot", "sy", "que", "be",
)  # fmt: skip


def word_class(name: str) -> frozenset[str]:
    """The lower-case words of a named word class: "nationality" (the
    nationality adjectives: "iraqi", "greek"), "given_name" ("tommy"),
    "title" ("president", "ambassador"), "nationality_first" and
    "nationality_last" (the words of two-word nationalities: "south",
    "korean"). Raises ValueError for an unknown class."""
    found = _CLASSES.get(name)
    if found is None:
        files = _CLASS_FILES.get(name)
        if files is None:
            raise ValueError(f"unknown word class {name!r}")
        cells = [row[0].lower() for file in files for row in _data.iter_rows(file)]
        if name.startswith("nationality_"):
            at = 0 if name == "nationality_first" else -1
            words = {c.split()[at] for c in cells if len(c.split()) == 2}
        else:
            words = {c for c in cells if c and " " not in c}
        if name == "nationality":
            words = {
                w
                for w in words
                if w.endswith(_ADJECTIVE_ENDINGS) and not w.endswith(("hman", "hmen"))
            }
        found = _CLASSES[name] = frozenset(words)
    return found


_CLASSES: dict[str, frozenset[str]] = {}


def _classes(arg: str) -> frozenset[str]:
    out: frozenset[str] = frozenset()
    for name in arg.split("|"):
        out |= word_class(name)
    return out


def _set(arg: str, *, word: bool) -> frozenset[str]:
    return frozenset(a.lower() if word else sys.intern(a) for a in arg.split("|"))


def compile_rule(kind: str, args: Sequence[str]) -> tuple[RuleTest, frozenset[str]]:
    """The test function of a rule, and the words it needs as the current word
    (empty for rules about any word). Raises ValueError for an unknown kind."""
    a = args[0] if args else ""
    b = args[1] if len(args) > 1 else ""
    ta, tb = _set(a, word=False), _set(b, word=False)
    wa, wb = _set(a, word=True), _set(b, word=True)
    test: RuleTest
    cur: frozenset[str] = frozenset()
    if kind == "PREVTAG":
        test = lambda w, t, i: t[i - 1] in ta  # noqa: E731
    elif kind == "NEXTTAG":
        test = lambda w, t, i: t[i + 1] in ta  # noqa: E731
    elif kind == "PREV2TAG":
        test = lambda w, t, i: t[i - 2] in ta  # noqa: E731
    elif kind == "NEXT2TAG":
        test = lambda w, t, i: t[i + 2] in ta  # noqa: E731
    elif kind == "PREV1OR2TAG":
        test = lambda w, t, i: t[i - 1] in ta or t[i - 2] in ta  # noqa: E731
    elif kind == "NEXT1OR2TAG":
        test = lambda w, t, i: t[i + 1] in ta or t[i + 2] in ta  # noqa: E731
    elif kind == "PREV1OR2OR3TAG":
        test = lambda w, t, i: t[i - 1] in ta or t[i - 2] in ta or t[i - 3] in ta  # noqa: E731
    elif kind == "NEXT1OR2OR3TAG":
        test = lambda w, t, i: t[i + 1] in ta or t[i + 2] in ta or t[i + 3] in ta  # noqa: E731
    elif kind == "SURROUNDTAG":
        test = lambda w, t, i: t[i - 1] in ta and t[i + 1] in tb  # noqa: E731
    elif kind == "PREVBIGRAM":
        test = lambda w, t, i: t[i - 2] in ta and t[i - 1] in tb  # noqa: E731
    elif kind == "NEXTBIGRAM":
        test = lambda w, t, i: t[i + 1] in ta and t[i + 2] in tb  # noqa: E731
    elif kind == "PREVWD":
        test = lambda w, t, i: w[i - 1] in wa  # noqa: E731
    elif kind == "NEXTWD":
        test = lambda w, t, i: w[i + 1] in wa  # noqa: E731
    elif kind == "PREV2WD":
        test = lambda w, t, i: w[i - 2] in wa  # noqa: E731
    elif kind == "NEXT2WD":
        test = lambda w, t, i: w[i + 2] in wa  # noqa: E731
    elif kind == "PREV1OR2WD":
        test = lambda w, t, i: w[i - 1] in wa or w[i - 2] in wa  # noqa: E731
    elif kind == "NEXT1OR2WD":
        test = lambda w, t, i: w[i + 1] in wa or w[i + 2] in wa  # noqa: E731
    elif kind == "NOTPREVWD":  # the word before is none of these
        test = lambda w, t, i: w[i - 1] not in wa  # noqa: E731
    elif kind == "NOTPREVSUFFIX":  # the word before ends in none of these
        ends = tuple(wa)
        test = lambda w, t, i: not w[i - 1].endswith(ends)  # noqa: E731
    elif kind == "PREVSKIPWD":  # the word before, adverbs skipped
        test = lambda w, t, i: w[_back(t, i)] in wa  # noqa: E731
    elif kind == "PREVSKIPTAG":  # the tag before, adverbs skipped
        test = lambda w, t, i: t[_back(t, i)] in ta  # noqa: E731
    elif kind == "NEXTSKIPTAG":  # the tag after, adverbs skipped
        test = lambda w, t, i: t[_ahead(t, i)] in ta  # noqa: E731
    elif kind == "LASTVERB":  # the nearest verb or modal before is tagged so
        test = lambda w, t, i: _last_verb(t, i) in ta  # noqa: E731
    elif kind == "NOVERBBEFORE":  # no verb or modal before in the sentence
        test = lambda w, t, i: _last_verb(t, i) == "STAART"  # noqa: E731
    elif kind == "CURCLASS":  # the current word is of a word class
        test, cur = (lambda w, t, i: True), _classes(a)
    elif kind == "PREVCLASS":  # the word before is of a word class
        ca = _classes(a)
        test = lambda w, t, i: w[i - 1] in ca  # noqa: E731
    elif kind == "NEXTCLASS":  # the word after is of a word class
        ca = _classes(a)
        test = lambda w, t, i: w[i + 1] in ca  # noqa: E731
    elif kind == "CURWD":
        test, cur = (lambda w, t, i: True), wa
    elif kind == "WDPREVTAG":  # tag before, current word
        test, cur = (lambda w, t, i: t[i - 1] in ta), wb
    elif kind == "WDNEXTTAG":  # current word, tag after
        test, cur = (lambda w, t, i: t[i + 1] in tb), wa
    elif kind == "WDAND2BFR":  # word two before, current word
        test, cur = (lambda w, t, i: w[i - 2] in wa), wb
    elif kind == "WDAND2AFT":  # current word, word two after
        test, cur = (lambda w, t, i: w[i + 2] in wb), wa
    elif kind == "WDAND2TAGBFR":  # tag two before, current word
        test, cur = (lambda w, t, i: t[i - 2] in ta), wb
    elif kind == "WDAND2TAGAFT":  # current word, tag two after
        test, cur = (lambda w, t, i: t[i + 2] in tb), wa
    elif kind == "LBIGRAM":  # word before, current word
        test, cur = (lambda w, t, i: w[i - 1] in wa), wb
    elif kind == "RBIGRAM":  # current word, word after
        test, cur = (lambda w, t, i: w[i + 1] in wb), wa
    else:
        raise ValueError(f"unknown rule kind {kind!r}")
    return test, cur


def _both(first: RuleTest, second: RuleTest) -> RuleTest:
    return lambda w, t, i: first(w, t, i) and second(w, t, i)


# Kinds that read nothing but the current word: the index already decides them.
_WORD_ONLY = frozenset(("CURWD", "CURCLASS"))


def screen(kind: str, args: Sequence[str]) -> Screen:
    """What a condition needs of the tags just before and just after the word,
    and whether that is all it needs (given the current word, which the index
    by word already guarantees)."""
    a = args[0] if args else ""
    b = args[1] if len(args) > 1 else ""
    ta, tb = _set(a, word=False), _set(b, word=False)
    if kind == "PREVTAG" or kind == "WDPREVTAG":
        return ta, None, True
    if kind == "NEXTTAG":
        return None, ta, True
    if kind == "WDNEXTTAG":
        return None, tb, True
    if kind == "SURROUNDTAG":
        return ta, tb, True
    if kind == "PREVBIGRAM":
        return tb, None, False
    if kind == "NEXTBIGRAM":
        return None, ta, False
    return None, None, kind in _WORD_ONLY


def _meet(one: Screen, other: Screen) -> Screen:
    """The screen of two conditions that must both hold."""
    prev = (
        one[0]
        if other[0] is None
        else other[0]
        if one[0] is None
        else one[0] & other[0]
    )
    nxt = (
        one[1]
        if other[1] is None
        else other[1]
        if one[1] is None
        else one[1] & other[1]
    )
    return prev, nxt, one[2] and other[2]


class Choices:
    """The rules a word may try while it has one from-tag, in order.

    `steps` are all of them, `positions` their positions (to go on after a
    change of tag); `near(prev, nxt)` the same rules screened by the tags next
    to the word: a rule those tags rule out is left out, and one they decide
    has no test. The screened lists are made once for each pair of tags met
    (a bounded number: the tag set is closed).

    A tag before the word that no rule's screen names screens like any other
    such tag (every rule screened on the tag before drops out), and so for the
    tag after: the pairs are kept by what the screens can tell apart, so a
    pair met for the first time is mostly one already screened.
    """

    __slots__ = ("_after", "_before", "_screens", "near_seen", "positions", "steps")

    def __init__(self, rules: Sequence[tuple[Step, Screen]]) -> None:
        self.steps: tuple[Step, ...] = tuple(step for step, _ in rules)
        self.positions: tuple[int, ...] = tuple(step[0] for step in self.steps)
        self._screens = tuple(sc for _, sc in rules)
        # The tags the screens name before and after the word.
        self._before = frozenset(t for sc in self._screens for t in sc[0] or ())
        self._after = frozenset(t for sc in self._screens for t in sc[1] or ())
        # (tag before, tag after) -> the screened steps; a tag no screen names
        # is also kept as "" (no tag is spelled so). Read directly by the
        # tagger's inner loop for a pair met before (`near` for a new one):
        # one dict look-up a word, no call.
        self.near_seen: dict[
            tuple[str, str], tuple[tuple[Step, ...], tuple[int, ...]]
        ] = {}

    def near(self, prev: str, nxt: str) -> tuple[tuple[Step, ...], tuple[int, ...]]:
        """The steps open with tag `prev` before the word and `nxt` after it,
        and their positions."""
        key = (prev, nxt)
        found = self.near_seen.get(key)
        if found is None:
            prev = prev if prev in self._before else ""
            nxt = nxt if nxt in self._after else ""
            seen = (prev, nxt)
            found = self.near_seen.get(seen)
            if found is None:
                found = self.near_seen[seen] = self._screened(prev, nxt)
            self.near_seen[key] = found
        return found

    def _screened(
        self, prev: str, nxt: str
    ) -> tuple[tuple[Step, ...], tuple[int, ...]]:
        kept: list[Step] = []
        for (pos, to, test), (before, after, decided) in zip(
            self.steps, self._screens, strict=True
        ):
            if (before is None or prev in before) and (after is None or nxt in after):
                kept.append((pos, to, None if decided else test))
        return tuple(kept), tuple(s[0] for s in kept)


# The rules open to a word by from-tag.
Plan = dict[str, Choices]


class Rules:
    """The ordered rules, indexed for the tagger's inner loop.

    `for_class(allowed)` is the sorted rules a word of that ambiguity class may
    use (from- and to-tag both allowed); `by_word[word]` the rules that name the
    current word. Both are computed once and shared by every call.

    A row is (from, to, conditions), each condition a (kind, arguments) pair;
    a rule with several conditions needs them all.
    """

    __slots__ = (
        "_classes",
        "_word_plans",
        "_words",
        "by_word",
        "class_plans",
        "general",
    )

    def __init__(
        self, rows: Sequence[tuple[str, str, Sequence[Sequence[str]]]]
    ) -> None:
        self.general: list[Rule] = []
        by_word: dict[str, list[Rule]] = {}
        for index, (source, target, conditions) in enumerate(rows):
            test: RuleTest | None = None
            words: frozenset[str] = frozenset()
            sieve: Screen = (None, None, True)
            for kind, *args in conditions:
                one, cur = compile_rule(kind, args)
                test = one if test is None else _both(test, one)
                sieve = _meet(sieve, screen(kind, args))
                if cur:
                    words = cur if not words else words & cur
            if test is None:
                raise ValueError(f"rule {index} has no condition")
            for frm in source.split("|"):
                rule = (index, frm, target, test, sieve)
                if words:
                    for word in words:
                        by_word.setdefault(word, []).append(rule)
                else:
                    self.general.append(rule)
        self.by_word = {w: tuple(r) for w, r in by_word.items()}
        self._classes: dict[frozenset[str], Candidates] = {}
        self._words: dict[tuple[frozenset[str], str], Candidates] = {}
        self.class_plans: dict[frozenset[str], Plan] = {}
        self._word_plans: dict[tuple[frozenset[str], str], Plan] = {}

    def plan(self, allowed: frozenset[str], word: str) -> Plan:
        """`for_word` (or `for_class` for a word no rule names) grouped by
        from-tag, so that the tagger tries only the rules that can fire on a
        word's current tag (cached)."""
        if word not in self.by_word:
            found = self.class_plans.get(allowed)
            if found is None:
                found = self.class_plans[allowed] = _plan(self.for_class(allowed))
            return found
        key = (allowed, word)
        found = self._word_plans.get(key)
        if found is None:
            found = self._word_plans[key] = _plan(self.for_word(allowed, word))
        return found

    def for_word(self, allowed: frozenset[str], word: str) -> Candidates:
        """The rules open to `word` (lower-case) of ambiguity class `allowed`,
        the class's general rules and the word's own in rule order, and the
        tags they change from (cached; a word has few classes)."""
        found = self._words.get((allowed, word))
        if found is None:
            key = (allowed, word)
            own = [
                r
                for r in self.by_word.get(word, ())
                if r[1] in allowed and r[2] in allowed
            ]
            merged = sorted((*self.for_class(allowed)[0], *own), key=lambda r: r[0])
            found = self._words[key] = (tuple(merged), frozenset(r[1] for r in merged))
        return found

    def for_class(self, allowed: frozenset[str]) -> Candidates:
        """The general rules open to a word that may take the tags `allowed`
        (from- and to-tag both allowed), and the tags they change from."""
        found = self._classes.get(allowed)
        if found is None:
            rules = tuple(
                r for r in self.general if r[1] in allowed and r[2] in allowed
            )
            found = self._classes[allowed] = (rules, frozenset(r[1] for r in rules))
        return found


def _plan(candidates: Candidates) -> Plan:
    grouped: dict[str, list[tuple[Step, Screen]]] = {}
    for pos, (_index, frm, to, test, sieve) in enumerate(candidates[0]):
        grouped.setdefault(frm, []).append(((pos, to, test), sieve))
    return {frm: Choices(seq) for frm, seq in grouped.items()}


def _brill_rows() -> list[tuple[str, str, list[list[str]]]]:
    """Brill's rules: from, to, kind, arguments."""
    return [
        (row[0], row[1], [[c for c in row[2:] if c]])
        for row in map(_interned, _data.iter_rows("language/data/context_rules.tsv"))
    ]


def _interned(row: list[str]) -> list[str]:
    """A row's cells as interned strings: a tag a rule gives is then the one
    string object of that tag, as the lexicon's and the code's own are."""
    return list(map(sys.intern, row))


def _news_rows() -> list[tuple[str, str, list[list[str]]]]:
    """The hand-written rules: from, to, a condition ("PREVTAG DT"), up to two
    more conditions, then the reason and an example, which the tagger does not
    read."""
    out = []
    for row in map(_interned, _data.iter_rows("language/data/context_news.tsv")):
        source, target, *conditions_text = row[:5]
        conditions = [_interned(c.split()) for c in conditions_text if c]
        out.append((source, target, conditions))
    return out


@_data.lazy
def rules() -> Rules:
    """Brill's rules, then the news rules, as one ordered, indexed list."""
    return Rules(_brill_rows() + _news_rows())
