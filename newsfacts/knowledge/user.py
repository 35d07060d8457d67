"""User dictionaries: places, actors and event triggers a user adds.

A `UserKnowledge` is built and checked once (by `newsfacts.Parser`), is
immutable, and is handed to each stage for the duration of one parse: it is
never stored in a module global, so two parsers with different dictionaries
can run in two threads side by side. Each stage consults it before its shipped
tables, which is what "user entries take precedence" means:

- a user place is the reading of its name and aliases (shipped readings of the
  same name are not considered), found even where the gazetteer lacks the name;
- a user actor is found by its name, aliases and acronym, and its kind,
  country, code and title replace what the actors stage would infer;
- a user trigger codes its verb (or noun phrase) before the shipped patterns.

Entries arrive as dicts (from Python, or read from TSV/JSON files by
`newsfacts.knowledge.user_files`); `place_entry`, `actor_entry` and
`trigger_entry` check one each and raise `ValueError` naming the entry and the
field. Docs: docs/dictionaries.md.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NoReturn

import attrs
import regex

from ..records import ActorKind, LocationKind
from .gazetteer import Entry
from .keys import TOKEN, fold, name_key

__all__ = [
    "NO_USER",
    "UserActor",
    "UserActors",
    "UserKnowledge",
    "UserPlace",
    "UserPlaces",
    "UserTrigger",
    "UserTriggers",
    "actor_entry",
    "place_entry",
    "trigger_entry",
]

PLACE_FIELDS = (
    ("name", "kind", "country", "lat", "lon"),
    ("aliases", "admin1", "population"),
)
ACTOR_FIELDS = (("name", "kind", "country"), ("aliases", "acronym", "code", "title"))
TRIGGER_FIELDS = (("phrase", "cameo"), ("kind", "forms", "object"))
TRIGGER_KINDS = ("noun", "verb")
MAX_NAME_TOKENS = 12
"""Longest user name, in tokens ("Democratic Forces for the Liberation of
Rwanda" is 7): names are matched by a bounded look-ahead."""


@attrs.frozen(slots=True)
class UserPlace:
    """A place of a user dictionary: a gazetteer reading of its name and aliases."""

    name: str
    kind: LocationKind
    country: str | None
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()
    admin1: str | None = None
    population: int = 0


@attrs.frozen(slots=True)
class UserActor:
    """An actor of a user dictionary: found by name, aliases and acronym."""

    name: str
    kind: ActorKind
    country: str | None
    aliases: tuple[str, ...] = ()
    acronym: str | None = None
    code: str | None = None
    title: str | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        """Every form the actor is found by: name, aliases, acronym."""
        extra = (self.acronym,) if self.acronym else ()
        return tuple(dict.fromkeys((self.name, *self.aliases, *extra)))


@attrs.frozen(slots=True)
class UserTrigger:
    """An event trigger of a user dictionary.

    A verb trigger's `phrase` is a verb lemma, optionally with its particle or
    preposition ("storm", "crack down"); `forms` lists irregular forms the
    spelling rules do not give ("swam"). A noun trigger's `phrase` is a noun
    phrase ("drone strike"). `object`, when given, is the object the verb must
    have: a word or phrase ("embassy"), or a word class of the verb patterns
    ("&EMBASSY").
    """

    phrase: str
    cameo: str
    kind: str = "verb"
    forms: tuple[str, ...] = ()
    object: str | None = None

    @property
    def words(self) -> tuple[str, ...]:
        """The phrase's words, lower-case."""
        return tuple(self.phrase.lower().split())


# ------------------------------------------------------------------ checking


class _Entry:
    """One raw entry being checked: its fields and where it came from."""

    def __init__(
        self, raw: Mapping[str, Any], where: str, fields: tuple[tuple[str, ...], ...]
    ) -> None:
        self.raw = raw
        self.where = where
        required, optional = fields
        unknown = sorted(str(k) for k in raw if k not in required and k not in optional)
        if unknown:
            self.fail(
                unknown[0],
                f"unknown field (the fields are {', '.join(required + optional)})",
            )
        for name in required:
            if name not in raw:
                self.fail(name, "missing (required)")

    def fail(self, field: str, why: str) -> NoReturn:
        raise ValueError(f"{self.where}: field {field!r}: {why}")

    def text(self, field: str, *, required: bool = True) -> str | None:
        """A non-empty string (spaces trimmed), or None when absent and allowed."""
        value = self.raw.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(field, "must not be empty")
            return None
        if not isinstance(value, str):
            self.fail(
                field, f"must be a string, not {type(value).__name__} {value!r:.40}"
            )
        return " ".join(value.split())

    def texts(self, field: str) -> tuple[str, ...]:
        """A list of strings, or one string with "|" between items."""
        value = self.raw.get(field)
        if value is None:
            return ()
        if isinstance(value, str):
            items: Sequence[Any] = value.split("|")
        elif isinstance(value, (list, tuple)):
            items = value
        else:
            self.fail(field, f"must be a list of strings, not {type(value).__name__}")
        out = []
        for item in items:
            if not isinstance(item, str):
                self.fail(
                    field, f"must hold strings, not {type(item).__name__} {item!r:.40}"
                )
            if item.strip():
                out.append(" ".join(item.split()))
        return tuple(dict.fromkeys(out))

    def number(self, field: str, low: float, high: float) -> float:
        value = self.raw.get(field)
        if isinstance(value, bool):
            self.fail(field, f"must be a number, not {value!r}")
        try:
            got = float(value.strip() if isinstance(value, str) else value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            self.fail(field, f"must be a number, not {value!r:.40}")
        if not (low <= got <= high) or math.isnan(got):
            self.fail(
                field, f"must lie between {low:g} and {high:g}, not {value!r:.40}"
            )
        return got

    def country(self) -> str | None:
        """An ISO 3166-1 alpha-2 code, or None for "no country" (empty or null)."""
        value = self.text("country", required=False)
        if value is None:
            return None
        code = value.upper()
        from .countries import alpha3

        if len(code) != 2 or alpha3(code) is None:
            hint = " (the United Kingdom is GB)" if code == "UK" else ""
            self.fail(
                "country",
                f"{value!r} is not an ISO 3166-1 alpha-2 country code{hint}; "
                "leave it empty for none",
            )
        return code

    def name(self, field: str) -> str:
        value = self.text(field)
        assert value is not None
        if not name_key(value).replace(" ", "").strip("'.-&"):
            self.fail(field, f"{value!r} has no letters or digits")
        if len(TOKEN.findall(value)) > MAX_NAME_TOKENS:
            self.fail(field, f"{value!r} is longer than {MAX_NAME_TOKENS} words")
        return value

    def aliases(self) -> tuple[str, ...]:
        """The "aliases" field: names of at most MAX_NAME_TOKENS words."""
        aliases = self.texts("aliases")
        for alias in aliases:
            if len(TOKEN.findall(alias)) > MAX_NAME_TOKENS:
                self.fail(
                    "aliases", f"{alias!r} is longer than {MAX_NAME_TOKENS} words"
                )
        return aliases

    def kind(self, kinds: type[enum.Enum], what: str) -> str:
        """The "kind" field: a value of the enum `kinds`."""
        kind = self.text("kind")
        if kind is None or kind not in {k.value for k in kinds}:
            self.fail("kind", f"{kind!r} is not {what} (one of {_values(kinds)})")
        return kind


def place_entry(raw: Mapping[str, Any], where: str) -> UserPlace:
    """A checked `UserPlace` from a dict with the fields name, kind, country,
    lat, lon (aliases, admin1, population optional); `where` names the entry
    in error messages."""
    e = _Entry(_mapping(raw, where), where, PLACE_FIELDS)
    kind = e.kind(LocationKind, "a place kind")
    name = e.name("name")
    aliases = e.aliases()
    population = 0
    if e.raw.get("population") not in (None, ""):
        population = int(e.number("population", 0, 1e10))
    return UserPlace(
        name=name,
        kind=LocationKind(kind),
        country=e.country(),
        lat=e.number("lat", -90, 90),
        lon=e.number("lon", -180, 180),
        aliases=tuple(a for a in aliases if a != name),
        admin1=e.text("admin1", required=False),
        population=population,
    )


_CODE = regex.compile(r"(?:[A-Z0-9]{3})++")


def actor_entry(raw: Mapping[str, Any], where: str) -> UserActor:
    """A checked `UserActor` from a dict with the fields name, kind, country
    (aliases, acronym, code, title optional)."""
    e = _Entry(_mapping(raw, where), where, ACTOR_FIELDS)
    kind = e.kind(ActorKind, "an actor kind")
    name = e.name("name")
    aliases = e.aliases()
    acronym = e.text("acronym", required=False)
    if acronym is not None and (
        " " in acronym or not any(c.isalpha() for c in acronym)
    ):
        e.fail("acronym", f"{acronym!r} must be one word with letters")
    code = e.text("code", required=False)
    if code is not None and not _CODE.fullmatch(code):
        e.fail(
            "code",
            f"{code!r} is not an actor code (groups of three capitals or digits: "
            "'KEN', 'KENGOV', 'NGOHRW')",
        )
    return UserActor(
        name=name,
        kind=ActorKind(kind),
        country=e.country(),
        aliases=tuple(a for a in aliases if a != name),
        acronym=acronym,
        code=code,
        title=e.text("title", required=False),
    )


_PHRASE = regex.compile(r"[a-z][a-z'-]*+(?: [a-z][a-z'-]*+)*+")
_CAMEO = regex.compile(r"\d{2,4}")


def trigger_entry(raw: Mapping[str, Any], where: str) -> UserTrigger:
    """A checked `UserTrigger` from a dict with the fields phrase, cameo (kind,
    forms, object optional). That the CAMEO code exists is checked by the
    events stage (`newsfacts.events.user.check_trigger`)."""
    e = _Entry(_mapping(raw, where), where, TRIGGER_FIELDS)
    phrase = (e.text("phrase") or "").lower()
    if not _PHRASE.fullmatch(phrase) or len(phrase.split()) > 4:
        e.fail("phrase", f"{phrase!r} must be one to four lower-case words")
    if isinstance(e.raw.get("cameo"), int):
        e.fail(
            "cameo", "must be a string: a code like '0211' loses its zero as a number"
        )
    cameo = e.text("cameo") or ""
    if not _CAMEO.fullmatch(cameo):
        e.fail("cameo", f"{cameo!r} is not a CAMEO code (two to four digits: '190')")
    kind = e.text("kind", required=False) or "verb"
    if kind not in TRIGGER_KINDS:
        e.fail(
            "kind",
            f"{kind!r} is not a trigger kind (one of {', '.join(TRIGGER_KINDS)})",
        )
    forms = tuple(f.lower() for f in e.texts("forms"))
    for form in forms:
        if not _PHRASE.fullmatch(form) or " " in form:
            e.fail("forms", f"{form!r} must be one lower-case word")
    if forms and kind != "verb":
        e.fail("forms", "only a verb trigger has verb forms")
    obj = e.text("object", required=False)
    if obj is not None:
        obj = obj if obj.startswith("&") else obj.lower()
        if not (obj.startswith("&") and obj[1:].replace("_", "").isalnum()) and not (
            _PHRASE.fullmatch(obj)
        ):
            e.fail(
                "object", f"{obj!r} must be lower-case words or a class ('&EMBASSY')"
            )
        if kind != "verb":
            e.fail("object", "only a verb trigger has an object")
    return UserTrigger(phrase=phrase, cameo=cameo, kind=kind, forms=forms, object=obj)


def _mapping(raw: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(raw, Mapping):
        raise ValueError(
            f"{where}: must be a dict, not {type(raw).__name__} {raw!r:.60}"
        )
    return raw


def _values(enum: Iterable[Any]) -> str:
    return ", ".join(sorted(k.value for k in enum))


# ------------------------------------------------------------------- tables


@attrs.frozen(slots=True)
class UserPlaces:
    """User places by name key, as gazetteer entries with negative indexes
    (-1, -2, ...: apart from every shipped row), and the longest name (in
    tokens) starting with each first token."""

    by_key: dict[str, tuple[Entry, ...]]
    max_len: dict[str, int]
    forms: dict[str, tuple[str, ...]] = attrs.field(factory=dict)

    @classmethod
    def of(cls, places: Sequence[UserPlace]) -> UserPlaces:
        by_key: dict[str, list[Entry]] = {}
        max_len: dict[str, int] = {}
        forms: dict[str, list[str]] = {}
        for n, p in enumerate(places):
            entry = Entry(
                -(n + 1),
                p.kind.value,
                p.name,
                p.country,
                p.admin1,
                p.lat,
                p.lon,
                p.population,
                None,
            )
            for form in (p.name, *p.aliases):
                key = name_key(form)
                got = by_key.setdefault(key, [])
                if entry not in got:
                    got.append(entry)
                forms.setdefault(key, []).append(form)
                first, _, _ = key.partition(" ")
                max_len[first] = max(max_len.get(first, 0), key.count(" ") + 1)
        return cls(
            {k: tuple(v) for k, v in by_key.items()},
            max_len,
            {k: tuple(dict.fromkeys(v)) for k, v in forms.items()},
        )


@attrs.frozen(slots=True)
class UserActors:
    """User actors by the key of each form (folded tokens), with the form."""

    by_key: dict[str, tuple[UserActor, str]]
    max_len: dict[str, int]

    @classmethod
    def of(cls, actors: Sequence[UserActor], where: Sequence[str]) -> UserActors:
        by_key: dict[str, tuple[UserActor, str]] = {}
        owner: dict[str, str] = {}
        max_len: dict[str, int] = {}
        for actor, label in zip(actors, where, strict=True):
            for form in actor.forms:
                key = name_key(form)
                other = by_key.get(key)
                if other is not None and other[0] != actor:
                    raise ValueError(
                        f"{label}: {form!r} also names {other[0].name!r} "
                        f"({owner[key]}): a name may belong to one actor only"
                    )
                by_key[key] = (actor, form)
                owner[key] = label
                first, _, _ = key.partition(" ")
                max_len[first] = max(max_len.get(first, 0), key.count(" ") + 1)
        return cls(by_key, max_len)

    def find(self, norm: str) -> list[tuple[int, int, UserActor]]:
        """Spans of `norm` naming a user actor, leftmost-longest, not overlapping.

        Case matters as it does in news: a form written with a capital needs a
        capital in the text; an acronym ("KDF") is found in capitals only, so
        "Aid" never matches "AID". Linear: a bounded look-ahead per token.
        """
        found = list(TOKEN.finditer(norm))
        words = [m.group() for m in found]
        folded = [fold(w) for w in words]
        out: list[tuple[int, int, UserActor]] = []
        i, n = 0, len(found)
        while i < n:
            longest = self.max_len.get(folded[i], 0)
            hit = None
            for length in range(min(longest, n - i), 0, -1):
                key = " ".join(folded[i : i + length])
                got = self.by_key.get(key)
                if got is not None and _written_as(got[1], words[i : i + length]):
                    hit = (length, got[0])
                    break
            if hit is None:
                i += 1
                continue
            length, actor = hit
            j = i + length
            if _inside_word(norm, found[i].start(), found[j - 1].end()):
                i += 1
                continue
            out.append((found[i].start(), found[j - 1].end(), actor))
            i = j
        return out


def _written_as(form: str, words: Sequence[str]) -> bool:
    """The text's words are written as a name: an acronym exactly ("KDF", so
    "Aid" never matches "AID"), a form with capitals with a capital somewhere
    ("al-Shabaab" for "Al-Shabaab", never the common word "change" for the
    party "Change")."""
    parts = TOKEN.findall(form)
    for part, word in zip(parts, words, strict=True):
        if len(part) > 1 and part.isupper() and part.isalpha() and word != part:
            return False
    if any(c.isupper() for c in form):
        return any(w[:1].isupper() for w in words)
    return True


def _inside_word(norm: str, start: int, end: int) -> bool:
    """The span continues a longer word on either side ("Acme" in "Acme2")."""
    return (start > 0 and norm[start - 1].isalnum()) or (
        end < len(norm) and norm[end].isalnum()
    )


@attrs.frozen(slots=True)
class CompiledTrigger:
    """A user trigger as the events stage matches it: per word of its phrase,
    the forms that word takes in text (every inflection of a verb trigger's
    verb; every number of a noun trigger's head)."""

    trigger: UserTrigger
    items: tuple[frozenset[str], ...]

    @property
    def lemma(self) -> str:
        """The verb (or the noun phrase's first word)."""
        return self.trigger.words[0]


@attrs.frozen(slots=True)
class UserTriggers:
    """User verb triggers by each form of their verb, and the noun triggers."""

    by_form: dict[str, tuple[CompiledTrigger, ...]]
    nouns: tuple[CompiledTrigger, ...] = ()

    @classmethod
    def of(cls, triggers: Sequence[UserTrigger]) -> UserTriggers:
        if not triggers:
            return cls({})
        from ..language.morphology import inflections

        by_form: dict[str, list[CompiledTrigger]] = {}
        nouns: list[CompiledTrigger] = []
        for t in triggers:
            words = t.words
            items = [frozenset({w}) for w in words]
            if t.kind == "verb":
                items[0] = inflections(words[0], "VERB") | set(t.forms)
            else:
                items[-1] = inflections(words[-1], "NOUN")
            compiled = CompiledTrigger(t, tuple(items))
            if t.kind == "noun":
                nouns.append(compiled)
                continue
            for form in items[0]:
                by_form.setdefault(form, []).append(compiled)
        return cls({k: tuple(v) for k, v in by_form.items()}, tuple(nouns))


@attrs.frozen(slots=True)
class UserKnowledge:
    """The checked entries of a parser's dictionaries and their look-up tables.

    Immutable and picklable; `NO_USER` is the empty one every stage defaults
    to, which costs nothing (each stage tests the tuple it reads first).
    """

    places: tuple[UserPlace, ...] = ()
    actors: tuple[UserActor, ...] = ()
    triggers: tuple[UserTrigger, ...] = ()
    place_table: UserPlaces = attrs.field(
        factory=lambda: UserPlaces({}, {}), eq=False, repr=False
    )
    actor_table: UserActors = attrs.field(
        factory=lambda: UserActors({}, {}), eq=False, repr=False
    )
    trigger_table: UserTriggers = attrs.field(
        factory=lambda: UserTriggers({}), eq=False, repr=False
    )

    def __bool__(self) -> bool:
        return bool(self.places or self.actors or self.triggers)

    @classmethod
    def of(
        cls,
        places: Sequence[tuple[Mapping[str, Any], str]] = (),
        actors: Sequence[tuple[Mapping[str, Any], str]] = (),
        triggers: Sequence[tuple[Mapping[str, Any], str]] = (),
    ) -> UserKnowledge:
        """Checked knowledge from raw entries, each paired with where it came
        from (for error messages); raises `ValueError` on the first bad one."""
        user_places = tuple(place_entry(raw, where) for raw, where in places)
        user_actors = tuple(actor_entry(raw, where) for raw, where in actors)
        user_triggers = tuple(trigger_entry(raw, where) for raw, where in triggers)
        seen: dict[tuple[str, str, str | None], tuple[str, str]] = {}
        for t, (_, where) in zip(user_triggers, triggers, strict=True):
            key = (t.kind, t.phrase, t.object)
            if key in seen and seen[key][0] != t.cameo:
                raise ValueError(
                    f"{where}: {t.phrase!r} is already coded {seen[key][0]} "
                    f"({seen[key][1]}): one code per phrase and object"
                )
            seen[key] = (t.cameo, where)
        return cls(
            user_places,
            user_actors,
            user_triggers,
            UserPlaces.of(user_places),
            UserActors.of(user_actors, [where for _, where in actors]),
            UserTriggers.of(user_triggers),
        )


NO_USER = UserKnowledge()
"""No user knowledge: what every stage reads unless a `Parser` says otherwise."""
