"""Country, title and sector of each entity, from its mentions' context: its own
words, titles and appositions around it, a known political figure, and the
countries its sentence and the article name. This module runs the rules in
their order and falls back on the sentence's and the article's countries;
the rules are read in `org_countries`, `person_titles`, `appositions` and
`known_people`, and each offers its country with its rank (`country_offers`)."""

from __future__ import annotations

import datetime
from collections import Counter

from ..knowledge.families import family_country
from . import lexicon as lex
from .appositions import apposition, owner_of_role, pre_apposition
from .country_counts import (
    Elsewhere,
    article_country,
    countries_before,
    counts_key,
    dateline_country,
    sentence_countries,
)
from .country_offers import offer
from .cues import country_after, org_apposition
from .descriptions import description_countries
from .entity import Entity, honorific, mention_text
from .former import former_holders
from .known_people import fullest_names, known_figures, known_officials
from .org_countries import club, foreign_institution, locative_country, typed_country
from .person_titles import (
    body_igo,
    body_sector,
    earlier_title,
    lookback,
    service_before,
    title_sector,
)
from .sports import sports_document
from .words import WordLayer

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
        if foreign_institution(layer, e, main):
            # "Brazil's lower house of Congress": the article's own, not the
            # U.S. Congress the package knows by the bare word
            e.known = None
            for c in e.cands:
                c.known, c.country = None, None

    for e in entities:
        if e.kind != "organization":
            continue
        for c in sorted(e.cands, key=lambda c: c.start):
            offer(e, c.country, 1)
            owner = by_end.get(c.i)
            if owner is not None and owner is not e and words[c.i - 1].poss:
                offer(e, owner.country, 2)
            offer(e, typed_country(layer, c.i), 2)  # "Spanish lender Santander"
            offer(e, locative_country(layer, c.j), 3)
            if (
                c.j + 1 < len(words)
                and words[c.j].text == ","
                and org_apposition(words, c.j + 1)
            ):
                # "Vantorix, the Swiss drugmaker,", "Norsk Hydro, Norway's
                # biggest company,": the body's country, as a person's
                offer(e, apposition(layer, c.j, by_start)[1], 3)
    # possessor orgs may have gained a country only now: one more pass
    for e in entities:
        if e.kind == "organization":
            for c in e.cands:
                owner = by_end.get(c.i)
                if owner is not None and owner is not e and words[c.i - 1].poss:
                    offer(e, owner.country, 2)

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
            offer(e, c.country, 1)
            title, country, body = lookback(layer, c.i, by_end)
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
                    service_before(layer, c.i - len(title.split()) - 1)
                    or e.sector
                    or body_sector(body)
                    or (title_sector(title) if fresh else "")
                )
            offer(e, country, 2)
            e.igo = e.igo or c.igo or body_igo(body)
            country, title = pre_apposition(layer, c.i, by_end)
            offer(e, country, 3)
            if title and (not e.title or honorific(e.title)):
                e.title = title  # "a department spokesman, Ned Price"
                e.sector = e.sector or title_sector(title)
            org, country, title = apposition(layer, c.j, by_start)
            if org is not None:
                offer(e, org.country, 3)
                e.sector = e.sector or org.sector
                if org.known is not None and not org.known.country:
                    e.igo = e.igo or org.known.code
            offer(e, country, 3)
            if title and not e.title:
                e.title = title
                e.sector = e.sector or title_sector(title)
            owned = by_start.get(c.j)
            if c.poss and owned is not None and owned.kind == "organization":
                offer(e, owned.country, 4)
            offer(e, country_after(layer, c.j), 3)  # "Anna Keller ( Switzerland )"

    for e in entities:
        if e.kind == "person" and e.title is None:
            earlier_title(layer, e, by_end)
    people = [e for e in entities if e.kind == "person"]
    fullest = fullest_names(layer, people)
    known_figures(people, fullest, on)
    known_officials(people, fullest, on)
    former_holders(layer, people)  # "Former President Barack Obama": ELI

    # "Jannik Sinner won ... The 22-year-old Italian became ...": the
    # description that stands for the person in the next sentence
    described = description_countries(
        layer, people, lambda e, country: offer(e, country, 5)
    )

    # people: the countries their sentence names as someone's before them, not
    # as a scene, nor as the object of what they do ("Bush criticised China")
    org_at: dict[int, str] = {}
    for e in entities:
        if e.kind == "organization" and e.country and not club(e):
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
        offer(e, owner_of_role(layer, first.i, by_end), 8)
        if e.country is not None or sport:
            continue
        counts = countries_before(layer, first.i, org_at, described)
        if counts:
            offer(e, counts.most_common(1)[0][0], 9)
        else:
            # else a ruling family's ("Al Thani" in a story told from
            # Israel), else the article's, from its other sentences (a
            # family's name is no proof: Libya's Abdullah al-Thani)
            offer(e, _ruling_family(layer, e), 9)
            offer(e, elsewhere.top(words[first.i].sent), 9)


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
            offer(e, Counter(named).most_common(1)[0][0] if named else main, 9)


def _ruling_family(layer: WordLayer, e: Entity) -> str | None:
    """The country of the ruling family whose name closes a person's
    ("Sheikh Mohammed bin Abdulrahman Al Thani": Qatar), or None."""
    for c in e.cands:
        country = family_country(mention_text(layer, c))
        if country is not None:
            return country
    return None
