"""Name candidates: whether the words left between titles, organisations and
places name a person, a thing, or something that needs confirmation."""

from __future__ import annotations

from operator import attrgetter

import regex

from ..knowledge.countries import place_country
from ..knowledge.figures import figure_first_words, political_figures
from ..knowledge.keys import figure_key
from ..knowledge.names import census_given_names, is_given_name
from ..language.tagger_lexicon import FUNCTION, lexicon
from . import lexicon as lex
from .candidate import Candidate
from .units import keyword_surname
from .words import Word, WordLayer, Words

__all__ = ["cached_figure_key", "figure_span", "name_candidate"]

# A word's readings, for C-level steps over the words of a span.
_IS_CAP = attrgetter("is_cap")
_IS_ACRONYM = attrgetter("is_acronym")
_LOWER = attrgetter("lower")
_LOW = attrgetter("low")


def _role_word(layer: WordLayer, w: Word) -> bool:
    """A capitalised role before a name ("Singer", "Vice Chairperson")."""
    low = w.low
    return not w.given and (low in layer.lower_vocab or low.endswith(lex.ROLE_ENDINGS))


def _not_a_name_shape(layer: WordLayer, k: int, span: Words) -> bool:
    """ "EASTER VIGIL", "Long Islanders", a quoted "Below Deck Mediterranean":
    capitals that do not look like a person's name."""
    if all(w.text.isupper() for w in span):
        return True
    if span[-1].low.endswith(lex.PLURAL_NAME_ENDINGS):
        return True
    words = layer.words
    stop = max(0, k - _OPENERS)
    while k > stop and words[k - 1].is_cap:
        k -= 1  # back over a stripped opener ("Below")
    return k > 0 and words[k - 1].text in ('"', "``")


_OPENERS = 4  # capitalised words read back to an opening quote


def _locative_context(layer: WordLayer, k: int, m: int) -> bool:
    """A name read as a place by its neighbours ("in X", "the X district",
    "the X gold mine", "at the X")."""
    words = layer.words
    before = words[k - 1].text if k > 0 else ""
    after = words[m].text if m < len(words) else ""
    if after in lex.SITE_MATERIALS and m + 1 < len(words):
        after = words[m + 1].text  # "the Kori Kollo gold mine"
    if before == "the" and k >= 2 and words[k - 2].text in _VENUE_BEFORE:
        return True  # "at the Santiago Bernabeu": a venue named for a person
    return before in lex.PLACE_BEFORE or after in lex.PLACE_AFTER


# Prepositions before "the" and a name that make the name a venue or a
# building, never a person, whom English names without "the" ("won at the
# Santiago Bernabeu", "a concert in the Albert Hall").
_VENUE_BEFORE = frozenset(("at", "in", "inside", "into", "outside", "near"))


def _figure_name(layer: WordLayer, span: Words) -> bool:
    """The words are the full name of a listed political figure, or a surname
    the list gives to one figure only ("Merkel"; not "Kim", not "Johnson") and
    the article never writes in lower case ("Bush" in a story about the bush)."""
    key = cached_figure_key(" ".join(w.text for w in span))
    figs = political_figures()
    if figs.full.get(key) is not None:
        return True
    if len(span) == 1 and span[0].low in layer.lower_vocab:
        return False
    return figs.surname.get(key) is not None


# Words of a listed figure's full name read at most from one word.
_FIGURE_WORDS = 5


def figure_span(words: Words, k: int, j: int) -> int:
    """The number of words from word k (within the run that ends at j), two
    or more, that make the full name of a listed political figure; 0 when
    none do. Only a word the figures' list opens a name with is tried."""
    if not words[k].is_cap or words[k].low not in figure_first_words():
        return 0
    full = political_figures().full
    for n in range(min(j - k, _FIGURE_WORDS), 1, -1):
        if not words[k + n - 1].is_cap:
            continue
        name = " ".join(w.text for w in words[k : k + n])
        if full.get(cached_figure_key(name)) is not None:
            if words[k + n - 1].low in _ARTICLES and k + n < j and words[k + n].is_cap:
                # the key drops an Arabic article, so "Mohammed bin Zayed Al"
                # matched; the name goes on to the family the article opens
                # ("Mohammed bin Zayed Al Nahyan")
                return n + 1
            return n
    return 0


# An Arabic article written apart from the name it opens ("Al Nahyan").
_ARTICLES = frozenset(("al", "el"))


# Name -> its `figure_key`; emptied when full, so memory stays bounded.
_FIGURE_KEYS: dict[str, str] = {}


def cached_figure_key(name: str) -> str:
    """`figure_key(name)`, computed once per distinct name."""
    got = _FIGURE_KEYS.get(name)
    if got is None:
        got = figure_key(name)
        if len(_FIGURE_KEYS) >= 1 << 16:
            _FIGURE_KEYS.clear()
        _FIGURE_KEYS[name] = got
    return got


def _trim(layer: WordLayer, k: int, m: int, title: str | None) -> tuple[int, int]:
    """The words of [k, m) that may be the name: without a sentence-initial
    common word ("Yesterday Ahmed Ali"), a Title Case verb after a given-name
    person ("David Hogg Rejected"), or a capitalised role before a given name
    ("Pop Singer Annie Lennox")."""
    words = layer.words
    while True:
        first = words[k]
        if m - k > 1 and first.sent_start and first.low in layer.lower_vocab:
            k += 1
            continue
        while (
            m - k > 2
            and first.given
            and words[m - 1].low in layer.lower_vocab
            and not words[m - 1].poss
        ):
            m -= 1  # "David Hogg Rejected": a Title Case verb after the name
        after = _name_after_role(layer, k, m, title)
        if after == k:
            return k, m
        k = after


def _name_after_role(layer: WordLayer, k: int, m: int, title: str | None) -> int:
    """ "(Assistant Secretary of) State Christopher Hill", "Pop Singer Annie
    Lennox": where the name starts, at the first given name after a role (k if
    the words hold no role)."""
    words = layer.words
    after_of = k > 0 and words[k - 1].lower in ("of", "for")
    if (title and not after_of) or m - k < 3 or words[k].given:
        return k
    for p in range(k + 1, m - 1):
        if words[p].given and words[p + 1].is_cap:
            return p if after_of or _role_word(layer, words[p - 1]) else k
    return k


def _title_opens_org(span: Words) -> bool:
    """The words after a title word go on with an organisation's keyword:
    after a name ("King Saud University") or before a sport's name ("Major
    League Baseball"); a keyword that opens the name alone may be a given
    name ("President Duma Boko")."""
    for n, w in enumerate(span):
        if w.keyword is None or w.keyword.legal or not w.is_cap:
            continue
        if n > 0 or (len(span) > 1 and span[1].lower in lex.SPORT_LABELS):
            return True
    return False


# A credit rating's grade as the agencies write it in capitals ("AAA",
# "BBB-", "CCC+").
_GRADE = regex.compile(r"(?:AAA|AA|BBB|BB|CCC|CC)[+-]?")
# Words read on each side of a grade for a word of ratings.
_GRADE_REACH = 6


def _rating_grade(words: Words, k: int) -> bool:
    """Word k is a credit rating's grade: written as one ("AAA", "BBB") with
    a word of ratings near it in its sentence (`rating_word`: "rating",
    "downgraded", "outlook"), as in "affirmed Germany's AAA rating" or "cut
    Italy to BBB"; "The AAA said traffic would be heavy" names the
    motoring body."""
    if not _GRADE.fullmatch(words[k].text):
        return False
    sent = words[k].sent
    lo, hi = max(0, k - _GRADE_REACH), min(len(words), k + _GRADE_REACH + 1)
    return any(
        words[m].sent == sent and words[m].lower in lex.RATING_WORDS
        for m in range(lo, hi)
    )


def name_candidate(
    layer: WordLayer,
    k: int,
    m: int,
    title: str | None,
    sector: str,
    country: str | None,
    weak_line: bool,
    typed: bool = False,
) -> Candidate:
    """A person or pending candidate for words [k, m); `typed` when a noun
    before it says it is an organisation ("carmaker Skoda")."""
    words = layer.words
    k, m = _trim(layer, k, m, title)
    headline_verb = False
    if title and words[k].in_caps_line:
        # "PRIME MINISTER RESIGNS", "PRESIDENT CLINTON SIGNS BUDGET": a
        # headline writes its verb in capitals too; the name ends before it
        cut = next((p for p in range(k, m) if _headline_verb(words[p])), m)
        headline_verb, m = cut == k, max(cut, k + 1)
    span = words[k:m]
    first = span[0]
    # (what the words of the span are, read in C-level steps: a candidate is
    # made for most runs of capitals)
    n_alpha = sum(map(_IS_CAP, span))
    all_acr = all(map(_IS_ACRONYM, span))
    after_of = k > 0 and words[k - 1].lower in ("of", "for")
    # a word that makes the name a thing: any but a given name first
    thing = not lex.not_person_words().isdisjoint(
        map(_LOWER, span[1:] if first.given else span)
    ) or (m < len(words) and words[m].text in lex.INDEX_WORDS)  # "Dow Jones industrial"
    surname_thing = (
        thing
        and len(span) == 2
        and first.given
        and span[1].lower in lex.SURNAME_THINGS
        and not after_of
        and (_person_follows(words, m) or not _placed_before(words, k))
    )
    faith_body = _faith_body(words, k, span)
    # a word of the span, not a particle, seen in lower case in the text
    common = not first.given and not layer.lower_vocab.isdisjoint(
        {*map(_LOW, span)} - lex.NAME_PARTICLES
    )
    if headline_verb:
        kind, rule = "thing", "headline-verb"
    elif len(span) == 1 and len(first.text.replace(".", "")) < 2:
        kind, rule = "thing", "initial"
    elif len(span) == 1 and _joined_full_name(first.text):
        kind, rule = "person", "person-given"  # "Inzamam-ul-Haq", "Zia-ul-Haq"
    elif (
        title
        and after_of
        and len(span) == 1
        and (m >= len(words) or not words[m].is_cap)
    ):
        kind, rule = "thing", "title-scope"  # "Prince of Pot", "Duke of Edinburgh"
    elif title and _title_opens_org(span) and not keyword_surname(words, k, m):
        # "Major League Baseball", "King Saud University": the title word
        # opens an organisation's name, no person's
        kind, rule = "thing", "title-org"
    elif title:
        kind, rule = "person", "person-title"
    elif (
        all_acr and len(span) == 1 and first.keyword is not None and first.keyword.legal
    ):
        kind, rule = "thing", "legal-form"  # "an LP of jazz": a company's form alone
    elif all_acr and len(span) == 1 and _rating_grade(words, k):
        kind, rule = "thing", "rating"  # "affirmed Germany's AAA rating"
    elif all_acr:
        kind, rule = "pending", "acronym"
    elif faith_body:
        kind, rule = "thing", "thing"  # "Muslim Advocates": believers, no person
    elif surname_thing:
        kind, rule = "person", "person-given"  # "Joseph Hall said", not "Albert Hall"
    elif thing or (common and len(span) > 1):
        kind, rule = "thing", "thing"
    elif n_alpha >= 2 and (first.given or n_alpha <= 4):
        kind, rule = "person", "person-given" if first.given else "person-caps"
    else:
        kind, rule = "pending", "name"
    weak = (weak_line and not _listed_initial_name(words, k, m)) or (
        first.sent_start
        and len(span) == 1
        and not first.is_acronym
        and not (kind == "person" and rule == "person-given")  # "Inzamam-ul-Haq"
    )
    if kind == "person" and rule == "person-caps" and any(w.is_acronym for w in span):
        kind = "pending"
    after = words[m].text if m < len(words) else ""
    type_at = m
    if after in lex.TYPE_MODIFIERS and m + 1 < len(words):
        after = words[m + 1].text  # "Beta news agency", "the Lukoil oil company"
        type_at = m + 1
    if kind in ("person", "pending", "thing") and not title and typed:
        kind, rule = "organization", "org-typed"  # "carmaker Skoda"
    if (
        kind in ("person", "pending", "thing")
        and not title
        and after in lex.ORG_TYPES
        and not span[-1].poss  # "Hartwig's party": the person's
        and not first.demonym
        and not (
            len(span) == 1 and first.low in lex.region_codes()
        )  # "the European planemaker"
        and layer.demonym_ends.get(k - 1, k) <= k  # "the South African trade union"
        and not (len(span) == 1 and first.low in layer.lower_vocab)
        and not (len(span) == 1 and first.stop)
        and not _name_after_type(words, type_at)
    ):
        kind, rule = "organization", "org-typed"  # "Corriere della Sera newspaper"
        if _demonym_names(layer, k, span):
            k -= 1  # "the ruling Georgian Dream party": the demonym is the name's
    if (
        kind == "thing"
        and rule == "thing"
        and len(span) >= 2
        and (not first.given or faith_body)
        and not first.in_caps_line
        and m < len(words)
        and words[m].text in lex.SPEECH_AFTER
    ):
        # a thing does not speak: a name of several words made of words of
        # things, before a verb of speech, is a body's ("Jaguar Land Rover
        # said"); "Memorial Day said" is not written
        kind, rule = "organization", "org-speaker"
    if kind == "person" and rule == "person-caps" and _not_a_name_shape(layer, k, span):
        kind, rule = "thing", "thing"
    if (
        kind == "person"
        and rule != "person-title"  # "Rep. Jordan": a surname after a title
        and place_country(" ".join(w.text for w in span))
    ):
        kind, rule = "thing", "country-name"  # "the Hong Kong dollar"
    if (
        kind == "person"
        and rule in ("person-caps", "person-given")
        and not span[-1].poss
        and _locative_context(layer, k, m)
    ):
        # "in Tal Afar", "the Kani Wam area": a place, though "Tal" is a given
        # name somewhere ("in Maria Garcia's house" stays a person's)
        kind, rule = "thing", "place-context"
    if (
        not title
        and rule in ("name", "thing", "place-context", "person-caps")
        and _figure_name(layer, span)
    ):
        kind, rule, weak = "person", "person-figure", False  # "Putin", "Erdogan's"
    return Candidate(
        kind,
        k,
        m,
        layer.columns,
        rule,
        title=title,
        sector=sector,
        country=country,
        poss=span[-1].poss,
        weak=weak,
    )


# "M.", "R.": the initial of a given name.
_INITIAL = regex.compile(r"[A-Z]\.")
# What follows a name in a list or a scorecard ("R. Croft, D. Cork",
# "M. Atherton 64", "(M. Atherton)").
_LIST_AFTER = frozenset((",", ";", ")", "and"))


def _listed_initial_name(words: Words, k: int, m: int) -> bool:
    """Words [k, m) are an initial and a surname that a comma, a figure or
    the line's end closes ("To bat: R. Croft, D. Cork, I. Salisbury", "M.
    Atherton 64"): a scorecard's or a list's name, whose line is all
    capitals as a headline's is, but no headline (a headline goes on with
    its verb: "J. Crew Posts Loss")."""
    if m - k < 2 or not _INITIAL.fullmatch(words[k].text):
        return False
    if _INITIAL.fullmatch(words[m - 1].text):
        return False
    if m >= len(words) or words[m].sent != words[m - 1].sent:
        return True
    after = words[m].text
    return after in _LIST_AFTER or after[:1].isdigit()


# "Inzamam-ul-Haq", "Moin-ud-Din", "Fazl-ur-Rehman": a given name, an Arabic
# article as South Asian names write it, and a second name, joined by hyphens.
_JOINED_NAME = regex.compile(r"(\p{Lu}\p{Ll}+)-u[lrdnsz]-\p{Lu}\p{Ll}+")


def _joined_full_name(text: str) -> bool:
    """A South Asian full name written as one word ("Inzamam-ul-Haq",
    "Moin-ud-Din"): its first part is a given name of the lists, which the
    names of bodies so joined open with no given name ("Jamaat-ud-Dawa",
    "Harkat-ul-Mujahideen", "Hizb-ul-Mujahideen")."""
    got = _JOINED_NAME.fullmatch(text)
    return got is not None and is_given_name(got.group(1))


def _faith_body(words: Words, k: int, span: Words) -> bool:
    """A word of a faith or people that is also a given name ("Muslim",
    "Christian") before a common noun in the plural ("the Muslim Advocates",
    "the Christian Democrats"): a body of believers, no person. A surname may
    be a plural noun ("Christian Sands"), so a faith word the census lists as
    a common American given name ("Christian") is a body's only after "the",
    which no person's name takes; others are so read anywhere ("Muslim
    Advocates said")."""
    if len(span) < 2 or span[0].lower not in lex.FAITH_WORDS:
        return False
    entry = lexicon().entries.get(span[-1].low)
    if entry is None or entry[0] != "NNS":
        return False
    the = k > 0 and words[k - 1].low == "the"
    return the or span[0].lower not in census_given_names()


def _name_after_type(words: Words, t: int) -> bool:
    """The noun of a kind of body at word t goes on with a name of its
    sentence, which it types: the capitals before it modify the noun ("the
    Parisian newspaper Le Figaro", "the Texan oil company Vantorix"), no
    body of their own; a weekday or another stop word after it is no name
    ("the Beta news agency Friday"), and before a person's name the noun is
    a role in the body before it ("Dow Jones publisher Almar Latour")."""
    if t + 1 >= len(words):
        return False
    nxt = words[t + 1]
    return nxt.is_cap and not nxt.stop and not nxt.given and nxt.sent == words[t].sent


def _headline_verb(w: Word) -> bool:
    """A word of a line in capitals that the English lexicon reads as a verb in
    the present tense ("RESIGNS", "SIGNS", "VISITS") or as a function word
    ("OVER", "TO"), and no given name: a name after a title ends before it."""
    entry = lexicon().entries.get(w.low)
    return (
        entry is not None
        and ("VBZ" in entry[1] or entry[0] in FUNCTION)
        and not w.given
    )


def _demonym_names(layer: WordLayer, k: int, span: Words) -> bool:
    """A demonym right before one capitalised common noun, that a noun of a
    kind of body follows, is part of its name ("the ruling Georgian Dream
    party"): a noun names no party alone, where an adjective after the
    demonym is the party's kind and the demonym its country ("the French
    Socialist party"; a noun used so is a `party_adjective`: "the Dutch
    Labour party")."""
    if len(span) != 1 or k == 0:
        return False
    prev, low = layer.words[k - 1], span[0].lower
    if prev.demonym is None or not prev.is_cap or prev.sent != span[0].sent:
        return False
    entry = lexicon().entries.get(low)
    return (
        entry is not None
        and entry[0] == "NN"
        and "JJ" not in entry[1]
        and low not in lex.PARTY_ADJECTIVES
    )


def _person_follows(words: Words, m: int) -> bool:
    """A speech verb or a passive only people undergo follows word m - 1
    ("Joseph Hall said", "Shirley Temple was born")."""
    if m >= len(words):
        return False
    if words[m].lower in lex.SPEECH_AFTER:
        return True
    return (
        m + 1 < len(words)
        and words[m].lower in ("was", "were")
        and words[m + 1].lower in lex.PERSON_PASSIVES
    )


def _placed_before(words: Words, k: int) -> bool:
    """A determiner or a word of place opens the name at word k ("the Albert
    Hall", "in Byron Bay", "to Victoria Lake"), or it opens its sentence."""
    if k == 0 or words[k - 1].sent != words[k].sent:
        return True
    prev = words[k - 1].lower
    return prev in ("the", "to", "at", "from", "into") or prev in lex.PLACE_BEFORE
