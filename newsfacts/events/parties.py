"""Parties: the actor a noun phrase of the clause layer stands for.

A noun phrase stands for the actor whose mention covers its head ("US
officials", "the Syrian army", "President Barack Obama"). Through a partitive
head ("a group of protesters", "hundreds of students") it stands for the
phrase after "of"; through a group noun owned by an actor ("Haftar's forces")
for the owner; an apposition lends its actor to a head that has none ("the
group, Hamas, ..."). A place is a party only where the actors stage made it an
actor (a country, a capital standing for its government: "Moscow said"), and
never after a preposition of place ("protests in India", "met in Geneva").
Datelines and credits are part of no phrase (the clause layer keeps them out).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from operator import attrgetter

import attrs

from ..knowledge.names import sex_of_name
from ..knowledge.titles import title_lasts
from ..knowledge.user import UserTriggers
from ..language.chunks import NounPhrase
from ..language.sentences import ParsedSentence
from ..records import ActorKind
from .mentions import ActorMention, actor_heads, with_country
from .reactions import Act
from .words import word_classes

__all__ = ["PERSONAL", "Pair", "Parties", "fits_pair"]

PERSONAL = frozenset({"he", "she", "him", "her", "they", "them", "we", "i"})
"""Personal pronouns: a party of the act even when nothing names it ("He was
arrested in November"; "They were charged in absentia"). "it" is left out: it
is as often no one ("it is expected that ...")."""

# Possessive pronouns of a person that own a group ("his spokeswoman").
_OWNING = frozenset(("his", "her"))
_PERSON = frozenset({"he", "she", "him", "her"})
_TEXT = attrgetter("text")  # a token's text
_START = attrgetter("start")  # a token's first character

_BACK = 400
"""How far back (characters) a "he" or "she" looks for the person it stands
for: the sentence and the one or two before it."""

_PAIR_BACK = 600
"""How far back (characters) the last mutual act lends its two parties to
"the two sides": the sentence and the two or so before it."""

Pair = tuple[ActorMention, ActorMention, int]
"""The two parties of a mutual act ("X held talks with Y") and where it was
named (its trigger's first character)."""


class Parties:
    """The actors of one parsed sentence's noun phrases.

    Built once per sentence from the document's actor mentions (sorted by
    start) and their starts (`starts`, made once for the document, so finding
    the sentence's mentions is a plain bisection): a token -> mention table in
    one sweep, then constant-time look-ups.
    """

    def __init__(
        self,
        ps: ParsedSentence,
        ams: Sequence[ActorMention],
        user_triggers: UserTriggers | None = None,
        starts: Sequence[int] | None = None,
        city: Callable[[int, int], ActorMention | None] | None = None,
        last_pair: Pair | None = None,
        acts: Sequence[Act] = (),
    ) -> None:
        self.ps = ps
        self.acts = acts  # the story's acts named before, for reactions to them
        self._last_pair = last_pair  # the last mutual act's parties, before
        # "the two sides" read from the last two parties named: where (its
        # first character) and the two, for a mutual act before it in the
        # sentence to replace (`stage`)
        self.paired: list[tuple[int, str, ActorMention, ActorMention]] = []
        self._city = city  # the country a city or region named at a span stands for
        self.user_triggers = user_triggers  # a parser's own, read before the shipped
        self._all = ams
        self._starts = starts if starts is not None else [a.start for a in ams]
        self.nps: tuple[NounPhrase, ...] = ps.structure.chunks.nps
        self.words = list(map(str.lower, map(_TEXT, ps.tokens)))
        self.at: list[ActorMention | None] = [None] * len(ps.tokens)
        # noun phrase -> its `group`, read once: the clause readers ask for the
        # same subject's group again and again (the patterns, the parties, the
        # labour and speech checks)
        self._groups: dict[int, list[ActorMention]] = {}
        lo = bisect.bisect_left(self._starts, ps.span.start)
        hi = bisect.bisect_left(self._starts, ps.span.end, lo)
        self.mentions = [a for a in ams[lo:hi] if a.end <= ps.span.end]
        if not self.mentions:
            return
        # A token belongs to the first mention (in order) that ends after the
        # token starts, when that mention starts at or before it. Mention by
        # mention, that is the tokens starting in [max(its start, the furthest
        # end of the mentions before it), its end): a run of `at` filled by two
        # bisections, not a step per token.
        token_starts = list(map(_START, ps.tokens))
        reach = -1
        for am in self.mentions:
            a = bisect.bisect_left(token_starts, max(am.start, reach))
            b = bisect.bisect_left(token_starts, am.end)
            if a < b:
                self.at[a:b] = [am] * (b - a)
            reach = max(reach, am.end)

    def actor(self, np: int | None) -> ActorMention | None:
        """The actor noun phrase `np` stands for, or None."""
        if np is None:
            return None
        p = self.nps[np]
        head = self.words[p.head]
        # "a group of protesters", "tens of thousands of students", "nearly
        # 200 of the demonstrators": the phrase after "of"
        partitive = word_classes().partitive
        am = self._through_of(
            p, lambda h: self.words[h] in partitive or self.ps.tags[h] == "CD"
        )
        if am is not None:
            return am
        am = self.at[p.head]
        if am is not None and am.generic and not am.actor.code:
            # "the official Xinhua news agency": the name before a bare noun
            for k in range(p.head - 1, p.start - 1, -1):
                named = self.at[k]
                if named is not None and not named.generic:
                    return named
        if am is not None:
            if am.generic and am.actor.country is None:
                placed = self._of_country(am, p) or self._owned_by_person(am, p)
                if placed is not None:
                    return placed
            if am.generic and p.apposition is not None:
                # "Canada's foreign minister, Kenji Sato, criticized Poland":
                # the person named beside the role
                named = self.at[self.nps[p.apposition].head]
                if named is not None and named.actor.kind == ActorKind.PERSON:
                    return _in_role(named, am)
            return am
        if p.pronoun:
            return self._person(p.head, head) if head in _PERSON else None
        if p.possessor is not None and head in actor_heads():
            # "Haftar's forces act for Haftar"
            return self.at[self.nps[p.possessor].head]
        if head in word_classes().body_nouns:
            body = self._body_owner(p)
            if body is not None:
                return body
        if p.apposition is not None and self.at[self.nps[p.apposition].head]:
            return self.at[self.nps[p.apposition].head]
        holder = self._title_holder(p)
        if holder is not None:
            return holder
        if head.lower() in word_classes().kin_nouns and self._kin_of_person(p):
            return None  # "Ms Jones's family said": the family, not Jones
        if p.possessor is not None and head not in word_classes().name_heads:
            owner = self.at[self.nps[p.possessor].head]
            if owner is not None:
                # "Sweden's NATO bid": the owner, not the topic; but "bin
                # Laden's al-Qaeda network" is the network the name names
                return owner
        # "Palestinian suicide bombers", "Hamas militants": a nationality or an
        # actor modifying the head noun makes the phrase that actor's group.
        for k in range(p.head - 1, p.start - 1, -1):
            am = self.at[k]
            if am is not None and not self._agent_of_participle(k, p.head):
                return am
        return None

    def _kin_of_person(self, p: NounPhrase) -> bool:
        """The phrase names a person's kin (`kin_nouns`, its head): its owner
        ("Ms Jones's family") or a name before the head ("the Smith family")
        is a person, who is not the one who acts; a country's royal family
        ("the Saudi royal family") acts for the country."""
        owners = [self.at[k] for k in range(p.start, p.head)]
        if p.possessor is not None:
            owners.append(self.at[self.nps[p.possessor].head])
        return any(
            am is not None and am.actor.kind == ActorKind.PERSON for am in owners
        )

    def _agent_of_participle(self, k: int, head: int) -> bool:
        """Token `k` names the doer of a participle joined to it ("a
        U.S.-brokered truce", "a Saudi-led coalition", "Iran-backed rebels"),
        not what the phrase names."""
        j = k + 1
        return (
            j + 1 < head
            and self.words[j] == "-"
            and self.words[j + 1].lower() in word_classes().doer_participles
        )

    def _through_of(
        self, p: NounPhrase, passes: Callable[[int], bool]
    ) -> ActorMention | None:
        """The actor of the phrase after "of", a few levels deep, while the
        head passed through `passes` (its token)."""
        q = p
        for _ in range(3):
            if not passes(q.head):
                break
            of = next((a for a in q.attachments if self.words[a.prep] == "of"), None)
            if of is None:
                break
            q = self.nps[of.np]
            am = self.at[q.head]
            if am is not None:
                return am
        return None

    def _of_country(self, am: ActorMention, p: NounPhrase) -> ActorMention | None:
        """A role noun of one country is that country's group: "the
        government of Poland" POLGOV, "the ambassador of Mexico" (not "the
        leaders of France and Germany", who act for each country)."""
        of = next((a for a in p.attachments if self.words[a.prep] == "of"), None)
        if of is None or self.nps[of.np].conjuncts:
            return None
        owner = self.at[self.nps[of.np].head]
        if owner is None or owner.actor.kind != ActorKind.COUNTRY:
            return None
        return attrs.evolve(am, actor=with_country(am.actor, owner.actor.country))

    def _body_owner(self, p: NounPhrase) -> ActorMention | None:
        """The actor a body belongs to: after "of" (a few levels deep: "the
        committee of Pakistan's upper house of parliament"), else its owner
        ("Russia's lower house")."""
        bodies = word_classes().body_nouns
        am = self._through_of(p, lambda h: self.words[h] in bodies)
        owner = self.at[self.nps[p.possessor].head] if p.possessor is not None else None
        if (
            am is not None
            and owner is not None
            and not am.actor.country
            and am.actor.kind == ActorKind.GROUP
            and owner.actor.country
        ):
            # "Russia's lower house of parliament": a parliament of no country
            # of its own is the owner's (RUSLEG)
            return attrs.evolve(am, actor=with_country(am.actor, owner.actor.country))
        return am or owner

    def _title_holder(self, p: NounPhrase) -> ActorMention | None:
        """The person a title split by "of" names: "Secretary of State Antony
        Blinken" chunks as "Secretary" + "of" + "State Antony Blinken"."""
        if self.words[p.head] not in title_lasts():
            return None
        of = next((a for a in p.attachments if self.words[a.prep] == "of"), None)
        if of is None:
            return None
        am = self.at[self.nps[of.np].head]
        return am if am is not None and am.actor.kind == ActorKind.PERSON else None

    def _pair(self, np: int) -> list[ActorMention]:
        """ "The two countries", "the two leaders", "the two sides": the last
        two distinct parties of that kind named before, close by (people for
        leaders and presidents, any named party for sides, else countries)."""
        phrase = self.nps[np]
        head = self.words[phrase.head].lower()
        if (
            head not in word_classes().pair_nouns
            or phrase.head - phrase.start != 2
            or self.words[phrase.start].lower() != "the"
            or self.words[phrase.start + 1].lower() != "two"
        ):
            return []
        at = self.ps.tokens[phrase.start].start
        mutual = self._mutual_pair(head, at)
        if mutual:
            return mutual
        k = bisect.bisect_left(self._starts, at) - 1
        found: list[ActorMention] = []
        while k >= 0 and self._all[k].start >= at - _BACK and len(found) < 2:
            am = self._all[k]
            k -= 1
            kind = am.actor.kind
            if head in ("leaders", "presidents"):
                fits = kind == ActorKind.PERSON
            elif head == "sides":
                fits = not am.generic
            else:
                fits = kind == ActorKind.COUNTRY
            if fits and all(o.key() != am.key() for o in found):
                found.append(am)
        if len(found) != 2:
            return []
        self.paired.append((at, head, found[1], found[0]))
        return found[::-1]

    def _mutual_pair(self, head: str, at: int) -> list[ActorMention]:
        """The two parties of the last mutual act named close before ("Wang Yi
        held talks with Antony Blinken ... The two sides agreed": China and the
        US), whatever other actors were mentioned in between ("days after
        Russia's war in Ukraine"): the two sides, leaders or countries of a
        story are those who met, talked or agreed. Only where both parties are
        of the kind the noun names (people for "leaders", countries or their
        people for "countries")."""
        if self._last_pair is None:
            return []
        a, b, where = self._last_pair
        if not at - _PAIR_BACK <= where < at:
            return []
        return [a, b] if fits_pair(head, a, b) else []

    def _owned_by_person(self, am: ActorMention, p: NounPhrase) -> ActorMention | None:
        """A bare group a person's "his" or "her" owns is that person's
        country's ("President Ferdinand Marcos Jr. will chair a meeting, his
        spokeswoman said": the Philippines')."""
        first = self.words[p.start]
        if first not in _OWNING or p.start >= p.head:
            return None
        owner = self._person(p.start, "he" if first == "his" else "she")
        if owner is None or not owner.actor.country:
            return None
        return attrs.evolve(am, actor=with_country(am.actor, owner.actor.country))

    def _person(self, token: int, pronoun: str) -> ActorMention | None:
        """The person a "he" or "she" stands for: the last person named before
        it, close by ("Mr. Karzai said he had strong evidence"), whose title
        or given name does not say the other sex ("Pedro Sanchez, after a
        meeting with Ursula von der Leyen, ... he said": Sanchez)."""
        at = self.ps.tokens[token].start
        other = "f" if pronoun in ("he", "him") else "m"
        k = bisect.bisect_left(self._starts, at) - 1
        while k >= 0 and self._all[k].start >= at - _BACK:
            am = self._all[k]
            if am.actor.kind == ActorKind.PERSON and (
                sex_of_name(am.actor.name, am.actor.title) != other
            ):
                return am
            k -= 1
        return None

    def struck_city(self, np: int | None) -> ActorMention | None:
        """The country a city or region acted upon stands for, as in event
        data ("Russian forces attacked Kyiv": Ukraine; "Haftar's troops
        attacked Misrata": Libya)."""
        if np is None or self._city is None:
            return None
        p = self.nps[np]
        found = self._city(self.ps.tokens[p.start].start, self.ps.tokens[p.head].end)
        if found is None:
            # "the northeastern city of Kharkiv", "the town of Owo"
            of = next((a for a in p.attachments if self.words[a.prep] == "of"), None)
            if of is not None and of.np is not None:
                q = self.nps[of.np]
                found = self._city(
                    self.ps.tokens[q.start].start, self.ps.tokens[q.head].end
                )
        return found

    def unnamed(self, np: int | None) -> bool:
        """Whether `np` is a personal pronoun standing for no actor found: a
        party all the same ("He was re-arrested in November")."""
        if np is None or not self.nps[np].pronoun:
            return False
        return self.words[self.nps[np].head] in PERSONAL and self.actor(np) is None

    def people(self, np: int) -> bool:
        """Whether `np` names people and no actor ("a man", "two women",
        "three people")."""
        head = self.words[self.nps[np].head].lower()
        return head in word_classes().person_nouns and self.actor(np) is None

    def group(self, np: int | None) -> list[ActorMention]:
        """The distinct actors of `np` and the phrases coordinated with it
        ("Russia, China and Iran"), in order."""
        if np is None:
            return []
        got = self._groups.get(np)
        if got is None:
            got = self._groups[np] = self._group(np)
        return list(got)  # the caller's own list: some add to it

    def _group(self, np: int) -> list[ActorMention]:
        """`group`, worked out (a noun phrase's parties depend on the
        sentence alone; "the two sides" are noted once in `paired`)."""
        out: list[ActorMention] = []
        wc = word_classes()
        pair = self._pair(np)
        if pair:
            return pair
        for k in (np, *self.nps[np].conjuncts[:8]):
            am = self.actor(k)
            owners = (
                self._owners(k)
                if am is not None
                and (am.generic or self.words[self.nps[k].head] in wc.partitive)
                else []
            )
            for a in owners or ([am] if am is not None else []):
                # two phrases of a coordination are two parties, even of one
                # code ("Sudan's army and the Rapid Support Forces")
                if all(o.key() != a.key() or o.actor.name != a.actor.name for o in out):
                    out.append(a)
        if len(out) < 2:
            return self._nationalities(np) or out
        return out

    def _nationalities(self, np: int) -> list[ActorMention]:
        """The countries of nationality words joined by "and" before a plural
        head ("Iranian and U.S. officials held talks", "Russian and Ukrainian
        delegations met"): one party each, the head's group standing for its
        own country ("U.S. officials")."""
        phrase = self.nps[np]
        if (
            not self.ps.tags[phrase.head].startswith("NNS")
            or "and" not in (self.words[phrase.start : phrase.head])
        ):
            return []
        found: list[ActorMention] = []
        for t in range(phrase.start, phrase.head):
            am = self.at[t]
            if am is None or not am.actor.country:
                continue
            if all(o.actor.country != am.actor.country for o in found):
                found.append(am)
        if len(found) < 2:
            return []
        head = self.at[phrase.head]
        if head is not None and head.actor.country == found[-1].actor.country:
            found[-1] = head  # "U.S. officials" for the United States
        return found

    def _owners(self, np: int) -> list[ActorMention]:
        """The states or bodies a role noun of several acts for: "the leaders of
        France and Germany met" is a meeting of France and Germany. Only a
        coordination counts ("officials from Iran" stay Iran's officials)."""
        for att in self.nps[np].attachments:
            if self.words[att.prep] not in ("of", "from"):
                continue
            conj = self.nps[att.np].conjuncts
            if not conj:
                return []
            named = [self.actor(k) for k in (att.np, *conj[:8])]
            if all(a is not None and not a.generic for a in named):
                return [a for a in named if a is not None]
            return []
        return []

    def chars(self, np: int) -> tuple[int, int]:
        p = self.nps[np]
        return self.ps.chars(p.start, p.end)

    def head_word(self, np: int) -> str:
        return self.words[self.nps[np].head]

    def np_words(self, np: int) -> list[str]:
        p = self.nps[np]
        return self.words[p.start : p.end]


def fits_pair(head: str, a: ActorMention, b: ActorMention) -> bool:
    """Whether a mutual act's parties `a` and `b` are what "the two <head>"
    names: people for "leaders" and "presidents", parties of two countries
    for "countries" and the like, any two for "sides"."""
    if head in ("leaders", "presidents"):
        return a.actor.kind == ActorKind.PERSON and b.actor.kind == ActorKind.PERSON
    if head == "sides":
        return True
    return bool(a.actor.country and b.actor.country) and (
        a.actor.country != b.actor.country
    )


def _in_role(named: ActorMention, role: ActorMention) -> ActorMention:
    """A person named beside a role of a country is that country's: "the
    Russian ambassador, Sergei Nechayev" is Russia's envoy whatever country
    the article's story lent the name; the role's code says so ("RUSGOV")."""
    country, code = role.actor.country, role.actor.code
    if not country or not code or code.startswith("---"):
        return named
    if named.actor.country == country and (named.actor.code or "")[:3] == code[:3]:
        return named
    return attrs.evolve(
        named, actor=attrs.evolve(named.actor, country=country, code=code)
    )


def locative(prep: str) -> bool:
    """A preposition of place: what follows it is where, not who."""
    return prep in word_classes().locative
