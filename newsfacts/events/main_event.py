"""The main event of an article, as a reader would pick it.

The first act of the lead (`events/lead.py`: the opening sentences, with
boilerplate, captions and credits skipped): a coded event, else a strong act of
a main clause (a rescue, a win, a crash: typed "OTHER" with an empty CAMEO code,
never one of `Article.events`), else a statement or report when the lead says
nothing else. The headline decides between the lead's acts: the first act whose
verb the title names. Background is no main event: an act dated by a past year
alone ("met in 1953").

Its agent takes the fullest name the article gives it ("a Texas court": the
Court of Criminal Appeals). Its place is the clause's, else the dateline's,
else a place of the agent's phrase ("A Texas court") or a national group's
country, else the most specific place of the lead; its date the clause's or
the sentence's (for a reported act, the day of the saying), else the lead's
first day, else the publication date (`events/main_when_where.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import attrs

from ..findings import PlaceFindings
from ..language.clauses import Clause
from ..language.morphology import inflections
from ..language.sentences import ParsedSentence, parse_document
from ..records import (
    Actor,
    ActorKind,
    Event,
    Location,
    Mention,
    TimeExpression,
)
from ..text import Document
from .compose import governor
from .headline import title_line
from .lead import (
    Act,
    clause_of,
    lead_sentences,
    sentence_acts,
    subordinate_acts,
)
from .lexicon import plover_of
from .main_when_where import (
    Reference,
    act_date,
    act_place,
    background_act,
    calendar_date,
    date_start,
    reference_year,
)
from .mentions import ActorMention
from .parties import Parties

__all__ = ["OTHER", "lead_event"]

OTHER = "OTHER"
_SPOKEN_ROOTS = ("01", "02")  # CAMEO roots: make a statement, appeal
"""`Event.type` of an uncoded act chosen as the main event."""


def lead_event(
    events: tuple[Event, ...],
    doc: Document,
    parsed: Sequence[ParsedSentence],
    title: str | None,
    places: PlaceFindings,
    dateline: Location | None,
    dates: Sequence[TimeExpression],
    published: dt.date | None,
    ams: Sequence[ActorMention],
) -> Event | None:
    """The article's main event (see the module's docstring)."""
    if not title and len(parsed) > 1 and title_line(doc, parsed[0]):
        # a title written as the text's first line is the title, no lead act
        # ("Three men charged over Manchester stabbing\n\nThree men have
        # been charged with murder ...")
        title = doc.text[parsed[0].span.start : parsed[0].span.end]
        parsed = parsed[1:]
    lead = lead_sentences(doc.text, parsed)
    if not lead:
        return None
    dates = sorted((d for d in dates if calendar_date(d)), key=date_start)
    reference = reference_year(dates, published)
    acts: list[tuple[Act, Parties]] = []
    starts = [a.start for a in ams]
    for ps in lead:
        p = Parties(ps, ams, starts=starts)
        coded = _coded(ps, events)
        acts.extend(
            (act, p)
            for act in sentence_acts(ps, p, coded)
            if not background_act(act, dates, reference)
        )
    if not acts:
        return None
    chosen = _title_act(acts, title)
    if chosen is None and title:
        ps = acts[0][0].sentence  # the lead's sentence: its other clauses
        p = acts[0][1]
        others = [(a, p) for a in subordinate_acts(ps, p, _coded(ps, events))]
        chosen = _title_act(others, title)
    act, p = chosen or _coded_over_other(acts)
    if chosen is None and act.event is None and not act.statement:
        # "a car bomb exploded outside a police station, killing five
        # officers", "two people were killed when troops opened fire": the
        # coded act that an uncoded one goes on to or happens with
        act = _coded_under(act, p, _coded(act.sentence, events)) or act
    if chosen is None and act.statement and act.event is None:
        # '"We will not stand by," Biden said as he announced new sanctions':
        # the act the speaker does as he speaks
        sub = _said_while(act, p, _coded(act.sentence, events))
        act = sub or act
    act = _fullest(act, p, ams, events)
    return _record(doc, act, p, lead, places, dateline, dates, published, reference)


def _fullest(
    act: Act, p: Parties, ams: Sequence[ActorMention], events: Sequence[Event]
) -> Act:
    """The act with its agent under the fullest name the article gives it: a
    common noun ("a Texas court", "India's cricket board") is the named
    organisation whose name holds that noun ("the Court of Criminal Appeals",
    "the Board of Control for Cricket in India") and that acts in the article
    (the source of one of its `events`: "A Pakistani court sentenced Khan ...
    his party will challenge the verdict in the Islamabad High Court" names
    another court); an acronym ("AMLO") the actor whose initials it is."""
    who = act.source
    if who is not None and who.acronym is None and _acronym(who.name):
        found = _expansion(who.name, ams)
        if found is not None:
            return attrs.evolve(act, source=found)
    head = _agent_head(act, p)
    if head is None or (who is not None and who.kind == ActorKind.PERSON):
        return act
    if who is not None and who.kind != ActorKind.GROUP and head in who.name.lower():
        return act  # "the Senate" named so already
    acting = {id(e.source) for e in events if e.source is not None}
    for am in ams:
        a = am.actor
        if a.kind == ActorKind.ORGANIZATION and a is not who and id(a) in acting:
            words = a.name.split()
            if head.capitalize() in words or head.upper() in words:
                return attrs.evolve(act, source=a)
    return act


def _agent_head(act: Act, p: Parties) -> str | None:
    """The head noun of the act's agent phrase, a common noun, lower case."""
    cl = act.sentence.structure.clauses[act.clause]
    vg = act.sentence.structure.chunks.verbs[cl.verb]
    np = cl.agent if vg.voice == "passive" else cl.subject
    if np is None:
        return None
    phrase = p.nps[np]
    word = act.sentence.tokens[phrase.head].text
    if phrase.pronoun or phrase.proper or not word.islower():
        return None
    return word


def _acronym(name: str) -> bool:
    return 2 <= len(name) <= 6 and name.isalpha() and name.isupper()


def _expansion(acronym: str, ams: Sequence[ActorMention]) -> Actor | None:
    for am in ams:
        words = am.actor.name.split()
        if len(words) >= 2 and "".join(w[0] for w in words).upper() == acronym:
            return am.actor
    return None


def _coded(ps: ParsedSentence, events: Sequence[Event]) -> dict[int, list[Event]]:
    """The coded events of a sentence, by clause."""
    out: dict[int, list[Event]] = {}
    for ev in events:
        if ps.span.start <= ev.trigger.start < ps.span.end:
            i = clause_of(ps, ev.trigger.start)
            if i is not None:
                out.setdefault(i, []).append(ev)
    return out


_WHILE = frozenset(("as", "while"))


def _said_while(act: Act, p: Parties, coded: dict[int, list[Event]]) -> Act | None:
    """A coded act, no statement, of a clause of time opened by "as" or
    "while" under the statement `act`, done by the speaker."""
    sub = _asserted_under(act, p, coded, lambda cl: _marked(p, cl, _WHILE))
    return (
        sub
        if sub is not None and sub.source is not None and sub.source == act.source
        else None
    )


_AT_THE_TIME = frozenset(("when",))
"""Markers of a clause of the very time of an act ("two people were killed
when troops opened fire"); "as" and "while" clauses may report what goes on
beside it ("is scaling back its goals as he pushes for a withdrawal")."""


def _coded_under(act: Act, p: Parties, coded: dict[int, list[Event]]) -> Act | None:
    """An asserted coded act, no statement, of a participle continuing the
    uncoded `act` (", killing five officers") or of its clause of the same
    time ("when troops opened fire"): what the uncoded act reports."""
    return _asserted_under(
        act,
        p,
        coded,
        lambda cl: cl.kind == "participial" or _marked(p, cl, _AT_THE_TIME),
    )


def _asserted_under(
    act: Act,
    p: Parties,
    coded: dict[int, list[Event]],
    fits: Callable[[Clause], bool],
) -> Act | None:
    """The first asserted coded act, no statement, of a clause right under
    `act`'s clause that `fits`."""
    clauses = act.sentence.structure.clauses
    for sub in subordinate_acts(act.sentence, p, coded):
        cl = clauses[sub.clause]
        if (
            sub.event is not None
            and not sub.statement
            and sub.event.mode == "asserted"
            and cl.governor == act.clause
            and fits(cl)
        ):
            return sub
    return None


def _marked(p: Parties, cl: Clause, markers: frozenset[str]) -> bool:
    """The clause is an adverbial clause opened by one of `markers`."""
    return (
        cl.kind == "adverbial"
        and cl.marker is not None
        and p.words[cl.marker].lower() in markers
    )


def _coded_over_other(acts: Sequence[tuple[Act, Parties]]) -> tuple[Act, Parties]:
    """The lead's first act, unless it is an uncoded act (`OTHER`) followed in
    the same sentence by a coded act that is no statement: "Egypt hosted
    talks on Sunday, and Hamas rejected the proposal" reports the rejection;
    a statement after a rescue or a crash ("a bus crashed, police said") does
    not take its place."""
    first = acts[0]
    if first[0].event is not None:
        return first
    for ap in acts[1:]:
        act = ap[0]
        if act.sentence is not first[0].sentence:
            break
        if (
            act.event is not None
            and not act.statement
            and act.event.mode == "asserted"
            and act.sentence.structure.clauses[act.clause].kind == "main"
        ):
            return ap  # not a plan: "talks were suspended and ministers will meet"
    return first


def _title_act(
    acts: Sequence[tuple[Act, Parties]], title: str | None
) -> tuple[Act, Parties] | None:
    """The first act of the lead whose verb the title names, as a verb or in
    any of its forms ("Turkey expels Russian diplomats", "Knife attack at a
    Walmart")."""
    if not title:
        return None
    words = {t.text.lower() for t in Document(title).tokens}
    lemmas = {
        ps.structure.chunks.verbs[cl.verb].lemma
        for ps in parse_document(Document(title))
        for cl in ps.structure.clauses
    }
    by_verb = [
        ap for ap in acts if ap[0].lemma in lemmas or words & inflections(ap[0].lemma)
    ]
    # the title's doer decides between acts: "Senate passes stopgap bill" is
    # the Senate's vote, not the House's passing of the bill a line later
    by_doer = [ap for ap in acts if _named_in(ap[0].source, words)]
    both = [ap for ap in by_verb if ap in by_doer]
    if both:
        return both[0]
    if by_doer and by_verb:
        # but an act of the title's verb upon the one the title names, whose
        # doer is no actor, may be the title doer's ("England beat Pakistan"
        # with England no actor, over "Pakistan, put in to bat, made 225")
        upon = [
            ap
            for ap in by_verb
            if ap[0].source is None and _named_in(ap[0].target, words)
        ]
        return upon[0] if upon else by_doer[0]
    return by_verb[0] if by_verb else None


def _named_in(actor: Actor | None, words: set[str]) -> bool:
    """The title names the actor: every capitalised word of its name or of
    one of its mentions is a word of the title ("Senate", "Biden" of "Joe
    Biden"; not "New York Police Department" for "in New York City")."""
    if actor is None:
        return False
    for name in {actor.name, *(m.text for m in actor.mentions)}:
        caps = [w.lower() for w in name.split() if w[:1].isupper() and len(w) > 2]
        if caps and all(w in words for w in caps):
            return True
    return False


def _record(
    doc: Document,
    act: Act,
    p: Parties,
    lead: Sequence[ParsedSentence],
    places: PlaceFindings,
    dateline: Location | None,
    dates: Sequence[TimeExpression],
    published: dt.date | None,
    reference: Reference,
) -> Event:
    """The act as an event record, with its place and date."""
    location = act_place(act, p, lead, places, dateline)
    date, source = act_date(act, lead, dates, published, reference)
    ps = act.sentence
    if act.event is not None:
        ev = act.event
    else:
        # a statement no coded event reports ("said" with no actor as
        # speaker, "officials urged calm") is typed by its verb's code when
        # that is a statement or an appeal (010, 020); a verb of belief or
        # finding has none ("believed", "a study shows"), and a warning may be
        # of the weather ("forecasters warned of heavy rain"): OTHER
        gov = governor(act.lemma) if act.statement else None
        code = gov.code if gov is not None else ""
        if code[:2] not in _SPOKEN_ROOTS:
            code = ""
        kind = plover_of(code) if code else OTHER
        ev = Event(
            type=kind,
            cameo=code,
            trigger=Mention.of(doc.text, act.start, act.end),
            sentence=Mention.of(doc.text, ps.span.start, ps.span.end),
            source=act.source,
            target=act.target,
            rule="events.lead_act",
        )
    return attrs.evolve(
        ev, source=act.source, location=location, date=date, date_source=source
    )
