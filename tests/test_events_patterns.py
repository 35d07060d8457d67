"""The CAMEO verb patterns and their matcher, on real news phrasings.

The phrasings are written as the language layer will hand them over: a verb
lemma, its particle, its object's words (head last) and its prepositional
phrases. New cases go into PHRASES with an id saying what they show.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from newsfacts.events.patterns import NO_EVENT, inflections, lemma_of, match_verb

from .support import load_script, tsv_rows

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "newsfacts" / "events" / "data"

# (id, verb form, particle, object words, prepositional phrases, expected code)
# The expected code may be a prefix ("08" for any 08x code); None: no pattern.
PHRASES = [
    ("strike-a-deal", "struck", None, ["a", "deal"], [], "057"),
    ("struck-the-convoy", "struck", None, ["the", "convoy"], [], "190"),
    ("prices-shot-up", "shot", "up", [], [], NO_EVENT),
    ("took-a-shot-at", "took", None, ["a", "shot"], [("at", ["government"])], "111"),
    ("gave-up", "gave", "up", [], [], "08"),
    ("gave-up-attempts", "gave", "up", ["attempts"], [], "080"),
    (
        "signed-an-agreement-with",
        "signed",
        None,
        ["an", "agreement"],
        [("with", ["iran"])],
        "057",
    ),
    ("signed-a-peace-deal", "signed", None, ["a", "peace", "deal"], [], "057"),
    ("signed-the-bill", "signed", None, ["the", "bill"], [], NO_EVENT),
    ("charged-with-murder", "charged", None, ["him"], [("with", ["murder"])], "173"),
    ("was-charged", "charged", None, [], [], "173"),
    ("indicted", "indicted", None, ["the", "senator"], [], "173"),
    ("sentenced", "sentenced", None, ["him"], [("to", ["death"])], "173"),
    ("arrested", "arrested", None, ["the", "opposition", "leader"], [], "173"),
    ("met-with", "met", None, [], [("with", ["putin"])], "04"),
    ("met", "met", None, ["the", "president"], [], "040"),
    ("visited", "visited", None, ["china"], [], "042"),
    ("called-for", "called", None, [], [("for", ["reforms"])], "02"),
    ("called-for-ceasefire", "called", None, [], [("for", ["ceasefire"])], "0256"),
    ("accused-x-of", "accused", None, ["russia"], [("of", ["meddling"])], "112"),
    ("agreed-to-ceasefire", "agreed", None, [], [("to", ["ceasefire"])], "0356"),
    ("declared-truce", "declared", None, ["a", "truce"], [], "0871"),
    ("kidnapped", "kidnapped", None, ["an", "aid", "worker"], [], "181"),
    ("hijacked", "hijacked", None, ["a", "bus"], [], "181"),
    ("killed-in-accident", "killed", None, [], [("in", ["accident"])], NO_EVENT),
    (
        "killed-in-training-accident",
        "killed",
        None,
        [],
        [("in", ["training", "accident"])],
        NO_EVENT,
    ),
    ("killed-himself", "killed", None, ["himself"], [], NO_EVENT),
    ("killed-protesters", "killed", None, ["demonstrator"], [], "175"),
    ("threatened", "threatened", None, ["israel"], [], "13"),
    ("demanded", "demanded", None, ["a", "recount"], [], "10"),
    # a pattern word matches its plural, and a plural pattern word its singular
    ("closed-its-borders", "closed", None, ["its", "borders"], [], "191"),
    ("halted-the-clash", "halted", None, ["the", "clash"], [], "0871"),
    ("agreed-to-ceasefires", "agreed", None, [], [("to", ["ceasefires"])], "0356"),
    # codebook facts added to the dictionary (verb_overrides.tsv)
    ("handed-over-medicine", "handed", "over", ["medicine"], [], "073"),
    ("handed-over-prisoners", "handed", "over", ["the", "prisoners"], [], "0841"),
    ("delivered-goods", "delivered", None, ["goods"], [("to", ["school"])], "070"),
    ("sent-arms", "sent", None, ["arms"], [("to", ["pakistan"])], "072"),
    ("trained-hackers", "trained", None, ["500", "hackers"], [], "154"),
    ("trained-alone", "trained", None, [], [], None),
    ("blocked-streets", "blocked", None, ["streets"], [], "144"),
    ("sworn-in", "sworn", "in", [], [("as", ["president"])], NO_EVENT),
    ("expelled-inspectors", "expelled", None, ["inspectors"], [], "166"),
    ("withdraw-inspectors", "withdraw", None, ["weapons", "inspectors"], [], "166"),
    ("ended-mediation", "ended", None, ["mediation", "efforts"], [], "165"),
    ("suspended-aid-deliveries", "suspended", None, ["aid", "deliveries"], [], "162"),
    ("reduced-food-supplies", "reduced", None, ["food", "supplies"], [], "162"),
    ("upgraded-ties", "upgraded", None, ["diplomatic", "ties"], [], "050"),
    ("demanded-elections", "demanded", None, ["immediate", "elections"], [], "10"),
    ("demanded-support", "demanded", None, ["support"], [], "102"),
    ("sued", "suing", None, ["the", "company"], [], "115"),
    ("dismissed-an-appeal", "dismissed", None, ["an", "appeal"], [], "120"),
    ("violated-a-ban", "violated", None, ["a", "ban"], [], "128"),
    ("denied-access", "denied", None, ["access"], [], "120"),
    ("accepted-a-proposal", "accepted", None, ["a", "proposal"], [], "030"),
    ("accepted-demands", "accepted", None, ["demands"], [], "080"),
    ("retook-the-town", "retook", None, ["the", "town"], [], "192"),
    ("shortened-the-curfew", "shortened", None, ["the", "curfew"], [], "08"),
    ("put-under-investigation", "put", None, [], [("under", ["investigation"])], "090"),
    ("poisoned", "poisoned", None, ["the", "leader"], [], "18"),
    ("sought-death-penalty", "sought", None, ["the", "death", "penalty"], [], "173"),
    ("renounced-violence", "renounce", None, ["violence"], [], "080"),
    ("met-demands", "met", None, ["their", "demands"], [], "080"),
    ("beat-up", "beat", "up", ["detainees"], [], "18"),
    ("broke-the-isolation", "broke", None, ["the", "isolation"], [], None),
    ("reimposed-blockades", "reimposed", None, ["blockades"], [], "191"),
    ("confiscated-weapons", "confiscated", None, ["weapons"], [], "1711"),
    ("outlawed-the-group", "outlawed", None, ["the", "group"], [], "172"),
    ("gave-a-welcome", "gave", None, ["a", "warm", "welcome"], [], "043"),
    ("donated-fuel", "donate", None, ["diesel", "fuel"], [], "070"),
    ("suspended-offensive", "suspended", None, ["its", "offensive"], [], "087"),
    ("evacuate-settlements", "evacuate", None, ["all", "settlements"], [], "0874"),
    ("led-alone", "led", None, ["the", "team"], [], None),
    ("held-elections", "held", None, ["elections"], [], NO_EVENT),
    ("needed-time", "needed", None, ["more", "time"], [], None),
    (
        "prevented-a-demonstration",
        "prevented",
        None,
        ["the", "demonstration"],
        [],
        "1721",
    ),
    ("ordered-patrols", "ordered", None, ["patrols"], [], "150"),
    (
        "evidence-against",
        "had",
        None,
        ["evidence"],
        [("against", ["officials"])],
        "112",
    ),
    ("had-a-car", "had", None, ["a", "car"], [], None),
    ("risking-prison", "risking", None, ["12", "years"], [], None),
]


def _expect(found: object, code: str | None) -> None:
    if code is None:
        assert found is None
        return
    assert found is not None
    assert found.code.startswith(code), found  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("form", "particle", "obj", "preps", "code"),
    [row[1:] for row in PHRASES],
    ids=[row[0] for row in PHRASES],
)
def test_phrase(
    form: str,
    particle: str | None,
    obj: list[str],
    preps: list[tuple[str, list[str]]],
    code: str | None,
) -> None:
    lemma = lemma_of(form)
    assert lemma is not None
    _expect(match_verb(lemma, particle, obj, preps), code)


# (id, verb, subject words, object words, expected)
SUBJECTS = [
    ("plane-crash-killed", "kill", ["plane", "crash"], ["passengers"], NO_EVENT),
    ("earthquake-killed", "kill", ["earthquake"], ["hundreds"], NO_EVENT),
    ("suicide-attack-killed", "kill", ["suicide", "attack"], ["20"], "1831"),
    ("gunmen-killed", "kill", ["gunmen"], ["five"], "180"),
    ("air-strike-killed", "kill", ["air", "strike"], ["civilians"], "195"),
    # An armed force taking something occupies it; arresting is 173 whoever arrests.
    ("troops-took", "take", ["troops"], ["the", "hill"], "192"),
    ("troops-seized", "seize", ["troops"], ["the", "hill"], "192"),
    ("troops-arrested", "arrest", ["troops"], ["a", "commander"], "173"),
    ("soldiers-apprehended", "apprehend", ["soldiers"], ["two", "men"], "173"),
    ("police-arrested", "arrest", ["police"], ["a", "commander"], "173"),
]


@pytest.mark.parametrize(
    ("lemma", "subject", "obj", "code"),
    [row[1:] for row in SUBJECTS],
    ids=[row[0] for row in SUBJECTS],
)
def test_subject_patterns(
    lemma: str, subject: list[str], obj: list[str], code: str
) -> None:
    _expect(match_verb(lemma, None, obj, (), subject), code)


# Violence: 18x for a source that is no armed force, 19x for an armed force.
VIOLENCE = [
    ("killed", "kill", "180", "190"),
    ("shot", "shoot", "180", "190"),
    ("bombed", "bomb", "183", "195"),
    ("blew-up", "blow up", "183", "190"),
    ("beheaded", "behead", "1823", "190"),
]


@pytest.mark.parametrize(
    ("verb", "code", "military"),
    [row[1:] for row in VIOLENCE],
    ids=[row[0] for row in VIOLENCE],
)
def test_violence_carries_both_codes(verb: str, code: str, military: str) -> None:
    lemma, _sp, particle = verb.partition(" ")
    found = match_verb(lemma, particle or None, ["a", "market"])
    assert found is not None
    assert (found.code, found.military) == (code, military)
    assert "+violence" in found.rule


def test_shooting_down_an_aircraft_is_military_force() -> None:
    found = match_verb("shoot", "down", ["a", "helicopter"])
    assert found is not None and found.code == "190" and not found.military


def test_unknown_verb_and_plain_verb_without_code() -> None:
    assert match_verb("blorf") is None
    assert match_verb("crash") is None  # no event alone, no pattern
    assert match_verb("kill", "up") is None  # a particle no pattern names


def test_mutual_and_reverse_codes() -> None:
    visit = match_verb("visit", None, ["china"])
    assert visit is not None and (visit.code, visit.reverse) == ("042", "043")
    court = match_verb("appear", None, (), [("before", ["court"])])
    assert court is not None and (court.code, court.reverse) == ("", "173")


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("struck", "strike"),
        ("shot", "shoot"),
        ("kidnapped", "kidnap"),
        ("met", "meet"),
        ("gave", "give"),
        ("hanged", "hang"),
        ("detained", "detain"),
    ],
)
def test_lemma_of(form: str, lemma: str) -> None:
    assert lemma_of(form) == lemma
    assert form in inflections(lemma)


def test_no_regular_past_where_the_dictionary_lists_one() -> None:
    assert "striked" not in inflections("strike")
    assert lemma_of("striked") is None


# ------------------------------------------------------------------ the data


def _rows(name: str) -> list[list[str]]:
    return tsv_rows(DATA / name)


def _cameo_codes() -> set[str]:
    return {row[0] for row in _rows("cameo.tsv")}


def test_every_pattern_code_is_a_cameo_code() -> None:
    codes = _cameo_codes() | {NO_EVENT, ""}
    for row in _rows("verb_patterns.tsv"):
        assert len(row) == 12, row
        for code in row[6:9]:
            assert code in codes, row
    for row in _rows("verbs.tsv"):
        assert len(row) == 10, row
        for code in row[4:7]:
            assert code in codes, row


def test_every_override_is_well_formed_and_valid() -> None:
    rows = _rows("verb_overrides.tsv")
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert len({r[0] for r in rows}) == len(rows)
    codes = _cameo_codes() | {NO_EVENT}
    phrases = {(r[0], r[1]) for r in _rows("word_classes.tsv")}
    for row in rows:
        assert len(row) == 9, row
        assert row[1] in {"verb", "pattern", "reverse", "add", "verbadd", "classadd"}
        if row[1] == "classadd":
            # a phrase added to a word class: in the built class, plurals or not
            assert row[6] in ("yes", "no") and row[5] == "new", row
            assert (row[2], row[4]) in phrases, row
            assert row[8].strip(), f"{row[0]}: no reason"
            continue
        code = row[6].removeprefix(":") if row[1] == "pattern" else row[6]
        assert code in codes and (not row[7] or row[7] in codes), row
        assert row[8].strip(), f"{row[0]}: no reason"
    applied = {r[9].split("+")[0] for r in _rows("verb_patterns.tsv") if r[9]}
    applied |= {r[9] for r in _rows("verb_patterns.tsv") if r[9]}
    applied |= {r[8] for r in _rows("verbs.tsv") if r[8]}
    assert {r[0] for r in rows if r[1] != "classadd"} <= applied


def test_pattern_classes_are_defined() -> None:
    classes = {row[0] for row in _rows("word_classes.tsv")}
    used = {
        word
        for row in _rows("verb_patterns.tsv")
        for col in (row[2], row[4], row[5])
        for word in col.replace(";", " ").split()
        if word.startswith("&")
    }
    # classes the source uses but never defines match nothing; few and listed
    assert len(used - classes) <= 5, sorted(used - classes)


def test_files_are_sorted_with_their_source_in_the_header() -> None:
    for name in ("verb_patterns.tsv", "verbs.tsv", "word_classes.tsv"):
        text = (DATA / name).read_text(encoding="utf-8")
        assert "676801cd9cb2924bbbad09f86d15c9323e7097bf" in text
        assert "sha256 " in text
        rows = [line for line in text.splitlines() if not line.startswith("#")]
        assert rows == sorted(rows), name


# ------------------------------------------------------------------ the build script


def _build_script() -> ModuleType:
    return load_script(ROOT / "scripts" / "build_verb_patterns.py")


SAMPLE = """\
####### SYNONYM SETS #######
&CEASEFIRE
+CEASEFIRE
+TRUCE
+CEASE_FIRE_
####### VERB PATTERNS #######
---  ARRANGE   [---]  ---
ARRANGE
PUT {PUTS PUTTING }  # a comment
- * &CEASEFIRE                                        [0356]        # ARRANGE
- * UP RESISTANCE                                     [110]         # PUT
- * (ON TRIAL)                                        [173]         # PUT
- * OFF (FROM ^)                                      [042]         # SET
- &MILITARY * {MOCK ATTACK}                           [062:062]     # STAGE
- * (BEFORE COURT)                                    [:173]        # APPEAR
- * (IN ACCIDENT)                                     [---]         # KILL
---  YIELD   [080]  ---
+GIVE_UP {+GIVES_UP +GAVE_UP +GIVEN_UP }
"""


def test_build_script_reads_the_dictionary_format() -> None:
    build = _build_script()
    d = build.read_dictionary(SAMPLE)
    assert d.classes["&CEASEFIRE"] == [
        ("ceasefire", True),
        ("truce", True),
        ("cease fire", False),
    ]
    verbs = {(v.lemma, v.particle): v for v in d.verbs}
    assert verbs["put", ""].forms == "puts|putting" and verbs["put", ""].code == "---"
    assert verbs["give", "up"].code == "080" and "gave" in verbs["give", "up"].forms
    flat = {
        p.text: (p.subject, p.particle, p.obj, p.preps, p.code, p.reverse)
        for p in d.patterns
    }
    assert flat["* &CEASEFIRE"] == ([], "", ["&CEASEFIRE"], [], "0356", "")
    assert flat["* UP RESISTANCE"] == ([], "up", ["resistance"], [], "110", "")
    assert flat["* (ON TRIAL)"] == ([], "", [], [("on", ["trial"])], "173", "")
    assert flat["* OFF (FROM ^)"] == ([], "off", [], [("from", [])], "042", "")
    assert flat["&MILITARY * {MOCK ATTACK}"][:3] == (
        ["&MILITARY"],
        "",
        ["mock", "attack"],
    )
    assert flat["* (BEFORE COURT)"][4:] == ("", "173")
    assert flat["* (IN ACCIDENT)"][4] == NO_EVENT
    assert not d.skipped


def test_build_script_adds_a_phrase_to_a_word_class() -> None:
    build = _build_script()
    d = build.read_dictionary(SAMPLE)
    row = build.Override(
        "x-armistice",
        "classadd",
        "&CEASEFIRE",
        "",
        "Armistice",
        "new",
        "yes",
        "",
        "why",
    )
    build.apply_overrides(d, [row])
    assert d.classes["&CEASEFIRE"][-1] == ("armistice", True)
    for bad in (
        build.Override(
            "x", "classadd", "&CEASEFIRE", "", "truce", "new", "yes", "", "-"
        ),
        build.Override("x", "classadd", "&NOCLASS", "", "pact", "new", "yes", "", "-"),
        build.Override(
            "x", "classadd", "&CEASEFIRE", "", "pact", "new", "072", "", "-"
        ),
    ):
        with pytest.raises(SystemExit):
            build.apply_overrides(build.read_dictionary(SAMPLE), [bad])


def _every_pattern(
    lemma: str,
    particle: str | None,
    obj: list[str],
    preps: list[tuple[str, list[str]]],
    subject: list[str],
) -> object:
    """What `match_verb` gives when it scores every pattern of the verb's
    blocks in block order, with no index: the reference its indexes (by
    object head, subject head, preposition) must agree with."""
    from newsfacts.events import patterns as pt

    ph = pt._Phrase(
        (particle or "").lower(),
        tuple(w.lower() for w in obj),
        tuple((p.lower(), tuple(w.lower() for w in np)) for p, np in preps),
        tuple(w.lower() for w in subject),
    )
    best: tuple[tuple[int, int, int], object] | None = None
    for v in pt._verbs().get(lemma.lower(), ()):
        fits, took = pt._fits(v, ph)
        if not fits:
            continue
        if (took or not ph.particle) and v.code != NO_EVENT:
            key = (len(v.after), 1 if v.after else 0, 0)
            if best is None or key > best[0]:
                best = (key, (v.code, v.rule))
        phrase = " ".join((v.lemma, *v.after))
        for p in pt._patterns().get(v.block, ()):
            if p.verbs and phrase not in p.verbs and v.lemma not in p.verbs:
                continue
            score = pt._pattern_score(p, ph, took)
            key = (score, 1 if p.verbs else 0, -p.line)
            if score > 0 and (best is None or key > best[0]):
                best = (key, (p.code, p.rule))
    return best[1] if best is not None else None


# (id, verb, particle, object words, prepositional phrases, subject words)
INDEXED = [
    *((row[0], lemma_of(row[1]) or row[1], *row[2:5], []) for row in PHRASES),
    *((row[0], row[1], None, row[3], [], row[2]) for row in SUBJECTS),
    ("called-for-a-ceasefire", "call", None, [], [("for", ["a", "ceasefire"])], []),
    ("called-on-the-government", "call", None, [], [("on", ["government"])], []),
    (
        "met-with-leaders-in",
        "meet",
        None,
        [],
        [("with", ["leaders"]), ("in", ["x"])],
        [],
    ),
    ("police-fired-on", "fire", None, [], [("on", ["protesters"])], ["police"]),
    ("handed-over-prisoners", "hand", "over", ["prisoners"], [], []),
]


@pytest.mark.parametrize(
    ("lemma", "particle", "obj", "preps", "subject"),
    [row[1:] for row in INDEXED],
    ids=[row[0] for row in INDEXED],
)
def test_indexes_find_what_every_pattern_finds(
    lemma: str,
    particle: str | None,
    obj: list[str],
    preps: list[tuple[str, list[str]]],
    subject: list[str],
) -> None:
    found = match_verb(lemma, particle, obj, preps, subject)
    got = (found.code, found.rule) if found is not None else None
    assert got == _every_pattern(lemma, particle, obj, preps, subject)


@pytest.mark.parametrize(
    ("obj", "preps", "code"),
    [
        # "give in" (yield, 080) has no object: "in" after one opens a place
        (("a", "medal"), (("in", ("warsaw",)),), "051"),
        (("$10", "million"), (("in", ("aid",)),), "071"),
        ((), (("in", ("to", "demands")),), "080"),
    ],
)
def test_a_spatial_particle_after_an_object_is_a_preposition(
    obj: tuple[str, ...], preps: tuple[tuple[str, tuple[str, ...]], ...], code: str
) -> None:
    found = match_verb("give", None, obj, preps)
    assert found is not None and found.code == code, found
