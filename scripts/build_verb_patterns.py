"""Build the events stage's CAMEO verb patterns from PETRARCH2's verb dictionary.

Reads `CAMEO.2.0.txt` (PETRARCH2, MIT, Copyright (c) 2014-2015 Open Event Data
(Alliance), commit pinned below) and the hand-written codebook adaptations in
`newsfacts/events/data/verb_overrides.tsv`, and writes three files to
`newsfacts/events/data/`:

- `word_classes.tsv`: the dictionary's synonym sets (`&CEASEFIRE`), one member
  phrase a row, with whether regular plurals are generated for it;
- `verbs.tsv`: every verb of the dictionary with its synonym block, the code it
  has in isolation (or `---`: no event alone) and the irregular forms listed;
- `verb_patterns.tsv`: every pattern of a block, in a flat matcher-friendly
  form (subject words, particle, object, prepositional phrases, code), with the
  overrides applied and named.

Usage: `python scripts/build_verb_patterns.py [path/to/CAMEO.2.0.txt]`; the
default path is `../shared/data/petrarch2/CAMEO.2.0.txt` from the repository
root. Output is deterministic (sorted, no dates); the header of each file
records the source commit and the sha256 of the dictionary read.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "newsfacts" / "events" / "data"
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "petrarch2" / "CAMEO.2.0.txt"
COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
SOURCE_NAME = "openeventdata/petrarch2 petrarch2/data/dictionaries/CAMEO.2.0.txt"
CREDIT = "PETRARCH2 verb dictionary, MIT, Copyright (c) 2014-2015 Open Event Data"

# Words after the verb read as a particle of a phrasal verb ("set OUT views",
# "put UP resistance"), not as its object.
PARTICLES = frozenset(
    "up down out off away back forward forwards aside together ahead apart".split()
)
# Words that open a prepositional phrase when written bare ("fire AT",
# "call FOR aid"); "in", "on", "over", "around" and "through" are particles
# when nothing follows them.
PREPOSITIONS = frozenset(
    """about across after against among amid around as at before behind between by
    during for from in inside into of on onto over since through to toward towards
    under upon via with within without""".split()
)
_BARE_PARTICLE_PREPS = frozenset("in on over around through".split())
_MARKERS = frozenset("$+^%")


@dataclass
class Pattern:
    """One pattern line of a verb block, parsed."""

    block: str
    line: int
    text: str
    subject: list[str] = field(default_factory=list)
    particle: str = ""
    obj: list[str] = field(default_factory=list)
    preps: list[tuple[str, list[str]]] = field(default_factory=list)
    code: str = ""
    reverse: str = ""
    military: str = ""
    override: str = ""
    verbs: str = ""
    example: str = ""


@dataclass
class Verb:
    """One verb line of a block: its lemma (the word marked `+` in a phrase)."""

    lemma: str
    before: str
    particle: str
    block: str
    code: str
    reverse: str
    forms: str
    line: int
    military: str = ""
    override: str = ""


def _words(token: str) -> list[str]:
    """Items of a noun phrase token: `{FINANCIAL AID}` -> financial, aid;
    `&WEAPON` stays a class name; `_` joins words that must be consecutive."""
    token = token.strip("{}")
    out = []
    for word in token.split():
        if word in _MARKERS:
            continue
        out.append(word if word.startswith("&") else word.lower())
    return out


def _codes(raw: str) -> tuple[str, str]:
    """`[042:043]` -> ("042", "043"); `[:173]` -> ("", "173"); `[080!]` -> 080."""
    raw = raw.strip().rstrip("!")
    code, _sep, reverse = raw.partition(":")
    return code.strip(), reverse.strip()


_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")


def parse_pattern(block: str, line: int, text: str, comment: str) -> Pattern | None:
    """A pattern line (`- * &CEASEFIRE [0356]`) in flat form, or None when it
    does not have the shape subject * [particle] [object] [phrases]."""
    m = re.match(r"\s*-\s*(.*?)\s*\[([^\]]*)\]\s*$", text)
    if not m:
        return None
    body, raw = m.group(1), m.group(2)
    code, reverse = _codes(raw)
    pat = Pattern(block, line, " ".join(body.split()), code=code, reverse=reverse)
    pat.example = comment.strip().split(" ")[0].lower() if comment.strip() else ""
    tokens = _TOKEN.findall(body)
    if tokens.count("*") != 1:
        return None
    star = tokens.index("*")
    for tok in tokens[:star]:
        if tok.startswith("("):
            return None
        pat.subject.extend(_words(tok))
    rest = [t for t in tokens[star + 1 :] if t not in _MARKERS]
    current: list[str] | None = None  # the words of an open bare phrase
    for n, tok in enumerate(rest):
        low = tok.lower()
        if tok.startswith("("):
            inner = _TOKEN.findall(tok[1:-1])
            if not inner or inner[0].startswith(("{", "&")):
                return None
            prep = inner[0].lower()
            words = [w for t in inner[1:] for w in _words(t)]
            pat.preps.append((prep, words))
            current = None
            continue
        last = n == len(rest) - 1
        if (
            not pat.particle
            and not pat.obj
            and not pat.preps
            and low in PARTICLES | (_BARE_PARTICLE_PREPS if last else frozenset())
        ):
            pat.particle = low
            continue
        if low in PREPOSITIONS and not tok.startswith(("{", "&")):
            pat.preps.append((low, []))
            current = pat.preps[-1][1]
            continue
        if current is not None:
            current.extend(_words(tok))
        elif not pat.preps:
            pat.obj.extend(_words(tok))
        else:
            return None
    if any(not w or w.startswith("*") or "*" in w for w in pat.obj + pat.subject):
        return None
    return pat


def _verb_lines(block: str, line: int, text: str) -> Verb | None:
    """A verb line (`+ASK_FOR {+ASKED_FOR ...} [020]`, `SPEED {SPEEDS SPED}`)."""
    text = text.split("#", 1)[0].strip()
    if not text:
        return None
    codes = re.search(r"\[([^\]]*)\]", text)
    forms_m = re.search(r"\{([^}]*)\}", text)
    head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", text).split()
    if not head:
        return None
    phrase = head[0]
    words = phrase.split("_")
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    k = marked[0] if marked else 0
    lemma = words[k].lstrip("+").lower()
    before = " ".join(w.lower() for w in words[:k])
    particle = " ".join(w.lower() for w in words[k + 1 :])
    forms: list[str] = []
    if forms_m:
        for form in forms_m.group(1).split():
            parts = form.split("_")
            plus = [p for p in parts if p.startswith("+")]
            word = plus[0] if plus else parts[min(k, len(parts) - 1)]
            forms.append(word.lstrip("+").lower())
    code, reverse = _codes(codes.group(1)) if codes else ("", "")
    return Verb(
        lemma,
        before,
        particle,
        block,
        code,
        reverse,
        "|".join(dict.fromkeys(f for f in forms if f != lemma)),
        line,
    )


@dataclass
class Dictionary:
    """What the verb dictionary holds, parsed."""

    classes: dict[str, list[tuple[str, bool]]]
    verbs: list[Verb]
    patterns: list[Pattern]
    skipped: list[tuple[int, str]]


def read_dictionary(text: str) -> Dictionary:
    """Parse the dictionary text: synonym sets, verb blocks and patterns."""
    classes: dict[str, list[tuple[str, bool]]] = {}
    verbs: list[Verb] = []
    patterns: list[Pattern] = []
    skipped: list[tuple[int, str]] = []
    section = ""
    current_class = ""
    block = ""
    block_code = ("", "")
    for n, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if stripped.startswith("####"):
            section = stripped
            continue
        if not stripped or stripped.startswith("#"):
            continue
        if "SYNONYM SETS" in section:
            line = stripped.split("#", 1)[0].strip()
            if line.startswith("&"):
                current_class = line.split()[0]
                classes[current_class.rstrip("_")] = []
            elif line.startswith("+") and current_class:
                phrase = line[1:].split()[0] if line[1:].split() else ""
                if not phrase:
                    continue
                plural = not phrase.endswith("_") and not current_class.endswith("_")
                words = " ".join(w for w in phrase.strip("_").lower().split("_") if w)
                classes[current_class.rstrip("_")].append((words, plural))
            continue
        if "VERB PATTERNS" not in section:
            continue  # transformations: composition is handled by compose.tsv
        head = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]\s*---", stripped)
        if head:
            block = head.group(1)
            block_code = _codes(head.group(2))
            continue
        if stripped.startswith("-"):
            body, _hash, comment = raw.partition("#")
            pat = parse_pattern(block, n, body, comment)
            if pat is None:
                skipped.append((n, " ".join(body.split())))
            else:
                patterns.append(pat)
            continue
        verb = _verb_lines(block, n, stripped)
        if verb is not None:
            if not verb.code and not verb.reverse:
                verb.code, verb.reverse = block_code
            verbs.append(verb)
    return Dictionary(classes, verbs, patterns, skipped)


@dataclass
class Override:
    """One hand-written adaptation of a dictionary code to the CAMEO codebook."""

    id: str
    scope: str
    block: str
    verbs: str
    match: str
    old: str
    code: str
    military: str
    reason: str


def read_overrides(path: Path) -> list[Override]:
    """Rows of `verb_overrides.tsv`."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 9:
            raise SystemExit(f"verb_overrides.tsv: 9 columns wanted: {line!r}")
        out.append(Override(*cols))
    return out


def apply_overrides(d: Dictionary, overrides: list[Override]) -> None:
    """Apply each override; fail when one matches nothing (a stale row)."""
    for o in overrides:
        hits = 0
        if o.scope == "verb":
            for v in d.verbs:
                phrase = " ".join(p for p in (v.before, v.lemma, v.particle) if p)
                if v.block == o.block and o.match in ("*", phrase) and v.code == o.old:
                    if o.match == "*" and v.override:
                        continue  # a row naming the verb came first
                    v.code, v.military, v.override = o.code, o.military, o.id
                    hits += 1
        elif o.scope == "pattern":
            for p in d.patterns:
                if p.block != o.block or p.code != o.old or p.override:
                    continue
                if o.match in ("*", str(p.line)):
                    if o.code.startswith(":"):
                        # ":173", the dictionary's own notation: coded with
                        # source and target swapped
                        p.code, p.reverse = "", o.code[1:]
                    else:
                        p.code = o.code
                    p.military, p.override = o.military, o.id
                    hits += 1
        elif o.scope == "reverse":
            for p in d.patterns:
                if p.block == o.block and str(p.line) == o.match and p.reverse == o.old:
                    p.reverse, p.override = o.code, o.id
                    hits += 1
        elif o.scope == "verbadd":
            words = o.match.lower().split()
            lemma, particle = words[0], " ".join(words[1:])
            if any(
                v.block == o.block and v.lemma == lemma and v.particle == particle
                for v in d.verbs
            ):
                raise SystemExit(f"override {o.id}: {o.match!r} is already a verb")
            if o.old != "new":
                raise SystemExit(f"override {o.id}: a verb added has old 'new'")
            d.verbs.append(
                Verb(
                    lemma,
                    "",
                    particle,
                    o.block,
                    "" if o.code == "---" else o.code,
                    "",
                    "|".join(o.verbs.split()),
                    0,
                    o.military,
                    o.id,
                )
            )
            hits = 1
        elif o.scope == "add":
            pat = parse_pattern(o.block, 0, f"- {o.match} [{o.code}]", "")
            if pat is None:
                raise SystemExit(f"override {o.id}: cannot parse {o.match!r}")
            pat.military, pat.override, pat.verbs = o.military, o.id, o.verbs
            pat.example = o.verbs.split(" ")[0] if o.verbs else ""
            d.patterns.append(pat)
            hits = 1
        elif o.scope == "classadd":
            members = d.classes.get(o.block)
            if members is None:
                raise SystemExit(f"override {o.id}: no word class {o.block!r}")
            words = " ".join(o.match.lower().split())
            if any(w == words for w, _plural in members) or o.old != "new":
                raise SystemExit(f"override {o.id}: {words!r} is no new phrase")
            if o.code not in ("yes", "no"):
                raise SystemExit(f"override {o.id}: code is yes or no (plurals)")
            members.append((words, o.code == "yes"))
            hits = 1
        else:
            raise SystemExit(f"override {o.id}: unknown scope {o.scope!r}")
        if not hits:
            raise SystemExit(f"override {o.id} matches nothing: stale row")


def _header(kind: str, digest: str, columns: str, notes: list[str]) -> list[str]:
    return [
        f"# {kind}",
        f"# Generated by scripts/build_verb_patterns.py from {SOURCE_NAME}",
        f"# at commit {COMMIT} (sha256 {digest}).",
        f"# {CREDIT} (Alliance); see newsfacts/data/ATTRIBUTION.md. Do not edit:",
        "# change newsfacts/events/data/verb_overrides.tsv or the script and rebuild.",
        *(f"# {n}" for n in notes),
        f"# {columns}",
    ]


def _np(words: list[str]) -> str:
    return " ".join(words)


def render(d: Dictionary, digest: str) -> dict[str, str]:
    """The three output files' text, by file name."""
    class_rows = sorted(
        f"&{name.lstrip('&')}\t{phrase}\t{'yes' if plural else 'no'}"
        for name, members in d.classes.items()
        for phrase, plural in dict.fromkeys(members)
    )
    classes = _header(
        "Word classes (synonym sets) of the CAMEO verb patterns.",
        digest,
        "class\tphrase\tplural (yes: regular plurals are generated too)",
        [f"{len(d.classes)} classes, {len(class_rows)} phrases."],
    )
    verb_rows = sorted(
        {
            "\t".join(
                (
                    v.lemma,
                    v.before,
                    v.particle,
                    v.block,
                    v.code or "---",
                    v.reverse,
                    v.military,
                    v.forms,
                    v.override,
                    str(v.line),
                )
            )
            for v in d.verbs
        }
    )
    verbs = _header(
        "Verbs of the CAMEO verb patterns, with the code each has alone.",
        digest,
        "lemma\tbefore\tparticle\tblock\tcode\treverse\tmilitary\tforms"
        "\toverride\tline",
        [
            "lemma: the verb word; before/particle: the words before/after it in",
            "a multi-word verb (wire TAP, GIVE up); block: the synonym block whose",
            "patterns apply; code: CAMEO code of the verb alone (--- none); reverse:",
            "the code of the target acting on the source ([042:043]: visit/host);",
            "military: the code when the source is an armed force (violence coded",
            "18x otherwise); forms: irregular forms listed (|); line: source line.",
        ],
    )
    pat_rows = sorted(
        (
            p.block,
            p.verbs,
            _np(p.subject),
            p.particle,
            _np(p.obj),
            "; ".join(f"{prep} {_np(w)}".strip() for prep, w in p.preps),
            p.code or "",
            p.reverse,
            p.military,
            p.override,
            str(p.line),
            p.example,
        )
        for p in d.patterns
    )
    seen: set[tuple[str, ...]] = set()
    pat_lines = []
    for row in pat_rows:
        key = row[:10]
        if key in seen:
            continue  # the same pattern listed twice in a block
        seen.add(key)
        pat_lines.append("\t".join(row))
    patterns = _header(
        "CAMEO verb patterns: verb block x object/particle/phrases -> code.",
        digest,
        "block\tverbs\tsubject\tparticle\tobject\tpreps\tcode\treverse\tmilitary"
        "\toverride\tline\texample",
        [
            "A pattern applies to every verb of its block (verbs.tsv), or to the",
            "verbs listed. subject: words of the subject (head last); particle:",
            "a particle after the verb (up, out, off, ...); object: words of the",
            "object noun phrase, head last, &CLASS for a word class (word_classes",
            ".tsv), ~ for no object; preps: prepositional phrases 'prep words',",
            "separated by '; ', the words optional. code: CAMEO code, --- for no",
            "event (accidents, crashes); reverse and military as in verbs.tsv;",
            "override: id of the verb_overrides.tsv row applied; line: source line",
            "(0: added by an override); example: the verb the pattern came with.",
            f"{len(pat_lines)} patterns; {len(d.skipped)} source lines not of this"
            " shape are left out.",
        ],
    )
    return {
        "word_classes.tsv": "\n".join([*classes, *class_rows]) + "\n",
        "verbs.tsv": "\n".join([*verbs, *verb_rows]) + "\n",
        "verb_patterns.tsv": "\n".join([*patterns, *pat_lines]) + "\n",
    }


def build(
    source: Path, overrides: Path = DATA / "verb_overrides.tsv"
) -> dict[str, str]:
    """Read the dictionary and the overrides; return the output files' text."""
    raw = source.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    d = read_dictionary(raw.decode("utf-8", errors="replace"))
    apply_overrides(d, read_overrides(overrides))
    return render(d, digest)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(f"no dictionary at {args.source}", file=sys.stderr)
        return 1
    for name, text in build(args.source).items():
        (args.out / name).write_text(text, encoding="utf-8")
        print(f"wrote {args.out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
