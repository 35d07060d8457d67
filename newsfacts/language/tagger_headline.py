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

from .lexicon import members

__all__ = ["settle_bare_present", "settle_headline"]

_NAMES = frozenset(("NNP", "NNPS"))
# What a subject noun phrase of a headline is made of.
_NOUN_PHRASE = frozenset("DT PDT CD JJ JJR JJS NN NNS NNP NNPS POS PRP$".split())
_VERB_READINGS = frozenset(("VB", "VBD", "VBN", "VBP"))
_NOUNS = frozenset(("NN", "NNS", "NNP", "NNPS"))


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
# What may follow the present verb of a team or country named in the singular
# ("Arsenal play Chelsea", "England face a tough test", "Spain travel to
# Italy"): an object's first word, a preposition, an infinitive.
_AFTER_NAME_VERB = frozenset("DT CD PRP$ NNP NNPS IN TO".split())
# Words after which a clause, with its own subject and verb, may begin: "Oil
# prices rose as rescue teams search for survivors" (the lexicon's
# subordinators; `function_words.tsv`).
_SUBORDINATORS = members("subordinator")
# Words that end the clause of a sentence's subject: what comes after them is
# a clause of its own, whose verb is not the subject's ("Oil prices rise as
# supply fears grow"; "Arsenal play Chelsea in a match that could decide"):
# the subordinators and the relative words.
_CLAUSE_ENDS = _SUBORDINATORS | members("pronoun.relative")


_LABEL_WORDS = 10  # how far into a sentence a dateline's dash may stand


def settle_bare_present(
    words: Sequence[str],
    lows: Sequence[str],
    tags: list[str],
    found: Sequence[tuple[str, frozenset[str]]],
) -> None:
    """Retag, in place, the present verb of a subject that opens a sentence
    when the tagger read it as a noun or an adjective; `lows` are `words`
    in lower case. Three shapes, all with no other finite verb in the
    subject's clause (up to a comma or a word opening another clause):

    - a plural subject and a noun-or-verb: "Thousands protest in Georgia",
      "Militants attack an army post" ("Farmers market sales rose" keeps its
      noun, its verb is there); the subject is a plain noun phrase, through
      "of" ("Hundreds of workers strike");
    - a plural subject and an adjective-or-verb before a preposition: "Polls
      open at 7 a.m.", "Schools open on Monday" ("the open door" is no
      subject and a verb);
    - a name in the singular, a team or a country, and a noun-or-verb before
      its object, as British news writes a team with a plural verb: "Arsenal
      play Chelsea", "England face Wales", "Manchester City travel to
      Newcastle" ("England coach Eddie Jones said" keeps its noun).

    A base verb coordinated with the verb in the same clause is present too
    ("Polls open at 7 a.m. and close at 8 p.m."). And the other way round, an
    adjective-or-verb after a plural subject and before "to", with the
    clause's verb after it, is an adjective: "Sources close to the talks
    said". Linear time."""
    n = len(tags)
    # a dateline or a label before a dash or a colon is no part of the clause
    # ("TBILISI (AFP) - Thousands protest ...", "Brexit: Farmers march ...")
    first = _label_end(tags)
    _settle_clause(words, lows, tags, found, first, True)
    for k in range(first, n - 2):
        if lows[k] in _SUBORDINATORS and tags[k] in ("IN", "WRB"):
            # a subordinator that opens the sentence opens its first clause
            # too: "While United host Liverpool, ..."
            _settle_clause(words, lows, tags, found, k + 1, k == first)


def _label_end(tags: Sequence[str]) -> int:
    """The first word after a dateline or a label that ends in a dash or a
    colon within a sentence's first words, or 0; a dash between numbers is a
    score or a range, no label ("Chelsea draw 1-1 at Coventry")."""
    n = len(tags)
    for k in range(min(n, _LABEL_WORDS)):
        if tags[k] == ":" and not (
            0 < k < n - 1 and tags[k - 1] == "CD" and tags[k + 1] == "CD"
        ):
            return k + 1
    return 0


def _settle_clause(
    words: Sequence[str],
    lows: Sequence[str],
    tags: list[str],
    found: Sequence[tuple[str, frozenset[str]]],
    start: int,
    opens_sentence: bool,
) -> None:
    """`settle_bare_present` for the clause whose subject starts at word
    `start`; a name's verb only in the clause that opens the sentence (after
    "since" or "after" a name and a noun-or-verb are more likely a noun
    phrase: "after England coach Eddie Jones's departure")."""
    n = len(tags)
    i = start
    named = opens_sentence  # the subject so far is a name ("Manchester City")
    plural_head = False  # past "of" after a plural ("Fans of the club")
    while i + 1 < n and (
        tags[i] in _NOUN_PHRASE
        or (tags[i] == "IN" and i > start and tags[i - 1] == "NNS")
        or (lows[i] == "of" and i > start and tags[i - 1] in _NOUNS)
    ):
        v = i + 1
        tag, after = tags[v], (tags[v + 1] if v + 1 < n else ".")
        named = named and (
            tags[i] in _NAMES
            or (i == start and tags[i] in ("NN", "JJ") and words[i][:1].isupper())
        )
        if tags[i] == "IN" and lows[i] == "of":
            plural_head = plural_head or tags[i - 1] in ("NNS", "NNPS")
        if "VBP" in found[v][1]:
            # the subject is plural if its head is, whatever its of-phrase
            # ends in: "Fans of the club celebrate"
            plural = tags[i] in ("NNS", "NNPS") or (
                plural_head and tags[i] in ("NN", "NNP")
            )
            if plural and tag == "VBP" and "JJ" in found[v][1] and after == "TO":
                if _finite_after(lows, tags, v + 1):
                    tags[v] = "JJ"  # "Sources close to the talks said"
                return
            if (
                (
                    plural
                    and (tag == "NN" or (tag == "VB" and plural_head))
                    and after in _AFTER_VERB
                )
                or (
                    plural
                    and tag in ("JJ", "RB")
                    and after in ("IN", "JJR", "RBR")
                    and lows[v + 1] != "of"
                )
                or (
                    named
                    and tag in ("NN", "VB")
                    and after in _AFTER_NAME_VERB
                    # a subject of one common-looking word ("Arsenal") meets
                    # a name: a team playing a team
                    and (i > start or tags[i] in _NAMES or after in _NAMES)
                )
            ) and not _finite_after(lows, tags, v + 1):
                # a name in the singular with a form that may be past is in
                # the past ("Taiwan split from China"), as after "it"
                past = not plural and "VBD" in found[v][1]
                tags[v] = "VBD" if past else "VBP"
                if past:
                    return
                _coordinated_present(lows, tags, found, v + 1)
                return
        i += 1


def _finite_after(lows: Sequence[str], tags: Sequence[str], k: int) -> bool:
    """Whether a finite verb stands from word k to the end of its clause (a
    comma, a colon or a word opening another clause ends it)."""
    for j in range(k, len(tags)):
        t = tags[j]
        if t in (",", ":") or lows[j] in _CLAUSE_ENDS:
            return False
        if t in _FINITE or t == "VBZ":
            return True
    return False


def _coordinated_present(
    lows: Sequence[str],
    tags: list[str],
    found: Sequence[tuple[str, frozenset[str]]],
    k: int,
) -> None:
    """Retag, in place, a base verb right after "and" or "or" in the clause
    from word k on as the present its coordinate is: "open at 7 a.m. and
    close at 8 p.m."."""
    for j in range(k, len(tags) - 1):
        t = tags[j]
        if t in (",", ":") or lows[j] in _CLAUSE_ENDS:
            return
        if t == "CC" and tags[j + 1] == "VB" and "VBP" in found[j + 1][1]:
            tags[j + 1] = "VBP"
            return
