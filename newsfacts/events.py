"""Events stage: who did what to whom, when and where, coded with PLOVER and CAMEO.

Triggers come from a lexicon kept as data (`events_lexicon`); arguments come from
clause patterns over the actor and place mentions, with no parser: the source is
the actor heading the clause (or the agent of a passive "by" phrase, or the
speaker of reported speech), the target the first actor acted upon. Negation,
plans, threats, questions and hypotheticals are marked on the event. Each event
gets the date and place that govern its clause, and repeated reports of one
event are merged into one record with all their mentions.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence

import attrs

from ._data import iter_rows, lazy, read_text
from .events_lexicon import Entry, Match, lexicon, plover_of
from .findings import Demonym, PlaceFindings
from .knowledge.countries import alpha3
from .knowledge.figures import political_figures
from .knowledge.keys import figure_key
from .records import (
    Actor,
    ActorKind,
    Event,
    Location,
    LocationKind,
    Mention,
    TimeExpression,
    TimexType,
)
from .text import Document, Span, Token

__all__ = ["COOPERATIVE", "HOSTILE", "STATEMENT", "extract", "main_event"]

STATEMENT = "STATEMENT"
"""`Event.type` of CAMEO 01/02 statements and appeals, which PLOVER dropped."""

COOPERATIVE = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
)
HOSTILE = frozenset(
    {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "PROTEST"}
)

# --------------------------------------------------------------------- word classes

_LOCATIVE = frozenset(
    "in at near outside inside around across throughout within into on along "
    "off over towards toward".split()
)
_OBJ_PREP = frozenset(
    "of for from with against to on by about over into than between among "
    "including like via under toward towards upon".split()
)
_HARD_BOUNDARY = frozenset(
    {";", ":", "but", "while", "whereas", "although", "though", "yet"}
)
_BE = frozenset(
    "was were been being is are be get got gets getting has have had".split()
)
_ADVERBS_SKIP = frozenset(
    "also reportedly allegedly repeatedly already still again just now then later "
    "previously recently jointly formally officially once further reported".split()
)
_NEGATORS = frozenset("not never no neither nor without".split())
_MODAL_PLAN = frozenset("will would 'll shall going".split())
_MODAL_HYPO = frozenset("could might may".split())
_PLAN_WORDS = frozenset(
    "plan plans planned planning intend intends intended intending expected expects "
    "scheduled set due slated aim aims aimed aiming seek seeks seeking sought "
    "want wants wanted hope hopes hoped prepared preparing prepare prepares ready "
    "willing poised "
    "preparing try tries tried trying attempt attempts attempted".split()
)
_CONDITIONAL = frozenset({"if", "unless", "whether"})
# "is scheduled to attend": a scheduled act is reported as itself (mode "planned"),
# not as an intent (AGREE) or a threat.
_SCHEDULED = frozenset("scheduled due set expected slated".split())
_PRONOUNS = frozenset("he she it they we i you who".split())
_SPEAKER_DET = frozenset("the a an its his her their this".split())
_AUX_PAST = frozenset("has have had".split())

# PLOVER category of an embedded event -> CAMEO code of the governing event.
_AGREE_TO = {
    "CONSULT": "036",
    "AID": "033",
    "COOPERATE": "031",
    "SUPPORT": "032",
    "CONCEDE": "035",
    "RETREAT": "035",
}
_REJECT_TO = {
    "CONSULT": "125",
    "AID": "122",
    "COOPERATE": "121",
    "SUPPORT": "121",
    "CONCEDE": "124",
    "RETREAT": "124",
    "AGREE": "125",
}
_REQUEST_TO = {
    "CONSULT": "106",
    "AID": "103",
    "COOPERATE": "101",
    "SUPPORT": "102",
    "CONCEDE": "105",
    "RETREAT": "105",
    "AGREE": "107",
}
_APPEAL_TO = {
    "CONSULT": "026",
    "AID": "023",
    "COOPERATE": "021",
    "SUPPORT": "022",
    "CONCEDE": "025",
    "RETREAT": "025",
}
_THREATEN_TO = {
    "ASSAULT": "138",
    "COERCE": "130",
    "MOBILIZE": "138",
    "PROTEST": "133",
    "REJECT": "130",
}
_THREATEN_SANCTION = {
    "166": "136",
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "164": "134",
    "165": "135",
}


# --------------------------------------------------------------------- data


@lazy
def _actor_heads() -> frozenset[str]:
    return frozenset(_head_sectors())


@lazy
def _head_sectors() -> dict[str, str]:
    """Head noun -> CAMEO sector ("" when the noun gives none)."""
    out: dict[str, str] = {}
    for line in read_text("data/events/actor_heads.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            noun, _tab, sector = line.partition("\t")
            out[noun.strip()] = sector.strip()
    return out


def _with_country(actor: Actor, country: str | None) -> Actor:
    """`actor` placed in `country`; an unknown-country code ("---REB") follows."""
    code = actor.code
    if code and code.startswith("---") and country:
        a3 = alpha3(country)
        code = a3 + code[3:] if a3 else None
    return attrs.evolve(actor, country=country, code=code)


@lazy
def _negative_cues() -> tuple[str, ...]:
    return tuple(
        row[0].strip()
        for row in iter_rows("data/events/negative_cues.txt")
        if row[0].strip()
    )


# --------------------------------------------------------------------- mentions


@attrs.frozen(slots=True)
class _AM:
    """An actor mention: a span of the text standing for an actor."""

    start: int
    end: int
    actor: Actor
    generic: bool = False
    place: Location | None = None

    def key(self) -> str:
        """Identity of the actor: a person's name, else its code, else its name."""
        a = self.actor
        if a.kind == ActorKind.PERSON:
            return a.name.lower()  # two ministers share a code, not an identity
        if a.code and not a.code.startswith("---"):  # "---GOV": any government
            return a.code.lower()
        return a.name.lower()


_PLACE_ACTOR_KINDS = (LocationKind.COUNTRY, LocationKind.CITY, LocationKind.ADMIN1)


def _actor_mentions(
    doc: Document, places: PlaceFindings, actors: tuple[Actor, ...]
) -> list[_AM]:
    """Every actor mention, longest first when spans overlap, in text order."""
    norm = doc.norm
    found: list[_AM] = []
    at_place = {(m.start, m.end): loc for loc in places.locations for m in loc.mentions}
    # An actor named by a place ("Switzerland") keeps its place.
    found.extend(
        _AM(m.start, m.end, actor, place=at_place.get((m.start, m.end)))
        for actor in actors
        for m in actor.mentions
    )
    for loc in places.locations:
        if loc.kind not in _PLACE_ACTOR_KINDS:
            continue
        for m in (*loc.mentions, *loc.metonymic):
            stand_in = Actor(
                name=loc.name,
                kind=ActorKind.COUNTRY,
                country=loc.country,
                mentions=(m,),
                rule="events.place_actor",
            )
            found.append(_AM(m.start, m.end, stand_in, place=loc))
    found.extend(_demonym_mention(doc, dem) for dem in places.demonyms)
    heads = _actor_heads()
    taken = _Taken(found)
    tokens = doc.tokens
    for n, tok in enumerate(tokens):
        low = tok.text.lower()
        figure = _lowercase_figure(doc, tokens, n) if low in _TITLE_HEADS else None
        if figure is not None and not taken.overlaps(tok.start, figure.mentions[0].end):
            # "President obama": a listed figure written in lower case
            found.append(_AM(tok.start, figure.mentions[0].end, figure))
            continue
        if low in heads and not taken.overlaps(tok.start, tok.end):
            start = tok.start
            # "the Syrian army": the determiner is not part of the actor name.
            sector = _head_sectors().get(low, "")
            actor = Actor(
                name=norm[start : tok.end],
                kind=ActorKind.GROUP,
                mentions=(Mention.of(doc.text, start, tok.end),),
                code="---" + sector if sector else None,
                rule="events.generic_actor",
            )
            found.append(_AM(start, tok.end, actor, generic=True))
    resolved = _located_groups(doc, _resolve_overlaps(doc, found))
    if not any("'s " in doc.norm[a.start : a.end] for a in resolved):
        return resolved
    by_name: dict[str, Actor] = {}
    for actor in actors:
        names = {actor.name.lower(), *(a.lower() for a in actor.aliases)}
        names.update(doc.norm[m.start : m.end].lower() for m in actor.mentions)
        words = actor.name.split()
        if len(words) > 1:
            names.add(words[-1].lower())  # "Haftar" for "Khalifa Haftar"
        for name in names:
            by_name.setdefault(name, actor)
    return [_possessor(doc, am, by_name) for am in resolved]


_TITLE_HEADS = frozenset("president minister premier chancellor king".split())


def _lowercase_figure(doc: Document, tokens: Sequence[Token], n: int) -> Actor | None:
    """The listed political figure named in lower case right after a title
    ("President obama"), as a person actor; None otherwise."""
    if n + 1 >= len(tokens):
        return None
    nxt = tokens[n + 1]
    if not nxt.text.isalpha() or not nxt.text.islower():
        return None
    fig = political_figures().surname.get(figure_key(nxt.text))
    if fig is None:
        return None
    return Actor(
        name=nxt.text,
        kind=ActorKind.PERSON,
        country=fig.country,
        mentions=(Mention.of(doc.text, nxt.start, nxt.end),),
        code=fig.code,
        rule="events.figure",
    )


def _located_groups(doc: Document, ams: list[_AM]) -> list[_AM]:
    """A group of no known country takes the country of the place it is in
    ("rebels in the Ivory Coast", "opposition groups in Zimbabwe")."""
    out = list(ams)
    for i, am in enumerate(ams[:-1]):
        if not am.generic or am.actor.country is not None:
            continue
        nxt = ams[i + 1]
        placed = nxt.place is not None or nxt.actor.kind == ActorKind.COUNTRY
        if not placed or nxt.actor.country is None:
            continue
        between = doc.norm[am.end : nxt.start].strip().lower()
        if _group_place_link(between):
            actor = _with_country(am.actor, nxt.actor.country)
            out[i] = _AM(am.start, am.end, actor, generic=True)
    return out


_GROUP_PLACE_LINKS = frozenset(
    {
        "in",
        "of",
        "from",
        "throughout",
        "across",
        "in the",
        "of the",
        "from the",
        "across the",
    }
)


def _group_place_link(between: str) -> bool:
    """The words between a group noun and a place tie the group to the place:
    "rebels in", "opposition parties in", "students from the"."""
    words = between.split()
    while words and _scene_modifier(words[-1]):
        words.pop()  # "dissidents from military-ruled Myanmar"
    for n in (2, 1):
        if len(words) >= n and " ".join(words[-n:]) in _GROUP_PLACE_LINKS:
            rest = words[:-n]
            return len(rest) <= 2 and all(_plain_noun(w) for w in rest)
    return False


def _plain_noun(word: str) -> bool:
    """A lower-case word that continues a noun phrase ("parties", "groups"), not a
    verb form or a function word."""
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_MODIFIERS
        and not word.endswith(("ed", "ing"))
        and word not in _actor_verbs()
    )


@lazy
def _actor_verbs() -> frozenset[str]:
    """Words that are verb triggers of the lexicon ("attack", "protest")."""
    out: set[str] = set()
    for entry in lexicon().entries:
        first = entry.items[0] if entry.items else None
        if first is not None and entry.phrase.split()[0].endswith(("/v", "/vx")):
            out.update(first)
    return frozenset(out)


def _possessor(doc: Document, am: _AM, by_name: dict[str, Actor]) -> _AM:
    """The forces of a named actor act for that actor ("Haftar's troops")."""
    text = doc.norm[am.start : am.end]
    owner, sep, head = text.rpartition("'s ")
    if not sep or head.lower() not in _actor_heads() or not owner:
        return am
    actor = by_name.get(owner.lower())
    if actor is None or actor is am.actor:
        return am
    return _AM(am.start, am.end, actor, place=am.place)


class _Taken:
    """Fast overlap test against a set of spans."""

    def __init__(self, spans: Iterable[_AM]) -> None:
        self.cover: set[int] = set()
        for s in spans:
            self.cover.update(range(s.start, s.end))

    def overlaps(self, start: int, end: int) -> bool:
        return any(i in self.cover for i in range(start, end))


def _demonym_mention(doc: Document, dem: Demonym) -> _AM:
    """A nationality alone ("Israeli") or up to its head noun ("US officials")."""
    end = dem.end
    heads = _actor_heads()
    toks = doc.tokens_in(dem.end, min(len(doc.norm), dem.end + 60))
    for n, tok in enumerate(toks[:4]):
        low = tok.text.lower()
        if not tok.text[:1].isalnum():
            break
        if low not in heads and not _modifier(tok.text):
            break
        if low in heads:
            end = tok.end
            # "security forces", "state media": a second head continues the phrase.
            if n + 1 < len(toks) and toks[n + 1].text.lower() in heads:
                end = toks[n + 1].end
            break
    if doc.norm[max(0, dem.start - 7) : dem.start].lower() == "ethnic ":
        # "ethnic Albanians in Macedonia": a people, of the country they live in
        start = dem.start - 7
        actor = Actor(
            name=doc.text[start:end],
            kind=ActorKind.GROUP,
            mentions=(Mention.of(doc.text, start, end),),
            code="---CVL",
            rule=_ETHNIC_RULE,
        )
        return _AM(start, end, actor, generic=True)
    actor = Actor(
        name=doc.text[dem.start : end],
        kind=ActorKind.GROUP if end > dem.end else ActorKind.COUNTRY,
        country=dem.country,
        mentions=(Mention.of(doc.text, dem.start, end),),
        rule="events.demonym_actor",
    )
    return _AM(dem.start, end, actor)


_ETHNIC_RULE = "events.ethnic_group"


_MODIFIERS = frozenset(
    "security border foreign defense defence state senior top military naval air "
    "special government peace police riot intelligence trade armed coast national "
    "federal "
    "local regional provincial opposition rebel paramilitary interim transitional "
    "former new chief deputy vice acting elite".split()
)


def _modifier(word: str) -> bool:
    """A word that can stand between a nationality and its head noun: a capitalised
    word, a known modifier, or another lower-case word that is no verb or function
    word ("Irish nationalist guerrillas", "Russian civilian advisers")."""
    low = word.lower()
    if low in _NOT_MODIFIERS or not word.isalpha():
        return False
    return word[:1].isupper() or low in _MODIFIERS or not low.endswith(("ed", "ing"))


_NOT_MODIFIERS = frozenset(
    "and or of the a an to in on at by for with from is was were are be been has have "
    "had said says say will would could should may might can must not who which that "
    "this these those it they he she we also".split()
)


def _resolve_overlaps(doc: Document, found: list[_AM]) -> list[_AM]:
    """Keep non-overlapping mentions; a country word before a head noun joins it."""
    heads = _actor_heads()
    # Country names used as modifiers ("US officials") become the longer phrase.
    extended: list[_AM] = []
    for am in found:
        if am.place is not None and am.place.kind == LocationKind.COUNTRY:
            nxt = doc.tokens_in(am.end, min(len(doc.norm), am.end + 40))[:4]
            end = am.end
            for n, tok in enumerate(nxt):
                low = tok.text.lower()
                if not tok.text[:1].isalnum() or (
                    low not in heads and not _modifier(tok.text)
                ):
                    break
                if low in heads:
                    end = tok.end
                    if n + 1 < len(nxt) and nxt[n + 1].text.lower() in heads:
                        end = nxt[n + 1].end
                    break
            if end > am.end:
                actor = attrs.evolve(
                    am.actor,
                    name=doc.text[am.start : end],
                    kind=ActorKind.GROUP,
                    mentions=(Mention.of(doc.text, am.start, end),),
                )
                am = _AM(am.start, end, actor, place=am.place)
        extended.append(am)

    def rank(am: _AM) -> tuple[int, int, int]:
        named = 0 if am.generic else (1 if am.place is None else 2)
        return (-(am.end - am.start), named, am.start)

    chosen: list[_AM] = []
    cover: set[int] = set()
    for am in sorted(extended, key=rank):
        span = range(am.start, am.end)
        if any(i in cover for i in span):
            # A named actor inside a longer generic phrase still lends its country.
            continue
        chosen.append(am)
        cover.update(span)
    chosen.sort(key=lambda a: a.start)
    # "Russian President Vladimir Putin": a demonym phrase right before a named
    # actor gives it a country when the actor has none.
    out: list[_AM] = []
    for am in chosen:
        if (
            out
            and out[-1].generic
            and not am.generic
            and doc.norm[out[-1].end : am.start].strip() in {"", ","}
        ):
            # "President Michel Suleiman": a title noun before a name is the name.
            prev = out.pop()
            am = _AM(prev.start, am.end, am.actor, place=am.place)
        if (
            out
            and out[-1].actor.rule == "events.demonym_actor"
            and not am.generic
            and am.actor.country is None
            and doc.norm[out[-1].end : am.start].strip() == ""
        ):
            prev = out.pop()
            actor = _with_country(am.actor, prev.actor.country)
            am = _AM(prev.start, am.end, actor, place=am.place)
        out.append(am)
    return out


# --------------------------------------------------------------------- candidates


@attrs.define(slots=True)
class _Cand:
    """A candidate event while a sentence is being read."""

    match: Match
    start: int
    end: int
    cameo: str
    type: str
    sentence: Span
    source: _AM | None = None
    target: _AM | None = None
    negated: bool = False
    mode: str = "asserted"
    planned: bool = False
    vp_coordinated: bool = False
    passive: bool = False
    rule: str = "events.trigger"
    mentions: list[Mention] = attrs.field(factory=list)
    extra_sources: list[_AM] = attrs.field(factory=list)
    parties: list[_AM] = attrs.field(factory=list)  # "X and Y": each of them

    @property
    def entry(self) -> Entry:
        return self.match.entry

    @property
    def flags(self) -> frozenset[str]:
        return self.match.entry.flags


class _Sentence:
    """One sentence's tokens, lower-cased words and actor mentions."""

    def __init__(self, doc: Document, span: Span, ams: Sequence[_AM]) -> None:
        self.doc = doc
        self.span = span
        self.tokens = doc.tokens_in(span.start, span.end)
        self.words = [t.text.lower() for t in self.tokens]
        lo = bisect.bisect_left(ams, span.start, key=_start)
        hi = bisect.bisect_left(ams, span.end, key=_start)
        self.ams = [a for a in ams[lo:hi] if a.end <= span.end]
        self._am_at_token: dict[int, _AM] = {}
        starts = {a.start: a for a in self.ams}
        for n, t in enumerate(self.tokens):
            if t.start in starts:
                self._am_at_token[n] = starts[t.start]
        self.complement_heads: set[int] = set()
        self.is_question = any(t.text == "?" for t in self.tokens[-2:])
        self._starts = [t.start for t in self.tokens]
        self.am_by_end: dict[int, _AM] = {a.end: a for a in self.ams}
        self.in_actor = [False] * len(self.tokens)
        for a in self.ams:
            if not a.generic:
                for n in range(self.token_index(a.start), self.token_index(a.end)):
                    self.in_actor[n] = True

    def token_index(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect.bisect_left(self._starts, offset)

    def am_covering(self, offset: int) -> _AM | None:
        """The actor mention containing `offset`, if any."""
        k = bisect.bisect_right(self.ams, offset, key=_start) - 1
        if k >= 0 and offset < self.ams[k].end:
            return self.ams[k]
        return None

    def ends_actor(self, n: int) -> bool:
        """Whether token `n` is the last token of an actor mention."""
        return 0 <= n < len(self.tokens) and self.tokens[n].end in self.am_by_end

    def prev_word(self, am: _AM) -> str:
        n = self.token_index(am.start)
        return self.words[n - 1] if n > 0 else ""

    def title_ok(self) -> list[bool]:
        """Per token: may start a trigger (not a capitalised word inside a name)."""
        caps = sum(1 for t in self.tokens if t.text[:1].isupper())
        words = sum(1 for t in self.tokens if t.text[:1].isalpha())
        headline = words > 0 and caps / words > 0.6
        out = []
        for n, t in enumerate(self.tokens):
            # A lower-case past tense inside a long actor name is a verb the name
            # swallowed ("Britain mobilized army"), not part of a name.
            ok = not self.in_actor[n] or (t.text.islower() and t.text.endswith("ed"))
            if ok and n > 0 and t.text[:1].isupper() and not headline:
                prev = self.tokens[n - 1].text
                ok = prev in {'"', "'", "(", ":", "-"}
            out.append(ok)
        return out


def _find_triggers(sent: _Sentence) -> list[Match]:
    """Lexicon matches, left to right, longest first; notes verbs taking "that"."""
    lex = lexicon()
    ok = sent.title_ok()
    words = sent.words
    out: list[Match] = []
    i = 0
    while i < len(words):
        m = lex.best_at(words, i, ok)
        if m is None:
            i += 1
            continue
        out.append(m)
        if m.entry.flags & {"speech", "ctrl"}:
            sent.complement_heads.add(m.last)
        i = m.last + 1
    return out


def _cand(sent: _Sentence, m: Match) -> _Cand:
    start = sent.tokens[m.first].start
    end = sent.tokens[m.last].end
    c = _Cand(m, start, end, m.entry.cameo, m.entry.plover, sent.span)
    c.mentions.append(Mention.of(sent.doc.text, start, end))
    return c


# --------------------------------------------------------------------- arguments


def _is_passive(sent: _Sentence, m: Match) -> bool:
    """A participle after a form of "be" ("was attacked", "have been released")."""
    word = sent.words[m.first]
    if not (word.endswith(("ed", "en", "wn")) or word in _IRREGULAR_PARTICIPLES):
        return False
    nxt = sent.words[m.first + 1] if m.first + 1 < len(sent.words) else ""
    if word in _STATIVE_PARTICIPLES and nxt == "to":
        return False  # "Israel is opposed to ...", "is committed to ...": a stance
    j = m.first - 1
    while j >= 0 and sent.words[j] in _ADVERBS_SKIP:
        j -= 1
    if j < 0:
        return False
    return sent.words[j] in _BE_PASSIVE


_BE_PASSIVE = frozenset("was were been being is are be get got".split())
_STATIVE_PARTICIPLES = frozenset(
    "opposed committed determined prepared dedicated devoted resolved".split()
)
_IRREGULAR_PARTICIPLES = frozenset(
    "held met shot beaten struck hit cut seized set put shut sent brought told found "
    "taken given fought overrun slain laid paid sworn kept".split()
)


def _by_agent(sent: _Sentence, after: int, limit: int = 10) -> _AM | None:
    """The actor of a "by ..." phrase within `limit` tokens after token `after`."""
    for j in range(after + 1, min(len(sent.tokens), after + 1 + limit)):
        w = sent.words[j]
        if w in _HARD_BOUNDARY:
            return None
        if w == "by":
            for k in range(j + 1, min(len(sent.tokens), j + 6)):
                am = sent._am_at_token.get(k)
                if am is not None:
                    return am
                if sent.words[k] not in _SPEAKER_DET and not sent.words[k].isalpha():
                    break
            return None
    return None


def _implicit_agent(sent: _Sentence, after: int) -> _AM | None:
    """The agent of an agentless passive: "fired at it from Gaza", "killed in Israeli
    air strikes" (a nationality or actor, not a place, after "in"/"during")."""
    for j in range(after + 1, min(len(sent.words), after + 8)):
        w = sent.words[j]
        if w in _HARD_BOUNDARY or w in {",", ";"}:
            return None
        if w not in {"from", "in", "during", "amid"}:
            continue
        for k in range(j + 1, min(len(sent.words), j + 4)):
            am = sent._am_at_token.get(k)
            if am is None:
                if sent.words[k] in {"the", "a", "an"}:
                    continue
                break
            if w == "from" or (am.place is None and not am.generic):
                return am
            break
    return None


def _left_actor(
    sent: _Sentence, before: int, skip: set[int] | None = None, stop_hard: bool = True
) -> _AM | None:
    """The nearest actor mention before token `before` heading a clause, not in a PP."""
    for n in range(before - 1, max(-1, before - 61), -1):
        w = sent.words[n]
        if stop_hard and w in _HARD_BOUNDARY:
            return None
        am = sent._am_at_token.get(n)
        if am is None or (skip and id(am) in skip):
            continue
        p = n - 1
        if p > 0 and sent.words[p] in {"the", "a", "an", "its", "his", "her", "their"}:
            p -= 1  # "head of the American mission": the preposition before the article
        prev = sent.words[p] if p >= 0 else ""
        partitive = prev == "of" and p > 0 and sent.words[p - 1] in _PARTITIVE
        if not partitive and (
            prev in _OBJ_PREP
            or prev in _LOCATIVE
            or _adjective_pp(sent, n)
            or sent.words[n - 1] == "including"
            or (sent.words[n - 1] == "as" and n > 1 and sent.words[n - 2] == "such")
        ):
            continue
        if n >= 3 and sent.words[n - 1] in {"a", "an"} and sent.words[n - 2] == ",":
            # "The Observatory, a UK-based group, said": the name before the apposition.
            head = sent.am_by_end.get(sent.tokens[n - 3].end)
            if head is not None:
                return head
        if am.generic and am.actor.country is None:
            # "a group of deputies", "Laurent Fabius and a group": a named actor
            # further left in the same clause heads it.
            named = _left_actor(sent, n, skip, stop_hard)
            if (
                named is not None
                and not named.generic
                and n - sent.token_index(named.end) <= 6
                and "," not in sent.words[sent.token_index(named.end) : n]
            ):
                return named
        return _list_head(sent, n) or _apposition_head(sent, n, am, before) or am
    return None


def _apposition_head(sent: _Sentence, n: int, am: _AM, before: int) -> _AM | None:
    """ "Pakistan, a key U.S. ally in the war, has refused": an actor inside an
    apposition closed by a comma before the verb stands for the head before it."""
    end = sent.token_index(am.end)
    if "," not in sent.words[end:before]:
        return None
    for k in range(n - 1, max(0, n - 8), -1):
        w = sent.words[k]
        if w in _HARD_BOUNDARY:
            return None
        if w == "," and sent.words[k + 1] in {"a", "an"}:
            return sent.am_by_end.get(sent.tokens[k - 1].end) if k > 0 else None
    return None


_DETERMINER_WORDS = frozenset("the a an its his her their".split())
_ADJECTIVE_ENDINGS = ("ern", "al", "ic", "ary", "ive", "ous", "ful", "ent", "ant")


def _adjective_pp(sent: _Sentence, n: int) -> bool:
    """The actor at token n sits in a prepositional phrase behind adjectives:
    "near the eastern Thai border", "in the northern Syrian city"."""
    p = n - 1
    seen = 0
    while p > 0 and seen < 3:
        w = sent.words[p]
        if not _scene_modifier(w):
            break
        if w in _NOT_MODIFIERS or w in _actor_verbs():
            break
        p -= 1
        seen += 1
    if not seen:
        return False
    if p > 0 and sent.words[p] in _DETERMINER_WORDS:
        p -= 1
    return p >= 0 and (sent.words[p] in _OBJ_PREP or sent.words[p] in _LOCATIVE)


def _list_head(sent: _Sentence, n: int) -> _AM | None:
    """The head of a list ("US representatives, including A ... and B, met")."""
    for j in range(n - 1, max(0, n - 40), -1):
        w = sent.words[j]
        if w in _HARD_BOUNDARY:
            return None
        if w == "including" and j >= 2 and sent.words[j - 1] == ",":
            return sent.am_by_end.get(sent.tokens[j - 2].end)
    return None


_PARTITIVE = frozenset(
    "group groups hundreds thousands dozens scores tens members member leaders leader "
    "some many most all none each both one two three four five six seven eight nine "
    "ten delegation team number majority part supporters representatives".split()
)


def _right_actor(
    sent: _Sentence, after: int, exclude: _AM | None, limit: int = 14
) -> _AM | None:
    """The first actor acted upon after token `after` (locatives only as a fallback)."""
    fallback: _AM | None = None
    for n in range(after + 1, min(len(sent.tokens), after + 1 + limit)):
        w = sent.words[n]
        if w in _HARD_BOUNDARY or w in {"said", "says", "told"}:
            break
        am = sent._am_at_token.get(n)
        if (
            am is None
            or am is exclude
            or (exclude is not None and am.key() == exclude.key())
        ):
            continue
        prev = sent.words[n - 1] if n > 0 else ""
        if prev == "by":
            continue
        if (prev in _LOCATIVE and prev not in {"on", "over", "into"}) or prev == "from":
            if fallback is None and am.place is not None:
                fallback = am
            continue
        return am
    return fallback


def _coordinated_before(sent: _Sentence, am: _AM) -> list[_AM]:
    """Actors joined to `am` by "and" / commas on its left ("X and Y met", "X, Y
    and Z met"); the last one always follows "and"."""
    out: list[_AM] = []
    n = sent.token_index(am.start)
    if n >= 3 and sent.words[n - 1] == "the":
        n -= 1  # "Brazil and the United States"
    while n >= 2:
        sep = sent.words[n - 1]
        if not out and sep != "and":
            break  # "A member of parliament, Mohammed Mamoun, said": an apposition
        k = n - 2 if sep in {"and", ","} else -1
        if sep == "and" and k >= 0 and sent.words[k] == ",":
            k -= 1
        if k >= 0 and sent.words[k] in {"the"}:
            k -= 1
        if k < 0:
            break
        prev = sent.am_covering(sent.tokens[k].start)
        if prev is None or prev.end > sent.tokens[k].end or len(out) >= 8:
            break
        out.append(prev)
        n = sent.token_index(prev.start)
    out.reverse()
    return out


def _assign_arguments(sent: _Sentence, c: _Cand) -> None:
    m = c.match
    if c.entry.phrase == "must":
        c.target = _left_actor(sent, m.first)
        if c.target is not None:
            # "... said US and British forces must": the speaker is before the list
            head = (_coordinated_before(sent, c.target) or [c.target])[0]
            c.source = _left_actor(sent, sent.token_index(head.start), stop_hard=False)
        return
    after = sent.words[m.last + 1] if m.last + 1 < len(sent.words) else ""
    c.passive = _is_passive(sent, m) or (after == "by" and _reduced_relative(sent, c))
    if c.passive:
        c.target = _left_actor(sent, m.first)
        c.source = _by_agent(sent, m.last) or _implicit_agent(sent, m.last)
        c.rule = "events.passive"
        return
    if "conv" in c.flags:
        # "X received weapons from Y": Y gives, X receives.
        c.target = _left_actor(sent, m.first)
        for n in range(m.last + 1, min(len(sent.words), m.last + 10)):
            if sent.words[n] == "from":
                c.source = next(
                    (
                        sent._am_at_token[k]
                        for k in range(n + 1, min(len(sent.words), n + 5))
                        if k in sent._am_at_token
                    ),
                    None,
                )
                break
        return
    # Nouns: "an attack by X on Y".
    agent = _by_agent(sent, m.last, limit=4) if m.entry.flags & {"weak"} else None
    c.source = agent or _left_actor(sent, m.first)
    c.target = _right_actor(sent, m.last, c.source)
    group = _coordinated_before(sent, c.source) if c.source is not None else []
    if group and c.source is not None:
        last = c.source
        c.source = group[0]
        c.rule = "events.coordination"
        c.parties = _distinct([*group, last])
        if "sym" in c.flags:
            # "X and Y met": one event, X with Y.
            c.target = last
        else:
            # "X and Y protested": the same act by each of them.
            c.extra_sources = [
                g for g in (*group[1:], last) if g.key() != c.source.key()
            ]


# --------------------------------------------------------------------- modes


def _qualify(sent: _Sentence, c: _Cand) -> None:
    """Negation, plans, hypotheticals and questions around the trigger."""
    words = sent.words
    first = c.match.first
    lo = max(0, first - 5)
    window = words[lo:first]
    for n in range(len(window) - 1, -1, -1):
        w = window[n]
        if w in {",", ";", ":", "that"} or sent._am_at_token.get(lo + n) is not None:
            window = window[n + 1 :]
            break
    if any(w in _NEGATORS or w.endswith("n't") for w in window):
        c.negated = True
    if any(w in _MODAL_PLAN for w in window):
        c.mode = "planned"
        c.planned = True
    elif any(w in _MODAL_HYPO for w in window):
        c.mode = "hypothetical"
    for n, w in enumerate(window[:-1]):
        if w in _PLAN_WORDS and window[n + 1] == "to":
            c.mode = "planned"
            c.planned = w not in _SCHEDULED
    # Conditionals later in the clause ("will invade if talks fail").
    for n in range(c.match.last + 1, min(len(words), c.match.last + 10)):
        if words[n] in _HARD_BOUNDARY or words[n] in {";", "."}:
            break
        if words[n] in {"if", "unless"}:
            c.mode = "hypothetical"
            break
    # Conditionals earlier in the clause.
    for n in range(first - 1, max(-1, first - 12), -1):
        if words[n] in _HARD_BOUNDARY:
            break
        if words[n] in _CONDITIONAL:
            c.mode = "hypothetical"
            break
    if sent.is_question:
        c.mode = "question"


def _retype(c: _Cand, cameo: str, rule: str) -> None:
    c.cameo = cameo
    c.type = plover_of(cameo)
    c.rule = rule


_AIRCRAFT = (
    "warplane",
    "jet",
    "aircraft",
    "plane",
    "drone",
    "helicopter",
    "air force",
    "bomber",
)


def _refine_weapon(doc: Document, c: _Cand) -> None:
    """Violence by aircraft is an aerial attack (CAMEO 195), whatever the verb."""
    if c.type == "ASSAULT" and c.source is not None and c.cameo[:3] in {"183", "190"}:
        words = doc.norm[c.source.start : c.source.end].lower()
        if any(w in words for w in _AIRCRAFT):
            c.cameo = "195"


def _refine_mode(c: _Cand) -> None:
    """Planned (refused) cooperative acts are AGREE (REJECT); hostile plans THREATEN."""
    planned = c.planned
    if c.type in COOPERATIVE and c.type != "AGREE" and planned:
        if c.negated:
            _retype(c, _REJECT_TO.get(c.type, "120"), "events.refusal")
        else:
            _retype(c, _AGREE_TO.get(c.type, "030"), "events.intent")
    elif (
        c.type in {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}
        and planned
        and not c.negated
    ):
        _retype(c, _threat_code(c), "events.threat")
    elif c.type == "AGREE" and c.negated:
        # "will not accept", "did not agree": a refusal.
        _retype(c, "120", "events.refusal")


def _threat_code(e: _Cand) -> str:
    if e.type == "SANCTION":
        return _THREATEN_SANCTION.get(e.cameo[:3], "131")
    if e.cameo.startswith("172"):
        return "132"
    if e.cameo.startswith("191"):
        return "1381"
    if e.cameo.startswith("192"):
        return "1382"
    return _THREATEN_TO.get(e.type, "130")


def _absorb(gov: _Cand, emb: _Cand) -> None:
    """A governing trigger ("agreed to", "threatened to", "refused to") takes the
    event it governs: its code is refined by the embedded category."""
    g = gov.type
    e = emb.type
    if "cause" in gov.flags:
        # "ordered troops to be ready": the ordered act, by the one who ordered it.
        gov.start, gov.end = emb.start, emb.end  # the clause stays the order's
        gov.cameo, gov.type = emb.cameo, emb.type
        gov.mentions = emb.mentions
        gov.target = emb.target or gov.target
        gov.rule = "events.order"
        return
    if gov.target is None or (emb.target is not None and gov.target.place is not None):
        gov.target = emb.target or gov.target
    if g == "AGREE":
        if e in HOSTILE and e != "PROTEST":
            _retype(gov, _threat_code(emb), "events.threat")
            gov.mode = "threatened"
        elif e == "AGREE" or e == "STATEMENT":
            pass
        elif emb.negated and e in COOPERATIVE:
            _retype(gov, _REJECT_TO.get(e, "120"), "events.refusal")
        elif e in COOPERATIVE:
            code = _AGREE_TO.get(e, "030")
            if emb.cameo.startswith("0871"):
                code = "0356"
            elif emb.cameo.startswith("085"):
                code = "0354"
            elif emb.cameo.startswith("084"):
                code = "0353"
            elif emb.cameo.startswith("086"):
                code = "0355"
            _retype(gov, code, "events.intent")
            if gov.mode == "asserted":
                gov.mode = "planned"
    elif g == "THREATEN":
        _retype(
            gov,
            _threat_code(emb) if e in HOSTILE or e == "REJECT" else "130",
            "events.threat",
        )
        gov.mode = "threatened"
    elif g == "REJECT":
        _retype(gov, _REJECT_TO.get(e, "120"), "events.refusal")
    elif g == "REQUEST":
        _retype(gov, _REQUEST_TO.get(e, gov.cameo), "events.request")
    elif g == STATEMENT and gov.cameo.startswith("02"):
        _retype(gov, _APPEAL_TO.get(e, "020"), "events.appeal")
    gov.mentions.extend(m for m in emb.mentions if m not in gov.mentions)


def _governs(sent: _Sentence, gov: _Cand, emb: _Cand) -> bool:
    """Whether `emb` is the complement of `gov` ("threatened to cut", "urged X to")."""
    a, b = gov.match.last, emb.match.first
    if b <= a or b - a > 9:
        return False
    between = sent.words[a + 1 : b]
    if any(w in _HARD_BOUNDARY or w in {",", "and", "but", "said"} for w in between):
        return False
    if sent.words[a] in {"to", "that", "for", "on", "upon"}:
        return True  # "agreed to undertake joint exercises"
    return b == a + 1 or bool(set(between) & {"to", "that", "for", "on", "be"})


# --------------------------------------------------------------------- sentences


def _sentence_events(sent: _Sentence) -> list[_Cand]:
    matches = _find_triggers(sent)
    if not matches:
        return []
    cands = [_cand(sent, m) for m in matches]
    for n, c in enumerate(cands):
        _qualify(sent, c)
        _assign_arguments(sent, c)
        first = c.match.first
        if n and first and sent.words[first - 1] == "and" and not c.passive:
            # "killed one soldier and wounded two": one subject for both verbs.
            c.source = cands[n - 1].source
            c.vp_coordinated = True
    # Governing triggers absorb what they govern.
    absorbed: set[int] = set()
    for n, gov in enumerate(cands):
        if "ctrl" not in gov.flags or n in absorbed:
            continue
        for k in range(n + 1, len(cands)):
            emb = cands[k]
            if k in absorbed or "speech" in emb.flags:
                continue
            if _governs(sent, gov, emb):
                _absorb(gov, emb)
                absorbed.add(k)
                break
    cands = [c for k, c in enumerate(cands) if k not in absorbed]
    for c in cands:
        _refine_weapon(sent.doc, c)
        _refine_mode(c)
    speech = [c for c in cands if "speech" in c.flags]
    events = [c for c in cands if "speech" not in c.flags]
    # "the occupied West Bank", "the banned party": participles used as adjectives.
    events = [c for c in events if not _adjectival(sent, c)]
    # Main-clause events first; among them verbs before nouns.
    if events:
        levels: list[int] = []
        for k, c in enumerate(events):
            level = _subordinate(sent, c)
            first = c.match.first
            if k and first and sent.words[first - 1] == "and":
                level = levels[-1]  # "..., killing one and arresting 12"
            levels.append(level)
        top = min(levels)
        events = [c for c, level in zip(events, levels, strict=True) if level == top]
    strong = [c for c in events if "weak" not in c.flags and not _nominal(sent, c)]
    if strong:
        events = strong
    elif events:
        events = [c for c in events if "weak" not in c.flags][:1] or events[:1]
    # A bare noun or a visit needs someone involved to be an event.
    events = [
        c
        for c in events
        if not (
            ("weak" in c.flags or c.cameo == "042" or _nominal(sent, c))
            and c.source is None
            and (c.target is None or c.target.place is not None)
        )
        and not (c.cameo == "042" and c.target is None)
    ]
    events = _reported_speech(sent, speech, events)
    if not events and speech:
        events = [_statement(sent, speech)]
    return _mirror(sent, _merge_in_sentence(events))


# CAMEO codes whose act is mutual, coded in both directions between two parties:
# intent to cooperate or meet, consultations (not visits or mediation),
# diplomatic cooperation, formal agreements, material cooperation.
_SYMMETRIC_CODES = frozenset(
    "030 031 036 040 041 044 046 050 057 060 061 062 064".split()
)
_MAX_PARTIES = 4


def _symmetric(c: _Cand) -> bool:
    """A mutual act: "X and Y met", "X held talks with Y", "X signed a deal with Y"."""
    return c.cameo[:3] in _SYMMETRIC_CODES


def _distinct(ams: Iterable[_AM]) -> list[_AM]:
    """Actor mentions with repeats of one actor dropped, in order."""
    out: list[_AM] = []
    for am in ams:
        if all(o.key() != am.key() for o in out):
            out.append(am)
    return out


def _mirror(sent: _Sentence, events: list[_Cand]) -> list[_Cand]:
    """Mutual acts as CAMEO coders code them: one event per direction between the
    parties ("X and Y met": X->Y and Y->X; "X held talks with Y": both ways, for
    triggers marked symmetric only). A place the act happens at ("meet in
    Zurich") is no party."""
    out: list[_Cand] = []
    for c in events:
        out.append(c)
        if not _symmetric(c) or c.source is None:
            continue
        if len(c.parties) > 1 and (
            c.target is None or any(p.key() == c.target.key() for p in c.parties)
        ):
            parties = c.parties[:_MAX_PARTIES]
        elif "sym" in c.flags and c.target is not None and not _scene(sent, c.target):
            parties = _distinct([c.source, c.target])
        else:
            continue
        if len(parties) < 2:
            continue
        c.source, c.target = parties[0], parties[1]
        for a in parties:
            for b in parties:
                if a is b or (a is parties[0] and b is parties[1]):
                    continue
                twin = _cand_like(c, c.cameo, c.rule + "+mutual")
                twin.type = c.type
                twin.source, twin.target = a, b
                out.append(twin)
    return out


def _scene(sent: _Sentence, am: _AM) -> bool:
    """The mention says where something happens ("in Zurich", "to Beijing")."""
    n = sent.token_index(am.start)
    steps = 0
    while n > 1 and steps < 3 and _scene_modifier(sent.words[n - 1]):
        n -= 1  # "from military-ruled Myanmar", "in the war-torn north"
        steps += 1
    if n > 1 and sent.words[n - 1] == "the":
        n -= 1
    prev = sent.words[n - 1] if n > 0 else ""
    return prev in _LOCATIVE or prev in {"to", "from"}


def _scene_modifier(word: str) -> bool:
    """A lower-case modifier of a place name: "military-ruled", "northern"."""
    if not word.replace("-", "").isalpha() or not word.islower():
        return False
    return "-" in word or word in _MODIFIERS or word.endswith(_ADJECTIVE_ENDINGS)


_DETERMINERS = frozenset("the a an on of for against his her its their our".split())
_TIME_WORDS = frozenset(
    "today yesterday tonight overnight earlier later again recently meanwhile "
    "immediately subsequently finally eventually".split()
)
_AFTER_PARTICIPLE = frozenset(
    "by in at of for over on during after since from with as , . without to".split()
)
_NOMINAL_BEFORE = frozenset(
    "the a an of his her its their fierce heavy renewed new recent further more "
    "sporadic intense continued continuing latest deadly brutal".split()
)
_SUBORDINATORS = frozenset(
    "after before following since when as because until amid despite over if unless "
    "whether".split()
)


def _adjectival(sent: _Sentence, c: _Cand) -> bool:
    """A past participle between a determiner and a noun ("the besieged town")."""
    n = c.match.first
    word = sent.words[n]
    return (
        n > 0
        and c.match.last == n
        and word.endswith("ed")
        and sent.words[n - 1] in {"the", "a", "an", "its", "their", "his", "her"}
    )


def _nominal(sent: _Sentence, c: _Cand) -> bool:
    """An -ing form used as a noun ("after fierce fighting", "the killing")."""
    n = c.match.first
    if not c.entry.verbal:
        return True  # "air strike", "hunger strike": an event noun
    if n == 0:
        return False
    prev = sent.words[n - 1]
    if sent.words[n].endswith("ing") and (
        prev in _NOMINAL_BEFORE
        or (
            n > 1
            and sent.words[n - 2] in {"the", "a", "an"}
            and prev.isalpha()
            and sent.tokens[n - 1].text.islower()
            and prev not in _ADVERBS_SKIP
        )
    ):
        return True
    # "bans on travel to Canada", "the attack": a verb's base form after a preposition.
    first = c.entry.items[0]
    base = next(iter(first)) if first is not None and len(first) == 1 else None
    if base is not None or sent.words[n].endswith(("ed", "ing")):
        return False
    return prev in _DETERMINERS or prev in _DEMONSTRATIVES or _modified_noun(sent, n)


_DEMONSTRATIVES = frozenset("this that these those".split())


def _modified_noun(sent: _Sentence, n: int) -> bool:
    """A verb's base form after a determiner and adjectives is a noun: "a general
    strike", "an open-ended strike" (not "the rebels strike": an actor between)."""
    k = n - 1
    steps = 0
    while k >= 0 and steps < 4:
        w = sent.words[k]
        plain = (
            w.replace("-", "").isalpha()
            and sent.tokens[k].text.islower()
            and w not in _NOT_MODIFIERS
            and w not in _MODAL_PLAN
            and w not in _MODAL_HYPO
            and sent.am_covering(sent.tokens[k].start) is None
        )
        if not (plain or w == "-"):
            break
        k -= 1
        steps += 1
    if not steps or k < 0:
        return False
    return sent.words[k] in {"the", "a", "an", "its", "their", "his", "her", "our"}


def _subordinate(sent: _Sentence, c: _Cand) -> int:
    """How far in the background an event is: 0 main clause, 1 adverbial clause
    ("as", "after", "when" ...), 2 relative clause, purpose "to ...", gerund after a
    preposition, participle after a noun ("the curfew imposed in ...")."""
    n = c.match.first
    words = sent.words
    prev = words[n - 1] if n > 0 else ""
    if prev == "to" and c.mode != "planned":
        return 2
    if words[n].endswith("ing") and (
        prev == ","
        or prev in _GERUND_PREPS
        or prev in _WEEKDAYS_LOWER
        or prev in _TIME_WORDS
    ):
        return 2  # "..., killing eight", "demonstrated on Sunday calling for ..."
    if (
        words[n].endswith("ing")
        and n > 0
        and prev not in _BE
        and (
            sent.ends_actor(n - 1)
            or (
                sent.tokens[n - 1].text.isalpha()
                and sent.tokens[n - 1].text.islower()
                and prev not in _ADVERBS_SKIP
                and prev not in _PRONOUNS
                and prev not in _NEGATORS
                and prev not in {"and", "or", "but", "then", "to", "not"}
                and not prev.endswith("n't")
            )
        )
    ):
        return (
            2  # "rebels fighting to topple him", "an attack targeting ...": modifiers
        )
    if _reduced_relative(sent, c):
        return 2
    for k in range(n - 1, max(-1, n - 10), -1):
        w = words[k]
        if w in {",", ";", ":"} or w in _HARD_BOUNDARY:
            break
        if w in _RELATIVES:
            return 2
        if w in _SUBORDINATORS:
            return 1
        # "the group that has seized ...": a relative clause, unless "that" follows
        # a reporting or governing verb ("said that", "demanded that").
        if (
            w == "that"
            and k > 0
            and k - 1 not in sent.complement_heads
            and words[k - 1] not in _TIME_WORDS
            and not sent.tokens[k - 1].text[:1].isupper()
        ):
            return 2
    return 0


_RELATIVES = frozenset("who whom which whose where".split())
_GERUND_PREPS = _OBJ_PREP | frozenset(
    "by while at in without before after despite since upon".split()
)


def _reduced_relative(sent: _Sentence, c: _Cand) -> bool:
    """A participle right after a noun with no object after it: "the curfew imposed
    in Sudan", "10 Russian soldiers killed in Ukraine", "weapons seized last year"."""
    n = c.match.first
    if (
        n == 0
        or not sent.words[n].endswith(("ed", "en", "wn"))
        or c.flags & {"ctrl", "speech", "sym"}
        or c.type == "PROTEST"
        or c.cameo in _INTRANSITIVE
    ):
        return False
    words = sent.words
    prev = words[n - 1]
    after = words[n + 1] if n + 1 < len(words) else "."
    nxt_tok = sent.tokens[n + 1] if n + 1 < len(words) else None
    objectless = (
        after in _AFTER_PARTICIPLE
        or after in _TIME_AFTER
        or (nxt_tok is not None and nxt_tok.text in _WEEKDAYS)
    )
    if not objectless:
        return False
    if sent.ends_actor(n - 1):
        # After an actor only a preposition shows it ("soldiers killed in ..."),
        # not a time ("prisoners rioted Monday").
        return (
            after in _AFTER_PARTICIPLE
            and after != "to"
            and (n < 2 or words[n - 2] not in _BE)
        )
    return (
        prev.isalpha()
        and sent.tokens[n - 1].text.islower()
        and prev not in _TIME_WORDS
        and prev not in _BE
        and prev not in _ADVERBS_SKIP
        and prev not in _PRONOUNS
        and prev not in _NEGATORS
        and prev not in {"and", "or", "but", "then", "who", "which", "that"}
    )


# Codes of verbs with no object, which cannot be passive participles.
_INTRANSITIVE = frozenset({"0831", "0874", "087", "080"})
_TIME_AFTER = frozenset("last this earlier yesterday today overnight recently".split())
_WEEKDAYS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_WEEKDAYS_LOWER = frozenset(w.lower() for w in _WEEKDAYS)


def _speaker(sent: _Sentence, s: _Cand) -> _AM | None:
    """Who says it: the actor before the reporting verb, or after it ("..., said X")."""
    am = _left_actor(sent, s.match.first)
    prev = sent.words[s.match.first - 1] if s.match.first > 0 else ""
    if am is not None and sent.token_index(am.end) >= s.match.first - 4:
        return am
    trailing = s.match.last + 8 >= len(sent.words)
    if trailing and (prev in {",", '"', "'"} or am is None):
        right = _right_actor(sent, s.match.last, None, limit=6)
        if right is not None:
            return right
    return am


def _reported_speech(
    sent: _Sentence, speech: list[_Cand], events: list[_Cand]
) -> list[_Cand]:
    """Embedded events get their speaker; "S said Y attacked" is S accusing Y."""
    if not speech:
        return events
    out: list[_Cand] = []
    lasts = [s.match.last for s in speech]  # in text order
    accused: set[int] = set()
    for c in events:
        # The nearest reporting verb before the event; a trailing "..., officials
        # said" reports the event but does not act in it.
        k = bisect.bisect_left(lasts, c.match.first) - 1
        lead = speech[k] if k >= 0 else None
        who = _speaker(sent, lead) if lead is not None else None
        self_report = lead is not None and _pronoun_subject(sent, lead, c)
        if who is not None and (self_report or (c.source is None and not c.passive)):
            c.source = who
            c.rule = "events.reported"
            group = _coordinated_before(sent, who)
            if group:
                # "Obama and Putin said they will ...": each speaker acts.
                c.source = group[0]
                c.extra_sources = [*group[1:], who]
        elif (
            lead is not None
            and who is not None
            and c.type in {"ASSAULT", "COERCE", "MOBILIZE"}
            and c.mode == "asserted"
            and (c.source is None or c.source.key() != who.key())
            and sent.token_index(who.start) < lead.match.first
        ):
            # "Israel said a mortar was fired at it from Gaza": an accusation.
            if lead.start in accused:
                continue
            accused.add(lead.start)
            acc = _cand_like(lead, "112", "events.accusation")
            acc.source = who
            acc.target = c.source or c.target
            if acc.target is None or acc.target.key() == who.key():
                # "Israel said a mortar was fired at it from Gaza": from where
                acc.target = _origin(sent, c.match.last) or acc.target
            out.append(acc)
            continue
        out.append(c)
    if not out:
        for s in speech:
            claim = _claim_accusation(sent, s)
            if claim is not None:
                out.append(claim)
                break
    return out


def _origin(sent: _Sentence, after: int, limit: int = 12) -> _AM | None:
    """The place an attack came "from" after token `after` ("fired from Gaza")."""
    for n in range(after + 1, min(len(sent.words) - 1, after + limit)):
        w = sent.words[n]
        if w in _HARD_BOUNDARY:
            return None
        if w != "from":
            continue
        k = n + 2 if sent.words[n + 1] == "the" else n + 1
        am = sent._am_at_token.get(k)
        if am is not None and am.place is not None:
            return am
    return None


def _pronoun_subject(sent: _Sentence, lead: _Cand, c: _Cand) -> bool:
    """A pronoun subject in reported speech is the speaker ("X said they ...")."""
    between = range(lead.match.last + 1, c.match.first)
    if any(sent._am_at_token.get(k) is not None for k in between):
        return False
    return any(sent.words[k] in {"he", "she", "they", "we", "it", "i"} for k in between)


def _cand_like(s: _Cand, cameo: str, rule: str) -> _Cand:
    c = _Cand(s.match, s.start, s.end, cameo, plover_of(cameo), s.sentence, rule=rule)
    c.mentions = list(s.mentions)
    c.negated, c.mode = s.negated, s.mode
    return c


def _claim_accusation(sent: _Sentence, s: _Cand) -> _Cand | None:
    """A claim with a negative cue about another actor is an accusation
    ("X claims that Y uses the conflict to the detriment of ...")."""
    who = _speaker(sent, s)
    if who is None or sent.token_index(who.start) > s.match.first:
        return None
    rest = sent.doc.norm[s.end : min(sent.span.end, s.end + 300)].lower()
    if not any(cue in rest for cue in _negative_cues()):
        return None
    target = _right_actor(sent, s.match.last, who, limit=8)
    if target is None:
        return None
    acc = _cand_like(s, "112", "events.claim_accusation")
    acc.source, acc.target = who, target
    return acc


def _statement(sent: _Sentence, speech: list[_Cand]) -> _Cand:
    s = speech[0]
    s.source = _speaker(sent, s)
    s.target = None
    s.rule = "events.statement"
    return s


def _merge_in_sentence(events: list[_Cand]) -> list[_Cand]:
    """One record per event: same type and source in a sentence is one event."""
    out: list[_Cand] = []
    seen: dict[int, set[Mention]] = {}
    for c in events:
        twin = next(
            (
                o
                for o in out[-12:]
                if o.type == c.type
                and c.vp_coordinated
                and o is out[-1]
                and o.negated == c.negated
            ),
            None,
        ) or next(
            (
                o
                for o in out[-12:]
                if o.type == c.type
                and o.negated == c.negated
                and (
                    o.source is None
                    or c.source is None
                    or o.source.key() == c.source.key()
                )
                and (
                    o.target is None
                    or c.target is None
                    or o.target.key() == c.target.key()
                )
            ),
            None,
        )
        if twin is None:
            out.append(c)
            continue
        twin.source = twin.source or c.source
        twin.target = twin.target or c.target
        if id(twin) not in seen:
            seen[id(twin)] = set(twin.mentions)
        known = seen[id(twin)]
        for m in c.mentions:
            if m not in known:
                known.add(m)
                twin.mentions.append(m)
    # "X and Y staged a protest": one event per distinct actor.
    extra: list[_Cand] = []
    for c in out:
        if _symmetric(c) and c.target is None and len(c.parties) > 1:
            continue  # "X and Y seek a partnership": X with Y, see _mirror
        for other in c.extra_sources:
            if c.source is not None and other.key() != c.source.key():
                twin = _cand_like(c, c.cameo, c.rule)
                twin.type = c.type
                twin.source, twin.target = other, c.target
                twin.negated, twin.mode = c.negated, c.mode
                extra.append(twin)
    return out + extra


# --------------------------------------------------------------------- when, where


def _usable_dates(dates: Sequence[TimeExpression]) -> list[TimeExpression]:
    """Calendar dates and times (not durations, sets or "PRESENT_REF"), by offset."""
    keep = {TimexType.DATE, TimexType.TIME}
    return sorted(
        (d for d in dates if d.type in keep and d.value[:1].isdigit()),
        key=lambda d: d.start,
    )


def _date_for(
    c: _Cand,
    doc: Document,
    usable: list[TimeExpression],
    published: dt.date | None,
) -> tuple[TimeExpression | None, str | None]:
    lo = bisect.bisect_left(usable, c.sentence.start, key=_start)
    hi = bisect.bisect_left(usable, c.sentence.end, key=_start)
    in_sentence = usable[lo:hi]
    if in_sentence:
        best = min(in_sentence, key=lambda d: abs(d.start - c.start))
        return best, "clause"
    paras = doc.paragraphs
    k = bisect.bisect_right(paras, c.start, key=_start) - 1
    para = paras[k] if k >= 0 and c.start < paras[k].end else None
    if para is not None and lo > 0 and usable[lo - 1].start >= para.start:
        return usable[lo - 1], "passage"
    if published is not None:
        stamp = TimeExpression(
            text="",
            start=0,
            end=0,
            type="DATE",
            value=published.isoformat(),
            anchor="published",
            rule="events.published",
        )
        return stamp, "published"
    return None, None


def _capital(c: _Cand, sent: _Sentence, places: PlaceFindings) -> Location | None:
    """For "the capital('s) ...": the largest city of the actors' country named in the
    article (capitals are their country's largest city far more often than not)."""
    words = sent.words
    first = c.match.first
    near = words[first : min(len(words), c.match.last + 8)]
    if "capital" not in near and "capital's" not in near:
        return None
    country = next(
        (
            am.actor.country
            for am in (c.source, c.target)
            if am is not None and am.actor.country
        ),
        None,
    )
    cities = [
        loc
        for loc in places.locations
        if loc.kind == LocationKind.CITY and loc.country == country and loc.population
    ]
    return max(cities, key=lambda loc: loc.population or 0) if cities else None


def _place_mentions(places: PlaceFindings) -> list[tuple[int, Mention, Location]]:
    """Every place mention with its location, by offset."""
    return sorted(
        ((m.start, m, loc) for loc in places.locations for m in loc.mentions),
        key=lambda t: t[0],
    )


def _first(item: tuple[int, Mention, Location]) -> int:
    return item[0]


def _start(item: _AM | TimeExpression | Span) -> int:
    return item.start


def _location_for(
    c: _Cand,
    sent: _Sentence,
    places: PlaceFindings,
    place_mentions: list[tuple[int, Mention, Location]],
    dateline: Location | None,
) -> Location | None:
    capital = _capital(c, sent, places)
    if capital is not None:
        return capital
    used = {id(c.source), id(c.target)}
    best: tuple[int, Location] | None = None
    lo = bisect.bisect_left(place_mentions, sent.span.start, key=_first)
    hi = bisect.bisect_left(place_mentions, sent.span.end, key=_first)
    for _, m, loc in place_mentions[lo:hi]:
        if c.source is not None and c.source.start <= m.start < c.source.end:
            continue
        am = sent.am_covering(m.start)
        if am is not None and id(am) in used and am.place is None:
            continue
        n = sent.token_index(m.start)
        prev = sent.words[n - 1] if n > 0 else ""
        if (
            am is not None
            and id(am) in used
            and loc.kind == "country"
            and prev not in _LOCATIVE
        ):
            continue  # a country that acts or is acted upon is not where it happens
        locative = prev in _LOCATIVE or prev in {"of", "'s", "the"} or am is None
        if not locative and am is not None and id(am) not in used:
            continue
        dist = abs(m.start - c.end) if m.start >= c.end else 2 * abs(c.start - m.end)
        if best is None or dist < best[0]:
            best = (dist, loc)
    if best is not None:
        return best[1]
    return dateline


def _dateline_location(doc: Document, places: PlaceFindings) -> Location | None:
    line = doc.dateline
    if line is None:
        return None
    for loc in places.locations:
        for m in loc.mentions:
            if line.place.start <= m.start < line.place.end:
                return loc
    # The places stage may skip the capitalised dateline: match it by name.
    name = doc.norm[line.place.start : line.place.end].strip().lower()
    return next((loc for loc in places.locations if loc.name.lower() == name), None)


# --------------------------------------------------------------------- the stage


def extract(
    doc: Document,
    dates: tuple[TimeExpression, ...],
    places: PlaceFindings,
    actors: tuple[Actor, ...],
    published: dt.date | None,
) -> tuple[Event, ...]:
    """Every event of `doc`, one record per event with all its mentions."""
    ams = _actor_mentions(doc, places, actors)
    dateline = _dateline_location(doc, places)
    usable = _usable_dates(dates)
    place_mentions = _place_mentions(places)
    cands: list[tuple[_Cand, _Sentence]] = []
    for span in doc.sentences:
        sent = _Sentence(doc, span, ams)
        cands.extend((c, sent) for c in _sentence_events(sent))
    for c, sent in cands:
        _national_source_at_scene(sent, c)
    _inherit_generic_sources([c for c, _ in cands])
    events: list[Event] = []
    keys: dict[tuple[str, str, str, bool, str], int] = {}
    extra: dict[int, dict[Mention, None]] = {}  # merged mentions, by event index
    for c, sent in cands:
        date, date_source = _date_for(c, doc, usable, published)
        location = _location_for(c, sent, places, place_mentions, dateline)
        key = (
            c.type,
            c.source.key() if c.source else "",
            c.target.key() if c.target else "",
            c.negated,
            date.value if date is not None and date_source != "published" else "",
        )
        if c.source is not None and key in keys:
            n = keys[key]
            extra.setdefault(n, dict.fromkeys(events[n].mentions)).update(
                dict.fromkeys(c.mentions)
            )
            if events[n].location is None and location is not None:
                events[n] = attrs.evolve(events[n], location=location)
            continue
        ev = Event(
            type=c.type,
            cameo=c.cameo,
            trigger=Mention.of(doc.text, c.start, c.end),
            sentence=Mention.of(doc.text, c.sentence.start, c.sentence.end),
            source=c.source.actor if c.source else None,
            target=c.target.actor if c.target else None,
            date=date,
            location=location,
            negated=c.negated,
            mode=c.mode,
            date_source=date_source,
            mentions=tuple(c.mentions),
            rule=c.rule,
        )
        if c.source is not None:
            keys[key] = len(events)
        events.append(ev)
    for n, mentions in extra.items():
        events[n] = attrs.evolve(events[n], mentions=tuple(mentions))
    return tuple(events)


# Sectors of institutions that act at home: a bare "police" or "the government"
# acting in a country is that country's.
_NATIONAL_SECTORS = frozenset("GOV MIL COP JUD LEG".split())
_SCENE_PREPS = frozenset("in at across throughout near inside".split())
_SCENE_WINDOW = 8  # actor mentions after the trigger looked at for the scene


def _national_source_at_scene(sent: _Sentence, c: _Cand) -> None:
    """ "Police arrested 12 protesters in Cairo": a bare national institution (or
    an ethnic group: "ethnic Albanians demonstrated in Serbia") with no country
    takes the country of the place the act happens at, when the places after
    the trigger name one country only."""
    src = c.source
    if (
        src is None
        or not src.generic
        or src.actor.country is not None
        or not src.actor.code
        or (
            src.actor.code[3:] not in _NATIONAL_SECTORS
            and src.actor.rule != _ETHNIC_RULE
        )
    ):
        return
    countries = set()
    lo = bisect.bisect_left(sent.ams, c.end, key=_start)
    for am in sent.ams[lo : lo + _SCENE_WINDOW]:
        if am.place is None or not am.actor.country:
            continue
        n = sent.token_index(am.start)
        if n > 1 and sent.words[n - 1] == "the":
            n -= 1
        if n > 0 and sent.words[n - 1] in _SCENE_PREPS:
            countries.add(am.actor.country)
    if len(countries) == 1:
        actor = _with_country(src.actor, countries.pop())
        c.source = _AM(src.start, src.end, actor, generic=True)
        c.rule = c.rule + "+scene"


def _inherit_generic_sources(cands: list[_Cand]) -> None:
    """A bare group noun with no country ("Officials ... expressed concern") takes
    the country of the latest source actor that had one (the story's running actor)."""
    last: _AM | None = None
    last_sentence = -1
    for n, c in enumerate(cands):
        src = c.source
        if (
            src is not None
            and src.generic
            and src.actor.country is None
            and last is not None
            and not c.rule.endswith("+mutual")  # the other party of a mutual act
        ):
            if n - last_sentence <= 3:
                actor = _with_country(src.actor, last.actor.country)
                c.source = _AM(src.start, src.end, actor, generic=True)
                c.rule = c.rule + "+context"
        elif src is not None and src.actor.country is not None:
            last, last_sentence = src, n


def main_event(
    events: tuple[Event, ...], doc: Document, title: str | None
) -> Event | None:
    """The article's lead event, normally from the headline or first paragraph."""
    if not events:
        return None
    title_types: set[str] = set()
    title_codes: set[str] = set()
    title_words: set[str] = set()
    if title:
        tdoc = Document(title)
        for span in tdoc.sentences:
            sent = _Sentence(tdoc, span, ())
            for m in _find_triggers(sent):
                title_types.add(m.entry.plover)
                title_codes.add(m.entry.cameo)
        title_words = {t.text.lower() for t in tdoc.tokens if t.text[:1].isupper()}
    first_para = doc.paragraphs[0] if doc.paragraphs else None
    lead_end = doc.sentences[min(3, len(doc.sentences) - 1)].end if doc.sentences else 0

    def score(ev: Event) -> tuple[float, int]:
        s = 0.0
        if ev.type != STATEMENT:
            s += 3
        if ev.source is not None:
            s += 2
        if ev.target is not None:
            s += 1
        if ev.mode == "asserted" and not ev.negated:
            s += 1
        if ev.type in title_types:
            s += 4
        if ev.cameo in title_codes:
            s += 2
        if title and ev.trigger.text.lower() in title.lower():
            s += 3
        for actor in (ev.source, ev.target):
            if actor is None:
                continue
            names = {w.lower() for w in actor.name.split() if w[:1].isupper()}
            names.update(m.text.lower() for m in actor.mentions)
            if names & title_words:
                s += 2
        if first_para is not None and ev.trigger.start < first_para.end:
            s += 2
        if ev.trigger.start < lead_end:
            s += 2
        s += min(len(ev.mentions), 3) * 0.5
        return s, -ev.trigger.start

    return max(events, key=score)
