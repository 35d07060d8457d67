"""How often the article and each of its sentences name each country, read
by the actors stage to give an entity with no country of its own the one
around it.

Every count is made once a document (per sentence, then summed), never once
per entity: an article naming thousands of people in thousands of sentences
costs one pass over its country words (`country_words`: the demonyms and
the words of place mentions).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from . import lexicon as lex
from .words import Word, WordLayer

__all__ = [
    "Elsewhere",
    "article_country",
    "countries_before",
    "country_words",
    "counts_key",
    "dateline_country",
    "home_weight",
    "sentence_countries",
    "word_country",
]


def word_country(layer: WordLayer, w: Word) -> str | None:
    """The country a word names as a demonym or inside a place mention."""
    if w.demonym:
        return w.demonym
    if w.place >= 0:
        return layer.places[w.place].country
    return None


class Elsewhere:
    """The country the article names most outside one sentence, for any
    sentence, from counts summed once (not once per person)."""

    def __init__(
        self, per_sentence: dict[int, tuple[str, ...]], home: str | None = None
    ) -> None:
        """Totals, and per country where it is first named in its first two
        sentences (the order `Counter.most_common` breaks ties by); `home`:
        the dateline's country, which weighs more (`home_weight`)."""
        self._total: Counter[str] = Counter()
        self._home = home
        self._own = per_sentence
        self._firsts: dict[str, list[tuple[int, int]]] = {}
        # sentence -> its answer; None stands for every sentence that names no
        # country (they all have the same one)
        self._tops: dict[int | None, str | None] = {}
        for n, named in per_sentence.items():
            per = Counter(named)
            for rank, country in enumerate(per):
                self._total[country] += per[country]
                firsts = self._firsts.setdefault(country, [])
                if len(firsts) < 2:
                    firsts.append((n, rank))

    def top(self, sent: int) -> str | None:
        """The country named most in the sentences other than `sent`; on a
        tie the one named first there."""
        key = sent if sent in self._own else None
        if key not in self._tops:
            self._tops[key] = self._top(sent)
        return self._tops[key]

    def _top(self, sent: int) -> str | None:
        """`top(sent)`, worked out."""
        own = Counter(self._own.get(sent, ()))
        best: tuple[int, tuple[int, int]] | None = None
        found = None
        for country, total in self._total.items():
            count = total - own[country]
            if count <= 0:
                continue
            if country == self._home:
                count = home_weight(count, total)
            order = next(f for f in self._firsts[country] if f[0] != sent)
            if best is None or (count, best[1]) > (best[0], order):
                best, found = (count, order), country
        return found


def counts_key(skip_locative: bool) -> str:
    """The key of `sentence_countries`' counts in `layer.memo`."""
    return f"sentence_countries:{skip_locative}"


def sentence_countries(
    layer: WordLayer, skip_locative: bool = False
) -> dict[int, tuple[str, ...]]:
    """Sentence index -> the countries named there (places, demonyms), once a
    mention, in text order (`Counter` of it: how often each, first named
    first); with `skip_locative`, places after "in", "at", "to", ... do not
    count (they say where something happened, not whose someone is). Counted
    once per layer and flag (the counts are only read).

    A tuple a sentence, not a `Counter`: a long text names countries in tens
    of thousands of sentences, and a one-country tuple holds some 50 bytes
    where a `Counter` holds 250, beside all the stage's candidates."""
    key = counts_key(skip_locative)
    got: dict[int, tuple[str, ...]] | None = layer.memo.get(key)
    if got is not None:
        return got
    out: dict[int, tuple[str, ...]] = {}
    words = layer.words
    # the words come in text order: one sentence's countries are gathered,
    # then kept as a tuple when the next sentence begins
    sent = -1
    named: list[str] = []
    for k in country_words(layer):
        w = words[k]
        if w.place >= 0 and k > 0 and words[k - 1].place == w.place:
            continue  # one count per place mention, not per word
        found = word_country(layer, w)
        if not found:
            continue
        if (
            skip_locative
            and w.place >= 0
            and k > 0
            and words[k - 1].lower in lex.LOCATIVE
        ):
            continue
        if w.sent != sent:
            if named:
                out[sent] = tuple(named)
            sent, named = w.sent, []
        named.append(found)
    if named:
        out[sent] = tuple(named)
    layer.memo[key] = out
    return out


def country_words(layer: WordLayer) -> Sequence[int]:
    """Indices of the words that may name a country: demonyms and words of
    place mentions."""
    return layer.country_words


_LOOKBACK_WORDS = 80  # words of a person's sentence read before the name


def countries_before(
    layer: WordLayer,
    i: int,
    org_at: dict[int, str],
    skip: Collection[int] = frozenset(),
) -> Counter[str]:
    """How often each country is named in word i's sentence before it (places
    and demonyms not after "in", "at", ...; organisations with a country),
    but the words of `skip` (the nationality of a description that is the
    sentence's subject: "The Spaniard will face Daniil Medvedev")."""
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
        if k in skip:
            continue
        if w.place >= 0 and w.place == last_place:
            continue
        last_place = w.place
        found = word_country(layer, w)
        if not found:
            continue
        if w.place >= 0:
            n = k
            while n > 0 and words[n - 1].place == w.place:
                n -= 1
            if n > 0 and words[n - 1].lower in lex.LOCATIVE:
                continue
            if _club_town(layer, n, k + 1):
                continue
        out[found] += 1
    return out


def _club_town(layer: WordLayer, i: int, j: int) -> bool:
    """Words [i, j), a place's mention, are a town right before a role held
    in a team: the club's town, which says nothing of the player's country
    ("Liverpool striker Mohamed Salah"); a country or a home nation there
    is the national team the player plays for ("England captain Ben
    Stokes", "Brazil striker Neymar")."""
    words = layer.words
    if j >= len(words) or words[j].lower not in lex.TEAM_ROLES:
        return False
    if " ".join(w.lower for w in words[i:j]) in lex.SPORTS_NATIONS:
        return False
    return layer.places[words[i].place].kind != "country"


def article_country(layer: WordLayer, skip_locative: bool = False) -> str | None:
    """The country the article names most (places and demonyms), the
    dateline's weighing more (`home_weight`)."""
    counts: Counter[str] = Counter()
    for named in sentence_countries(layer, skip_locative).values():
        counts.update(named)
    home = dateline_country(layer)
    if home is not None and home in counts:
        counts[home] = home_weight(counts[home], counts[home])
    return counts.most_common(1)[0][0] if counts else None


def dateline_country(layer: WordLayer) -> str | None:
    """The country of the place the dateline names ("LONDON, March 14
    (Reuters) -": GB), if any."""
    words = layer.words
    for k in country_words(layer):
        w = words[k]
        if not w.in_dateline:
            return None  # (the dateline opens the text: its words come first)
        if w.place >= 0:
            return layer.places[w.place].country
    return None


def home_weight(count: int, total: int) -> int:
    """What `count` mentions of the dateline's country weigh against other
    countries' counts, when the article names it `total` times in all (the
    dateline's own included): twice as much, and one more, when its body
    names that country too. A story filed from London about the British
    budget names Britain three times and Ukraine, in one paragraph on aid,
    four: Britain is the story's (7 against 4). A story filed from Beirut
    about Syria names Syria ten times and Lebanon once: Syria is (10 against
    3). A story filed from Geneva about Sudan's war, which names
    Switzerland nowhere but in its dateline, is Sudan's: the city is where
    the body that speaks meets, not the story's country. The place a story
    is filed from is where its reporter met the people it quotes, as a
    rule, and the country the article is about when it names others about
    as often."""
    if total <= 1:
        return count  # named by the dateline alone
    return 2 * count + 1
