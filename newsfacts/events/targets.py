"""Who an act is aimed at when its object does not say: the country a show
of force goes to (not the forces moved), the doer of an act commented on (not
its victim), the one an appeal or a warning addresses, and whether an act of
violence upon people has people to act upon.

Helpers of `events/reading.py`, over the language layer's clauses and the
parties of `events/parties.py`.
"""

from __future__ import annotations

from ..language.clauses import Clause
from ..language.verbs import VerbGroup
from ..records import ActorKind
from .clause_actors import first_party, owned, prep_party
from .clause_match import passive
from .conjoined import conjoined_objects
from .mentions import ActorMention, actor_heads
from .nouns import event_noun
from .parties import Parties
from .words import word_classes

__all__ = [
    "addressed",
    "led_delegation",
    "not_the_victim",
    "own_forces",
    "posture_target",
    "recipient",
    "struck_city",
    "struck_country",
    "upon_people",
    "withdrawn_from",
    "withdrawn_own",
]


_POSTURE_PREPS = frozenset(
    {
        "against",
        "along",
        "around",
        "into",
        "near",
        "on",
        "to",
        "toward",
        "towards",
        "with",
    }
)


_FORCES = frozenset({"MIL", "COP"})


def own_forces(am: ActorMention | None, source: ActorMention | None) -> bool:
    """Armed forces or police of no other country than the source's: the
    mover's own ("deployed troops", "agreed to withdraw their forces"), what
    is moved rather than whom an act is aimed at."""
    if am is None:
        return False
    code = am.actor.code or ""
    theirs = am.actor.country
    own = source.actor.country if source is not None else None
    return code[3:6] in _FORCES and (theirs is None or theirs == own)


def posture_target(
    p: Parties, cl: Clause, source: ActorMention | None, target: ActorMention | None
) -> ActorMention | None:
    """The party a show of force (CAMEO 15) is aimed at. The forces moved or
    alerted are the mover's own, no target ("deployed troops", "put the army
    on high alert"); the country they are sent to or against is ("deployed
    troops to the border with Syria", "massed troops near Ukraine"), and so is
    any party they are readied against ("put its army on alert against
    Hezbollah"). Forces of another country named as the object stay the target
    ("mobilised against Iraqi troops")."""
    if target is not None and not own_forces(target, source):
        return target
    own = source.actor.country if source is not None else None
    # a country after the clause's preposition, or one level down ("to the
    # border with Syria")
    for att in cl.preps:
        if p.words[att.prep] not in _POSTURE_PREPS:
            continue
        against = p.words[att.prep] == "against"
        for np in (att.np, *(sub.np for sub in p.nps[att.np].attachments)):
            am = p.actor(np)
            if am is None or not (against or am.actor.kind == "country"):
                continue
            if am.actor.country is None or am.actor.country != own:
                return am
    return None


# Roots of acts done to a victim: coercion, assault, force, mass violence.
_HARM_ROOTS = frozenset({"17", "18", "19", "20"})


def not_the_victim(p: Parties, cl: Clause, target: ActorMention) -> ActorMention | None:
    """The target of a comment on an act is not the one the act was done to:
    "condemned the attack on Israel" criticises the attacker, not Israel;
    "condemned the arrest of the editor" the ones who arrested him. Such a
    victim gives way to the act's doer ("the attack on Israel by Hamas"), else
    to nobody."""
    if not cl.objects:
        return target
    obj = cl.objects[0]
    noun = event_noun(p, obj)
    if noun is None or not noun.patient or noun.code[:2] not in _HARM_ROOTS:
        return target  # "lodged a protest against Pakistan": the protest's target
    key = target.key()
    for att in (*cl.preps, *p.nps[obj].attachments):
        if p.words[att.prep] in noun.patient:
            am = p.actor(att.np)
            if am is not None and am.key() == key:
                # "the attack on Israel by Hamas": "by" may hang from either
                around = (
                    *p.nps[obj].attachments,
                    *cl.preps,
                    *p.nps[att.np].attachments,
                )
                return first_party(p, around, noun.agent, [key])
    return target


_ADDRESS_PREPS = frozenset({"on", "upon", "to", "with"})


def addressed(p: Parties, cl: Clause, target: ActorMention | None) -> bool:
    """Whether the governing verb's target is the one it addresses: its object
    ("warned Sweden that it would block the bid", "told Iran that ...") or the
    party after "on", "upon", "to" or "with" ("called on Egypt to release the
    activists", "appealed to Russia to stop", "agreed with Ukraine to exchange
    prisoners"). That party stays the target of the act composed with what it
    is asked, warned of or agreed on."""
    if target is None:
        return False
    nps = [*cl.objects[:1]]
    nps += [a.np for a in cl.preps if p.words[a.prep] in _ADDRESS_PREPS][:1]
    for np in nps:
        am = p.actor(np)
        if am is not None and am.key() == target.key():
            return True
    return False


def upon_people(p: Parties, cl: Clause, vg: VerbGroup) -> bool:
    """The one acted upon is a person or people: an actor, a role noun or a
    noun of people ("executed a man", "executed four activists")."""
    np = cl.subject if passive(cl, vg) else (cl.objects[0] if cl.objects else None)
    if np is None:
        return False
    head = p.head_word(np)
    return (
        p.actor(np) is not None
        or p.unnamed(np)
        or head in word_classes().person_nouns
        or head in actor_heads()
    )


def recipient(
    p: Parties, cl: Clause, source: ActorMention | None, target: ActorMention | None
) -> ActorMention | None:
    """The party a thing is sent or given to ("sent troops to Mali": Mali), in
    place of the object that names the thing (the last object, as the verb
    patterns read it: "will send Challenger 2 tanks to Ukraine"); a city sent
    to stands for its country ("sent tanks to Kyiv": Ukraine). What is sent
    or given is no party even when no party follows "to" ("Russia supplied
    fighter jets", "sent more troops to the border": no target, not the jets
    or troops). A party named before what is given ("sent the rebels
    weapons") is the one given to and stays the target; so does a thing of
    another country than the giver's ("refused to deploy peacekeepers in
    Iraq": the peacekeepers are read as Iraq's, and Iraq is where they would
    go)."""
    thing_np = cl.objects[-1] if cl.objects else None
    thing = p.actor(thing_np)
    if target is not None and (thing is None or thing.key() != target.key()):
        return target
    keys = [source.key()] if source is not None else []
    found = prep_party(p, cl, ("to", "into"), keys)
    if found is None and thing_np is not None:
        # "sent U.S. troops and planes to Saudi Arabia": the phrase may hang
        # from what is sent, or from its last conjunct
        things = (thing_np, *p.nps[thing_np].conjuncts)
        hung = [a for k in things for a in p.nps[k].attachments]
        found = first_party(p, hung, ("to", "into"), keys)
    if found is not None:
        return found
    own = source.actor.country if source is not None else None
    for att in cl.preps:
        # "will send tanks to Kyiv": the country of the city sent to, not
        # the sender's own ("moved troops to Belgorod")
        if p.words[att.prep] in ("to", "into"):
            city = p.struck_city(att.np)
            if city is not None and city.actor.country not in (None, own):
                return city
    if target is None or thing is None or thing_np is None:
        return target
    if thing.end != p.chars(thing_np)[1]:
        return target  # "sent the Houthi rebels weapons", read as one phrase
    return target if thing.actor.country not in (None, own) else None


_AT_CITY = frozenset({"against", "at", "in", "inside", "on"})


def struck_city(
    p: Parties, cl: Clause, vg: VerbGroup, source: ActorMention | None = None
) -> ActorMention | None:
    """The country of a city or region struck: the one acted upon ("attacked
    Kyiv", "Kharkiv was shelled"), else after "at", "on" or "against" ("fired
    rockets at Tel Aviv"), or where what was struck lies ("shelled a school
    in Kharkiv"); not the country of the police or court that acts there
    (`_same_country`), nor the city a lone attacker strikes in
    (`_lone_attacker`)."""
    am = _struck_city(p, cl, vg)
    if am is not None and source is not None and _same_country(source, am):
        return None
    if am is not None and _lone_attacker(p, cl, vg, source):
        return None
    return am


def _lone_attacker(
    p: Parties, cl: Clause, vg: VerbGroup, source: ActorMention | None
) -> bool:
    """The act is one person's, of no country or group named: "a gunman",
    "a man", "an attacker" (the subject a singular noun, its actor of no
    country). Such a shooting or stabbing is a crime where it happens, upon
    its victims, not an attack on the country of the city ("A gunman opened
    fire outside a mall in suburban Glendale, killing three": no United
    States); gunmen, militants, rebels and armies striking a city still
    strike its country ("gunmen attacked a police post in Kabul")."""
    if passive(cl, vg) or cl.subject is None:
        return False
    if source is not None and (
        source.actor.country or source.actor.kind != ActorKind.GROUP
    ):
        return False
    np = p.nps[cl.subject]
    if np.conjuncts or np.proper or p.ps.tags[np.head] != "NN":
        return False
    return source is not None or p.people(cl.subject)


_AT_HOME = frozenset(("COP", "JUD"))


def _same_country(a: ActorMention, b: ActorMention) -> bool:
    """`a` is police or a court of `b`'s country, or bare police or a court,
    which act at home, where the act is (events/situate.py places them
    there): "French police shot a driver in Paris" strikes no France. Rebels,
    armies and states striking a city of their own country still strike that
    country ("Afghan rebels exploded bombs in Kabul")."""
    code = a.actor.code or ""
    if code[3:6] not in _AT_HOME:
        return False
    if code.startswith("---") and not a.actor.country:
        return True
    if a.actor.country and a.actor.country == b.actor.country:
        return True
    return code[:3] == (b.actor.code or "")[:3]


def _struck_city(p: Parties, cl: Clause, vg: VerbGroup) -> ActorMention | None:
    if passive(cl, vg):
        return p.struck_city(cl.subject)
    if cl.objects and p.actor(cl.objects[0]) is not None:
        return None
    am = p.struck_city(next(iter(cl.objects), None))
    # "in" only where something struck lies there: "a bomb exploded in Kabul"
    # strikes no one
    preps = _AT_CITY if cl.objects else _AT_CITY - {"in", "inside"}
    for att in cl.preps:
        if am is not None:
            break
        if p.words[att.prep] in preps:
            am = p.struck_city(att.np)
    for np in conjoined_objects(p, cl) if am is None else ():
        # "fired missiles and drones at Kyiv": the city after the last object
        for att in p.nps[np].attachments:
            if am is None and p.words[att.prep] in preps:
                am = p.struck_city(att.np)
    return am


def struck_country(
    p: Parties, cl: Clause, source: ActorMention | None
) -> ActorMention | None:
    """The country where an attack or a condemned act on no named party took
    place: "bombed targets in Ukraine", "shelled positions inside Syria",
    "condemned the coup in Myanmar" (not the actor's own country)."""
    if not cl.objects or p.actor(cl.objects[0]) is not None:
        return None
    own = source.actor.country if source is not None else None
    for att in cl.preps:
        if p.words[att.prep] not in ("in", "inside"):
            continue
        am = p.actor(att.np)
        if am is not None and am.actor.kind == "country" and am.actor.country != own:
            return am
    return None


def withdrawn_from(
    p: Parties, cl: Clause, source: ActorMention | None
) -> ActorMention | None:
    """Whom a withdrawal of one's own forces is made to: the country they
    leave ("withdrew its troops from Syria"; the city's country, "pulled its
    troops out of Kherson"), else nobody ("pulled its troops out of the
    city"): the forces are the mover's own, no target."""
    keys = [source.key()] if source is not None else []
    am = prep_party(p, cl, ("from", "of"), keys, countries=True)
    if am is not None:
        return am
    for att in cl.preps:
        if p.words[att.prep] in ("from", "of"):
            city = p.struck_city(att.np)
            if city is not None and city.key() not in keys:
                return city
    return None


def withdrawn_own(
    p: Parties, cl: Clause, source: ActorMention | None, target: ActorMention | None
) -> bool:
    """The target of a withdrawal is the mover's own forces: of no other
    country, or owned by "its" or "their" (the actors stage may have placed
    them where they leave: "withdrew its forces from Gaza")."""
    if own_forces(target, source):
        return True
    return (
        target is not None
        and bool(cl.objects)
        and owned(p, cl.objects[0])
        and p.actor(cl.objects[0]) is target
    )


def led_delegation(
    p: Parties,
    cl: Clause,
    vg: VerbGroup,
    source: ActorMention | None,
    target: ActorMention | None,
) -> bool:
    """The one led or headed is a delegation of the source's own side ("Wendy
    Sherman led the U.S. delegation", "the U.S. delegation was led by
    Sherman"): a party the source heads, never the other side; the one met
    is where the delegation goes ("led a delegation to Moscow")."""
    wc = word_classes()
    if (
        target is None
        or target.actor.kind != ActorKind.GROUP
        or vg.lemma not in wc.heading_verbs
    ):
        return False  # "the president met a Chinese delegation": met
    np = cl.subject if passive(cl, vg) else (cl.objects[-1] if cl.objects else None)
    if np is None or p.head_word(np).lower() not in wc.delegation_nouns:
        return False
    theirs = target.actor.country
    own = source.actor.country if source is not None else None
    return theirs is None or own is None or theirs == own
