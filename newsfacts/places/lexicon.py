"""Word classes of the places stage, read from `places/data/` when the stage loads.

`words.tsv` holds the classes (connectors, titles, organisation tails, ...), one
word per row; `not_places.tsv` the capitalised words that are a place only in
context (after "in", with a qualifier, ...), each with what context it needs,
its reason and an example.
"""

from __future__ import annotations

from .._data import iter_rows, word_classes
from ..knowledge.titles import title_lasts

__all__ = [
    "AREA_PLURALS",
    "AREA_WORDS",
    "AUXILIARIES",
    "CALENDAR",
    "CITY_DIVISION",
    "CONNECTORS",
    "DEPARTURE",
    "ENVOY_NOUNS",
    "FACILITY_STOP",
    "FACILITY_WORDS",
    "FEATURE_NOUNS",
    "FUNCTION_WORDS",
    "GOVERNOR",
    "HONOURING",
    "INSTITUTION_WORDS",
    "LEAD_NUMBERS",
    "LEAD_OK",
    "LOCAL_BODIES",
    "LOCATIVE",
    "LOWER_ORG_TAILS",
    "METONYMY_OBJECT_VERBS",
    "METONYMY_READINESS",
    "METONYMY_VERBS",
    "MOTION",
    "NAME_CONNECTORS",
    "NAME_OF",
    "NEEDS_QUALIFIER",
    "NOT_NAME_WORDS",
    "NOT_PLACES",
    "OF_PLACE",
    "ORG_HEADS",
    "ORG_TAILS",
    "OTHER_AFTER",
    "OTHER_BEFORE",
    "PART_OF_AREA",
    "PERSON_AFTER",
    "PLACE_PREPOSITIONS",
    "POSTAL",
    "RIVER_WORDS",
    "SPEECH",
    "STATE_MEMBER",
    "STATE_OFFICE",
    "STRIKE",
    "SURNAME_KEYWORDS",
    "TITLES",
    "TRAIL_OK",
    "VISIT",
]

_W = word_classes("places/data/words.tsv")

CONNECTORS = _W["connector"]
CALENDAR = _W["calendar"]
PERSON_AFTER = _W["person_after"]
LEAD_OK = _W["lead_ok"]
LEAD_NUMBERS = _W["lead_number"]
NOT_NAME_WORDS = _W["not_name_word"]
INSTITUTION_WORDS = _W["institution_word"]
FUNCTION_WORDS = LEAD_OK | _W["function_word"]
TRAIL_OK = _W["trail_ok"]
PLACE_PREPOSITIONS = _W["place_preposition"]
PART_OF_AREA = _W["part_of_area"]
AREA_WORDS = _W["area_word"]
AREA_PLURALS = _W["area_words"]
LOCAL_BODIES = _W["local_body"]
OF_PLACE = _W["of_place"]
SPEECH = _W["speech_verb"]
# The words that end a title of the shared titles table ("president",
# "minister"; "vice-president" ends in "president"), less those that are as
# often common words before a name (`not_title`).
TITLES = frozenset(w.rsplit("-", 1)[-1] for w in title_lasts()) - _W["not_title"]
ORG_HEADS = _W["org_head"]
ORG_TAILS = _W["org_tail"]
LOWER_ORG_TAILS = _W["lower_org_tail"]
METONYMY_READINESS = _W["metonymy_readiness"]
METONYMY_VERBS = _W["metonymy_verb"]
METONYMY_OBJECT_VERBS = _W["metonymy_object_verb"]
ENVOY_NOUNS = _W["envoy_noun"]
AUXILIARIES = _W["auxiliary"]
LOCATIVE = _W["locative"]
FACILITY_STOP = _W["facility_stop"]
OTHER_AFTER = _W["other_after"]
HONOURING = _W["honouring"]
# Canadian postal code -> (country, GeoNames admin1 code); US codes are their own.
POSTAL: dict[str, tuple[str, str]] = {
    code: (cc, admin1)
    for code, cc, admin1, _ in iter_rows("knowledge/data/postal_codes.tsv")
}
FACILITY_WORDS = _W["facility_word"]
SURNAME_KEYWORDS = _W["surname_keyword"]
OTHER_BEFORE = _W["other_before"]
NAME_CONNECTORS = _W["name_connector"]
NAME_OF = _W["name_of"]
MOTION = _W["motion"]
DEPARTURE = _W["departure"]
VISIT = _W["visit"]
STRIKE = _W["strike"]
STATE_OFFICE = _W["state_office"]
GOVERNOR = _W["governor"]
STATE_MEMBER = _W["state_member"]
CITY_DIVISION = _W["city_division"]
FEATURE_NOUNS = _W["feature_noun"]
RIVER_WORDS = _W["river_word"]
_EXCEPTIONS = list(iter_rows("places/data/not_places.tsv"))
# Every word of the exceptions file: not a place without context.
NOT_PLACES = frozenset(row[0] for row in _EXCEPTIONS)
# Of those, the words a preposition does not make a place ("in May", "in Congress").
NEEDS_QUALIFIER = frozenset(row[0] for row in _EXCEPTIONS if row[1] == "qualifier")
