"""Verb groups: an auxiliary chain and its main verb, with tense, voice and mood.

"had not been attacked", "will be going to vote", "got arrested", "carried out":
each is one `VerbGroup` whose head is the main verb and whose auxiliaries,
modal, negation and particle are read off the chain. The scan is one pass from
left to right; a group never spans a comma, a noun or a preposition.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

import attrs

from . import lexicon
from ._build import draft
from ._tokens import ADV, VERB, Words
from .lexicon import AUX, FUTURE, MODAL, NEGATOR, NOMINATIVE, PARTICLE

__all__ = ["Form", "Tense", "VerbGroup", "Voice", "verb_groups"]

Tense = Literal["past", "present", "future"]
Voice = Literal["active", "passive"]
Form = Literal["finite", "infinitive", "gerund", "participle"]


@attrs.frozen(slots=True, repr=False, weakref_slot=False)
class VerbGroup:
    """A verb group: token span `[start, end)` of the sentence and what it says.

    `head` is the token of the main verb and `lemma` its lemma ("attack" for
    "had been attacked"). `tense` is None for a non-finite group ("to attack",
    "killing", "killed in Ukraine"). `modal` is the modal's lemma ("will",
    "could") or "be going to". `auxiliaries` are the tokens of the chain before
    the head, `negation` the token that negates it ("not", "never", "don't"),
    `particle` the token of "up" in "gave up". A bare past participle ("killed in
    Ukraine") is passive; "get" passives ("got arrested") are passive too.
    """

    start: int
    end: int
    head: int
    lemma: str
    tense: Tense | None
    perfect: bool
    progressive: bool
    voice: Voice
    negated: bool
    modal: str | None
    form: Form
    auxiliaries: tuple[int, ...] = ()
    negation: int | None = None
    particle: int | None = None

    @property
    def finite(self) -> bool:
        """Does the group carry tense (can it make a clause of its own)?"""
        return self.form == "finite"

    def __repr__(self) -> str:
        bits = [f"{self.lemma}@{self.head}", self.form]
        if self.tense:
            bits.append(self.tense)
        if self.perfect:
            bits.append("perfect")
        if self.progressive:
            bits.append("progressive")
        if self.voice == "passive":
            bits.append("passive")
        if self.negated:
            bits.append("negated")
        if self.modal:
            bits.append(f"modal={self.modal}")
        if self.particle is not None:
            bits.append(f"particle@{self.particle}")
        return f"VerbGroup[{self.start}:{self.end}]({' '.join(bits)})"


# What an auxiliary lets follow it: the tags of the next verb in the chain.
_NEXT = {
    "modal": frozenset({"VB"}),
    "do": frozenset({"VB", "VBP"}),
    "to": frozenset({"VB"}),
    "have": frozenset({"VBN", "VBD"}),
    "be": frozenset({"VBG", "VBN", "VBD"}),
    "get": frozenset({"VBN", "VBD"}),
}
# Tags a verb group may start at (besides a clitic or a modal's spelling).
_MAY_GROUP = VERB | frozenset({"MD", "TO"})
_NOT_PARTICLE_NEXT = frozenset({"DT", "PRP$", "CD", "NNP", "NNPS", "NN", "NNS", "JJ"})


def _aux_kind(w: Words, i: int) -> tuple[str, str] | None:
    """("modal", lemma) / ("be", tense-class) / ... when token i can be an auxiliary."""
    low, tag = w.low[i], w.tags[i]
    if tag == "MD" or (w.flags[i] & MODAL and tag not in ("NNP", "NN")):
        lemma = lexicon.verb_class_lemma(low, "modal")
        if lemma is not None:
            return "modal", lemma
    if tag == "TO":
        return "to", "to"
    if low == "'s" and tag in VERB:  # split off: "it" "'s" "been"
        nxt = w.low[i + 1] if i + 1 < len(w.tags) else ""
        return ("have", "present") if nxt in ("been", "got") else ("be", "present")
    if (tag in VERB or tag == "MD") and w.flags[i] & AUX:
        return _aux_class(low)
    return None


def _aux_class(low: str) -> tuple[str, str] | None:
    """(verb, kind) of the first "aux.VERB.KIND" class of an auxiliary
    ("were" -> ("be", "past")), remembered: auxiliaries are few."""
    if low in _AUX_CLASSES:
        return _AUX_CLASSES[low]
    found = None
    for cls in sorted(lexicon.classes(low)):
        if cls.startswith("aux."):
            _, verb, kind = cls.split(".")
            found = verb, kind
            break
    _AUX_CLASSES[low] = found
    return found


_AUX_CLASSES: dict[str, tuple[str, str] | None] = {}


def _clitic_aux(w: Words, i: int) -> tuple[str, str] | None:
    """The auxiliary a clitic on token i stands for: "'ll" -> modal will."""
    c = w.clitic[i]
    if not c or c == "n't" or w.possessive[i]:
        return None
    if c == "'d":
        nxt = w.tags[i + 1] if i + 1 < len(w.tags) else ""
        return ("have", "past") if nxt in ("VBN", "VBD") else ("modal", "would")
    if c == "'s":
        # "it's been shelled", "he's got": has; otherwise is ("it's over").
        nxt = w.low[i + 1] if i + 1 < len(w.tags) else ""
        return ("have", "present") if nxt in ("been", "got") else ("be", "present")
    lemma = lexicon.verb_class_lemma(c, "modal")
    if lemma is not None:
        return "modal", lemma
    verb = lexicon.verb_class_lemma(c, "aux")
    return (verb, "present") if verb is not None else None


def _negator(w: Words, i: int) -> bool:
    low = w.low[i]
    if w.flags[i] & NEGATOR and low != "cannot":
        return True
    return low == "no" and i + 1 < len(w.tags) and w.low[i + 1] == "longer"


def verb_groups(
    w: Words, lemma: Callable[[str, str], str], blocked: Sequence[bool] = ()
) -> list[VerbGroup]:
    """Every verb group of a prepared sentence, left to right (linear time)."""
    n = len(w.tags)
    tags, flags, aux_clitic = w.tags, w.flags, w.aux_clitic
    out: list[VerbGroup] = []
    i = 0
    while i < n:
        if blocked and blocked[i]:
            i += 1
            continue
        if not aux_clitic[i] and tags[i] not in _MAY_GROUP and not flags[i] & MODAL:
            i += 1  # no verb group starts here (`_starts` is None)
            continue
        g = _group_at(w, i, lemma, blocked, out[-1].end if out else 0)
        if g is None:
            i += 1
            continue
        if out and g.form == "finite" and _joins_infinitive(w, out[-1], g):
            g = attrs.evolve(g, tense=None, form="infinitive")
        out.append(g)
        i = g.end if g.end > i else i + 1
    return out


def _starts(w: Words, i: int) -> tuple[str, str] | None:
    """The auxiliary kind at i, ("verb", "") for a main verb, or None."""
    if w.aux_clitic[i] and w.tags[i] in ("PRP", "EX", "DT", "WP", "NN", "NNP"):
        return _clitic_aux(w, i)  # "it's", "they'll": the pronoun is an NP too
    kind = _aux_kind(w, i)
    if kind is not None:
        if kind[0] == "to" and not _verb_follows(w, i + 1, _NEXT["to"]):
            return None
        return kind
    if w.tags[i] in VERB:
        return "verb", ""
    return None


def _verb_follows(w: Words, j: int, wanted: frozenset[str]) -> bool:
    """Is there a verb with a tag in `wanted` at j, after adverbs and negators?"""
    n = len(w.tags)
    steps = 0
    while j < n and steps < 4 and (w.tags[j] in ADV or _negator(w, j)):
        j += 2 if w.low[j] == "no" else 1
        steps += 1
    return j < n and w.tags[j] in wanted


def _perfect_since(w: Words, j: int, verb: str) -> bool:
    """ "since" between a form of have and its participle is the adverb "since
    then" ("has since killed", "have since fled"), whatever its tag: the
    perfect stays one verb group."""
    return (
        verb == "have"
        and w.low[j] == "since"
        and j + 1 < len(w.tags)
        and w.tags[j + 1] == "VBN"
    )


def _group_at(
    w: Words,
    i: int,
    lemma: Callable[[str, str], str],
    blocked: Sequence[bool],
    floor: int,
) -> VerbGroup | None:
    kind = _starts(w, i)
    if kind is None:
        return None
    n = len(w.tags)
    auxes: list[int] = []
    modal: str | None = None
    first_finite: tuple[str, str] | None = None
    negation: int | None = i if w.clitic[i] == "n't" or w.low[i] == "cannot" else None
    perfect = progressive = passive = infinitive = False
    head = i
    cur: tuple[str, str] = kind
    going = False
    while True:
        verb, sub = cur
        if verb == "verb":
            break
        if first_finite is None and verb != "to":
            first_finite = cur
        if verb == "modal":
            modal = modal or sub
        elif verb == "to":
            infinitive = infinitive or not auxes
        wanted = _NEXT[verb]
        j = head + 1
        steps = 0
        while (
            j < n
            and steps < 4
            and (w.tags[j] in ADV or _negator(w, j) or _perfect_since(w, j, verb))
        ):
            if _negator(w, j) and negation is None:
                negation = j
            j += 2 if w.low[j] == "no" else 1
            steps += 1
        if j >= n or (blocked and blocked[j]):
            break
        if (
            verb == "be"
            and w.tags[j] == "VBG"
            and w.flags[j] & FUTURE
            and j + 2 < n
            and w.tags[j + 1] == "TO"
            and w.tags[j + 2] == "VB"
        ):
            auxes += [head, j, j + 1]
            modal = modal or "be going to"
            going = True
            head = j + 2
            cur = _aux_kind(w, head) or ("verb", "")
            if cur[0] in ("to", "modal"):
                cur = ("verb", "")
            continue
        if verb == "modal" and sub == "ought" and w.tags[j] == "TO":
            j += 1  # "ought to go"
        if j >= n or w.tags[j] not in wanted:
            break
        auxes.append(head)
        if verb == "have":
            perfect = True
        elif verb in ("be", "get") and w.tags[j] == "VBG":
            progressive = progressive or verb == "be"
        elif verb in ("be", "get"):
            passive = True
        head = j
        nxt = _aux_kind(w, j)
        cur = nxt if nxt is not None and nxt[0] not in ("to", "modal") else ("verb", "")
        if cur[0] == "do":
            cur = ("verb", "")
    # An auxiliary with no verb after it is the main verb ("is a town", "has a
    # plan", "got a letter"); a pronoun carrying it ("it's over") is the head.
    end = head + 1
    if head == i and kind[0] == "to":
        return None
    start = i
    if negation is None and (not auxes or kind[0] == "to"):
        # "never arrived", "no longer control": a negator before a bare verb;
        # "vowed not to attack": before an infinitive's "to", which still
        # opens the group
        for back in (1, 2):
            k = i - back
            if k >= floor and not (blocked and blocked[k]) and _negator(w, k):
                negation = k
                if kind[0] != "to":
                    start = k
                break
            if k < 0 or w.tags[k] not in ADV:
                break
    head_low = w.low[head]
    particle = None
    if (
        end < n
        and not (blocked and blocked[end])
        and not w.flags[head] & AUX
        and _is_particle(w, end)
    ):
        particle = end
        end += 1
    if head == i and kind[0] != "verb" and w.tags[i] not in VERB:
        lem = modal if kind[0] == "modal" and modal else kind[0]
    else:
        lem = lexicon.verb_class_lemma(head_low, "aux") or lemma(
            w.words[head], w.tags[head]
        )
    tense, form = _tense_form(w, i, head, first_finite, modal, infinitive, going)
    if negation is not None and negation >= end:
        end = negation + 1
    return _verb_group(
        start=start,
        end=end,
        head=head,
        lemma=lem,
        tense=tense,
        perfect=perfect,
        progressive=progressive,
        voice="passive"
        if passive or (form == "participle" and not perfect)
        else "active",
        negated=negation is not None,
        modal=modal,
        form=form,
        auxiliaries=tuple(auxes),
        negation=negation,
        particle=particle,
    )


# (No weak-reference slot on the record: a draft must share its layout.)
_Draft = draft(
    VerbGroup,
    "start end head lemma tense perfect progressive voice negated modal form "
    "auxiliaries negation particle",
)


def _verb_group(
    *,
    start: int,
    end: int,
    head: int,
    lemma: str,
    tense: Tense | None,
    perfect: bool,
    progressive: bool,
    voice: Voice,
    negated: bool,
    modal: str | None,
    form: Form,
    auxiliaries: tuple[int, ...],
    negation: int | None,
    particle: int | None,
) -> VerbGroup:
    """`VerbGroup(...)`, built as a draft (see `_build`): there is one group for every verb."""
    d = _Draft()
    d.start = start
    d.end = end
    d.head = head
    d.lemma = lemma
    d.tense = tense
    d.perfect = perfect
    d.progressive = progressive
    d.voice = voice
    d.negated = negated
    d.modal = modal
    d.form = form
    d.auxiliaries = auxiliaries
    d.negation = negation
    d.particle = particle
    d.__class__ = VerbGroup
    g: VerbGroup = d
    return g


def _tense_form(
    w: Words,
    start: int,
    head: int,
    first: tuple[str, str] | None,
    modal: str | None,
    infinitive: bool,
    going: bool,
) -> tuple[Tense | None, Form]:
    if infinitive:
        return None, "infinitive"
    if modal is not None:
        if modal in ("will", "shall") or going:
            return "future", "finite"
        if modal in ("would", "could", "might", "should"):
            return "past", "finite"
        return "present", "finite"
    if first is not None:
        sub = first[1]
        if sub in ("past",):
            return "past", "finite"
        if sub in ("present",):
            return "present", "finite"
        if sub == "gerund":
            return None, "gerund"
        if sub == "participle":
            return None, "participle"
        # A bare "be"/"have" base: subjunctive or imperative, finite present.
        return "present", "finite"
    tag = w.tags[head]
    if tag == "VBD":
        return "past", "finite"
    if tag == "VB" and _bare_infinitive(w, start):
        return None, "infinitive"
    if tag in ("VBZ", "VBP", "VB"):
        return "present", "finite"
    if tag == "VBG":
        return None, "gerund"
    return None, "participle"


def _joins_infinitive(w: Words, prev: VerbGroup, g: VerbGroup) -> bool:
    """ "to give a speech here on US relations and meet[VB] dissidents": a base
    form after "and" joins the infinitive or modal chain before it."""
    if w.tags[g.head] != "VB" or g.auxiliaries or g.head != g.start:
        return False
    if prev.form != "infinitive" and prev.modal is None:
        return False
    k = g.start - 1
    while k > prev.end and w.tags[k] in ADV:
        k -= 1
    return k >= prev.end and w.low[k] in ("and", "or")


def _bare_infinitive(w: Words, start: int) -> bool:
    """A base form with no "to" after "and" following a verb, right after a
    verb, or after an object pronoun: "to tighten sanctions and impose",
    "help oust", "help him oust", "let them go"."""
    k = start - 1
    while k >= 0 and (w.tags[k] in ADV or w.tags[k] == '"'):
        k -= 1  # adverbs, and quotes: 'to "discuss steps ..."'
    if k < 0:
        return False
    if w.tags[k] in VERB or w.tags[k] == "TO":
        return True
    if w.tags[k] == "PRP" and not w.flags[k] & NOMINATIVE:
        return w.low[k] not in ("it", "you") and k > 0 and w.tags[k - 1] in VERB
    if w.low[k] in ("and", "or"):
        return any(t in VERB or t == "MD" for t in w.tags[max(0, k - _REACH) : k])
    return False


_REACH = 8  # tokens looked back for the verb an "and"-joined base form follows


def _is_particle(w: Words, j: int) -> bool:
    tag = w.tags[j]
    if tag == "RP":
        return True
    if not w.flags[j] & PARTICLE:
        return False
    if tag in ADV:
        return True
    nxt = w.tags[j + 1] if j + 1 < len(w.tags) else "."
    return (
        tag == "IN"
        and nxt not in _NOT_PARTICLE_NEXT
        and w.low[j + 1 : j + 2] != ("of",)
    )
