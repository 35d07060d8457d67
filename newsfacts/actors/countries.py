"""Country, title and sector of each entity, from its mentions' context: its own
words, titles and appositions around it, a known political figure, and the
countries its sentence and the article name."""

from __future__ import annotations

import datetime
from collections import Counter
from functools import partial

from ..knowledge.families import family_country, without_family
from ..knowledge.figures import Figure, political_figures
from ..knowledge.keys import figure_key
from ..knowledge.petrarch import official
from ..knowledge.roles import role_nouns
from ..knowledge.titles import title_firsts, title_lasts, title_max_len, titles
from ..language.tagger_lexicon import lexicon
from . import lexicon as lex
from .candidate import Candidate
from .country_counts import (
    Elsewhere,
    article_country,
    countries_before,
    counts_key,
    dateline_country,
    sentence_countries,
    word_country,
)
from .cues import country_after, org_apposition
from .descriptions import description_countries
from .entity import Entity, honorific, mention_text
from .former import former_holders
from .names import cached_figure_key
from .sports import sports_document
from .words import WordLayer, Words

__all__ = ["assign_countries"]


def assign_countries(
    layer: WordLayer, entities: list[Entity], on: datetime.date | None = None
) -> None:
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
    del by_span  # (a tuple a name: not read again)
    words = layer.words
    main = article_country(layer)
    for e in entities:
        if _foreign_institution(layer, e, main):
            # "Brazil's lower house of Congress": the article's own, not the
            # U.S. Congress the package knows by the bare word
            e.known = None
            for c in e.cands:
                c.known, c.country = None, None

    for e in entities:
        if e.kind != "organization":
            continue
        for c in sorted(e.cands, key=lambda c: c.start):
            _offer(e, c.country, 1)
            owner = by_end.get(c.i)
            if owner is not None and owner is not e and words[c.i - 1].poss:
                _offer(e, owner.country, 2)
            _offer(e, _typed_country(layer, c.i), 2)  # "Spanish lender Santander"
            _offer(e, _locative_country(layer, c.j), 3)
            if (
                c.j + 1 < len(words)
                and words[c.j].text == ","
                and org_apposition(words, c.j + 1)
            ):
                # "Vantorix, the Swiss drugmaker,", "Norsk Hydro, Norway's
                # biggest company,": the body's country, as a person's
                _offer(e, _apposition(layer, c.j, by_start)[1], 3)
    # possessor orgs may have gained a country only now: one more pass
    for e in entities:
        if e.kind == "organization":
            for c in e.cands:
                owner = by_end.get(c.i)
                if owner is not None and owner is not e and words[c.i - 1].poss:
                    _offer(e, owner.country, 2)

    per_sentence = sentence_countries(layer)
    national = [
        e
        for e in entities
        if e.kind == "organization" and e.sector in lex.NATIONAL_SECTORS
    ]
    _fallback(layer, national, main, per_sentence)
    # the counts with every place are read no more (only those without the
    # places after "in", "at", below): let go before those are counted, so
    # a long text never holds both
    del per_sentence
    layer.memo.pop(counts_key(False), None)

    for e in entities:
        if e.kind != "person":
            continue
        for c in sorted(e.cands, key=lambda c: c.start):
            _offer(e, c.country, 1)
            title, country, body = _lookback(layer, c.i, by_end)
            if title:
                # a fuller title ending in the one the name was found with
                # replaces it, sector and all ("U.S. Attorney General Merrick
                # Garland" was found after "General": MIL)
                fuller = bool(e.title) and title.lower().endswith(
                    " " + str(e.title).lower()
                )
                fresh = not e.title or honorific(e.title) or fuller
                if fresh:
                    e.title = title
                if fuller:
                    e.sector = ""
                # a service named before the title is the holder's, over the
                # title's own sector ("Phoenix police Sgt. Brian Bower"); a
                # body's fills a title that has none ("Fed Chair Jerome
                # Powell": the Federal Reserve's, GOV); then the title's own
                e.sector = (
                    _service_before(layer, c.i - len(title.split()) - 1)
                    or e.sector
                    or _body_sector(body)
                    or (_title_sector(title) if fresh else "")
                )
            _offer(e, country, 2)
            e.igo = e.igo or c.igo or _body_igo(body)
            country, title = _pre_apposition(layer, c.i, by_end)
            _offer(e, country, 3)
            if title and (not e.title or honorific(e.title)):
                e.title = title  # "a department spokesman, Ned Price"
                e.sector = e.sector or _title_sector(title)
            org, country, title = _apposition(layer, c.j, by_start)
            if org is not None:
                _offer(e, org.country, 3)
                e.sector = e.sector or org.sector
                if org.known is not None and not org.known.country:
                    e.igo = e.igo or org.known.code
            _offer(e, country, 3)
            if title and not e.title:
                e.title = title
                e.sector = e.sector or _title_sector(title)
            owned = by_start.get(c.j)
            if c.poss and owned is not None and owned.kind == "organization":
                _offer(e, owned.country, 4)
            _offer(e, country_after(layer, c.j), 3)  # "Anna Keller ( Switzerland )"

    for e in entities:
        if e.kind == "person" and e.title is None:
            _earlier_title(layer, e, by_end)
    people = [e for e in entities if e.kind == "person"]
    fullest = _fullest_names(layer, people)
    _known_figures(people, fullest, on)
    _known_officials(people, fullest, on)
    former_holders(layer, people)  # "Former President Barack Obama": ELI

    # "Jannik Sinner won ... The 22-year-old Italian became ...": the
    # description that stands for the person in the next sentence
    described = description_countries(
        layer, people, lambda e, country: _offer(e, country, 5)
    )

    # people: the countries their sentence names as someone's before them, not
    # as a scene, nor as the object of what they do ("Bush criticised China")
    org_at: dict[int, str] = {}
    for e in entities:
        if e.kind == "organization" and e.country and not _club(e):
            # (a club's country is not its players': "Chelsea striker
            # Gianluca Vialli")
            for c in e.cands:
                if not words[c.i].in_dateline:
                    # (the agency of "LONDON (Reuters) -" filed the story:
                    # it says nothing of the people the story names)
                    org_at[c.i] = e.country
    elsewhere = Elsewhere(
        sentence_countries(layer, skip_locative=True), dateline_country(layer)
    )
    # on a sports page the countries around a player are the venue's and
    # the opponents' ("Aryna Sabalenka of Belarus beat China's Zheng
    # Qinwen", "MELBOURNE - Jannik Sinner won"): a player has only the
    # country the text gives the player
    sport = sports_document(layer)
    for e in entities:
        if e.kind != "person" or e.igo or e.country is not None:
            continue
        first = min(e.cands, key=lambda c: c.start)
        _offer(e, _owner_of_role(layer, first.i, by_end), 8)
        if e.country is not None or sport:
            continue
        counts = countries_before(layer, first.i, org_at, described)
        if counts:
            _offer(e, counts.most_common(1)[0][0], 9)
        else:
            # else a ruling family's ("Al Thani" in a story told from
            # Israel), else the article's, from its other sentences (a
            # family's name is no proof: Libya's Abdullah al-Thani)
            _offer(e, _ruling_family(layer, e), 9)
            _offer(e, elsewhere.top(words[first.i].sent), 9)


_EARLIER_SENTENCES = 3  # sentences read back for a role that names a person later
_EARLIER_WORDS = 120  # and at most this many words


def _earlier_title(layer: WordLayer, e: Entity, by_end: dict[int, Entity]) -> None:
    """ "The CIA director warned ... Burns said": a person first named by a
    bare surname is the holder of the role a definite description gave in the
    sentences just before, when no name followed that role ("the CIA
    director", not "CIA director William Burns"). Its organisation or
    nationality gives the country."""
    first = min(e.cands, key=lambda c: c.start)
    if first.j - first.i != 1 or first.title:
        return
    words = layer.words
    sent = words[first.i].sent
    stop = max(0, first.i - _EARLIER_WORDS)
    for k in range(first.i - 1, stop - 1, -1):
        w = words[k]
        if w.sent < sent - _EARLIER_SENTENCES:
            return
        n = _title_ending(words, k)
        if not n:
            continue
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt is not None and nxt.is_cap:
            continue  # "CIA director William Burns": the role has its name
        head = k - n
        while (
            head >= 0
            and words[head].is_cap
            and words[head].low != "the"
            and words[head].sent == w.sent
        ):
            head -= 1  # "the CIA director", "the Russian foreign minister"
        if head < 0 or words[head].low != "the":
            continue  # only a definite description names one holder
        e.title = " ".join(x.text for x in words[k - n + 1 : k + 1])
        e.sector = e.sector or _title_sector(e.title)
        owner = by_end.get(k - n + 1)
        if owner is not None and owner.kind == "organization":
            _offer(e, owner.country, 2)
            e.sector = owner.sector or e.sector
        else:
            _offer(e, word_country(layer, words[k - n]) if k >= n else None, 2)
        return


def _title_ending(words: Words, k: int) -> int:
    """Length of the longest lower-case title ending at word k (0 if none)."""
    last = words[k]
    if last.low != last.text or last.lower not in title_lasts():
        return 0  # no title ends with this word
    for n in range(min(title_max_len(), k + 1), 0, -1):
        part = words[k - n + 1 : k + 1]
        if (
            all(x.low == x.text for x in part)
            and tuple(x.lower for x in part) in titles()
        ):
            return n
    return 0


def _name_key(layer: WordLayer, c: Candidate) -> str:
    """Figure-matching key of a person mention, a possessive "'s" dropped
    (worked out once per distinct name)."""
    text = mention_text(layer, c)
    if text.endswith(("'s", "'S")):
        text = text[:-2]
    return cached_figure_key(text)


def _fullest_names(layer: WordLayer, people: list[Entity]) -> dict[int, str]:
    """The fullest figure-matching key of each person's mentions (the most
    words, then the greatest), by the person's id: what both the political
    figures and the officials are looked up by."""
    fullest: dict[int, str] = {}
    for e in people:
        keys = [_name_key(layer, c) for c in e.cands]
        fullest[id(e)] = max(keys, key=lambda k: (len(k.split()), k)) if keys else ""
    return fullest


def _known_figures(
    people: list[Entity], fullest: dict[int, str], on: datetime.date | None
) -> None:
    """A person who is a known political figure takes the figure's country and
    code over any context clue: by full name (`fullest`, see `_fullest_names`),
    or by a surname of the list that no other person of the article bears.
    A figure who held roles of different countries or codes takes the one
    held at the article's date `on` ("Donald Tusk" is Poland's in 2010, the
    European Council's in 2016)."""
    figs = political_figures()
    year = on.year if on is not None else None
    by_last: dict[str, list[str]] = {}  # last word -> the fullest names ending in it
    for key in fullest.values():
        if " " in key:
            by_last.setdefault(key.rsplit(" ", 1)[-1], []).append(key)
    for e in people:
        key = fullest[id(e)]
        fig = figs.full.get(key)
        bare = without_family(key) if fig is None else None
        if bare is not None and figs.full.get(bare) is not None:
            # "Mohammed bin Zayed Al Nahyan", listed without the family
            key, fig = bare, figs.full[bare]
        if fig is None and e.title and key:
            # "King Fahd", "Pope Francis", "Mullah Omar": listed with the title
            titled = figure_key(f"{e.title} {key}")
            if figs.full.get(titled) is not None:
                key, fig = titled, figs.full[titled]
        if fig is None and key in figs.surname and key not in figs.full:
            fig = figs.surname[key]
            others = (
                k
                for k in by_last.get(key.rsplit(" ", 1)[-1], ())
                if k.endswith(" " + key)
            )
            if fig is not None and any(
                not _same(figs.full.get(k), fig) for k in others
            ):
                fig = None  # "Jeb Bush" elsewhere in the article: not sure which
        if fig is None:
            continue
        fig = figs.on(key, fig, year, partial(_told, e))
        e.figure = fig
        e.country, e.country_rank = fig.country, 0
        if fig.country is None:
            e.igo = fig.code
        else:
            e.sector = fig.code[3:6]
        if "figure" not in e.rule:
            e.rule = e.rule + "+figure" if e.rule else "figure"


def _known_officials(
    people: list[Entity], fullest: dict[int, str], on: datetime.date | None
) -> None:
    """A person the PETRARCH2 officials table names (by full name, `fullest`,
    or by a surname the table gives one official) takes the country and code of
    the role that official held on the article's date `on` ("Vladimir Putin" is
    RUSGOV in 2019), unless a known political figure already decided. A bare
    surname another person of the article bears decides nothing."""
    last_words: Counter[str] = Counter()
    for e in people:
        if " " in fullest[id(e)]:
            last_words[fullest[id(e)].rsplit(" ", 1)[1]] += 1
    for e in people:
        key = fullest[id(e)]
        if e.figure is not None or not key or (" " not in key and last_words[key]):
            continue
        found = official(key, on)
        bare = without_family(key) if found is None else None
        if bare is not None:
            found = official(bare, on)  # listed without the ruling family
        if found is None:
            continue
        if found.code is None:  # no role then: the country of the latest one
            _offer(e, found.country, 0)
            continue
        e.figure = Figure(found.name, found.country, found.code)
        e.country, e.country_rank = found.country, 0
        if found.country is None:
            e.igo = found.code
        else:
            e.sector = found.code[3:6]
        e.rule = e.rule + "+official" if e.rule else "official"


def _told(e: Entity, role: Figure) -> bool:
    """The text around person `e` names `role`: its international body
    ("NATO Secretary-General Jens Stoltenberg") or its country by a title or
    an apposition ("Norway's finance minister")."""
    if role.country is None:
        return e.igo == role.code
    return e.country == role.country and e.country_rank <= 4


def _same(a: Figure | None, b: Figure) -> bool:
    """Two figure rows that code the same: country and code alike."""
    return a is not None and (a.country, a.code) == (b.country, b.code)


def _fallback(
    layer: WordLayer,
    entities: list[Entity],
    main: str | None,
    per_sentence: dict[int, tuple[str, ...]],
) -> None:
    """No country yet: the one the first mention's sentence names most, else the
    article's. International bodies from the known list keep none."""
    for e in entities:
        if e.country is None and (e.known is None or e.known.country):
            c = min(e.cands, key=lambda c: c.start)
            named = per_sentence.get(layer.words[c.i].sent)
            _offer(e, Counter(named).most_common(1)[0][0] if named else main, 9)


def _title_sector(title: str) -> str:
    """The sector a title gives its holder; none for a role held in a team
    written in lower case ("England captain Ben Stokes", "Arsenal captain
    Martin Odegaard": a team's captain, where "Captain Scott" is an
    officer's rank)."""
    if title in lex.TEAM_ROLES:
        return ""
    key = _title_key(title)
    table = titles()
    sector = table.get(key)
    modifiers: tuple[str, ...] = ()
    while sector is None and len(key) > 1 and key[0] in lex.TITLE_MODIFIERS:
        # "regional governor", "acting police chief": the title modified
        modifiers += (key[0],)
        key = key[1:]
        sector = table.get(key)
    if not sector and any(m in lex.STATE_TITLE_MODIFIERS for m in modifiers):
        return "GOV"  # "presidential spokesman Bayo Onanuga"
    return sector or ""


def _title_key(title: str) -> tuple[str, ...]:
    """The titles table key of a title ("Gen." -> ("gen",))."""
    return tuple(title.replace(".", "").lower().split())


def _ruling_family(layer: WordLayer, e: Entity) -> str | None:
    """The country of the ruling family whose name closes a person's
    ("Sheikh Mohammed bin Abdulrahman Al Thani": Qatar), or None."""
    for c in e.cands:
        country = family_country(mention_text(layer, c))
        if country is not None:
            return country
    return None


def _offer(e: Entity, country: str | None, rank: int) -> None:
    """Take `country` if this rule ranks above the one that set the current one."""
    if country and rank < e.country_rank:
        e.country, e.country_rank = country, rank


def _typed_country(layer: WordLayer, i: int) -> str | None:
    """The country of a nationality (or a country's name) before the
    lower-case noun of a kind of body that stands right before the name at
    word i ("Spanish lender Santander", "Czech carmaker Skoda", "the French
    daily Liberation", "Iraqi militia Kataib Hezbollah", "U.S. rights group
    Freedom House"): news names a body so with its country."""
    words = layer.words
    k = i - 1
    if k < 1:
        return None
    noun = words[k]
    if noun.text != noun.low or noun.lower not in lex.ORG_TYPES or noun.poss:
        return None
    k -= 1
    if k > 0 and words[k].text == words[k].low and words[k].lower in lex.TYPE_MODIFIERS:
        k -= 1  # "rights group", "aid agency"
    w = words[k]
    if w.sent != words[i].sent or w.poss:
        return None
    if w.demonym:
        return w.demonym
    if w.place >= 0 and layer.places[w.place].kind == "country":
        return layer.places[w.place].country
    return None


def _locative_country(layer: WordLayer, j: int) -> str | None:
    """ "... in Tripoli": the country of a place right after an organisation."""
    words = layer.words
    k = j
    if k < len(words) and words[k].low == "based":
        k += 1
    if k + 1 < len(words) and words[k].low in ("in", "of") and words[k + 1].place >= 0:
        p = layer.places[words[k + 1].place]
        return p.country
    return None


_MAX_MODIFIED_TITLE = 6  # words of a title with its lower-case modifiers


def _body_sector(body: Entity | None) -> str:
    """The sector of the organisation named right before a title ("Microsoft
    president Brad Smith": a company's president, BUS, not a state's)."""
    return body.sector if body is not None and body.kind == "organization" else ""


def _body_igo(body: Entity | None) -> str | None:
    """The code of the international body named right before a title ("NATO
    Secretary-General Jens Stoltenberg": IGOWSTNAT)."""
    if body is None or body.kind != "organization" or body.known is None:
        return None
    known = body.known
    return known.code if not known.country and known.code else None


def _service_before(layer: WordLayer, k: int) -> str:
    """The sector of a lower-case service noun at word k, right before a title
    ("Phoenix police Sgt. Brian Bower": a police sergeant, COP, where "Sgt."
    alone is a soldier's rank; "army spokesman": MIL); "" when there is none."""
    if k < 0:
        return ""
    w = layer.words[k]
    if w.text != w.low:
        return ""
    role = role_nouns().get(w.low)
    return (
        role.code
        if role is not None and role.code.lower() in lex.SERVICE_SECTORS
        else ""
    )


def _lookback(
    layer: WordLayer, i: int, by_end: dict[int, Entity]
) -> tuple[str | None, str | None, Entity | None]:
    """Title, country and the organisation right before the title in the
    words just before a name ("US envoy Richard Norland", "Libyan army
    spokesman Ahmed Mismari", "Kremlin spokesman ...", "Microsoft president
    Brad Smith")."""
    words = layer.words
    if i == 0 or words[i - 1].lower not in title_lasts():
        return None, None, None  # no title ends just before the name: most names
    title = None
    country = None
    k = i - 1
    steps = 0
    # the adjacent title, longest match ending at i-1
    for n in range(min(title_max_len(), i), 0, -1):
        key = tuple(w.lower for w in words[i - n : i])
        if key in titles() and all(w.sent == words[i].sent for w in words[i - n : i]):
            start = i - n
            while (
                start > 0
                and i - start < _MAX_MODIFIED_TITLE
                and words[start - 1].lower in lex.TITLE_MODIFIERS
                and words[start - 1].sent == words[i].sent
                and (
                    words[start - 1].low == words[start - 1].text
                    or words[start - 1].sent_start
                )
            ):
                start -= 1  # "deputy commissioner", "state attorney general"
            title = " ".join(w.text for w in words[start:i])
            k = start - 1
            break
    if title is None:
        return None, None, None
    body = by_end.get(k + 1) if k >= 0 else None
    while k >= 0 and steps < 5 and words[k].sent == words[i].sent:
        w = words[k]
        found = word_country(layer, w)
        owner = by_end.get(k + 1)
        if not found and owner is not None and owner.kind == "organization":
            if _club(owner):
                break  # a club's country is not its coach's ("Inter Milan coach")
            found = owner.country
        if found:
            country = found
            break
        if not w.is_alpha or (w.is_cap and w.place < 0):
            break
        k -= 1
        steps += 1
    return title, country, body


def _apposition(
    layer: WordLayer, j: int, by_start: dict[int, Entity]
) -> tuple[Entity | None, str | None, str | None]:
    """After "Name," (and an age) an apposition names the person's
    organisation, nationality or role: (first organisation with a country,
    first demonym or country not after a preposition of place, but after
    "from" in a noun phrase: "a teacher from Dubai", title)."""
    words = layer.words
    if j >= len(words) or words[j].text != ",":
        return None, None, None
    if (
        j + 3 < len(words)
        and words[j + 1].text.isdigit()
        and len(words[j + 1].text) <= 3
        and words[j + 2].text == ","
    ):
        j += 2  # "John Smith, 45, a Canadian engineer": the age, then the role
    k = j + 1
    if k >= len(words) or words[k].low in lex.NOT_APPOSITION:
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
    if not first.is_cap and _adverbial(first.low):
        return None, None, None  # ", nearly two years after Russia's invasion"
    org = None
    country = None
    title = None
    prev = ""
    # "a teacher from Dubai", "a 34-year-old nurse from Mexico": in a noun
    # phrase that describes the person, "from" gives where they come from
    # (where "in", "at" give where they are or work); so does an apposition
    # that opens with it ("Mark Ellis, 52, from Croydon, south London")
    noun = first.low in ("a", "an", "the", "from")
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
        if country is None and (prev not in lex.LOCATIVE or (prev == "from" and noun)):
            country = word_country(layer, w)
        prev = w.low
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
        found = word_country(layer, w)
        owner = by_end.get(m + 1)
        if not found and owner is not None and owner.kind == "organization":
            found = owner.country
        before = words[m - 1].low if m > 0 else ""
        prev_locative = before in lex.LOCATIVE
        if found and not prev_locative:
            country = found  # keep going back: the head modifier comes first
    if not seen_title:
        return None, None
    return country, title


# Words read back from an apposition's comma for "his" or "her", and from
# there for the person it refers to.
_ROLE_WORDS = 6
_OWNER_WORDS = 30


def _owner_of_role(layer: WordLayer, i: int, by_end: dict[int, Entity]) -> str | None:
    """ "Zelenskiy dismissed his top general, Valery Zaluzhnyi,": the country
    of the person whose role the apposition before the name says ("his",
    "her"), the person named last before it in the sentence, not a country the
    sentence names later ("... after Russia's invasion"); a country the role's
    own words name comes first ("his Chinese counterpart, Wang Lixin")."""
    words = layer.words
    if i < 2 or words[i - 1].text != ",":
        return None
    sent = words[i].sent
    k = -1
    for m in range(i - 2, max(-1, i - 2 - _ROLE_WORDS), -1):
        w = words[m]
        if w.sent != sent or not w.is_alpha:
            return None
        own = word_country(layer, w)
        if own:
            return own  # "his Chinese counterpart, Wang Lixin": the role's own
        if w.low in ("his", "her"):
            k = m
            break
    for m in range(k - 1, max(-1, k - 1 - _OWNER_WORDS), -1):
        if words[m].sent != sent:
            break
        owner = by_end.get(m + 1)
        if owner is not None and owner.kind == "person":
            return owner.country
    return None


def _club(e: Entity) -> bool:
    """The organisation is a sports club: a known one of a sport, or one
    read as a club by its town or its club word ("Inter Milan")."""
    return bool(e.known is not None and e.known.sport) or e.rule.startswith("org-club")


def _foreign_institution(layer: WordLayer, e: Entity, main: str | None) -> bool:
    """The organisation is known by a bare institution word of
    `standalone_orgs.txt` ("Congress", "Senate") or a name of common words
    ("Democratic Party") as one country's, and the article is about
    another: every mention is such a word or name alone."""
    known = e.known
    if e.kind != "organization" or known is None or not known.country or not main:
        return False
    if main == known.country:
        return False
    words = layer.words
    return all(
        (c.j - c.i == 1 and words[c.i].lower in lex.standalone_orgs())
        or _generic_name(words[c.i : c.j])
        for c in e.cands
    )


def _generic_name(span: Words) -> bool:
    """ "Democratic Party", "Supreme Court": common words closed by a keyword,
    a name that many countries' bodies bear, with no place or nationality
    of its own to say whose."""
    if len(span) < 2 or span[-1].keyword is None:
        return False
    entries = lexicon().entries
    return all(
        w.is_cap
        and not w.is_acronym
        and w.place < 0
        and not w.demonym
        and w.low in entries
        for w in span
    )


def _adverbial(low: str) -> bool:
    """The English lexicon reads `low` first as an adverb or a preposition
    ("nearly", "after", "on"): what it opens after "Name," says when or how,
    not who the person is."""
    entry = lexicon().entries.get(low)
    return entry is not None and entry[0] in ("RB", "IN") and low not in ("of", "from")


def _title_len(words: Words, k: int) -> int:
    """Length in words of the longest title starting at word k."""
    if words[k].lower not in title_firsts():
        return 0  # no title starts with this word
    best = 0
    key: tuple[str, ...] = ()
    for m in range(k, min(len(words), k + title_max_len())):
        key = (*key, words[m].lower)
        if key in titles():
            best = m - k + 1
    return best


def _title_start(words: Words, k: int) -> bool:
    """A title starts at word k."""
    return _title_len(words, k) > 0
