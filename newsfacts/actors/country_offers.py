"""Ranked country offers: each rule that finds an entity's country offers it
with its rank, and the entity takes it only from a rule ranked above the one
that set its country (0: a known figure; 9: the article's country)."""

from __future__ import annotations

from .entity import Entity

__all__ = ["offer"]


def offer(e: Entity, country: str | None, rank: int) -> None:
    """Take `country` if this rule ranks above the one that set the current one."""
    if country and rank < e.country_rank:
        e.country, e.country_rank = country, rank
