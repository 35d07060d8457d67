"""Score newsfacts' events on the hand-coded Voice of America sentences.

Usage: python benchmarks/eval_events_voa.py [--table FILE] [--errors N]
       [--misses N] [--drop-negated] [--scorer] [--json-out FILE]

Each sentence of `tests/data/voa_events.jsonl` is parsed on its own with
`parse_article` (no date) and its events are compared with the hand-coded ones:

- event type: micro precision, recall and F1 over CAMEO roots (a one-to-one
  matching of gold and system events inside each sentence), once with every root
  and once without statements and appeals (roots 01 and 02, dropped on both sides);
- type + source: the same, where the source actor's country must also agree (the
  first three letters of the codes; a gold event without a named source matches
  any source);
- no-event accuracy: among the event-free sentences (no gold event outside 01/02),
  the share where newsfacts codes no event outside 01/02.

An event without a CAMEO code counts under every root of its PLOVER category.
`--errors N` lists N false positives (system events that match no gold event,
01/02 left out); `--misses N` lists N sentences whose gold events (01/02 left
out) no system event matches. `--scorer` also runs the project's development event scorer on
the same predictions, when `../shared/eval/events/event_score.py` exists beside the
project; the figures above never depend on it.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pycountry

import newsfacts
from newsfacts._data import iter_rows

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TABLE = ROOT / "tests" / "data" / "voa_events.jsonl"
SCORER = ROOT.parent / "shared" / "eval" / "events" / "event_score.py"
STATEMENT_ROOTS = frozenset({"01", "02"})
ALL_ROOTS = frozenset(f"{n:02d}" for n in range(1, 21))

Row = dict[str, Any]


class Ev:
    """One event reduced to what is scored: the roots it may stand for and actors."""

    __slots__ = ("label", "roots", "source", "target")

    def __init__(
        self, roots: frozenset[str], label: str, source: list[Row], target: list[Row]
    ) -> None:
        self.roots = roots
        self.label = label
        self.source = source
        self.target = target


def plover_roots() -> dict[str, frozenset[str]]:
    """PLOVER category -> the CAMEO roots whose codes map to it (package table)."""
    out: dict[str, set[str]] = {}
    for row in iter_rows("events/data/cameo.tsv"):
        if len(row) >= 2 and row[0].isdigit():
            out.setdefault(row[1].upper(), set()).add(row[0][:2])
    return {k: frozenset(v) for k, v in out.items()}


def alpha3(alpha2: str | None) -> str | None:
    """ISO alpha-3 of an alpha-2 country code, if known."""
    if not alpha2:
        return None
    country = pycountry.countries.get(alpha_2=alpha2.upper())
    return country.alpha_3 if country else None


def actor_dict(actor: newsfacts.Actor | None) -> Row | None:
    """A system actor as {"code", "text"} (code: CAMEO code, else its country)."""
    if actor is None:
        return None
    return {"code": actor.code or alpha3(actor.country), "text": actor.name}


def system_events(
    text: str, by_plover: dict[str, frozenset[str]], drop_negated: bool
) -> tuple[list[Row], float]:
    """newsfacts' events for one sentence as scorer dicts, and the CPU seconds."""
    start = time.process_time()
    article = newsfacts.parse_article(text)
    seconds = time.process_time() - start
    out: list[Row] = []
    for event in article.events:
        if drop_negated and event.negated:
            continue
        code = event.cameo if re.fullmatch(r"\d{2,4}", event.cameo or "") else None
        roots = (
            frozenset({code[:2]})
            if code
            else by_plover.get(str(event.type).upper(), frozenset())
        )
        out.append(
            {
                "code": code or str(event.type),
                "roots": sorted(roots),
                "source": actor_dict(event.source),
                "target": actor_dict(event.target),
                "mode": event.mode,
                "negated": event.negated,
            }
        )
    return out, seconds


def _actors(value: Any) -> list[Row]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def gold_evs(row: Row, drop: frozenset[str]) -> list[Ev]:
    """The gold events of a record, leaving out the roots in `drop`."""
    return [
        Ev(
            frozenset({e["root"]}),
            e["cameo"],
            _actors(e["source"]),
            _actors(e["target"]),
        )
        for e in row["events"]
        if e["root"] not in drop
    ]


def sys_evs(events: Iterable[Row], drop: frozenset[str]) -> list[Ev]:
    """System events; one whose every possible root is dropped is left out."""
    out = []
    for e in events:
        roots = frozenset(e["roots"])
        if not roots or roots <= drop:
            continue
        out.append(
            Ev(roots - drop, e["code"], _actors(e["source"]), _actors(e["target"]))
        )
    return out


def country(code: str | None) -> str | None:
    """The country part of a CAMEO actor code ("---REB" -> "REB", as the scorer)."""
    if not code:
        return None
    code = code.upper()
    return (code[3:6] or None) if code.startswith("---") else code[:3]


def _words(text: str) -> set[str]:
    stop = {"the", "a", "an", "of", "and", "s", "his", "her", "its", "their"}
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in stop}


def actor_match(gold: list[Row], system: list[Row]) -> bool:
    """Gold alternatives against the system actor: no gold actor matches anything;
    codes compare by country, else texts by their words."""
    if not gold:
        return True
    for g in gold:
        for s in system:
            if g.get("code") and s.get("code"):
                if country(g["code"]) == country(s["code"]):
                    return True
            elif g.get("text") and s.get("text"):
                a, b = _words(g["text"]), _words(s["text"])
                if a and b and (a <= b or b <= a):
                    return True
    return False


def matching(n_gold: int, n_sys: int, ok: Callable[[int, int], bool]) -> list[int]:
    """Maximum one-to-one matching: for each system event, its gold index or -1."""
    match = [-1] * n_sys

    def augment(i: int, seen: set[int]) -> bool:
        for j in range(n_sys):
            if j in seen or not ok(i, j):
                continue
            seen.add(j)
            if match[j] < 0 or augment(match[j], seen):
                match[j] = i
                return True
        return False

    for i in range(n_gold):
        augment(i, set())
    return match


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(
    table: list[Row],
    preds: dict[str, list[Row]],
    drop: frozenset[str],
    with_source: bool,
) -> Row:
    """tp/fp/fn over all sentences, and per root (type level)."""
    tp = fp = fn = 0
    by_root: dict[str, Counter[str]] = {}
    for row in table:
        g, s = gold_evs(row, drop), sys_evs(preds[row["id"]], drop)

        def ok(i: int, j: int, g: list[Ev] = g, s: list[Ev] = s) -> bool:
            if not g[i].roots & s[j].roots:
                return False
            return not with_source or actor_match(g[i].source, s[j].source)

        match = matching(len(g), len(s), ok)
        hit = sum(m >= 0 for m in match)
        tp, fp, fn = tp + hit, fp + len(s) - hit, fn + len(g) - hit
        matched_gold = {m for m in match if m >= 0}
        for j, m in enumerate(match):
            root = next(iter(g[m].roots)) if m >= 0 else "|".join(sorted(s[j].roots))
            by_root.setdefault(root, Counter())["tp" if m >= 0 else "fp"] += 1
        for i, ev in enumerate(g):
            if i not in matched_gold:
                by_root.setdefault(next(iter(ev.roots)), Counter())["fn"] += 1
    p, r, f = prf(tp, fp, fn)
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "by_root": {k: dict(v) for k, v in sorted(by_root.items())},
    }


def event_free(row: Row) -> bool:
    return all(e["root"] in STATEMENT_ROOTS for e in row["events"])


def no_event_accuracy(table: list[Row], preds: dict[str, list[Row]]) -> tuple[int, int]:
    """(sentences without a system event outside 01/02, event-free gold sentences)."""
    free = [row for row in table if event_free(row)]
    quiet = sum(not sys_evs(preds[row["id"]], STATEMENT_ROOTS) for row in free)
    return quiet, len(free)


def false_positives(
    table: list[Row], preds: dict[str, list[Row]], limit: int
) -> list[Row]:
    """Sentences with system events (01/02 left out) that match no gold event."""
    out: list[Row] = []
    for row in table:
        g, s = (
            gold_evs(row, STATEMENT_ROOTS),
            sys_evs(preds[row["id"]], STATEMENT_ROOTS),
        )
        match = matching(
            len(g), len(s), lambda i, j, g=g, s=s: bool(g[i].roots & s[j].roots)
        )
        extra = [s[j] for j, m in enumerate(match) if m < 0]
        if extra:
            out.append(
                {
                    "id": row["id"],
                    "text": row["text"],
                    "system": [_describe(e) for e in extra],
                    "gold": [_describe(e) for e in g],
                }
            )
        if len(out) >= limit:
            break
    return out


def misses(table: list[Row], preds: dict[str, list[Row]], limit: int) -> list[Row]:
    """Sentences with gold events (01/02 left out) that no system event matches."""
    out: list[Row] = []
    for row in table:
        g, s = (
            gold_evs(row, STATEMENT_ROOTS),
            sys_evs(preds[row["id"]], STATEMENT_ROOTS),
        )
        match = matching(
            len(g), len(s), lambda i, j, g=g, s=s: bool(g[i].roots & s[j].roots)
        )
        found = {m for m in match if m >= 0}
        missed = [ev for i, ev in enumerate(g) if i not in found]
        if missed:
            out.append(
                {
                    "id": row["id"],
                    "text": row["text"],
                    "gold": [_describe(e) for e in missed],
                    "system": [_describe(e) for e in s],
                }
            )
        if len(out) >= limit:
            break
    return out


def _describe(ev: Ev) -> str:
    def side(actors: list[Row]) -> str:
        if not actors:
            return "-"
        return "|".join(f"{a.get('code') or '?'}:{a.get('text') or ''}" for a in actors)

    return f"{ev.label} {side(ev.source)} > {side(ev.target)}"


def run_scorer(table_path: Path, preds: dict[str, list[Row]]) -> None:
    """Run the development scorer on the same predictions (by subprocess)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for rid, events in preds.items():
            out = [
                {"code": e["code"], "source": e["source"], "target": e["target"]}
                for e in events
            ]
            f.write(json.dumps({"id": rid, "events": out}) + "\n")
        path = f.name
    for extra in ([], ["--drop-roots", "01,02"]):
        cmd = [
            sys.executable,
            str(SCORER),
            "--gold",
            str(table_path),
            "--predictions",
            path,
        ]
        cmd += ["--scheme", "cameo", *extra]
        print(f"\n$ event_score.py {' '.join(['--scheme', 'cameo', *extra])}")
        subprocess.run(cmd, check=False)
    Path(path).unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--table", type=Path, default=DEFAULT_TABLE)
    parser.add_argument("--errors", type=int, default=0, help="list N false positives")
    parser.add_argument(
        "--misses", type=int, default=0, help="list N sentences with missed events"
    )
    parser.add_argument(
        "--drop-negated", action="store_true", help="leave out events marked negated"
    )
    parser.add_argument("--scorer", action="store_true", help="also run the dev scorer")
    parser.add_argument("--json-out", type=Path)
    args = parser.parse_args(argv)

    with args.table.open(encoding="utf-8") as lines:
        table = [json.loads(line) for line in lines if line.strip()]
    by_plover = plover_roots()
    preds: dict[str, list[Row]] = {}
    seconds = 0.0
    for row in table:
        preds[row["id"]], spent = system_events(
            row["text"], by_plover, args.drop_negated
        )
        seconds += spent
    chars = sum(len(row["text"]) for row in table)

    results: Row = {
        "sentences": len(table),
        "chars": chars,
        "cpu_seconds": round(seconds, 3),
    }
    print(f"{len(table)} sentences, {chars} chars, {seconds:.2f} CPU s")
    print(f"{'level':<26}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn")
    for name, drop, with_source in (
        ("type, all roots", frozenset(), False),
        ("type, without 01/02", STATEMENT_ROOTS, False),
        ("type+source, without 01/02", STATEMENT_ROOTS, True),
    ):
        res = score(table, preds, drop, with_source)
        results[name] = res
        print(
            f"{name:<26}{res['precision']:>7.3f}{res['recall']:>7.3f}{res['f1']:>7.3f}"
            f"   {res['tp']}/{res['fp']}/{res['fn']}"
        )
    quiet, free = no_event_accuracy(table, preds)
    results["no_event_accuracy"] = {"quiet": quiet, "event_free": free}
    print(f"no-event accuracy: {quiet}/{free} = {quiet / free if free else 0.0:.3f}")
    print("by root (type, without 01/02): root tp fp fn")
    for root, c in results["type, without 01/02"]["by_root"].items():
        print(f"  {root:<8}{c.get('tp', 0):>4}{c.get('fp', 0):>4}{c.get('fn', 0):>4}")
    if args.errors:
        fps = false_positives(table, preds, args.errors)
        results["false_positives"] = fps
        print(f"\nfalse positives (first {len(fps)}):")
        for fp in fps:
            print(f"- {fp['id']}: {fp['text']}")
            print(f"    system: {'; '.join(fp['system'])}")
            print(f"    gold:   {'; '.join(fp['gold']) or '(none)'}")
    if args.misses:
        missed = misses(table, preds, args.misses)
        results["misses"] = missed
        print(f"\nmissed events (first {len(missed)} sentences):")
        for m in missed:
            print(f"- {m['id']}: {m['text']}")
            print(f"    gold:   {'; '.join(m['gold'])}")
            print(f"    system: {'; '.join(m['system']) or '(none)'}")
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    if args.scorer and SCORER.is_file():
        run_scorer(args.table, preds)
    elif args.scorer:
        print(f"\n(no development scorer at {SCORER})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
