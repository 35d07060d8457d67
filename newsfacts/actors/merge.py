"""One actor per real-world entity: candidates merged by name, surname, acronym and
alias; bare surnames and acronyms resolved."""

from __future__ import annotations

import bisect

from ..knowledge.countries import demonym_country, place_country
from ..knowledge.keys import org_key
from ..knowledge.names import is_given_name, opens_with_family_name
from ..knowledge.petrarch import agent
from ..knowledge.roles import role_nouns
from ..language.tagger_lexicon import lexicon
from . import lexicon as lex
from .bracket_names import short_name_key
from .candidate import Candidate
from .cues import index_acronyms, lone_key, org_cue_keys, thing_keys
from .entity import Entity, mention_text
from .person_cues import person_cue_keys, person_evidence
from .shortforms import company_forms
from .words import Word, WordLayer, Words

__all__ = ["merge"]


def _company_forms(layer: WordLayer, cands: list[Candidate]) -> dict[int, list[str]]:
    """Each organisation candidate's short forms as a company (keyed by its
    `id`), less those two companies of the article both give, companies
    whose names open with different words ("Kansai Electric Power Co." and
    "Tokyo Electric Power Co." both end in "Power"): such a form names
    neither, so it merges neither. ("Nissan Motor Co." and "Nissan Motor"
    open alike: one company.) Worked out once per candidate."""
    forms: dict[int, list[str]] = {}
    firsts: dict[str, set[str]] = {}
    for c in cands:
        if c.kind == "organization":
            first = layer.words[c.i].lower
            mine = forms[id(c)] = [" ".join(f) for f in company_forms(layer, c)]
            for form in mine:
                firsts.setdefault(form, set()).add(first)
    shared = {form for form, opened in firsts.items() if len(opened) > 1}
    if shared:
        for key, mine in forms.items():
            forms[key] = [form for form in mine if form not in shared]
    return forms


def _org_keys(layer: WordLayer, c: Candidate, forms: list[str]) -> list[str]:
    """Matching keys of an organisation mention: the known entry's, its own, and
    the same with a leading country dropped ("U.S. State Department") and with
    "Department of State" flipped to "State Department"; a company's short
    `forms` (`_company_forms`)."""
    words = layer.words[c.i : c.j]
    keys = []
    if c.known is not None:
        keys.append("known:" + c.known.name)
    keys.append(org_key(" ".join(w.text for w in words)))
    lead = 0
    while lead < len(words) - 1 and _country_word(layer, words[lead]):
        lead += 1
    for part in (words, words[lead:]) if lead and len(words) - lead >= 2 else (words,):
        low = [w.lower for w in part if w.lower != "the"]
        keys.append(" ".join(low))
        if len(low) >= 3 and low[0] in lex.FLIP_HEADS and low[1] in ("of", "for"):
            keys.append(" ".join([*low[2:], low[0]]))
    kw = words[-1].keyword
    if kw is not None and kw.legal and len(words) >= 3:
        # "British Airways Plc" is also "British Airways" (and "BRITISH AIRWAYS")
        keys.append(" ".join(w.lower for w in words[:-1] if w.lower != "the"))
    # "Lake Shore Gold Corp" is later "Lake Shore", "Intelogic Trace Inc." "Intelogic"
    keys += forms
    if (
        c.known is not None
        and len(words) == 2
        and words[0].given
        and (c.known.code or "").endswith(("BUS", "HLH"))
    ):
        # "Eli Lilly" ... "Lilly said", "Walt Disney" ... "Disney": a company
        # named for its founder is known by the surname alone
        keys.append(words[1].lower)
    short = short_name_key(layer, c)
    if short is not None:
        keys.append(short)  # "the California Department of ... (Cal Fire)"
    return list(dict.fromkeys(keys))


def _country_word(layer: WordLayer, w: Word) -> bool:
    """A country, demonym or country name ("U.S.", "Iraqi") leading a name;
    not a state or a town, whose bodies differ by it ("San Diego State
    University", "California State University"; "Toyota Motor Corp." is no
    "Honda Motor Co." less its town)."""
    if w.place >= 0:
        return layer.places[w.place].kind == "country"
    return bool(w.demonym) or bool(place_country(w.text))


def _person_tokens(layer: WordLayer, c: Candidate) -> tuple[str, ...]:
    """The name's words without particles ("bin", "de") and suffixes ("Jr."),
    worked out once per span (merging asks for them again and again).

    The memo holds one for each candidate of a long text at once: keyed by
    one int a span (its first word and end, packed) and holding a tuple,
    which cost about half what a tuple key and a list do."""
    seen: dict[int, tuple[str, ...]] | None = layer.memo.get("person_tokens")
    if seen is None:
        seen = layer.memo["person_tokens"] = {}
    span = c.i << 32 | c.j  # (a text has fewer than 2**32 words)
    toks = seen.get(span)
    if toks is None:
        words = layer.words[c.i : c.j]
        toks = tuple(
            w.text
            for w in words
            if w.low not in lex.NAME_PARTICLES and w.lower not in lex.NAME_SUFFIXES
        )
        toks = seen[span] = toks or tuple(w.text for w in words)
    return toks


def _bare(token: str) -> str:
    """ "al-Thani" -> "thani": surname without an Arabic article."""
    low = token.lower()
    if not low.startswith(lex.ARTICLE_PREFIXES):  # most names: one C call
        return low
    for p in lex.ARTICLE_PREFIXES:
        if low.startswith(p) and len(low) > len(p) + 1:
            return low[len(p) :]
    return low


def merge(layer: WordLayer, cands: list[Candidate]) -> list[Entity]:
    """Group candidates into entities and resolve the pending ones."""
    orgs: dict[str, Entity] = {}
    people: list[Entity] = []
    people_by_key: dict[str, Entity] = {}
    entities: list[Entity] = []
    later: list[Candidate] = []

    named = _people_names(layer, cands)
    cues = person_cue_keys(layer, cands)
    org_cues = org_cue_keys(layer, cands) - cues
    things = thing_keys(layer, cands)
    indices = index_acronyms(layer, cands)
    evidence = person_evidence(layer, cands)
    forms = _company_forms(layer, cands)
    for c in cands:
        if (
            c.rule in ("org-typed", "org-known")
            and c.j - c.i == 1
            and not layer.words[c.i].is_acronym
            and (_person_tokens_key(layer, c) in named or lone_key(layer, c) in cues)
        ):
            # "the company Ramirez built", "Ford" after "Gerald Ford"
            c.kind, c.rule, c.known = "pending", "name", None
        if c.kind == "organization" and (not c.weak or c.known is not None):
            keys = _org_keys(layer, c, forms.get(id(c), []))
            # (its acronym too: a headline's "RSF" comes before the lead's
            # "Rapid Support Forces" that spells it)
            looked = [*keys, c.acronym] if c.acronym else keys
            ent = next((orgs[k] for k in looked if _joins(orgs.get(k), c)), None)
            if ent is None:
                ent = Entity("organization", [], keys[0], rule=c.rule)
                entities.append(ent)
            ent.add(c)
            for k in keys:
                orgs.setdefault(k, ent)
            if c.acronym:
                orgs.setdefault(c.acronym, ent)
            if c.known is not None and c.known.acronym:
                orgs.setdefault(c.known.acronym, ent)
        elif c.rule == "person-caps" and lone_key(layer, c) not in evidence:
            c.kind = "pending"  # "Goldman Sachs", "Inter Milan": no evidence
            later.append(c)
        elif c.kind == "person" and not c.weak and len(_person_tokens(layer, c)) >= 2:
            toks = _person_tokens(layer, c)
            key = f"{toks[0].lower()}|{_bare(toks[-1])}"  # first and last name
            ent = people_by_key.get(key)
            if ent is None:
                ent = Entity("person", [], key, rule=c.rule)
                people_by_key[key] = ent
                people.append(ent)
                entities.append(ent)
            ent.add(c)
        else:
            later.append(c)

    # bare surnames, acronyms, weak and headline candidates
    surname = _MentionIndex()
    for p in people:
        for c in p.cands:
            toks = _person_tokens(layer, c)
            surname.add(_bare(toks[-1]), c.start, p)
            if (
                not is_given_name(toks[0])
                or _romanised_given(toks[-1])
                or (len(toks) > 1 and opens_with_family_name(toks[0]))
            ):
                # "Chen Shui-bian"; "Li Ka-shing" ... "Li told reporters",
                # though "Li" is a given name elsewhere; "Wang Yi ... Wang
                # warned"
                surname.add(toks[0].lower(), c.start, p)
    full_names = {
        " ".join(_person_tokens(layer, c)).lower(): p for p in people for c in p.cands
    }
    singles: dict[str, Entity] = {}
    undecided: list[Candidate] = []
    unread: list[int] = []  # headline words that named no actor named before
    cue_orgs: dict[str, Entity] = {}
    heads = _MentionIndex()  # last word -> organisations ending in it
    for e in entities:
        if e.kind == "organization":
            for c in e.cands:
                heads.add(layer.words[c.j - 1].lower, c.start, e)
    # "British Airways" ... "BA": organisations by the initials of their names
    initials: dict[str, Entity] = {}
    for e in entities:
        if e.kind == "organization":
            for c in e.cands:
                # (a legal form spells no initial: "British Airways Plc" is "BA")
                caps = "".join(
                    w.text[0]
                    for w in layer.words[c.i : c.j]
                    if w.is_upper
                    and not w.is_acronym
                    and not (w.keyword is not None and w.keyword.legal)
                )
                if len(caps) >= 2:
                    initials.setdefault(caps, e)
    firsts: set[str] | None = None  # (read on the first headline run)
    words_of = layer.words.__getitem__
    for c in later:
        text = mention_text(layer, c)
        words = layer.words[c.i : c.j]
        key_org = org_key(text)
        ent = orgs.get(key_org) or orgs.get(text.replace(".", ""))
        kw = lex.org_keywords().get(words[0].lower) if len(words) == 1 else None
        if (
            ent is None
            and kw is not None
            and not kw.legal
            and not (words[0].sent_start and kw.sector == "BUS" and not kw.prefix)
            and not (c.kind == "person" and c.title)  # "Senator Church": a surname
        ):
            # "the Council said", "Bank experts say": the organisation named
            # in full before (a legal form alone names none: "an LP of jazz";
            # nor does an industry opening a sentence: "Water levels rose"
            # after "Thames Water", "Oil prices fell" after "Nordwind Oil")
            ent = heads.last_before(words[0].lower, c.start)
            if ent is None:
                # "Senator Church said ... Church, an Idaho Democrat,": a
                # person of that surname named before, else no one
                ent = surname.nearest(_bare(words[0].text), c.start) or singles.get(
                    _bare(words[0].text)
                )
            if ent is None:
                continue
        if ent is None:
            toks = _person_tokens(layer, c)
            low = " ".join(toks).lower()
            ent = full_names.get(low)
            if ent is None and len(toks) == 1 and not _dated(layer, c):
                ent = surname.nearest(_bare(toks[0]), c.start)
        if ent is not None:
            ent.add(c)
            continue
        key = lone_key(layer, c)
        if (
            c.kind == "pending"
            and c.rule in ("name", "person-caps")
            and key in org_cues
        ):
            ent = cue_orgs.get(key)
            if ent is None:
                ent = cue_orgs[key] = Entity("organization", [], key, rule="org-cue")
                orgs.setdefault(org_key(text), ent)
                entities.append(ent)
            ent.add(c)  # "Renault cut its share", "a stake in Geely"
            continue
        if c.kind == "pending" and key in things:
            continue  # "Hurricane Gustav" ... "Gustav is expected"
        cued = c.kind == "pending" and key in cues
        if c.kind == "pending" and (_speaker(layer, c) or cued):
            pass
        elif c.weak and not c.title:
            if words[0].in_caps_line and len(words) > 1:
                # a headline run: its words may still name actors of the body
                if firsts is None:
                    # first words of the organisations' names of two words or more
                    firsts = {
                        key.split(" ", 1)[0].lower() for key in orgs if " " in key
                    }
                at = c.i
                while at < c.j:
                    part = (
                        _headline_name(layer, at, c.j, orgs)
                        if words_of(at).lower in firsts
                        else None
                    ) or _headline_word(layer, at, orgs, surname, initials)
                    if part is not None:
                        part[0].add(part[1])
                        at = part[1].j
                    else:
                        unread.append(at)
                        at += 1
            continue
        if c.kind == "person" or (c.kind == "pending" and (cued or _speaker(layer, c))):
            key = _bare(words[-1].text)
            ent = singles.get(key)
            if ent is None:
                rule = (
                    c.rule
                    if c.kind == "person"
                    else "person-cue"
                    if cued
                    else "person-speaker"
                )
                ent = Entity("person", [], key, rule=rule)
                singles[key] = ent
                entities.append(ent)
            ent.add(c)
        elif (
            c.kind == "pending"
            and c.rule == "acronym"
            and _plain_acronym(words)
            and text not in indices  # "the DAX index": a figure
        ):
            key = text.replace(".", "")
            ent = orgs.get(key) or initials.get(key)
            if ent is None:
                ent = Entity("organization", [], key, rule="org-acronym-bare")
                orgs[key] = ent
                entities.append(ent)
            ent.add(c)
        elif c.kind == "pending" and c.j - c.i == 1:
            undecided.append(c)
    # a lone name is a person everywhere once one of its mentions says so
    for c in undecided:
        ent = singles.get(lone_key(layer, c))
        if ent is not None and not _dated(layer, c):
            ent.add(c)
    # a headline's word that is the surname of a person the body names by it
    # alone ("TRUMP TO MEET KIM" ... "Trump said"): read once all are known
    for at in unread:
        w = layer.words[at]
        ent = singles.get(_bare(w.text)) if w.place < 0 and len(w.text) > 1 else None
        if ent is not None and ent.kind == "person":
            ent.add(Candidate("person", at, at + 1, layer.columns, "headline"))
    layer.memo.pop("person_tokens", None)  # merging's own memo: not read after
    return entities


def _joins(ent: Entity | None, c: Candidate) -> bool:
    """Candidate c may join the organisation `ent` found by one of its keys:
    never one known as another entry, whatever short form they share ("Real
    Madrid" and "Real Sociedad" are both "Real" to the short forms)."""
    if ent is None:
        return False
    if c.known is None or ent.known is None or ent.known is c.known:
        return True
    # two entries of one company, with and without its legal form ("Siemens
    # AG" ... "Siemens")
    return _bare_company(ent.known.name) == _bare_company(c.known.name)


def _bare_company(name: str) -> str:
    """A company's name without the legal forms that close it ("Siemens AG"
    -> "siemens", "Toyota Motor Corp" -> "toyota motor")."""
    parts = name.replace(".", "").lower().split()
    while len(parts) > 1:
        kw = lex.org_keywords().get(parts[-1])
        if kw is None or not kw.legal:
            break
        parts.pop()
    return " ".join(parts)


def _dated(layer: WordLayer, c: Candidate) -> bool:
    """A lone stop word read as a date ("in May", "May 5", "last March"),
    which no person's surname ("Theresa May") takes."""
    words = layer.words
    if not words[c.i].stop:
        return False
    before = words[c.i - 1].lower if c.i > 0 else ""
    after = words[c.j].text if c.j < len(words) else ""
    return before in lex.DATE_BEFORE or after[:1].isdigit()


def _full_person(layer: WordLayer, c: Candidate) -> bool:
    """A person candidate named in full (two words or more, not weak)."""
    return c.kind == "person" and not c.weak and len(_person_tokens(layer, c)) >= 2


def _person_tokens_key(layer: WordLayer, c: Candidate) -> str:
    """The lower-case name words of a candidate, joined ("ramirez")."""
    return " ".join(_person_tokens(layer, c)).lower()


def _people_names(layer: WordLayer, cands: list[Candidate]) -> set[str]:
    """Full names and surnames of the people named in full in the article."""
    out: set[str] = set()
    for c in cands:
        if _full_person(layer, c):
            out.add(_person_tokens_key(layer, c))
            out.add(_person_tokens(layer, c)[-1].lower())
    return out


# Letters at most of an acronym proper: a longer word in capitals in a
# headline is read as a name written in capitals ("VANTORIX", "HARTWIG").
_ACRONYM_MAX = 5


def _headline_word(
    layer: WordLayer,
    k: int,
    orgs: dict[str, Entity],
    surname: _MentionIndex,
    initials: dict[str, Entity],
) -> tuple[Entity, Candidate] | None:
    """A headline word that is an organisation's acronym or name (in capitals:
    "ARSENAL" of "Arsenal"), the initials of one the body names in full
    ("NBA STANDINGS" ... "National Basketball Association"), or a surname of
    the body ("Putin Says Russia Will Respond"), as a mention of that actor."""
    w = layer.words[k]
    if not w.is_cap or len(w.text) < 2 or w.place >= 0:
        return None  # the places stage decides what a place mention is
    ent = orgs.get(org_key(w.text)) if w.is_acronym else None
    if ent is None and w.is_acronym and len(w.text) >= 3:
        ent = initials.get(w.text.replace(".", ""))
    if ent is None and w.is_acronym and w.text.isalpha() and len(w.text) >= 4:
        # a name in a headline's capitals: "LEEDS BEAT ARSENAL" ... "Arsenal"
        ent = orgs.get(w.lower)
    if ent is None and not w.is_acronym:
        ent = surname.last_before(_bare(w.text), 1 << 62)
    if ent is None and w.is_acronym and w.in_caps_line and len(w.text) > _ACRONYM_MAX:
        # "VANTORIX SAYS PROFIT TO RISE": a headline in capitals writes a
        # company's or a person's name as it writes every word
        ent = orgs.get(w.lower) or surname.last_before(_bare(w.text), 1 << 62)
    if ent is None and w.is_acronym and w.in_caps_line and w.text.isalpha():
        # a shorter one is a surname of the body where the body names that
        # person in full ("SELES BEATS DAVENPORT" ... "Monica Seles"); an
        # acronym the body defines was read above
        ent = surname.last_before(_bare(w.text), 1 << 62)
    if ent is None:
        return None
    return ent, Candidate(ent.kind, k, k + 1, layer.columns, "headline")


# Words at most of an organisation's name read from a headline in capitals.
_HEADLINE_NAME_WORDS = 4


def _headline_name(
    layer: WordLayer, k: int, j: int, orgs: dict[str, Entity]
) -> tuple[Entity, Candidate] | None:
    """Words from k in a headline's capitals that name an organisation of the
    body by two words or more ("BRITISH AIRWAYS AND AMERICAN AIRLINES IN
    TALKS" ... "British Airways Plc"), longest first; none a place's."""
    words = layer.words
    for n in range(min(_HEADLINE_NAME_WORDS, j - k), 1, -1):
        part = words[k : k + n]
        if any(w.place >= 0 or not w.is_cap for w in part):
            continue
        ent = orgs.get(" ".join(w.lower for w in part)) or orgs.get(
            " ".join(w.text.capitalize() for w in part)  # a company's short form
        )
        if ent is not None and ent.kind == "organization":
            return ent, Candidate(ent.kind, k, k + n, layer.columns, "headline")
    return None


def _plain_acronym(words: Words) -> bool:
    """An all-capital word of 2-6 letters that is not a common abbreviation."""
    t = "".join(w.text for w in words).replace(".", "")
    return (
        2 <= len(t) <= 6
        and t.lower() not in lex.not_acronyms()
        and t.isalpha()
        and not place_country(t)  # "the U.S. dollar", "NZ"
    )


def _speaker(layer: WordLayer, c: Candidate) -> bool:
    """A lone name followed by a verb of speech or of what people do
    ("Khayam said", "Karimov visited", "Murray will play") reads as a person;
    a copula ("Timex is", "Basutoland was") says nothing of its subject."""
    if c.j - c.i != 1 or c.j >= len(layer.words):
        return False
    nxt = layer.words[c.j]
    if c.rule != "name":
        return False  # acronyms are organisations, not people
    prev_cap = c.i > 0 and layer.words[c.i - 1].is_cap
    if nxt.text in ("administration", "government") and not c.weak and not prev_cap:
        return True  # "the Bush administration", "the Karzai government"
    prev = layer.words[c.i - 1].lower if c.i > 0 else ""
    if prev == "quoted" and _as_saying(layer.words, c.j):
        return True  # "Interfax quoted Lebed as saying"
    if prev in lex.NOT_BEFORE_PERSON or prev in lex.not_person_words():
        return False  # "the Serpent was", "of Animals says", "Hurricane X is"
    before = layer.words[c.i - 1] if prev_cap else None
    if (
        before is not None
        and before.place < 0
        and not before.demonym  # "Russian Lebed said"
        and not before.sent_start  # "Later Williams said"
        and before.is_alpha
        and not before.poss
    ):
        # the end of a longer name the run cut short, whose verb it is:
        # "a spokesman for Credit Suisse First Boston said"
        return False
    closing = lex.org_keywords().get(prev) if prev_cap else None
    if closing is not None and closing.suffix:
        # a word right after a name its keyword closes goes on naming the
        # organisation, no speaker: "U.S. Forces Korea said", "U.S. Army
        # Europe said"
        return False
    first = layer.words[c.i]
    word = first.low
    if first.text.isupper() or lex.org_keywords().get(first.lower) or first.demonym:
        return False  # "KNU is", "Council said", "Europeans said"
    if _nationality_noun(word):
        return False  # "the Northern Irishman beat Rose", "the Scotswoman said"
    plural = word.endswith(lex.PLURAL_ENDINGS) or (c.weak and word.endswith("s"))
    if plural and nxt.text not in lex.SINGULAR_VERBS and not _surname_s(layer, first):
        return False  # "Scientists say", "Marines will": plural nouns
    if word.endswith(lex.ABSTRACT_ENDINGS):
        return False  # "Tourism is", "Fighting has", "Philosophy is"
    if first.sent_start and nxt.lower not in lex.SPEECH_AFTER and _common_noun(word):
        # "Cholera has killed 50", "Gold has risen": a common noun opening its
        # sentence is a thing before any verb but one of speech ("Rice said")
        return False
    # "Timex is", "Basutoland was": a copula takes any subject, no evidence
    # of a person but for a word the English lexicon knows as a surname
    # alone ("Burns is")
    return nxt.text in lex.person_verbs() and (
        nxt.text not in lex.ANY_SUBJECT_VERBS or _surname_s(layer, first)
    )


def _romanised_given(tok: str) -> bool:
    """ "Ka-shing", "Shui-bian", "Jae-myung": an East Asian given name of two
    syllables written with a hyphen, which follows the family name."""
    head, _, tail = tok.partition("-")
    return (
        bool(tail)
        and head[:1].isupper()
        and head[1:].islower()
        and tail.isalpha()
        and tail.islower()
        and len(head) <= 5
        and len(tail) <= 5
    )


def _nationality_noun(low: str) -> bool:
    """ "irishman", "scotswoman": a nationality and "man" or "woman", a noun
    of a person of that nation, never a name."""
    for end in ("woman", "man"):
        if low.endswith(end) and len(low) > len(end) + 3:
            stem = low[: -len(end)]
            return bool(demonym_country(stem) or demonym_country(stem[:-1]))
    return False


def _common_noun(low: str) -> bool:
    """The English lexicon reads `low` first as a singular common noun
    ("cholera", "gold"; not "burns"), and it is no given name."""
    entry = lexicon().entries.get(low)
    return entry is not None and entry[0] == "NN" and not is_given_name(low)


def _as_saying(words: Words, j: int) -> bool:
    """ "as saying" at word j, after "quoted" and a name."""
    return j + 1 < len(words) and words[j].low == "as" and words[j + 1].low == "saying"


def _surname_s(layer: WordLayer, w: Word) -> bool:
    """ "Burns said", "Jones told": a word ending in "s" that the English
    lexicon knows only as a proper name when capitalised, and that the article
    never writes in lower case ("severe burns ... Burns said" stays a noun),
    nor a noun of people ("Farmers said" is a group)."""
    return (
        lex.proper_plural(w.text)
        and w.low not in layer.lower_vocab
        and w.low not in role_nouns()
        and agent(w.low) is None
    )


class _MentionIndex:
    """Key -> the entities' mention offsets, for "the one named last before"
    look-ups in logarithmic time."""

    def __init__(self) -> None:
        """An empty index."""
        # (offset, entity) by key: an entity is never compared (the rows are
        # sorted and searched by offset alone, and a stable sort keeps the
        # order of equal offsets)
        self._rows: dict[str, list[tuple[int, Entity]]] = {}
        self._sorted = False

    def add(self, key: str, start: int, entity: Entity) -> None:
        """Record a mention of `entity` at `start` under `key`."""
        self._rows.setdefault(key, []).append((start, entity))
        self._sorted = False

    def _row(self, key: str) -> list[tuple[int, Entity]]:
        """The mentions under `key`, sorted by offset (sorted once, lazily)."""
        if not self._sorted:
            for row in self._rows.values():
                row.sort(key=lambda r: r[0])
            self._sorted = True
        return self._rows.get(key, [])

    def last_before(self, key: str, offset: int) -> Entity | None:
        """The entity with the latest mention before `offset`, if any."""
        row = self._row(key)
        i = bisect.bisect_left(row, offset, key=lambda r: r[0]) if row else 0
        return row[i - 1][1] if i > 0 else None

    def nearest(self, key: str, offset: int) -> Entity | None:
        """The entity named last before `offset`, else the first named after it."""
        found = self.last_before(key, offset)
        if found is not None:
            return found
        row = self._row(key)
        return row[0][1] if row else None
