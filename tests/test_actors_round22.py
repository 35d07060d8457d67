"""Round 22 of the actors stage: how far an organisation's name goes (a
state's body "of" its country, a direction inside an "of" phrase, "for the
<task> of ...", remit lists across commas, two bodies joined by "and the",
a company and its home after "of"), companies named like towns before a
noun of their stock ("Carrefour shares rose"), and the country of a body
named after a nationality and a noun of its kind ("Spanish lender
Santander").

Each row of an `ActorRow` table names a surface, its occurrence in the text
(0 = first), the kind of actor that must have exactly that span (None: no
person or organisation may have it) and, where it matters, the actor's
name. Every family holds rows where the rule must NOT apply."""

from __future__ import annotations

import datetime

import pytest

from .support import ActorRow, check_actor_row

_PUBLISHED = datetime.date(2024, 3, 5)


def _ids(rows: list[ActorRow]) -> list[str]:
    return [r[0] for r in rows]


# --- 1. how far a name goes ------------------------------------------------

EXTENTS: list[ActorRow] = [
    # a state's body closed by a keyword, then "of" and its country
    (
        "forces-of-country",
        "The Armed Forces of the Philippines said five soldiers were killed.",
        "Armed Forces of the Philippines",
        0,
        "organization",
        None,
    ),
    (
        "administration-of-country",
        "The route awaits approval by the Civil Aviation Administration of China.",
        "Civil Aviation Administration of China",
        0,
        "organization",
        None,
    ),
    (
        "police-of-country",
        "The National Police of Colombia said the suspect was arrested in Cali.",
        "National Police of Colombia",
        0,
        "organization",
        None,
    ),
    (
        "forces-alone-stays",
        "The Armed Forces said on Monday that the drill had ended.",
        "Armed Forces",
        0,
        "organization",
        None,
    ),
    # a company's home after "of" is no part of its name
    (
        "company-home-legal",
        "Sony Corp of Japan said its profit rose 12 percent.",
        "Sony Corp",
        0,
        "organization",
        None,
    ),
    (
        "company-home-not-whole",
        "Sony Corp of Japan said its profit rose 12 percent.",
        "Sony Corp of Japan",
        0,
        None,
        None,
    ),
    (
        "company-home-known",
        "Toyota of Japan and General Motors of the United States formed a venture.",
        "Toyota",
        0,
        "organization",
        None,
    ),
    (
        "company-home-second",
        "Toyota of Japan and General Motors of the United States formed a venture.",
        "General Motors",
        0,
        "organization",
        None,
    ),
    (
        "company-home-city",
        "Intelogic Trace Inc of San Antonio said it had filed for bankruptcy.",
        "Intelogic Trace Inc",
        0,
        "organization",
        None,
    ),
    (
        "bank-of-keeps-of",
        "Bank of America said it would cut 2,000 jobs.",
        "Bank of America",
        0,
        "organization",
        None,
    ),
    # a direction inside an "of" phrase opens a people's name
    (
        "direction-in-of",
        "The Congress of South African Trade Unions called a general strike.",
        "Congress of South African Trade Unions",
        0,
        "organization",
        None,
    ),
    (
        "direction-place-after-company",
        "Samsung Electronics of South Korea said chip sales fell.",
        "Samsung Electronics",
        0,
        "organization",
        None,
    ),
    # "for the <task> of ..."
    (
        "for-the-protection-of",
        "The World Society for the Protection of Animals said the dolphins were "
        "kept in cages.",
        "World Society for the Protection of Animals",
        0,
        "organization",
        None,
    ),
    (
        "for-the-emancipation-of",
        "The Movement for the Emancipation of the Niger Delta attacked a pipeline.",
        "Movement for the Emancipation of the Niger Delta",
        0,
        "organization",
        None,
    ),
    (
        "on-the-status-of",
        "The Commission on the Status of Women opened its session on Monday.",
        "Commission on the Status of Women",
        0,
        "organization",
        None,
    ),
    # "and the" opens a second body
    (
        "and-the-second-university",
        "Students at Harvard University and the University of California "
        "protested on Friday.",
        "Harvard University",
        0,
        "organization",
        None,
    ),
    (
        "and-the-second-university-b",
        "Students at Harvard University and the University of California "
        "protested on Friday.",
        "University of California",
        0,
        "organization",
        None,
    ),
    (
        "and-the-army",
        "The Ministry of Defence and the Army said the exercise would go ahead.",
        "Ministry of Defence",
        0,
        "organization",
        None,
    ),
    (
        "and-inside-name-stays",
        "The Ministry of Industry and Information Technology issued new rules.",
        "Ministry of Industry and Information Technology",
        0,
        "organization",
        None,
    ),
    # remit lists across commas
    (
        "remits-after-of",
        "Japan's Ministry of Economy, Trade and Industry said exports rose.",
        "Ministry of Economy, Trade and Industry",
        0,
        "organization",
        None,
    ),
    (
        "remit-no-person",
        "Japan's Ministry of Economy, Trade and Industry said exports rose.",
        "Industry",
        0,
        None,
        None,
    ),
    (
        "remits-before-keyword",
        "Teikoku Oil said Japan's Economy, Trade and Industry Ministry informed "
        "the company on Thursday.",
        "Economy, Trade and Industry Ministry",
        0,
        "organization",
        None,
    ),
    (
        "remits-three",
        "Uganda's Ministry of Finance, Planning and Economic Development "
        "released the budget.",
        "Ministry of Finance, Planning and Economic Development",
        0,
        "organization",
        None,
    ),
    (
        "remits-not-bodies",
        "The Ministry of Defence, Army and Navy chiefs met on Monday.",
        "Ministry of Defence",
        0,
        "organization",
        None,
    ),
    (
        "remits-not-lower",
        "Officials from the Ministry of Health, police and army attended.",
        "Ministry of Health",
        0,
        "organization",
        None,
    ),
    (
        "remits-not-places",
        "In Tokyo, Trade and Industry Ministry officials said exports rose.",
        "Trade and Industry Ministry",
        0,
        "organization",
        None,
    ),
]


@pytest.mark.parametrize("row", EXTENTS, ids=_ids(EXTENTS))
def test_extents(row: ActorRow) -> None:
    check_actor_row(row, _PUBLISHED)
