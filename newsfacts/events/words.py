"""Closed word classes the events stage reads clauses with.

Prepositions, auxiliaries, determiners, subordinators and the like, each a
frozenset looked up by the argument, mode and clause-level rules.
"""

from __future__ import annotations

__all__ = [
    "ADJECTIVE_ENDINGS",
    "ADVERBS_SKIP",
    "AFTER_PARTICIPLE",
    "AIRCRAFT",
    "BE",
    "BE_PASSIVE",
    "CONDITIONAL",
    "DEMONSTRATIVES",
    "DETERMINERS",
    "DETERMINER_WORDS",
    "GERUND_PREPS",
    "GROUP_PLACE_LINKS",
    "HARD_BOUNDARY",
    "INTRANSITIVE",
    "IRREGULAR_PARTICIPLES",
    "LOCATIVE",
    "MODAL_HYPO",
    "MODAL_PLAN",
    "MODIFIERS",
    "NATIONAL_SECTORS",
    "NEGATORS",
    "NOMINAL_BEFORE",
    "NOT_MODIFIERS",
    "OBJ_PREP",
    "PARTITIVE",
    "PLAN_WORDS",
    "PRONOUNS",
    "RELATIVES",
    "SCENE_PREPS",
    "SCHEDULED",
    "SPEAKER_DET",
    "STATIVE_PARTICIPLES",
    "SUBORDINATORS",
    "SYMMETRIC_CODES",
    "TIME_AFTER",
    "TIME_WORDS",
    "TITLE_HEADS",
    "WEEKDAYS",
    "WEEKDAYS_LOWER",
]

LOCATIVE = frozenset(
    "in at near outside inside around across throughout within into on along "
    "off over towards toward".split()
)
OBJ_PREP = frozenset(
    "of for from with against to on by about over into than between among "
    "including like via under toward towards upon".split()
)
HARD_BOUNDARY = frozenset(
    {";", ":", "but", "while", "whereas", "although", "though", "yet"}
)
BE = frozenset(
    "was were been being is are be get got gets getting has have had".split()
)
ADVERBS_SKIP = frozenset(
    "also reportedly allegedly repeatedly already still again just now then later "
    "previously recently jointly formally officially once further reported".split()
)
NEGATORS = frozenset("not never no neither nor without".split())
MODAL_PLAN = frozenset("will would 'll shall going".split())
MODAL_HYPO = frozenset("could might may".split())
PLAN_WORDS = frozenset(
    "plan plans planned planning intend intends intended intending expected expects "
    "scheduled set due slated aim aims aimed aiming seek seeks seeking sought "
    "want wants wanted hope hopes hoped prepared preparing prepare prepares ready "
    "willing poised "
    "preparing try tries tried trying attempt attempts attempted".split()
)
CONDITIONAL = frozenset({"if", "unless", "whether"})
# "is scheduled to attend": a scheduled act is reported as itself (mode "planned"),
# not as an intent (AGREE) or a threat.
SCHEDULED = frozenset("scheduled due set expected slated".split())
PRONOUNS = frozenset("he she it they we i you who".split())
SPEAKER_DET = frozenset("the a an its his her their this".split())

TITLE_HEADS = frozenset("president minister premier chancellor king".split())

GROUP_PLACE_LINKS = frozenset(
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

MODIFIERS = frozenset(
    "security border foreign defense defence state senior top military naval air "
    "special government peace police riot intelligence trade armed coast national "
    "federal "
    "local regional provincial opposition rebel paramilitary interim transitional "
    "former new chief deputy vice acting elite".split()
)
NOT_MODIFIERS = frozenset(
    "and or of the a an to in on at by for with from is was were are be been has have "
    "had said says say will would could should may might can must not who which that "
    "this these those it they he she we also".split()
)

BE_PASSIVE = frozenset("was were been being is are be get got".split())
STATIVE_PARTICIPLES = frozenset(
    "opposed committed determined prepared dedicated devoted resolved".split()
)
IRREGULAR_PARTICIPLES = frozenset(
    "held met shot beaten struck hit cut seized set put shut sent brought told found "
    "taken given fought overrun slain laid paid sworn kept".split()
)

DETERMINER_WORDS = frozenset("the a an its his her their".split())
ADJECTIVE_ENDINGS = ("ern", "al", "ic", "ary", "ive", "ous", "ful", "ent", "ant")

PARTITIVE = frozenset(
    "group groups hundreds thousands dozens scores tens members member leaders leader "
    "some many most all none each both one two three four five six seven eight nine "
    "ten delegation team number majority part supporters representatives".split()
)

AIRCRAFT = (
    "warplane",
    "jet",
    "aircraft",
    "plane",
    "drone",
    "helicopter",
    "air force",
    "bomber",
)

# CAMEO codes whose act is mutual, coded in both directions between two parties:
# intent to cooperate or meet, consultations (not visits or mediation),
# diplomatic cooperation, formal agreements, material cooperation.
SYMMETRIC_CODES = frozenset(
    "030 031 036 040 041 044 046 050 057 060 061 062 064".split()
)

DETERMINERS = frozenset("the a an on of for against his her its their our".split())
TIME_WORDS = frozenset(
    "today yesterday tonight overnight earlier later again recently meanwhile "
    "immediately subsequently finally eventually".split()
)
AFTER_PARTICIPLE = frozenset(
    "by in at of for over on during after since from with as , . without to".split()
)
NOMINAL_BEFORE = frozenset(
    "the a an of his her its their fierce heavy renewed new recent further more "
    "sporadic intense continued continuing latest deadly brutal".split()
)
SUBORDINATORS = frozenset(
    "after before following since when as because until amid despite over if unless "
    "whether".split()
)
DEMONSTRATIVES = frozenset("this that these those".split())
RELATIVES = frozenset("who whom which whose where".split())
GERUND_PREPS = OBJ_PREP | frozenset(
    "by while at in without before after despite since upon".split()
)

# Codes of verbs with no object, which cannot be passive participles.
INTRANSITIVE = frozenset({"0831", "0874", "087", "080"})
TIME_AFTER = frozenset("last this earlier yesterday today overnight recently".split())
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
WEEKDAYS_LOWER = frozenset(w.lower() for w in WEEKDAYS)

# Sectors of institutions that act at home: a bare "police" or "the government"
# acting in a country is that country's.
NATIONAL_SECTORS = frozenset("GOV MIL COP JUD LEG".split())
SCENE_PREPS = frozenset("in at across throughout near inside".split())
