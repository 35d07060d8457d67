"""Word lists of the actors stage, each loaded from `actors/data/` once, lazily.

Shared knowledge (countries, titles, given names, organisations, political
figures, group nouns) lives in `newsfacts.knowledge`; these lists only say how
capitalised words behave when the stage reads names: words that are never a
name alone, all-capital words that are not acronyms, words that make a name a
thing, institutions that stand alone, verbs that mark a person, and the
keywords that head or close an organisation's name. The smaller word classes
(name particles, connectors, endings, context words) are rows of `words.tsv`,
read when the stage is first imported.
"""

from __future__ import annotations

import attrs

from .._data import iter_rows, lazy, read_text, word_classes
from ..dates.lexicon import TIME_ZONES

__all__ = [
    "ABBREVIATIONS",
    "ABSTRACT_ENDINGS",
    "ADJECTIVE_TAILS",
    "ANY_SUBJECT_VERBS",
    "ARABIC_ARTICLES",
    "ARMED_MARKS",
    "ARMED_PERSONS",
    "ARTICLE_PREFIXES",
    "BOUGHT_BY",
    "BUSINESS_AFTER",
    "BUSINESS_BEFORE",
    "CHIEF_OF_BODY",
    "CLUB_TAILS",
    "COMPANY_ENDINGS",
    "COMPANY_OPENERS",
    "COMPOUND_PREFIXES",
    "CONGRESS_LABOUR",
    "CONGRESS_PARTY",
    "COUNTRY_NOUNS",
    "CREDIT_WORDS",
    "DATE_BEFORE",
    "DEAL_VERBS",
    "DIRECTIONS",
    "DISMISSALS",
    "EMBASSY_NOUNS",
    "EMPLOYER_BEFORE",
    "FAITH_WORDS",
    "FEATURE_COMPANIES",
    "FLAG_TAILS",
    "FLIP_HEADS",
    "FOREIGN_AFFAIRS_HEADS",
    "FOREIGN_OF",
    "GROUP_MODIFIERS",
    "GROUP_PLACE_LINKS",
    "HONORIFICS",
    "INDEX_WORDS",
    "IT_ACTS",
    "LOCATIVE",
    "LOWER_LEGAL",
    "LOWER_PREFIXES",
    "MARKET_STAFF",
    "MEMBER_BODIES",
    "MEMBER_CHAMBERS",
    "MEMBER_NOUNS",
    "NAME_OPENERS",
    "NAME_PARTICLES",
    "NAME_POSSESSIVES",
    "NAME_SUFFIXES",
    "NAMING_WORDS",
    "NATIONAL_SECTORS",
    "NOT_APPOSITION",
    "NOT_BEFORE_COUNTRY",
    "NOT_BEFORE_PERSON",
    "ORG_CONNECTORS",
    "ORG_PARTS",
    "ORG_TYPES",
    "OWNING_VERBS",
    "PARTS_BEFORE_NAME",
    "PARTY_TITLES",
    "PERSONAL_NOUNS",
    "PERSON_HEADS",
    "PERSON_ONLY_TITLES",
    "PERSON_PASSIVES",
    "PLACE_AFTER",
    "PLACE_BEFORE",
    "PLAYERS_LABELS",
    "PLAYER_VERBS",
    "PLURAL_ENDINGS",
    "PLURAL_NAME_ENDINGS",
    "PLURAL_SPEECH",
    "POSTED_ABROAD",
    "PROSECUTOR_SEATS",
    "RATING_WORDS",
    "REGION_ADJECTIVES",
    "RELATION_NOUNS",
    "RESULTS_CHANGES",
    "RESULTS_NOUNS",
    "RESULTS_PERIODS",
    "RESULTS_VERBS",
    "RESULT_VERBS",
    "ROLE_ENDINGS",
    "ROLE_NOUNS",
    "RUN_INNER",
    "SCENE_OPENERS",
    "SCENE_SECTORS",
    "SCENE_WORDS",
    "SECTOR_CODES",
    "SECTOR_HEADS",
    "SERVICE_SECTORS",
    "SINGULAR_VERBS",
    "SITE_NOUNS",
    "SPEAKERS_FOR",
    "SPEECH_AFTER",
    "SPORTS_CUES",
    "SPORTS_MARGINS",
    "SPORTS_NATIONS",
    "SPORTS_ROLES",
    "SPORT_LABELS",
    "STAFF_BEFORE_PERSON",
    "STATE_TITLE_MODIFIERS",
    "STOPS_OPENING_ORGS",
    "STOP_GIVEN",
    "SURNAME_THINGS",
    "TEAM_ROLES",
    "TITLE_MODIFIERS",
    "TRADED_NOUNS",
    "TYPE_MODIFIERS",
    "VENUE_BEFORE",
    "VERSUS",
    "OrgKeyword",
    "exchanges",
    "market_cities",
    "not_acronyms",
    "not_person_words",
    "org_keywords",
    "person_verbs",
    "proper_plural",
    "standalone_orgs",
    "stopwords",
    "verb_form",
]

_DIR = "actors/data/"

_W = word_classes(_DIR + "words.tsv")


def _endings(cls: str) -> tuple[str, ...]:
    """A class of endings or prefixes as a tuple, for `str.endswith`/`startswith`."""
    return tuple(sorted(_W[cls]))


ABBREVIATIONS = _W["abbreviation"]
NAME_PARTICLES = _W["name_particle"]
NAME_OPENERS = _W["name_opener"]
PARTS_BEFORE_NAME = _W["part_before_name"]
REGION_ADJECTIVES = _W["region_adjective"]
RATING_WORDS = _W["rating_word"]
ARABIC_ARTICLES = _W["arabic_article"]
NAME_SUFFIXES = _W["name_suffix"]
NAME_POSSESSIVES = _W["name_possessive"]
LOWER_LEGAL = _W["lower_legal"]
ORG_CONNECTORS = _W["org_connector"]
ARTICLE_PREFIXES = _endings("article_prefix")
LOWER_PREFIXES = tuple(sorted(_W["article_prefix"] | _W["name_prefix"]))
ADJECTIVE_TAILS = _W["adjective_tail"]
FLAG_TAILS = _W["flag_tail"]
NAMING_WORDS = _W["naming_word"]
MEMBER_BODIES = _W["member_body"]
CONGRESS_PARTY = _W["congress_party"]
CONGRESS_LABOUR = _W["congress_labour"]
DIRECTIONS = _W["direction"]
SCENE_OPENERS = _W["scene_opener"]
SCENE_WORDS = _W["scene_word"]
SCENE_SECTORS = _W["scene_sector"]
FAITH_WORDS = _W["faith_word"]
STOPS_OPENING_ORGS = _W["stop_opening_org"]
CLUB_TAILS = _W["club_tail"]
CREDIT_WORDS = _W["credit_word"]
ROLE_ENDINGS = _endings("role_ending")
PROSECUTOR_SEATS = _W["prosecutor_seat"]
PLACE_BEFORE = _W["place_before"]
PARTY_TITLES = _W["party_title"]
OWNING_VERBS = _W["owning_verb"]
PLACE_AFTER = _W["place_after"]
ORG_TYPES = _W["org_type"]
PLURAL_NAME_ENDINGS = _endings("plural_name_ending")
SINGULAR_VERBS = _W["singular_verb"]
NATIONAL_SECTORS = _W["national_sector"]
NOT_BEFORE_PERSON = _W["not_before_person"]
PLURAL_ENDINGS = _endings("plural_ending")
ABSTRACT_ENDINGS = _endings("abstract_ending")
NOT_APPOSITION = _W["not_apposition"]
NOT_BEFORE_COUNTRY = _W["not_before_country"]
FLIP_HEADS = _W["flip_head"]
LOCATIVE = _W["locative"]
HONORIFICS = _W["honorific"]
INDEX_WORDS = _W["index_word"]
DATE_BEFORE = _W["date_before"]
PERSONAL_NOUNS = _W["personal_noun"]
PERSON_HEADS = _W["person_head"]
BUSINESS_BEFORE = _W["business_before"]
BUSINESS_AFTER = _W["business_after"]
EMPLOYER_BEFORE = _W["employer_before"]
FOREIGN_OF = _W["foreign_of"]
MARKET_STAFF = _W["market_staff"]
TRADED_NOUNS = _W["traded_noun"]
COMPOUND_PREFIXES = _W["compound_prefix"]
CHIEF_OF_BODY = _W["chief_of_body"]
ORG_PARTS = _W["org_part"]
ROLE_NOUNS = _W["role_noun"]
RESULT_VERBS = _W["result_verb"]
SPORTS_ROLES = _W["sports_role"]
SPORTS_CUES = _W["sports_cue"]
# Units of a winning margin ("by five wickets") and names of sports that open
# a sports page's headline ("SOCCER - ..."): see `lines.sports_document`.
SPORTS_MARGINS = _W["sports_margin"]
SPORT_LABELS = _W["sport_label"]
# Nations with national teams of their own inside a country ("England").
SPORTS_NATIONS = _W["sports_nation"]
# Words before a town on a sports page: a venue ("at Chelmsford") or the
# other side ("against Kent"); see `clubs._page_clubs`.
VENUE_BEFORE = _W["venue_before"]
VERSUS = _W["versus"]
# Marks of a batsman's dismissal ("c", "b", "run out") and labels of lines of
# players ("Scorers:"): see `lines`.
DISMISSALS = _W["dismissal"]
PLAYERS_LABELS = _W["players_label"]
# Roles held in a team ("striker"): a town before one on a sports page is
# its club (`clubs._page_clubs`).
TEAM_ROLES = _W["team_role"]
FIXTURE_WORDS = _W["fixture_word"]
PLAYER_VERBS = _W["player_verb"]
TYPE_MODIFIERS = _W["type_modifier"]
STAFF_BEFORE_PERSON = _W["staff_before_person"]
SPEECH_AFTER = _W["speech_after"]
ANY_SUBJECT_VERBS = _W["any_subject_verb"]
PERSON_PASSIVES = _W["person_passive"]
# Thing words that are also common surnames ("Joseph Hall said").
SURNAME_THINGS = _W["surname_thing"]
# Companies named like a river or region: after "the", the place ("the Amazon").
FEATURE_COMPANIES = _W["feature_company"]
TITLE_MODIFIERS = _W["title_modifier"]
STATE_TITLE_MODIFIERS = _W["state_title_modifier"]
EMBASSY_NOUNS = _W["embassy_noun"]
GROUP_MODIFIERS = _W["group_modifier"]
ARMED_MARKS = _W["armed_mark"]
ARMED_PERSONS = _W["armed_person"]
POSTED_ABROAD = _W["posted_abroad"]
RELATION_NOUNS = _W["relation_noun"]
FOREIGN_AFFAIRS_HEADS = _W["foreign_affairs_head"]
GROUP_PLACE_LINKS = _W["group_place_link"]
MEMBER_NOUNS = _W["member_noun"]
MEMBER_CHAMBERS = _W["member_chamber"]
PERSON_ONLY_TITLES = _W["person_only_title"]
SECTOR_HEADS = _W["sector_head"]
SERVICE_SECTORS = _W["service_sector"]
SECTOR_CODES = _W["sector_code"]
COUNTRY_NOUNS = _W["country_noun"]
SPEAKERS_FOR = _W["speaker_for"]
PARTY_ADJECTIVES = _W["party_adjective"]
PRICE_VERBS = _W["price_verb"]
PRICE_UNITS = _W["price_unit"]
SITE_MATERIALS = _W["site_material"]
SITE_NOUNS = _W["site_noun"]
BOUGHT_BY = _W["bought_by"]
PLURAL_SPEECH = _W["plural_speech"]
STOP_GIVEN = _W["stop_given"]
IT_ACTS = _W["it_acts"]
COMPANY_ENDINGS = tuple(sorted(_W["company_ending"]))
RESULTS_PERIODS = _W["results_period"]
RESULTS_NOUNS = _W["results_noun"]
RESULTS_CHANGES = _W["results_change"]
RESULTS_VERBS = _W["results_verb"]
DEAL_VERBS = _W["deal_verb"]
COMPANY_OPENERS = _W["company_opener"]
# Lower-case words that may sit between two capitalised words of a run.
RUN_INNER = ORG_CONNECTORS | NAME_PARTICLES


def _word_list(name: str) -> frozenset[str]:
    return frozenset(
        line.strip()
        for line in read_text(_DIR + name).splitlines()
        if line and not line.startswith("#")
    )


def proper_plural(word: str) -> bool:
    """A capitalised word ending in "s" that the English lexicon knows only as
    a proper name ("Burns", "Jones", "Hastings", "Sanders"), where the same
    word opening a sentence might otherwise be read as a plural noun
    ("Scientists", "Reports" and "Democrats" are plurals there). Asked of the
    lexicon's entry of the word: no table of them all is made (reading the
    whole lexicon would cost a first article more than the stage does)."""
    if not (word[:1].isupper() and word.endswith("s")):
        return False
    from ..language.tagger_lexicon import lexicon

    entry = lexicon().entries.get(word)
    return entry is not None and entry[0] == "NNP" and entry[1] == {"NNP"}


def verb_form(word: str) -> bool:
    """A lower-case word the English lexicon gives as a verb first ("withdrew",
    "said", "fled"), from the language layer's lexicon (its entry: see
    `proper_plural`)."""
    if not word[:1].islower():
        return False
    from ..language.tagger_lexicon import lexicon

    entry = lexicon().entries.get(word)
    return entry is not None and (entry[0].startswith("VB") or entry[0] == "MD")


@lazy
def region_codes() -> dict[str, str]:
    """Region adjective -> the CAMEO region code of a group it names
    ("European leaders": EUR; `regions.tsv`)."""
    return {row[0]: row[1] for row in iter_rows(_DIR + "regions.tsv")}


@lazy
def stopwords() -> frozenset[str]:
    """Capitalised words that are never a name on their own."""
    return _word_list("stopwords.txt")


@lazy
def not_acronyms() -> frozenset[str]:
    """All-capital words that are not names ("AIDS", "TV", "IED"), lower-cased;
    each row of `not_acronyms.tsv` says what the word is. The time zones a
    clock time takes ("07:00 BST", "9 a.m. EST") are the dates stage's table."""
    rows = frozenset(row[0] for row in iter_rows(_DIR + "not_acronyms.tsv"))
    return rows | TIME_ZONES.keys()


@lazy
def not_person_words() -> frozenset[str]:
    """Words that make a capitalised name a thing, not a person ("World War")."""
    return _word_list("not_person_words.txt")


@lazy
def standalone_orgs() -> frozenset[str]:
    """Institution words that are an organisation on their own ("the Senate")."""
    return _word_list("standalone_orgs.txt")


@lazy
def exchanges() -> frozenset[str]:
    """Stock exchanges named before a colon and a symbol in a ticker
    bracket ("NYSE: IBM"), lower-case (see `market`)."""
    return _word_list("exchanges.txt")


@lazy
def market_cities() -> frozenset[str]:
    """Cities whose stock exchange news names by the city ("London shares
    fell", "shares in Tokyo"), lower-case (`market_cities.tsv`)."""
    return frozenset(row[0] for row in iter_rows(_DIR + "market_cities.tsv"))


@lazy
def person_verbs() -> frozenset[str]:
    """Verbs that mark a lone name before them as a person ("Annan said")."""
    return _word_list("person_verbs.txt")


@attrs.frozen(slots=True)
class OrgKeyword:
    """A word that heads or closes an organisation name."""

    sector: str
    suffix: bool
    prefix: bool
    legal: bool = False  # a company's legal form ("AG", "Plc"): closes a name


@lazy
def org_keywords() -> dict[str, OrgKeyword]:
    """Lower-case keyword -> where it may stand and the sector it gives."""
    out: dict[str, OrgKeyword] = {}
    for word, sector, where in iter_rows(_DIR + "org_keywords.tsv"):
        out[word.replace(".", "")] = OrgKeyword(
            "" if sector == "-" else sector,
            where in ("suffix", "both", "legal"),
            where in ("prefix", "both"),
            where == "legal",
        )
    return out
