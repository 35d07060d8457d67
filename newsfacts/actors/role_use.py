"""How a role noun is used where it stands: naming its group ("the military
said"), modifying the noun after it ("military infrastructure", "official
results"), or titling the name after it ("spokesman John Kirby")."""

from __future__ import annotations

import bisect

from ..knowledge.roles import role_nouns
from ..language.annotate import tags_between
from ..language.tagger_lexicon import lexicon
from ..text import Document
from . import lexicon as lex
from .words import Words

__all__ = ["finite_verb", "modifier_use", "title_of_name"]


# Penn Treebank tags of a verb with a tense: never inside a group's name.
_FINITE = frozenset({"MD", "VBD", "VBP", "VBZ"})


def finite_verb(doc: Document, start: int) -> bool:
    """The token at `start` is a verb with a tense in its sentence, as the
    language layer tags it ("the United States sent troops": "sent"), unlike
    a participle or a gerund that modifies ("armed forces", "ruling party").
    Only the sentence of that token is tagged, when the document is not yet."""
    starts = doc.tokens.starts
    k = bisect.bisect_left(starts, start)
    if k >= len(starts) or starts[k] != start:
        return False
    return tags_between(doc, k, k + 1)[0] in _FINITE


def _adjective_too(word: str) -> bool:
    """The word can be an adjective as well as a noun ("official",
    "civilian"), as the tagger's lexicon has it."""
    entry = lexicon().entries.get(word)
    return entry is not None and "JJ" in entry[1]


def _plural_noun(doc: Document, start: int) -> bool:
    """The token at `start` is tagged a plural common noun ("results")."""
    starts = doc.tokens.starts
    k = bisect.bisect_left(starts, start)
    return (
        k < len(starts)
        and starts[k] == start
        and tags_between(doc, k, k + 1)[0] == "NNS"
    )


def modifier_use(words: Words, m: int, doc: Document | None = None) -> bool:
    """A role noun used as a modifier of the next, ordinary noun ("military
    infrastructure", "police station", "government buildings"), not naming
    the group itself; a next word the language layer tags as a finite verb is
    no noun ("a gunman shot three people")."""
    if m + 1 >= len(words):
        return False
    if words[m].lower.endswith("s") and words[m].lower != "police":
        return False  # plural role nouns ("troops", "officials") head the group
    nxt = words[m + 1]
    if not (
        nxt.low == nxt.text
        and nxt.is_alpha
        and nxt.lower not in role_nouns()
        and nxt.lower not in lex.stopwords()
        and nxt.lower not in lex.person_verbs()
        and not lex.verb_form(nxt.lower)
        and not nxt.lower.endswith("ed")
    ):
        return False
    if nxt.lower.endswith("s"):
        # A role word that is also an adjective before a plural noun is the
        # adjective ("official results", "civilian casualties"); a noun-only
        # one still names its group ("opposition charges", "opposition
        # parties"); the language layer's tag tells a plural noun from a
        # verb ("the official says").
        return (
            doc is not None
            and _adjective_too(words[m].lower)
            and _plural_noun(doc, nxt.start)
        )
    # the tags last: only a word that could be a noun costs its sentence's
    return not (doc is not None and finite_verb(doc, nxt.start))


def title_of_name(words: Words, m: int) -> bool:
    """The singular role noun at m is the title of the name after it
    ("spokesman John Kirby", "Iranian foreign minister Javad Zarif", "US envoy
    Zalmay Khalilzad"), not a group of its own; a weekday or month after it
    ("the Sudanese government Monday") is no name."""
    if m + 1 >= len(words) or words[m].lower.endswith("s"):
        return False
    nxt = words[m + 1]
    return nxt.is_cap and not nxt.stop
