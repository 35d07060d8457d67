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
only ever tries the few rules that could change it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .. import _data

__all__ = ["PAD", "Rule", "RuleTest", "Rules", "compile_rule", "rules"]

PAD = 3  # pseudo-tokens on each side, so tests need no bounds checks
RuleTest = Callable[[Sequence[str], Sequence[str], int], bool]
# (index, from-tag, to-tag, test)
Rule = tuple[int, str, str, RuleTest]

# Rule kinds that read the current word: indexed by that word.
_WORD_KINDS = frozenset(
    "CURWD WDPREVTAG WDNEXTTAG WDAND2BFR WDAND2AFT WDAND2TAGBFR WDAND2TAGAFT "
    "LBIGRAM RBIGRAM".split()
)


def _set(arg: str, *, word: bool) -> frozenset[str]:
    return frozenset(a.lower() if word else a for a in arg.split("|"))


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
    elif kind == "CURWD":
        test, cur = (lambda w, t, i: True), wa  # noqa: E731
    elif kind == "WDPREVTAG":  # tag before, current word
        test, cur = (lambda w, t, i: t[i - 1] in ta), wb  # noqa: E731
    elif kind == "WDNEXTTAG":  # current word, tag after
        test, cur = (lambda w, t, i: t[i + 1] in tb), wa  # noqa: E731
    elif kind == "WDAND2BFR":  # word two before, current word
        test, cur = (lambda w, t, i: w[i - 2] in wa), wb  # noqa: E731
    elif kind == "WDAND2AFT":  # current word, word two after
        test, cur = (lambda w, t, i: w[i + 2] in wb), wa  # noqa: E731
    elif kind == "WDAND2TAGBFR":  # tag two before, current word
        test, cur = (lambda w, t, i: t[i - 2] in ta), wb  # noqa: E731
    elif kind == "WDAND2TAGAFT":  # current word, tag two after
        test, cur = (lambda w, t, i: t[i + 2] in tb), wa  # noqa: E731
    elif kind == "LBIGRAM":  # word before, current word
        test, cur = (lambda w, t, i: w[i - 1] in wa), wb  # noqa: E731
    elif kind == "RBIGRAM":  # current word, word after
        test, cur = (lambda w, t, i: w[i + 1] in wb), wa  # noqa: E731
    else:
        raise ValueError(f"unknown rule kind {kind!r}")
    return test, cur


class Rules:
    """The ordered rules, indexed for the tagger's inner loop.

    `for_class(allowed)` is the sorted rules a word of that ambiguity class may
    use (from- and to-tag both allowed); `by_word[word]` the rules that name the
    current word. Both are computed once and shared by every call.
    """

    __slots__ = ("_classes", "by_word", "general")

    def __init__(self, rows: Sequence[Sequence[str]]) -> None:
        self.general: list[Rule] = []
        self.by_word: dict[str, tuple[Rule, ...]] = {}
        by_word: dict[str, list[Rule]] = {}
        for index, row in enumerate(rows):
            source, target, kind, *args = row
            test, words = compile_rule(kind, args)
            for frm in source.split("|"):
                rule = (index, frm, target, test)
                if words:
                    for word in words:
                        by_word.setdefault(word, []).append(rule)
                else:
                    self.general.append(rule)
        self.by_word = {w: tuple(r) for w, r in by_word.items()}
        self._classes: dict[frozenset[str] | None, tuple[Rule, ...]] = {}

    def for_class(self, allowed: frozenset[str] | None) -> tuple[Rule, ...]:
        """The general rules open to a word that may take the tags `allowed`
        (None: an unknown word, which may take any tag)."""
        found = self._classes.get(allowed)
        if found is None:
            found = tuple(
                r
                for r in self.general
                if allowed is None or (r[1] in allowed and r[2] in allowed)
            )
            self._classes[allowed] = found
        return found


def _rows(name: str) -> list[list[str]]:
    out = []
    for row in _data.iter_rows(name):
        cells = [c for c in row if c]
        out.append(cells)
    return out


def _news_rows() -> list[list[str]]:
    """The hand-written rules: from, to, kind, up to two arguments, then the
    reason and an example, which the tagger does not read."""
    out = []
    for row in _data.iter_rows("language/data/context_news.tsv"):
        source, target, kind, a, b = row[:5]
        out.append([source, target, kind, *(x for x in (a, b) if x)])
    return out


@_data.lazy
def rules() -> Rules:
    """Brill's rules, then the news rules, as one ordered, indexed list."""
    return Rules(_rows("language/data/context_rules.tsv") + _news_rows())
