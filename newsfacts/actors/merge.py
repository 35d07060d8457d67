"""One actor per real-world entity: candidates merged by name, surname, acronym and
alias; bare surnames and acronyms resolved; country, title and code assigned.
"""

from __future__ import annotations

import bisect
from collections import Counter

import attrs

from ..knowledge.countries import place_country
from ..knowledge.figures import Figure, political_figures
from ..knowledge.keys import figure_key, org_key
from ..knowledge.names import is_given_name
from ..knowledge.organizations import KnownOrg
from ..knowledge.titles import title_max_len, titles
from . import lexicon as lex
from .candidate import Candidate
from .words import NAME_PARTICLES, NAME_SUFFIXES, Word, WordLayer

__all__ = ["Entity", "merge"]

# Verb forms that agree only with a singular subject ("Abbas says").
_SINGULAR_VERBS = frozenset("says has is was does remains faces wants plans".split())
# Sectors of organisations that belong to one country (a ministry, an army, a
# party), so the context may give it; leagues, unions and alliances get none.
_NATIONAL_SECTORS = frozenset("GOV MIL LEG JUD COP SPY PTY REB OPP".split())
# Words that do not stand right before a person's bare surname.
_NOT_BEFORE_A_PERSON = frozenset(
    """the a an of company firm group band agency newspaper channel network
    carrier airline maker planet called named""".split()
)
# Endings of plural group nouns ("Republicans", "Marines", "Protesters").
_PLURAL_ENDINGS = ("ans", "ers", "ists", "ites", "ics", "ines", "ians", "men", "ies")
# Endings of abstract nouns that stand before a verb at a sentence start.
_ABSTRACT_ENDINGS = (
    "ism",
    "ing",
    "ity",
    "tion",
    "sion",
    "ness",
    "ment",
    "phy",
    "ics",
    "ogy",
    "ance",
    "ence",
    "ure",
    "age",
    "dom",
    "ship",
    "ium",
)
# Words that open a clause rather than an apposition after "Name,".
_NOT_APPOSITION = frozenset(
    """who which that and but or said says told added according where when while
    as if because so than then he she they it we i you is was has had will
    would""".split()
)
# "X Department" = "Department of X" (and the same for these heads).
_FLIP_HEADS = frozenset(("ministry", "department", "office", "bureau", "agency"))
_LOCATIVE = frozenset(
    """in at to from near into across throughout against over for via through
    within inside outside around off toward towards""".split()
)


@attrs.define(slots=True, eq=False)
class Entity:
    """An actor being built: its candidates and what was learned about it."""

    kind: str
    cands: list[Candidate]
    key: str
    known: KnownOrg | None = None
    acronym: str | None = None
    title: str | None = None
    sector: str = ""
    country: str | None = None
    country_rank: int = 99
    rule: str = ""
    igo: str | None = None  # code of an international body a person serves
    figure: Figure | None = None  # a known political figure

    @property
    def start(self) -> int:
        """Offset of the first mention."""
        return min(c.start for c in self.cands)

    def add(self, cand: Candidate) -> None:
        """Attach a mention, keeping the first title (an office over an
        honorific: "spokesman" over "Mr."), acronym and known entry."""
        self.cands.append(cand)
        if cand.title and (not self.title or _honorific(self.title)):
            self.title = cand.title
        self.acronym = self.acronym or cand.acronym
        self.known = self.known or cand.known
        self.sector = self.sector or cand.sector


_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "sir", "dame", "dr"))


def _honorific(title: str) -> bool:
    """ "Mr.", "Ms.", "Sir": a courtesy title, not an office."""
    return title.replace(".", "").lower() in _HONORIFICS


def _text(layer: WordLayer, c: Candidate) -> str:
    """The normalised text of a candidate."""
    return layer.doc.norm[c.start : c.end]


def _org_keys(layer: WordLayer, c: Candidate) -> list[str]:
    """Matching keys of an organisation mention: the known entry's, its own, and
    the same with a leading country dropped ("U.S. State Department") and with
    "Department of State" flipped to "State Department"."""
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
        if len(low) >= 3 and low[0] in _FLIP_HEADS and low[1] in ("of", "for"):
            keys.append(" ".join([*low[2:], low[0]]))
    if c.sector == "BUS" and len(words) >= 2 and c.known is None:
        # "Intelogic Trace Inc." is later just "Intelogic"
        first = words[0]
        if (
            first.is_cap
            and first.place < 0
            and not first.demonym
            and first.text.lower() not in layer.lower_vocab
            and not is_given_name(first.text)
        ):
            keys.append(org_key(first.text))
    return list(dict.fromkeys(keys))


def _country_word(layer: WordLayer, w: Word) -> bool:
    """A place, demonym or country name ("U.S.", "Iraqi") leading a name."""
    return w.place >= 0 or bool(w.demonym) or bool(place_country(w.text))


def _person_tokens(layer: WordLayer, c: Candidate) -> list[str]:
    """The name's words without particles ("bin", "de") and suffixes ("Jr.")."""
    words = layer.words[c.i : c.j]
    toks = [
        w.text
        for w in words
        if w.text.lower() not in NAME_PARTICLES and w.lower not in NAME_SUFFIXES
    ]
    return toks or [w.text for w in words]


def _bare(token: str) -> str:
    """ "al-Thani" -> "thani": surname without an Arabic article."""
    low = token.lower()
    for p in ("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-"):
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

    for c in cands:
        if c.kind == "organization" and (not c.weak or c.known is not None):
            keys = _org_keys(layer, c)
            ent = next((orgs[k] for k in keys if k in orgs), None)
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
            if not is_given_name(toks[0]):
                surname.add(toks[0].lower(), c.start, p)  # "Chen Shui-bian"
    full_names = {
        " ".join(_person_tokens(layer, c)).lower(): p for p in people for c in p.cands
    }
    singles: dict[str, Entity] = {}
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
                caps = "".join(
                    w.text[0]
                    for w in layer.words[c.i : c.j]
                    if w.text[:1].isupper() and not w.is_acronym
                )
                if len(caps) >= 2:
                    initials.setdefault(caps, e)
    for c in later:
        text = _text(layer, c)
        words = layer.words[c.i : c.j]
        key_org = org_key(text)
        ent = orgs.get(key_org) or orgs.get(text.replace(".", ""))
        if ent is None and len(words) == 1 and lex.org_keywords().get(words[0].lower):
            # "the Council said": the organisation named in full before
            ent = heads.last_before(words[0].lower, c.start)
            if ent is None:
                continue
        if ent is None:
            toks = _person_tokens(layer, c)
            low = " ".join(toks).lower()
            ent = full_names.get(low)
            if ent is None and len(toks) == 1:
                ent = surname.nearest(_bare(toks[0]), c.start)
        if ent is not None:
            ent.add(c)
            continue
        if c.kind == "pending" and _speaker(layer, c):
            pass
        elif c.weak and not c.title:
            if words[0].in_caps_line and len(words) > 1:
                # a headline run: its words may still name actors of the body
                for at in range(c.i, c.j):
                    part = _headline_word(layer, at, orgs, surname)
                    if part is not None:
                        part[0].add(part[1])
            continue
        if c.kind == "person" or (c.kind == "pending" and _speaker(layer, c)):
            key = _bare(words[-1].text)
            ent = singles.get(key)
            if ent is None:
                ent = Entity(
                    "person",
                    [],
                    key,
                    rule=c.rule if c.kind == "person" else "person-speaker",
                )
                singles[key] = ent
                entities.append(ent)
            ent.add(c)
        elif c.kind == "pending" and c.rule == "acronym" and _plain_acronym(words):
            key = text.replace(".", "")
            ent = orgs.get(key) or initials.get(key)
            if ent is None:
                ent = Entity("organization", [], key, rule="org-acronym-bare")
                orgs[key] = ent
                entities.append(ent)
            ent.add(c)
    return entities


def _headline_word(
    layer: WordLayer, k: int, orgs: dict[str, Entity], surname: _MentionIndex
) -> tuple[Entity, Candidate] | None:
    """A headline word that is an organisation's acronym or name, or a surname
    of the body ("Putin Says Russia Will Respond"), as a mention of that actor."""
    w = layer.words[k]
    if not w.is_cap or len(w.text) < 2 or w.place >= 0:
        return None  # the places stage decides what a place mention is
    ent = orgs.get(org_key(w.text)) if w.is_acronym else None
    if ent is None and not w.is_acronym:
        ent = surname.last_before(_bare(w.text), 1 << 62)
    if ent is None:
        return None
    return ent, Candidate(ent.kind, k, k + 1, w.start, w.end, "headline")


def _plain_acronym(words: list[Word]) -> bool:
    """An all-capital word of 2-6 letters that is not a common abbreviation."""
    t = "".join(w.text for w in words).replace(".", "")
    return (
        2 <= len(t) <= 6
        and t.lower() not in lex.not_acronyms()
        and t.isalpha()
        and not place_country(t)  # "the U.S. dollar", "NZ"
    )


def _speaker(layer: WordLayer, c: Candidate) -> bool:
    """A lone name followed by a speech verb ("Khayam said") reads as a person."""
    if c.j - c.i != 1 or c.j >= len(layer.words):
        return False
    nxt = layer.words[c.j]
    if c.rule != "name":
        return False  # acronyms are organisations, not people
    prev_cap = c.i > 0 and layer.words[c.i - 1].is_cap
    if nxt.text in ("administration", "government") and not c.weak and not prev_cap:
        return True  # "the Bush administration", "the Karzai government"
    prev = layer.words[c.i - 1].lower if c.i > 0 else ""
    if prev in _NOT_BEFORE_A_PERSON or prev in lex.not_person_words():
        return False  # "the Serpent was", "of Animals says", "Hurricane X is"
    first = layer.words[c.i]
    word = first.text.lower()
    if first.text.isupper() or lex.org_keywords().get(first.lower) or first.demonym:
        return False  # "KNU is", "Council said", "Europeans said"
    plural = word.endswith(_PLURAL_ENDINGS) or (c.weak and word.endswith("s"))
    if plural and nxt.text not in _SINGULAR_VERBS:
        return False  # "Scientists say", "Marines will": plural nouns
    if word.endswith(_ABSTRACT_ENDINGS):
        return False  # "Tourism is", "Fighting has", "Philosophy is"
    return nxt.text in lex.person_verbs()


class _MentionIndex:
    """Key -> the entities' mention offsets, for "the one named last before"
    look-ups in logarithmic time."""

    def __init__(self) -> None:
        """An empty index."""
        self._rows: dict[str, list[tuple[int, int, Entity]]] = {}
        self._sorted = False

    def add(self, key: str, start: int, entity: Entity) -> None:
        """Record a mention of `entity` at `start` under `key`."""
        self._rows.setdefault(key, []).append((start, id(entity), entity))
        self._sorted = False

    def _row(self, key: str) -> list[tuple[int, int, Entity]]:
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
        return row[i - 1][2] if i > 0 else None

    def nearest(self, key: str, offset: int) -> Entity | None:
        """The entity named last before `offset`, else the first named after it."""
        found = self.last_before(key, offset)
        if found is not None:
            return found
        row = self._row(key)
        return row[0][2] if row else None


# ---------------------------------------------------------------- countries


def assign_countries(layer: WordLayer, entities: list[Entity]) -> None:
    """Country, title and sector of each entity, from its mentions' context.

    Organisations first (own words, known entry, possessor, "in Tripoli"), then
    people (title modifiers, title context, apposition, their organisation),
    then the sentence's and the article's countries as a fallback.
    """
    by_span: dict[tuple[int, int], Entity] = {}
    for e in entities:
        for c in e.cands:
            by_span[(c.i, c.j)] = e
    by_start = {i: e for (i, _j), e in by_span.items()}
    by_end = {j: e for (_i, j), e in by_span.items()}
    words = layer.words

    for e in entities:
        if e.kind != "organization":
            continue
        for c in sorted(e.cands, key=lambda c: c.start):
            _offer(e, c.country, 1)
            owner = by_end.get(c.i)
            if owner is not None and owner is not e and words[c.i - 1].poss:
                _offer(e, owner.country, 2)
            _offer(e, _locative_country(layer, c.j), 3)
    # possessor orgs may have gained a country only now: one more pass
    for e in entities:
        if e.kind == "organization":
            for c in e.cands:
                owner = by_end.get(c.i)
                if owner is not None and owner is not e and words[c.i - 1].poss:
                    _offer(e, owner.country, 2)

    main = _article_country(layer)
    per_sentence = _sentence_countries(layer)
    national = [
        e
        for e in entities
        if e.kind == "organization" and e.sector in _NATIONAL_SECTORS
    ]
    _fallback(layer, national, main, per_sentence)

    for e in entities:
        if e.kind != "person":
            continue
        for c in sorted(e.cands, key=lambda c: c.start):
            _offer(e, c.country, 1)
            title, country = _lookback(layer, c.i, by_end)
            if title and (not e.title or _honorific(e.title)):
                e.title = title
                e.sector = e.sector or titles().get(_title_key(title), "")
            _offer(e, country, 2)
            e.igo = e.igo or c.igo
            country, title = _pre_apposition(layer, c.i, by_end)
            _offer(e, country, 3)
            if title and (not e.title or _honorific(e.title)):
                e.title = title  # "a department spokesman, Ned Price"
                e.sector = e.sector or titles().get(_title_key(title), "")
            org, country, title = _apposition(layer, c.j, by_start)
            if org is not None:
                _offer(e, org.country, 3)
                e.sector = e.sector or org.sector
                if org.known is not None and not org.known.country:
                    e.igo = e.igo or org.known.code
            _offer(e, country, 3)
            if title and not e.title:
                e.title = title
                e.sector = e.sector or titles().get(_title_key(title), "")
            owned = by_start.get(c.j)
            if c.poss and owned is not None and owned.kind == "organization":
                _offer(e, owned.country, 4)

    _known_figures(layer, [e for e in entities if e.kind == "person"])

    # people: the countries their sentence names as someone's before them, not
    # as a scene, nor as the object of what they do ("Bush criticised China")
    org_at: dict[int, str] = {}
    for e in entities:
        if e.kind == "organization" and e.country:
            for c in e.cands:
                org_at[c.i] = e.country
    per_sentence = _sentence_countries(layer, skip_locative=True)
    for e in entities:
        if e.kind != "person" or e.igo or e.country is not None:
            continue
        first = min(e.cands, key=lambda c: c.start)
        counts = _countries_before(layer, first.i, org_at)
        if not counts:
            # else the article's, from its other sentences
            own = words[first.i].sent
            for n, per in per_sentence.items():
                if n != own:
                    counts.update(per)
        _offer(e, counts.most_common(1)[0][0] if counts else None, 9)


def _name_key(layer: WordLayer, c: Candidate) -> str:
    """Figure-matching key of a person mention, a possessive "'s" dropped."""
    text = _text(layer, c)
    if text.endswith(("'s", "'S")):
        text = text[:-2]
    return figure_key(text)


def _known_figures(layer: WordLayer, people: list[Entity]) -> None:
    """A person who is a known political figure takes the figure's country and
    code over any context clue: by full name, or by a surname of the list that
    no other person of the article bears."""
    figs = political_figures()
    fullest: dict[int, str] = {}
    for e in people:
        keys = [_name_key(layer, c) for c in e.cands]
        fullest[id(e)] = max(keys, key=lambda k: (len(k.split()), k)) if keys else ""
    for e in people:
        key = fullest[id(e)]
        fig = figs.full.get(key)
        if fig is None and key in figs.surname and key not in figs.full:
            fig = figs.surname[key]
            others = (
                fullest[id(o)]
                for o in people
                if o is not e and fullest[id(o)].endswith(" " + key)
            )
            if fig is not None and any(
                not _same(figs.full.get(k), fig) for k in others
            ):
                fig = None  # "Jeb Bush" elsewhere in the article: not sure which
        if fig is None:
            continue
        e.figure = fig
        e.country, e.country_rank = fig.country, 0
        if fig.country is None:
            e.igo = fig.code
        else:
            e.sector = fig.code[3:6]
        if "figure" not in e.rule:
            e.rule = e.rule + "+figure" if e.rule else "figure"


def _same(a: Figure | None, b: Figure) -> bool:
    """Two figure rows that code the same: country and code alike."""
    return a is not None and (a.country, a.code) == (b.country, b.code)


def _fallback(
    layer: WordLayer,
    entities: list[Entity],
    main: str | None,
    per_sentence: dict[int, Counter[str]],
) -> None:
    """No country yet: the one the first mention's sentence names most, else the
    article's. International bodies from the known list keep none."""
    for e in entities:
        if e.country is None and (e.known is None or e.known.country):
            c = min(e.cands, key=lambda c: c.start)
            counts = per_sentence.get(layer.words[c.i].sent)
            _offer(e, counts.most_common(1)[0][0] if counts else main, 9)


def _title_key(title: str) -> tuple[str, ...]:
    """The titles table key of a title ("Gen." -> ("gen",))."""
    return tuple(title.replace(".", "").lower().split())


def _offer(e: Entity, country: str | None, rank: int) -> None:
    """Take `country` if this rule ranks above the one that set the current one."""
    if country and rank < e.country_rank:
        e.country, e.country_rank = country, rank


def _word_country(layer: WordLayer, w: Word) -> str | None:
    """The country a word names as a demonym or inside a place mention."""
    if w.demonym:
        return w.demonym
    if w.place >= 0:
        return layer.places[w.place].country
    return None


def _locative_country(layer: WordLayer, j: int) -> str | None:
    """ "... in Tripoli": the country of a place right after an organisation."""
    words = layer.words
    k = j
    if k < len(words) and words[k].text.lower() == "based":
        k += 1
    if (
        k + 1 < len(words)
        and words[k].text.lower() in ("in", "of")
        and words[k + 1].place >= 0
    ):
        p = layer.places[words[k + 1].place]
        return p.country
    return None


def _lookback(
    layer: WordLayer, i: int, by_end: dict[int, Entity]
) -> tuple[str | None, str | None]:
    """Title and country in the words just before a name ("US envoy Richard
    Norland", "Libyan army spokesman Ahmed Mismari", "Kremlin spokesman ...")."""
    words = layer.words
    title = None
    country = None
    k = i - 1
    steps = 0
    # the adjacent title, longest match ending at i-1
    for n in range(min(title_max_len(), i), 0, -1):
        key = tuple(w.lower for w in words[i - n : i])
        if key in titles() and all(w.sent == words[i].sent for w in words[i - n : i]):
            title = " ".join(w.text for w in words[i - n : i])
            break
    if title is None:
        return None, None
    while k >= 0 and steps < 5 and words[k].sent == words[i].sent:
        w = words[k]
        found = _word_country(layer, w)
        owner = by_end.get(k + 1)
        if not found and owner is not None and owner.kind == "organization":
            found = owner.country
        if found:
            country = found
            break
        if not w.is_alpha or (w.is_cap and w.place < 0):
            break
        k -= 1
        steps += 1
    return title, country


def _apposition(
    layer: WordLayer, j: int, by_start: dict[int, Entity]
) -> tuple[Entity | None, str | None, str | None]:
    """After "Name," an apposition names the person's organisation, nationality
    or role: (first organisation with a country, first demonym/country, title)."""
    words = layer.words
    if j >= len(words) or words[j].text != ",":
        return None, None, None
    k = j + 1
    if k >= len(words) or words[k].text.lower() in _NOT_APPOSITION:
        return None, None, None
    first = words[k]
    if (
        first.is_cap
        and first.place < 0
        and not first.demonym
        and not _title_start(words, k)
    ):
        return None, None, None  # "Bush, Blair and ..." is a list
    if first.text.endswith(("ed", "ing")) and not _title_start(words, k):
        return None, None, None  # "supported by ...", "saying ..."
    org = None
    country = None
    title = None
    prev = ""
    for m in range(k, min(k + 16, len(words))):
        w = words[m]
        if w.text in (",", ";", ".", "(", ")", '"', ":") or w.sent != words[j].sent:
            break
        if title is None and m - k < 3 and _title_start(words, m):
            n = _title_len(words, m)
            title = " ".join(x.text for x in words[m : m + n])
        ent = by_start.get(m)
        if (
            ent is not None
            and ent.kind == "organization"
            and org is None
            and (ent.country or (ent.known is not None and ent.known.code))
        ):
            org = ent  # an organisation with a country, or an international body
        if country is None and prev not in _LOCATIVE:
            country = _word_country(layer, w)
        prev = w.text.lower()
    return org, country, title


def _pre_apposition(
    layer: WordLayer, i: int, by_end: dict[int, Entity]
) -> tuple[str | None, str | None]:
    """ "The US commander in Iraq, General David Petraeus", "a department
    spokesman, Ned Price": the country and title of a titled noun phrase right
    before "," and the name (and its own title)."""
    words = layer.words
    k = i - 1
    while k >= 0 and words[k].is_cap and _title_len(words, k):
        k -= 1  # the name's own title ("General")
    if k < 1 or words[k].text != ",":
        return None, None
    title = None
    for n in range(min(title_max_len(), k), 0, -1):
        part = words[k - n : k]
        if tuple(w.lower for w in part) in titles() and all(
            w.sent == words[i].sent for w in part
        ):
            title = " ".join(w.text for w in part)
            break
    country = None
    seen_title = False
    prev_locative = False
    for m in range(k - 1, max(-1, k - 9), -1):
        w = words[m]
        if w.sent != words[i].sent or w.text in (",", ";", ":", '"', "(", ")"):
            break
        if _title_len(words, m):
            seen_title = True
        found = _word_country(layer, w)
        owner = by_end.get(m + 1)
        if not found and owner is not None and owner.kind == "organization":
            found = owner.country
        before = words[m - 1].text.lower() if m > 0 else ""
        prev_locative = before in _LOCATIVE
        if found and not prev_locative:
            country = found  # keep going back: the head modifier comes first
    if not seen_title:
        return None, None
    return country, title


def _title_len(words: list[Word], k: int) -> int:
    """Length in words of the longest title starting at word k."""
    best = 0
    key: tuple[str, ...] = ()
    for m in range(k, min(len(words), k + title_max_len())):
        key = (*key, words[m].lower)
        if key in titles():
            best = m - k + 1
    return best


def _title_start(words: list[Word], k: int) -> bool:
    """A title starts at word k."""
    return _title_len(words, k) > 0


def _sentence_countries(
    layer: WordLayer, skip_locative: bool = False
) -> dict[int, Counter[str]]:
    """Sentence index -> how often each country is named there (places, demonyms);
    with `skip_locative`, places after "in", "at", "to", ... do not count (they
    say where something happened, not whose someone is)."""
    out: dict[int, Counter[str]] = {}
    last_place = -1
    words = layer.words
    for k, w in enumerate(words):
        if w.place >= 0 and w.place == last_place:
            continue  # one count per place mention, not per word
        last_place = w.place
        found = _word_country(layer, w)
        if not found:
            continue
        if skip_locative and w.place >= 0 and k > 0 and words[k - 1].lower in _LOCATIVE:
            continue
        out.setdefault(w.sent, Counter())[found] += 1
    return out


_LOOKBACK_WORDS = 80  # words of a person's sentence read before the name


def _countries_before(layer: WordLayer, i: int, org_at: dict[int, str]) -> Counter[str]:
    """How often each country is named in word i's sentence before it (places
    and demonyms not after "in", "at", ...; organisations with a country)."""
    words = layer.words
    out: Counter[str] = Counter()
    sent = words[i].sent if i < len(words) else -1
    last_place = -1
    for k in range(i - 1, max(-1, i - 1 - _LOOKBACK_WORDS), -1):
        w = words[k]
        if w.sent != sent:
            break
        if k in org_at:
            out[org_at[k]] += 1
        if w.place >= 0 and w.place == last_place:
            continue
        last_place = w.place
        found = _word_country(layer, w)
        if not found:
            continue
        if w.place >= 0:
            n = k
            while n > 0 and words[n - 1].place == w.place:
                n -= 1
            if n > 0 and words[n - 1].lower in _LOCATIVE:
                continue
        out[found] += 1
    return out


def _article_country(layer: WordLayer, skip_locative: bool = False) -> str | None:
    """The country the article names most (places and demonyms)."""
    counts: Counter[str] = Counter()
    for per in _sentence_countries(layer, skip_locative).values():
        counts.update(per)
    return counts.most_common(1)[0][0] if counts else None
