"""A last pass of the tagger over a headline: its subject, its verb, its object.

A headline in Title Case ("Court Blocks Trump Travel Ban", "Fed Raises Rates")
hides which words are names, and most of its words are nouns and verbs both.
But a headline is a clause in the present: a subject, a verb in -s (or a
plural subject and a base verb: "Oil Prices Rise"), then the rest. The first
word after the subject that may be an -s verb is the verb, unless the next
word is a present verb of a plural subject; a verb reading before it or a
base verb after it, of a word the lexicon knows capitalised as a name, is the
name ("Fed", "Trump"); an -s word after the verb is a plural noun ("Police
Arrest Five Suspects"). One scan: linear time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["settle_bare_present", "settle_headline"]

_NAMES = frozenset(("NNP", "NNPS"))
# What a subject noun phrase of a headline is made of.
_NOUN_PHRASE = frozenset("DT PDT CD JJ JJR JJS NN NNS NNP NNPS POS PRP$".split())
_VERB_READINGS = frozenset(("VB", "VBD", "VBN", "VBP"))


# Finite verb tags: a word that may be one after a noun is the headline's verb
# more likely than the noun before it ("Arms deal collapses").
_FINITE = frozenset(("VBZ", "VBD", "VBP", "MD"))


def settle_headline(
    words: Sequence[str],
    tags: list[str],
    found: Sequence[tuple[str, frozenset[str]]],
    entries: Mapping[str, tuple[str, frozenset[str]]],
) -> None:
    """Retag, in place, the verb of a headline and the names around it;
    `found[i]` is word i's entry, `entries` the lexicon (capitalised names)."""
    n = len(tags)

    def name(k: int) -> bool:
        entry = entries.get(words[k])
        return entry is not None and entry[0] in _NAMES

    verb = -1
    for i in range(1, n):
        tag = tags[i]
        if tag in ("VBP", "VBD", "MD") and not name(i):
            verb = i  # the verb is found as it is ("Police Arrest")
            break
        if (
            tag == "NN"
            and "VBP" in found[i][1]
            and tags[i - 1] in ("NNS", "NNPS")
            and not name(i)
            and (i + 1 >= n or not found[i + 1][1] & _FINITE)
        ):
            tags[i] = "VBP"  # "Hundreds rally against ...", "Troops clash with"
            verb = i
            break
        if tag in ("NNS", "VBZ") and "VBZ" in found[i][1]:
            nxt = tags[i + 1] if i + 1 < n else ""
            if nxt not in ("VB", "VBP") or name(i + 1):
                tags[i] = "VBZ"  # "Court Blocks Trump", "Fed Raises"
                verb = i
                break
            continue  # "Oil Prices Rise": the plural is the subject
        if tag not in _NOUN_PHRASE and not name(i):
            return  # no subject before a verb: leave the headline as it is
    if verb < 0:
        return
    for k in range(verb):
        if tags[k] in _VERB_READINGS and name(k):
            tags[k] = "NNP"  # "Fed Raises Rates"
    for k in range(verb + 1, n):
        tag = tags[k]
        if tag in ("VB", "VBP") and name(k):
            tags[k] = "NNP"  # "Court Blocks Trump Travel Ban"
        elif tag == "VBZ" and "NNS" in found[k][1]:
            tags[k] = "NNS"  # "Police Arrest Five Suspects"


# What may follow a present verb of a plural subject: a preposition, an
# object's first word, an infinitive, the end ("Protesters march on the
# capital", "Rescuers search for survivors", "Workers strike").
_AFTER_VERB = frozenset("IN DT CD TO PRP PRP$ JJ NN NNS NNP NNPS RB , . :".split())


_LABEL_WORDS = 10  # how far into a sentence a dateline's dash may stand


def settle_bare_present(
    tags: list[str], found: Sequence[tuple[str, frozenset[str]]]
) -> None:
    """Retag, in place, the present verb of a plural subject that opens a
    sentence ("Thousands protest in Georgia", "Protesters march on the
    capital, police said", "Militants attack an army post"): a word that may
    be a noun or a verb, tagged a noun right after the plural, is the verb
    when its clause (up to a comma) has no other finite verb ("Farmers market
    sales rose" keeps its noun). The subject is a plain noun phrase, through
    "of" ("Hundreds of workers strike"); the word after the verb must be one
    that may follow a verb. Linear time."""
    n = len(tags)
    # a dateline or a label before a dash or a colon is no part of the clause
    # ("TBILISI (AFP) - Thousands protest ...", "Brexit: Farmers march ...")
    i = next((k + 1 for k in range(min(n, _LABEL_WORDS)) if tags[k] == ":"), 0)
    while i + 1 < n and (
        tags[i] in _NOUN_PHRASE or (tags[i] == "IN" and i and tags[i - 1] == "NNS")
    ):
        if (
            tags[i] in ("NNS", "NNPS")
            and tags[i + 1] == "NN"
            and "VBP" in found[i + 1][1]
            and (i + 2 >= n or tags[i + 2] in _AFTER_VERB)
        ):
            for t in tags[i + 2 :]:
                if t in (",", ":"):
                    break
                if t in _FINITE or t == "VBZ":
                    return  # "Farmers market sales rose": the verb is there
            tags[i + 1] = "VBP"
            return
        i += 1
