"""Build the tagger's and morphology's data in newsfacts/language/data/, deterministically.

Sources (both MIT, pinned in the `data` extra):

- `textblob==0.20.1`: Brill's English tag lexicon (`textblob/en/en-lexicon.txt`,
  from Brill's tagger v1.14, trained on the Brown corpus and the Penn Treebank,
  MIT; with some words from the CMU Twitter POS data, CC BY 3.0), his
  contextual rules (`en-context.txt`) and lexical rules for unknown words
  (`en-morphology.txt`).
- `lemminflect==0.2.3`: the inflection table of the SPECIALIST lexicon
  (`lemminflect/resources/infl_lu.csv.gz`), and its lemma table
  (`lemma_lu.csv.gz`), read for the parts of speech each word can have.

Writes:

- `lexicon.tsv.gz`: word, Brill's tag, and the other open-class tags the word
  can take by the SPECIALIST tables (a noun that is also a verb, a past tense
  that is also a participle, a name that is also an adjective: "American";
  the nationality words of `newsfacts/knowledge/data/demonyms.tsv` too). Entries
  that are not words (Twitter hashtags and user names) are left out.
- `names.txt.gz`: capitalised words that are names in both sources (China,
  Turkey), so a sentence-initial "China" is not read as "china".
- `context_rules.tsv`, `lexical_rules.tsv`: Brill's rules, one per row, in
  their order (the order is part of their meaning).
- `inflections.tsv.gz`: lemma, part of speech, then the forms the spelling rules
  of `newsfacts/language/morphology.py` would not write ("" where they would).
- `SOURCES.json`: package versions, row counts, sha256 of every written file.

Run from the project root:  .venv/bin/python scripts/build_language_data.py
(`--check` compares instead of writing). Needs the `data` extra.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import re
import sys
from collections.abc import Iterator
from importlib import metadata, resources
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newsfacts" / "language" / "data"
sys.path.insert(0, str(ROOT))

from newsfacts.language import morphology  # noqa: E402

PACKAGES = ("textblob", "lemminflect")
PENN = frozenset(
    "CC CD DT EX FW IN JJ JJR JJS LS MD NN NNS NNP NNPS PDT POS PRP PRP$ RB RBR "
    "RBS RP SYM TO UH VB VBD VBG VBN VBP VBZ WDT WP WP$ WRB # $ . , : ( ) `` ''".split()
)
# Open-class tags: the ones a contextual rule may only give a word that can
# take them. Their alternatives are what the lexicon records.
OPEN = frozenset("NN NNS JJ JJR JJS RB RBR RBS VB VBP VBD VBN VBG VBZ".split())
# Brill writes brackets as "(" and ")"; the Penn Treebank releases as -LRB-.
_RENAME = {"(": "-LRB-", ")": "-RRB-"}


def _read(package: str, *path: str) -> str:
    return resources.files(package).joinpath(*path).read_text(encoding="utf-8")


def _read_gz(package: str, *path: str) -> str:
    raw = resources.files(package).joinpath(*path).read_bytes()
    return gzip.decompress(raw).decode("utf-8")


def _lines(text: str) -> Iterator[list[str]]:
    for line in text.splitlines():
        if line.strip() and not line.startswith(";;;"):
            yield line.split()


def _is_word(word: str) -> bool:
    """Hashtags, user names and addresses are Twitter's, not news words."""
    return not word.startswith(("#", "@", "http", "www.")) and "\t" not in word


def brill_lexicon() -> dict[str, list[str]]:
    """Brill's word -> tags (first = most frequent), Penn tags only."""
    out: dict[str, list[str]] = {}
    for parts in _lines(_read("textblob", "en", "en-lexicon.txt")):
        if len(parts) != 2 or not _is_word(parts[0]):
            continue
        tags = [_RENAME.get(t, t) for t in parts[1].split("|") if t in PENN]
        if tags:
            out[parts[0]] = tags
    return out


def specialist_tags() -> dict[str, set[str]]:
    """Lower-case word -> the open-class Penn tags the SPECIALIST tables allow."""
    tags: dict[str, set[str]] = {}
    for line in _read_gz("lemminflect", "resources", "infl_lu.csv.gz").splitlines():
        lemma, category, *cells = line.split(",")
        pos = category.upper()
        if pos == "ADJ" and lemma[:1].isupper() and lemma[1:].islower():
            tags.setdefault(lemma, set()).add("JJ")  # American, Kurdish, Islamic
        if pos not in morphology.COLUMNS or not lemma.islower():
            continue
        base = {"NOUN": "NN", "VERB": "VB", "ADJ": "JJ", "ADV": "RB"}[pos]
        tags.setdefault(lemma, set()).add(base)
        if pos == "VERB":
            tags[lemma].add("VBP")
        for column, spellings in zip(
            morphology.COLUMNS[pos], _cells(pos, cells), strict=True
        ):
            for form in spellings:
                if form != lemma or pos == "VERB":
                    tags.setdefault(form, set()).add(column)
    for line in _read_gz("lemminflect", "resources", "lemma_lu.csv.gz").splitlines():
        word, category, _lemmas = line.split(",")
        base = {"noun": "NN", "adj": "JJ", "adv": "RB"}.get(category)
        if base and word.islower() and word in _lemmas.split("/"):
            tags.setdefault(word, set()).add(base)
    return tags


def _cells(pos: str, cells: list[str]) -> list[tuple[str, ...]]:
    """The form cells of an inflection row; an empty past participle is the past."""
    out = [tuple(c.split("/")) if c else () for c in cells]
    out += [()] * (len(morphology.COLUMNS[pos]) - len(out))
    if pos == "VERB" and not out[1]:
        out[1] = out[0]
    return out


def _without_base(
    lemma: str, pos: str, cells: list[tuple[str, ...]]
) -> list[tuple[str, ...]]:
    """A noun's plural listed as the lemma itself ("talks/talk": talk as a mass
    noun) is dropped unless it is the only plural ("sheep")."""
    if pos != "NOUN":
        return cells
    return [tuple(s for s in c if s != lemma) or c for c in cells]


def inflection_rows() -> list[str]:
    """lemma, pos, forms; a form the spelling rules write is left empty."""
    rows: dict[tuple[str, str], list[str]] = {}
    for line in _read_gz("lemminflect", "resources", "infl_lu.csv.gz").splitlines():
        lemma, category, *cells = line.split(",")
        pos = category.upper()
        if pos not in morphology.COLUMNS or not lemma.islower() or " " in lemma:
            continue
        regular = morphology.regular_forms(lemma, pos)
        out = []
        for spellings, rule in zip(  # noqa: B905 (regular_forms has every column)
            _without_base(lemma, pos, _cells(pos, cells)), regular
        ):
            out.append("" if spellings in ((), (rule,)) else "/".join(spellings))
        while out and not out[-1]:
            out.pop()
        rows[(lemma, pos)] = out
    return [
        "\t".join((lemma, pos, *cells)) for (lemma, pos), cells in sorted(rows.items())
    ]


DEMONYMS = ROOT / "newsfacts" / "knowledge" / "data" / "demonyms.tsv"


def demonyms() -> list[str]:
    """The curated nationality words (Afghan, Uzbek): adjectives as well as names."""
    text = DEMONYMS.read_text(encoding="utf-8")
    return [
        line.split("\t")[0] for line in text.splitlines() if line and line[0] != "#"
    ]


FUNCTION_WORDS = ROOT / "newsfacts" / "language" / "data" / "function_words.tsv"
# Closed-class tags: the words that take them are few and known.
CLOSED = frozenset("IN DT PDT PRP PRP$ WDT WP WP$ WRB CC MD EX TO".split())


def function_words() -> frozenset[str]:
    """The curated function words of newsfacts/language/data/function_words.tsv."""
    text = FUNCTION_WORDS.read_text(encoding="utf-8")
    return frozenset(
        line.split("\t")[0] for line in text.splitlines() if line and line[0] != "#"
    )


def _shouted(word: str, tags: list[str], brill: dict[str, list[str]]) -> bool:
    """A word in capitals that only repeats its lower-case word's tag ("NEW"
    JJ, "US" PRP, "ABORTION" NN): text written in capitals (headlines, chat),
    not an acronym. The tagger reads a line in capitals as lower case, and a
    word in capitals inside running text is a name ("US", "WHO")."""
    if len(word) < 2 or not word.isalpha() or not word.isupper():
        return False
    lower = brill.get(word.lower())
    return lower is not None and lower[0] == tags[0] and tags[0] not in ("NNP", "NNPS")


def _chat_word(
    word: str, tags: list[str], known: frozenset[str], allowed: dict[str, set[str]]
) -> bool:
    """A lower-case word given a closed-class tag that neither the function
    words nor the SPECIALIST tables know: chat spelling ("soo" IN, "u" PRP,
    "dat" DT, "wil" MD) or archaic spelling ("hys" PRP$), from the Twitter words
    of the lexicon. News words among them are entered in lexicon_news.tsv."""
    return (
        tags[0] in CLOSED
        and word.isalpha()
        and word.islower()
        and word not in known
        and word not in allowed
    )


def _more_tags(word: str, alts: set[str], brill: dict[str, list[str]]) -> set[str]:
    """Tags the sources leave out that English morphology gives: a regular
    -ed form is past tense and participle alike ("lied", "shelled"); an
    adjective whose regular plural is a plural noun is a noun too
    ("insurgent": "insurgents"; "have" is no noun for "the haves")."""
    out = set()
    tags = set(brill[word]) | alts
    if word.endswith("ed") and word.islower() and tags & {"VBD", "VBN"}:
        out |= {"VBD", "VBN"}
    if word.isalpha() and word.islower() and tags <= {"JJ"}:
        plural = brill.get(morphology.regular_forms(word, "NOUN")[0])
        if plural is not None and plural[0] == "NNS":
            out.add("NN")
    return out


BRITISH = ROOT / "scripts" / "data" / "british_spellings.tsv"


def british_rewrites() -> list[tuple[re.Pattern[str], str]]:
    """The British -> American spelling rewrites of scripts/data/british_spellings.tsv."""
    out = []
    for line in BRITISH.read_text(encoding="utf-8").splitlines():
        if line and line[0] != "#":
            pattern, replacement, _example = line.split("\t")
            out.append((re.compile(pattern), replacement))
    return out


def british_spellings(
    brill: dict[str, list[str]], allowed: dict[str, set[str]]
) -> dict[str, list[str]]:
    """British spellings the SPECIALIST tables list and Brill's lexicon lacks
    ("organisation", "defence", "travelled"), each with the tags of the Brill
    word a rewrite turns it into ("organization"), when the SPECIALIST tables
    allow the British word that word's first tag. The first rewrite that
    finds such a word wins (the table is ordered)."""
    rewrites = british_rewrites()
    out: dict[str, list[str]] = {}
    for word in sorted(allowed):
        if word in brill or not word.isalpha():
            continue
        for pattern, replacement in rewrites:
            found = pattern.fullmatch(word)
            if found is None:
                continue
            american = found.expand(replacement)
            if american in brill and brill[american][0] in allowed[word]:
                out[word] = list(brill[american])
                break
    return out


def lexicon_rows() -> list[str]:
    """word, tag, other open-class tags (comma-separated), sorted by word."""
    brill = brill_lexicon()
    allowed = specialist_tags()
    known = function_words()
    for word in demonyms():
        brill.setdefault(word, ["JJ"])
        allowed.setdefault(word, set()).add("JJ")
    for word, tags in british_spellings(brill, allowed).items():
        brill[word] = tags
    rows = []
    for word in sorted(brill):
        tags = brill[word]
        if _shouted(word, tags, brill) or _chat_word(word, tags, known, allowed):
            continue
        alts = set(tags[1:]) | allowed.get(word, set())
        alts |= _more_tags(word, alts, brill)
        alts = {t for t in alts if t in OPEN} - {tags[0]}
        row = f"{word}\t{tags[0]}"
        if alts:
            row += "\t" + ",".join(sorted(alts))
        rows.append(row)
    return rows


def name_rows() -> list[str]:
    """Capitalised words that are names in the SPECIALIST tables (China, Turkey,
    Congress) and Brill's lexicon tags as proper nouns: a name even where a
    sentence's first capital could hide a common word ("china", "turkey")."""
    brill = brill_lexicon()
    names = set()
    for line in _read_gz("lemminflect", "resources", "infl_lu.csv.gz").splitlines():
        lemma, category, *_cells = line.split(",")
        capitalised = lemma[:1].isupper() and lemma[1:].islower()
        if category == "noun" and capitalised and brill.get(lemma, [""])[0] == "NNP":
            names.add(lemma)
    return sorted(names)


def rule_rows(name: str) -> list[str]:
    """Brill's rules, tab-separated, in file order."""
    return [
        "\t".join(_RENAME.get(p, p) for p in parts)
        for parts in _lines(_read("textblob", "en", name))
    ]


def _gzip(text: str) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    return buf.getvalue()


HEADERS = {
    "lexicon.tsv.gz": "# word\ttag\tother open-class tags. Built by "
    "scripts/build_language_data.py from textblob==0.20.1 (Brill lexicon, MIT) "
    "and lemminflect==0.2.3 (SPECIALIST lexicon tables, MIT). Do not edit.\n",
    "context_rules.tsv": "# from\tto\tkind\targuments. Brill's contextual rules "
    "(textblob==0.20.1, MIT), in order. Built by scripts/build_language_data.py. "
    "Do not edit.\n",
    "lexical_rules.tsv": "# Brill's lexical rules for unknown words "
    "(textblob==0.20.1, MIT), in order. Built by scripts/build_language_data.py. "
    "Do not edit.\n",
    "names.txt.gz": "# Capitalised words that are names even at the start of a "
    "sentence. Built by scripts/build_language_data.py from lemminflect==0.2.3 and "
    "textblob==0.20.1 (MIT). Do not edit.\n",
    "inflections.tsv.gz": "# lemma\tpos\tforms (VERB: past, participle, -ing, -s; "
    "NOUN: plural; ADJ/ADV: comparative, superlative); empty = by spelling rule. "
    "Built by scripts/build_language_data.py from lemminflect==0.2.3 (MIT). "
    "Do not edit.\n",
}


def build() -> tuple[dict[str, bytes], dict[str, int]]:
    """Every generated file's bytes, and its row count."""
    tables = {
        "lexicon.tsv.gz": lexicon_rows(),
        "context_rules.tsv": rule_rows("en-context.txt"),
        "lexical_rules.tsv": rule_rows("en-morphology.txt"),
        "inflections.tsv.gz": inflection_rows(),
        "names.txt.gz": name_rows(),
    }
    files: dict[str, bytes] = {}
    for name, rows in tables.items():
        text = HEADERS[name] + "".join(row + "\n" for row in rows)
        files[name] = _gzip(text) if name.endswith(".gz") else text.encode("utf-8")
    counts = {name: len(rows) for name, rows in tables.items()}
    return files, counts


def sources(files: dict[str, bytes], counts: dict[str, int]) -> dict[str, Any]:
    """The provenance record written next to the generated files."""
    return {
        "files": {
            name: hashlib.sha256(data).hexdigest()
            for name, data in sorted(files.items())
        },
        "rows": dict(sorted(counts.items())),
        "built_from": [f"{p}=={metadata.version(p)}" for p in PACKAGES],
        "packages": {p: metadata.version(p) for p in PACKAGES},
        "inputs": {
            "textblob": [
                "textblob/en/en-lexicon.txt",
                "textblob/en/en-context.txt",
                "textblob/en/en-morphology.txt",
            ],
            "lemminflect": [
                "lemminflect/resources/infl_lu.csv.gz",
                "lemminflect/resources/lemma_lu.csv.gz",
            ],
            "curated": {
                "newsfacts/knowledge/data/demonyms.tsv": hashlib.sha256(
                    DEMONYMS.read_bytes()
                ).hexdigest(),
                "newsfacts/language/data/function_words.tsv": hashlib.sha256(
                    FUNCTION_WORDS.read_bytes()
                ).hexdigest(),
                "scripts/data/british_spellings.tsv": hashlib.sha256(
                    BRITISH.read_bytes()
                ).hexdigest(),
            },
        },
        "licence": "MIT (Brill lexicon and rules via textblob; SPECIALIST lexicon "
        "tables via lemminflect); see newsfacts/data/ATTRIBUTION.md",
    }


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) the generated files and SOURCES.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    files, counts = build()
    meta = json.dumps(sources(files, counts), indent=1, sort_keys=True) + "\n"
    files_out = {**files, "SOURCES.json": meta.encode("utf-8")}
    if args.check:
        stale = [
            name
            for name, data in files_out.items()
            if not (OUT / name).exists() or (OUT / name).read_bytes() != data
        ]
        for name in stale:
            print(f"stale: {name}")
        return 1 if stale else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in files_out.items():
        (OUT / name).write_bytes(data)
        print(f"wrote {name} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
