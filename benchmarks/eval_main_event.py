"""Score newsfacts' main event of whole articles against the hand-written table.

Usage: python benchmarks/eval_main_event.py [--table FILE] [--data DIR]
       [--errors N] [--no-title] [--no-date] [--corpus NAME] [--json-out FILE]

Each row of `benchmarks/data/main_events_dev.jsonl` names an article of the
development place corpora and its main event as a reader states it (see
`benchmarks/data/README.md`). The article texts are read at run time from
`--data` (default `../shared/eval/geo/dev/` beside the project; they are not in
the repository), parsed whole with `newsfacts.parse_article` (with the corpus
title, and the corpus date at day precision where it gives one), and
`Article.main_event` is compared with the row:

- who: the event's source actor against the gold agent. Names are reduced to
  content tokens (case and accents folded; articles, titles, "'s" and a few
  function words dropped) and match when the shared tokens make up at least half
  of each side ("McGregor" = "Conor McGregor"; "India" != "Board of Control for
  cricket in India"); the actor's aliases and acronym are tried too. No source
  against a null gold is correct.
- when: the event's TIMEX3 value against the gold value, at the gold's
  precision: a day, month or year must agree on what the gold states; an ISO
  week (or its weekend) contains the system's day; "XXXX-WXX-4" needs a Thursday;
  "XXXX-04-04" a 4 April of any year. A null gold is matched by no date or by a
  date that only repeats the publication date (`date_source == "published"`),
  since either says the text gives no time for the act.
- where: the event's location against the gold place: the same name (the gold's
  head before any comma, against the location's name or one of its mention
  texts) in the same country, or a distance of at most 161 km when the gold place
  is found in `newsfacts.knowledge.gazetteer` by name, country and region (the
  part after the comma). A null gold is matched by no location.
- what: the trigger shares a word stem with the gold trigger, or the event's
  CAMEO root equals the gold's.
- strict: who, when and where all correct. Precision divides by the articles
  where newsfacts gave a main event, recall by the gold events.

Rows whose `what` is null (the lead reports no event) are left out of every
figure and counted apart. `--errors N` lists N articles that miss the strict
match, with both sides of each field (no article text).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import newsfacts
from newsfacts.knowledge.gazetteer import Entry, gazetteer
from newsfacts.knowledge.keys import name_key

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TABLE = ROOT / "benchmarks" / "data" / "main_events_dev.jsonl"
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "geo" / "dev"
CORPUS_FILES = {"geowebnews": "geowebnews.jsonl", "trnews": "trnews.jsonl"}
MAX_KM = 161.0
FIELDS = ("who", "when", "where", "what")

Row = dict[str, Any]

# Words that carry no identity in a name: articles, function words, titles.
_NAME_NOISE = frozenset(
    """a an the of for in on at to and de del la le
    mr mrs ms miss dr prof professor sir dame lord lady rev reverend father pope
    president vice prime minister gov governor sen senator rep representative
    congressman congresswoman mayor judge justice gen general col colonel lt
    lieutenant capt captain sgt sergeant cllr councillor chancellor king queen
    prince princess sheikh imam jr sr former""".split()
)
# Function words of a trigger phrase ("given the green light", "buying out").
_TRIGGER_NOISE = frozenset(
    "a an the of to in on at for with out up off down has have had is was were be "
    "been will would".split()
)
_WORD = re.compile(r"[^\W_]+")
_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}


def fold(text: str) -> str:
    """Lower case without accents; curly apostrophes made straight."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def name_tokens(name: str) -> frozenset[str]:
    """The content tokens of a name ("Mexico's Senate" -> {"mexico", "senate"})."""
    words = _WORD.findall(fold(name).replace("'s ", " ").removesuffix("'s"))
    return frozenset(w for w in words if w not in _NAME_NOISE and w != "s")


def names_match(gold: str, system: Iterable[str]) -> bool:
    """True when one of the system's names shares at least half of each side's
    content tokens with the gold name."""
    want = name_tokens(gold)
    if not want:
        return False
    for name in system:
        have = name_tokens(name)
        shared = len(want & have)
        if have and shared * 2 >= len(want) and shared * 2 >= len(have):
            return True
    return False


def stem(word: str) -> str:
    """A crude stem: "indicted" and "indict", "died" and "die" meet."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word


def trigger_stems(text: str) -> frozenset[str]:
    """Stems of the content words of a trigger."""
    return frozenset(
        stem(w) for w in _WORD.findall(fold(text)) if w not in _TRIGGER_NOISE
    )


def corpus_date(value: object) -> dt.date | None:
    """The calendar day of a corpus date field, in the spellings the corpora use
    ("2016-12-19 05:35 CT", "Wed Nov 23, 2016 | 4:58pm EST", "11/28/2016",
    "17 December 2016", "12:01 PM, Dec 15, 2016"); None when there is none."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    iso = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text)
    if iso:
        return _day(int(iso[1]), int(iso[2]), int(iso[3]))
    slashed = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)
    if slashed:
        return _day(int(slashed[3]), int(slashed[1]), int(slashed[2]))
    year = re.search(r"\b(19|20)\d\d\b", text)
    month = next(
        (_MONTHS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in _MONTHS),
        None,
    )
    # A day is a number of one or two digits that is no part of a clock time.
    days = [
        int(m[1])
        for m in re.finditer(r"(?<![\d:])(\d{1,2})(?![\d:])(?!\s*[ap]\.?m)", text)
    ]
    if year is None or month is None or not days:
        return None
    return _day(int(year[0]), month, days[0])


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def when_match(gold: str | None, value: str | None, source: str | None) -> bool:
    """Whether a system TIMEX3 value agrees with the gold at the gold's precision."""
    if gold is None:
        return value is None or source == "published"
    if value is None:
        return False
    if value.startswith(gold) and re.fullmatch(r"\d{4}(-\d\d){0,2}", gold):
        return True
    day = _day_of(value)
    week = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", gold)
    if week:
        if value == gold:
            return True
        if day is None:
            return False
        year, number, _ = day.isocalendar()
        weekend = week[3] is None or day.isoweekday() >= 6
        return (year, number) == (int(week[1]), int(week[2])) and weekend
    weekday = re.fullmatch(r"XXXX-WXX-(\d)", gold)
    if weekday:
        return value == gold or (
            day is not None and day.isoweekday() == int(weekday[1])
        )
    month_day = re.fullmatch(r"XXXX-(\d\d-\d\d)", gold)
    if month_day:
        return re.match(r"(\d{4}|XXXX)-" + month_day[1], value) is not None
    return False


def _day_of(value: str) -> dt.date | None:
    found = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    return _day(int(found[1]), int(found[2]), int(found[3])) if found else None


def resolve_place(where: str, country: str) -> Entry | None:
    """The gazetteer entry of a gold place: its name (before any comma) in its
    country and, when a region follows the comma, in that first-level region;
    own names before aliases, then the most populous."""
    head, _, region = (part.strip() for part in where.partition(","))
    g = gazetteer()
    found = [(e, own) for e, own in g.lookup(name_key(head)) if e.country == country]
    if region:
        codes = {
            e.admin1
            for e, _ in g.lookup(name_key(region))
            if e.country == country and e.kind == "admin1"
        }
        found = [(e, own) for e, own in found if e.admin1 in codes]
    if not found:
        return None
    return max(found, key=lambda pair: (pair[1], pair[0].population))[0]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def where_match(row: Row, location: newsfacts.Location | None) -> bool:
    """Whether the system's place is the gold place (by name or distance)."""
    where, country = row["where"], row["where_country"]
    if where is None:
        return location is None
    if location is None:
        return False
    head = name_key(where.partition(",")[0])
    names = {name_key(location.name)} | {name_key(m.text) for m in location.mentions}
    same_country = location.country in (None, country)
    if head in names and same_country:
        return True
    entry = resolve_place(where, country)
    if entry is None or location.lat is None or location.lon is None:
        return False
    return km(entry.lat, entry.lon, location.lat, location.lon) <= MAX_KM


def actor_names(actor: newsfacts.Actor) -> list[str]:
    names = [actor.name, *actor.aliases]
    if actor.acronym:
        names.append(actor.acronym)
    return names


def score_row(row: Row, event: newsfacts.Event | None) -> dict[str, bool]:
    """Field by field, whether the system's main event agrees with the row."""
    who = row["who"]
    source = event.source if event is not None else None
    if who is None:
        who_ok = source is None
    else:
        who_ok = source is not None and names_match(who, actor_names(source))
    date = event.date if event is not None else None
    when_ok = when_match(
        row["when"],
        date.value if date is not None else None,
        event.date_source if event is not None else None,
    )
    where_ok = where_match(row, event.location if event is not None else None)
    what_ok = False
    if event is not None:
        same_word = bool(
            trigger_stems(row["what"]["trigger"]) & trigger_stems(event.trigger.text)
        )
        same_root = row["cameo"] is not None and event.cameo[:2] == row["cameo"]
        what_ok = same_word or same_root
    return {
        "who": who_ok,
        "when": when_ok,
        "where": where_ok,
        "what": what_ok,
        "strict": who_ok and when_ok and where_ok,
    }


def load_table(path: Path) -> list[Row]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_articles(data: Path) -> dict[tuple[str, str], Row]:
    """(corpus, doc_id) -> the corpus row (text, meta), for both corpora."""
    out: dict[tuple[str, str], Row] = {}
    for corpus, name in CORPUS_FILES.items():
        with (data / name).open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    out[(corpus, str(row["doc_id"]))] = row
    return out


def _describe(event: newsfacts.Event | None) -> dict[str, Any]:
    if event is None:
        return {}
    return {
        "type": event.type,
        "cameo": event.cameo,
        "trigger": event.trigger.text,
        "who": event.source.name if event.source else None,
        "whom": event.target.name if event.target else None,
        "when": event.date.value if event.date else None,
        "date_source": event.date_source,
        "where": (
            f"{event.location.name} {event.location.country or '-'}"
            if event.location
            else None
        ),
        "where_kind": event.location.kind.value if event.location else None,
        "where_rule": event.location.rule if event.location else None,
    }


def _ratio(n: int, d: int) -> str:
    return f"{n / d:.3f} ({n}/{d})" if d else "-"


def _report(results: list[Row], label: str) -> dict[str, Any]:
    """Print the figures of one set of scored rows; return them."""
    scored = [r for r in results if r["gold"]["what"] is not None]
    n = len(scored)
    found = sum(r["system"] != {} for r in scored)
    correct = {f: sum(r["ok"][f] for r in scored) for f in (*FIELDS, "strict")}
    precision = correct["strict"] / found if found else 0.0
    recall = correct["strict"] / n if n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"\n{label}: {n} gold events, main event given for {found}")
    for field in FIELDS:
        print(f"  {field:<6} {_ratio(correct[field], n)}")
    print(
        f"  strict who+when+where: P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}"
        f" ({correct['strict']} correct)"
    )
    countries = sum(
        r["gold"]["where_country"] is not None
        and r["system_country"] == r["gold"]["where_country"]
        for r in scored
    )
    with_place = sum(r["gold"]["where_country"] is not None for r in scored)
    print(f"  (where: same country {_ratio(countries, with_place)})")
    return {
        "events": n,
        "found": found,
        **{f: correct[f] / n if n else 0.0 for f in FIELDS},
        "strict_p": precision,
        "strict_r": recall,
        "strict_f1": f1,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--table", type=Path, default=DEFAULT_TABLE)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=0, metavar="N")
    parser.add_argument("--no-title", action="store_true", help="omit the title")
    parser.add_argument("--no-date", action="store_true", help="omit corpus dates")
    parser.add_argument("--corpus", choices=sorted(CORPUS_FILES))
    parser.add_argument("--json-out", type=Path)
    args = parser.parse_args(argv)

    if not args.data.is_dir():
        print(f"no development data at {args.data}", file=sys.stderr)
        return 2
    table = load_table(args.table)
    if args.corpus:
        table = [r for r in table if r["corpus"] == args.corpus]
    articles = load_articles(args.data)
    newsfacts.warmup()

    results: list[Row] = []
    seconds = 0.0
    chars = 0
    for gold in table:
        source = articles[(gold["corpus"], gold["doc_id"])]
        meta = source.get("meta") or {}
        text = source["text"]
        published = None if args.no_date else corpus_date(meta.get("dltime"))
        title = None if args.no_title else meta.get("title")
        start = time.process_time()
        article = newsfacts.parse_article(text, published=published, title=title)
        seconds += time.process_time() - start
        chars += len(text)
        event = article.main_event
        results.append(
            {
                "gold": gold,
                "published": published.isoformat() if published else None,
                "system": _describe(event),
                "system_country": event.location.country
                if event is not None and event.location is not None
                else None,
                "ok": score_row(gold, event) if gold["what"] is not None else {},
            }
        )

    no_event = [r for r in results if r["gold"]["what"] is None]
    print(
        f"{len(results)} articles ({chars:,} characters, "
        f"{chars / seconds:,.0f} chars/CPU-s in parse_article); "
        f"title {'off' if args.no_title else 'on'}, "
        f"corpus dates {'off' if args.no_date else 'on'}"
    )
    figures = {"all": _report(results, "all")}
    for corpus in sorted({r["gold"]["corpus"] for r in results}):
        figures[corpus] = _report(
            [r for r in results if r["gold"]["corpus"] == corpus], corpus
        )
    given = sum(r["system"] != {} for r in no_event)
    print(
        f"\nno-event articles (left out above): {len(no_event)}, "
        f"main event given for {given}"
    )
    misses = Counter(
        f for r in results if r["ok"] for f in (*FIELDS, "strict") if not r["ok"][f]
    )
    print("misses by field: " + ", ".join(f"{f} {misses[f]}" for f in FIELDS))

    if args.errors:
        print(f"\nfirst {args.errors} articles missing the strict match:")
        shown = 0
        for r in results:
            if not r["ok"] or r["ok"]["strict"]:
                continue
            if shown >= args.errors:
                break
            shown += 1
            g, s = r["gold"], r["system"]
            bad = [f for f in FIELDS if not r["ok"][f]]
            print(f"- {g['corpus']}:{g['doc_id']} wrong: {', '.join(bad)}")
            print(
                f"    gold: what={g['what']['trigger']!r} who={g['who']!r} "
                f"when={g['when']} where={g['where']!r} {g['where_country']} "
                f"cameo={g['cameo']}"
            )
            if s:
                print(
                    f"    sys:  what={s['trigger']!r} ({s['type']} {s['cameo'] or '-'})"
                    f" who={s['who']!r} when={s['when']} ({s['date_source']})"
                    f" where={s['where']!r}"
                )
            else:
                print("    sys:  no main event")
            print(f"    note: {g['note']}")

    if args.json_out:
        args.json_out.write_text(
            json.dumps({"figures": figures, "articles": results}, indent=1),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
