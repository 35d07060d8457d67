"""Clauses and grammatical relations on real news constructions.

Sentences are written "word/TAG ..." (Penn Treebank tags, as the tagger gives
them), so the tables test the clause rules alone. Each row names a
construction; new cases go in the table they belong to.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.language.clauses import Structure, parse
from newsfacts.language.tagger import PENN_TAGS

from .test_chunks import tagged


def analysed(sentence: str, **kw: Any) -> tuple[list[str], Structure]:
    words, tags = tagged(sentence)
    return words, parse(words, tags, **kw)


def np_text(words: list[str], s: Structure, i: int | None) -> str | None:
    if i is None:
        return None
    p = s.chunks.nps[i]
    return " ".join(words[p.start : p.end])


def clause_of(sentence: str, head: str, **kw: Any) -> dict[str, Any]:
    """The clause of the verb group headed by `head`, in words."""
    words, s = analysed(sentence, **kw)
    v = next(k for k, g in enumerate(s.chunks.verbs) if words[g.head] == head)
    c = s.clauses[v]
    gov = s.chunks.verbs[c.governor].head if c.governor is not None else None
    return {
        "kind": c.kind,
        "subject": np_text(words, s, c.subject),
        "via": c.subject_via,
        "objects": [np_text(words, s, o) for o in c.objects],
        "agent": np_text(words, s, c.agent),
        "preps": [(words[a.prep], np_text(words, s, a.np)) for a in c.preps],
        "governor": words[gov] if gov is not None else None,
        "antecedent": np_text(words, s, c.antecedent),
        "conjunct_of": words[s.chunks.verbs[c.conjunct_of].head]
        if c.conjunct_of is not None
        else None,
        "question": c.question,
    }


# (id, tagged sentence, head of the verb group, expected fields)
CLAUSES = [
    # --- passives
    (
        "passive-with-agent",
        "A/DT convoy/NN was/VBD attacked/VBN by/IN gunmen/NNS near/IN Kabul/NNP ./.",
        "attacked",
        {
            "kind": "main",
            "subject": "A convoy",
            "agent": "gunmen",
            "preps": [("near", "Kabul")],
        },
    ),
    (
        "passive-keeps-its-object-and-agent",
        "Google/NNP was/VBD fined/VBN 2.4/CD billion/CD euros/NNS by/IN the/DT "
        "European/NNP Commission/NNP ./.",
        "fined",
        {
            "kind": "main",
            "subject": "Google",
            "objects": ["2.4 billion euros"],
            "agent": "the European Commission",
        },
    ),
    (
        "since-inside-a-perfect",
        "The/DT offensive/NN has/VBZ since/IN killed/VBN 46,000/CD people/NNS ./.",
        "killed",
        {"kind": "main", "subject": "The offensive", "objects": ["46,000 people"]},
    ),
    (
        "since-before-a-clause",
        "Nothing/NN has/VBZ changed/VBN since/IN the/DT war/NN began/VBD ./.",
        "began",
        {"kind": "adverbial", "subject": "the war", "governor": "changed"},
    ),
    (
        "time-phrase-is-an-adjunct",
        "Rebels/NNS attacked/VBD the/DT town/NN last/JJ week/NN ./.",
        "attacked",
        {"objects": ["the town"]},
    ),
    (
        "time-phrase-after-the-verb-is-an-adjunct",
        "Rebels/NNS attacked/VBD last/JJ week/NN ./.",
        "attacked",
        {"objects": []},
    ),
    (
        "stretch-of-time-of-an-act-is-the-object",
        "The/DT army/NN launched/VBD 10/CD days/NNS of/IN war/NN games/NNS ./.",
        "launched",
        {"objects": ["10 days"]},
    ),
    (
        "time-of-a-time-stays-an-adjunct",
        "Talks/NNS resumed/VBD the/DT last/JJ week/NN of/IN March/NNP ./.",
        "resumed",
        {"objects": []},
    ),
    (
        "time-phrase-after-an-object-stays-an-adjunct",
        "Police/NNS arrested/VBD him/PRP the/DT first/JJ day/NN of/IN the/DT protests/NNS ./.",
        "arrested",
        {"objects": ["him"]},
    ),
    (
        "worth-an-amount-is-no-part-of-the-object",
        "The/DT bank/NN approved/VBD a/DT loan/NN worth/JJ $/$ 3/CD billion/CD "
        "for/IN Pakistan/NNP ./.",
        "approved",
        {"objects": ["a loan"], "preps": [("for", "Pakistan")]},
    ),
    (
        "passive-without-agent",
        "Eight/CD soldiers/NNS were/VBD killed/VBN on/IN Monday/NNP ./.",
        "killed",
        {"subject": "Eight soldiers", "agent": None, "objects": []},
    ),
    (
        "by-is-no-agent-of-an-active-verb",
        "Rebels/NNS entered/VBD by/IN the/DT gate/NN ./.",
        "entered",
        {"agent": None, "preps": [("by", "the gate")]},
    ),
    # --- relative clauses
    (
        "subject-relative",
        "The/DT rebels/NNS who/WP attacked/VBD the/DT town/NN fled/VBD ./.",
        "attacked",
        {
            "kind": "relative",
            "subject": "The rebels",
            "via": "relative",
            "objects": ["the town"],
            "antecedent": "The rebels",
        },
    ),
    (
        "main-verb-after-a-relative",
        "The/DT rebels/NNS who/WP attacked/VBD the/DT town/NN fled/VBD ./.",
        "fled",
        {"kind": "main", "subject": "The rebels", "via": "direct", "objects": []},
    ),
    (
        "object-relative",
        "They/PRP retook/VBD the/DT town/NN that/WDT rebels/NNS had/VBD "
        "captured/VBN ./.",
        "captured",
        {"kind": "relative", "subject": "rebels", "objects": ["the town"]},
    ),
    (
        "where-relative",
        "They/PRP shelled/VBD the/DT town/NN where/WRB rebels/NNS hid/VBD ./.",
        "hid",
        {
            "kind": "relative",
            "subject": "rebels",
            "antecedent": "the town",
            "objects": [],
        },
    ),
    (
        "non-restrictive-relative",
        "Haftar/NNP ,/, who/WP leads/VBZ the/DT LNA/NNP ,/, said/VBD no/UH ./.",
        "said",
        {"kind": "main", "subject": "Haftar"},
    ),
    # --- reduced relatives
    (
        "reduced-passive-relative",
        "Soldiers/NNS killed/VBN in/IN Ukraine/NNP were/VBD buried/VBN ./.",
        "killed",
        {
            "kind": "reduced_relative",
            "subject": "Soldiers",
            "via": "antecedent",
            "preps": [("in", "Ukraine")],
        },
    ),
    (
        "main-verb-after-a-reduced-relative",
        "Soldiers/NNS killed/VBN in/IN Ukraine/NNP were/VBD buried/VBN ./.",
        "buried",
        {"kind": "main", "subject": "Soldiers"},
    ),
    (
        "reduced-active-relative",
        "A/DT convoy/NN carrying/VBG aid/NN was/VBD attacked/VBN ./.",
        "carrying",
        {"kind": "reduced_relative", "subject": "A convoy", "objects": ["aid"]},
    ),
    # --- reported speech
    (
        "reported-after-the-quote",
        "\"/`` We/PRP will/MD fight/VB ,/, \"/'' the/DT ministry/NN said/VBD ./.",
        "fight",
        {"kind": "reported", "subject": "We", "governor": "said"},
    ),
    (
        "reporting-clause-after-the-quote",
        "\"/`` We/PRP will/MD fight/VB ,/, \"/'' the/DT ministry/NN said/VBD ./.",
        "said",
        {"kind": "main", "subject": "the ministry"},
    ),
    (
        "reported-before-the-speaker-without-quotes",
        "Gunmen/NNS killed/VBD eight/CD soldiers/NNS ,/, officials/NNS said/VBD ./.",
        "killed",
        {
            "kind": "reported",
            "subject": "Gunmen",
            "objects": ["eight soldiers"],
            "governor": "said",
        },
    ),
    (
        "inverted-reporting",
        "Pakistan/NNP has/VBZ condemned/VBN the/DT attack/NN ,/, said/VBD "
        "Ahmed/NNP Mismari/NNP ./.",
        "said",
        {"kind": "main", "subject": "Ahmed Mismari", "via": "inverted"},
    ),
    (
        "that-complement",
        "The/DT ministry/NN said/VBD that/IN rebels/NNS attacked/VBD the/DT town/NN ./.",
        "attacked",
        {"kind": "complement", "subject": "rebels", "governor": "said"},
    ),
    (
        "that-complement-of-a-reporting-verb",
        "The/DT ministry/NN said/VBD that/IN rebels/NNS attacked/VBD the/DT town/NN ./.",
        "attacked",
        {"kind": "complement"},
    ),
    (
        "bare-complement",
        "Police/NNS said/VBD rebels/NNS attacked/VBD the/DT town/NN ./.",
        "attacked",
        {"kind": "complement", "subject": "rebels", "governor": "said"},
    ),
    (
        "speaker-keeps-no-object-of-its-complement",
        "Police/NNS said/VBD rebels/NNS attacked/VBD the/DT town/NN ./.",
        "said",
        {"subject": "Police", "objects": []},
    ),
    (
        "colon-opens-reported-speech",
        "The/DT minister/NN said/VBD :/: we/PRP will/MD win/VB ./.",
        "win",
        {"kind": "reported", "governor": "said", "subject": "we"},
    ),
    # --- control
    (
        "subject-control",
        "Haftar/NNP 's/POS forces/NNS agreed/VBD to/TO attack/VB the/DT town/NN ./.",
        "attack",
        {
            "kind": "infinitival",
            "subject": "Haftar 's forces",
            "via": "control",
            "governor": "agreed",
            "objects": ["the town"],
        },
    ),
    (
        "threatened-to",
        "The/DT group/NN threatened/VBD to/TO kill/VB the/DT hostages/NNS ./.",
        "kill",
        {"subject": "The group", "governor": "threatened", "objects": ["the hostages"]},
    ),
    (
        "object-control",
        "The/DT U.N./NNP urged/VBD the/DT rebels/NNS to/TO stop/VB ./.",
        "stop",
        {
            "kind": "infinitival",
            "subject": "the rebels",
            "via": "object_control",
            "governor": "urged",
        },
    ),
    (
        "urger-keeps-its-object",
        "The/DT U.N./NNP urged/VBD the/DT rebels/NNS to/TO stop/VB ./.",
        "urged",
        {"subject": "The U.N.", "objects": ["the rebels"]},
    ),
    (
        "raising-through-a-passive",
        "Talks/NNS are/VBP expected/VBN to/TO resume/VB ./.",
        "resume",
        {"subject": "Talks", "governor": "expected"},
    ),
    # --- adverbial and participial clauses
    (
        "adverbial-when",
        "Three/CD people/NNS were/VBD killed/VBN when/WRB a/DT bomb/NN exploded/VBD ./.",
        "exploded",
        {"kind": "adverbial", "subject": "a bomb", "governor": "killed"},
    ),
    (
        "fronted-adverbial",
        "After/IN rebels/NNS attacked/VBD the/DT town/NN ,/, troops/NNS fled/VBD ./.",
        "fled",
        {"kind": "main", "subject": "troops"},
    ),
    (
        "fronted-adverbial-itself",
        "After/IN rebels/NNS attacked/VBD the/DT town/NN ,/, troops/NNS fled/VBD ./.",
        "attacked",
        {"kind": "adverbial", "subject": "rebels", "objects": ["the town"]},
    ),
    (
        "after-a-noun-is-a-preposition",
        "Troops/NNS fled/VBD after/IN the/DT attack/NN ./.",
        "fled",
        {"kind": "main", "preps": [("after", "the attack")]},
    ),
    (
        "participial-adjunct",
        "Taliban/NNP fighters/NNS attacked/VBD a/DT checkpoint/NN ,/, killing/VBG "
        "eight/CD officers/NNS ./.",
        "killing",
        {
            "kind": "participial",
            "subject": "Taliban fighters",
            "via": "control",
            "objects": ["eight officers"],
            "governor": "attacked",
        },
    ),
    (
        "fronted-participle-waits-for-its-subject",
        "Speaking/VBG to/TO reporters/NNS ,/, the/DT minister/NN denied/VBD it/PRP ./.",
        "Speaking",
        {"kind": "participial", "subject": "the minister", "via": "control"},
    ),
    (
        "gerund-after-a-preposition",
        "They/PRP were/VBD convicted/VBN of/IN plotting/VBG attacks/NNS ./.",
        "plotting",
        {"kind": "adverbial", "subject": "They", "objects": ["attacks"]},
    ),
    # --- coordination
    (
        "coordinated-verbs-share-the-subject",
        "Gunmen/NNS killed/VBD one/CD soldier/NN and/CC wounded/VBD two/CD ./.",
        "wounded",
        {
            "subject": "Gunmen",
            "via": "coordination",
            "objects": ["two"],
            "conjunct_of": "killed",
        },
    ),
    (
        "coordinated-clauses-have-their-own-subjects",
        "Rebels/NNS attacked/VBD the/DT town/NN ,/, and/CC the/DT army/NN fled/VBD ./.",
        "fled",
        {"kind": "main", "subject": "the army", "conjunct_of": None},
    ),
    (
        "coordinated-participles-share-the-auxiliary",
        "Gunmen/NNS have/VBP shot/VBN and/CC killed/VBN a/DT nun/NN ./.",
        "killed",
        {"subject": "Gunmen", "objects": ["a nun"], "conjunct_of": "shot"},
    ),
    (
        "subject-is-a-list",
        "Russia/NNP ,/, China/NNP and/CC Iran/NNP condemned/VBD the/DT strike/NN ./.",
        "condemned",
        {"subject": "Russia", "objects": ["the strike"]},
    ),
    (
        "subject-across-an-apposition",
        "Pakistan/NNP ,/, a/DT key/JJ U.S./NNP ally/NN ,/, condemned/VBD the/DT "
        "attack/NN ./.",
        "condemned",
        {"subject": "Pakistan", "objects": ["the attack"]},
    ),
    # --- other news shapes
    (
        "headline",
        "Gunmen/NNS Kill/VBP Eight/CD in/IN Attack/NN on/IN Convoy/NN",
        "Kill",
        {
            "kind": "main",
            "subject": "Gunmen",
            "objects": ["Eight"],
            "preps": [("in", "Attack")],
        },
    ),
    (
        "question",
        "Did/VBD the/DT rebels/NNS attack/VB the/DT convoy/NN ?/.",
        "attack",
        {"subject": "the rebels", "objects": ["the convoy"], "question": True},
    ),
    (
        "wh-question",
        "Who/WP attacked/VBD the/DT convoy/NN ?/.",
        "attacked",
        {"subject": "Who", "objects": ["the convoy"], "question": True},
    ),
    (
        "locative-inversion",
        "Among/IN the/DT dead/JJ were/VBD two/CD children/NNS ./.",
        "were",
        {"subject": "two children", "via": "inverted"},
    ),
    (
        "parenthesis-lends-no-subject",
        "The/DT rebels/NNS (/( who/WP deny/VBP it/PRP )/) attacked/VBD ./.",
        "attacked",
        {"kind": "main", "subject": "The rebels"},
    ),
    (
        "bare-complement-after-a-relative",
        "Police/NNS said/VBD the/DT man/NN who/WP attacked/VBD the/DT town/NN "
        "fled/VBD ./.",
        "fled",
        {"kind": "complement", "subject": "the man", "governor": "said"},
    ),
    (
        "bare-complement-after-a-reduced-relative",
        "She/PRP hoped/VBD a/DT raft/NN of/IN officials/NNS accused/VBN of/IN "
        "crimes/NNS would/MD be/VB indicted/VBN ./.",
        "indicted",
        {"kind": "complement", "subject": "a raft", "governor": "hoped"},
    ),
    (
        "relative-after-of-names-the-inner-phrase",
        "The/DT release/NN of/IN Adli/NNP Yaish/NNP ,/, who/WP had/VBD been/VBN "
        "arrested/VBN ,/, came/VBD late/RB ./.",
        "arrested",
        {"kind": "relative", "subject": "Adli Yaish", "via": "relative"},
    ),
    (
        "noun-complement",
        "France/NNP condemned/VBD allegations/NNS by/IN Rwanda/NNP that/IN it/PRP "
        "had/VBD played/VBN a/DT role/NN ./.",
        "played",
        {
            "kind": "complement",
            "subject": "it",
            "governor": None,
            "antecedent": "allegations",
        },
    ),
    (
        "that-after-a-statement-phrase",
        "The/DT army/NN said/VBD in/IN a/DT statement/NN that/IN rebels/NNS "
        "fled/VBD ./.",
        "fled",
        {"kind": "complement", "governor": "said"},
    ),
    (
        "scare-quotes-open-no-speech",
        "France/NNP condemned/VBD \"/`` unacceptable/JJ \"/'' allegations/NNS ,/, "
        "and/CC Rwanda/NNP denied/VBD them/PRP ./.",
        "denied",
        {"kind": "main", "subject": "Rwanda"},
    ),
    (
        "participle-with-object-after-an-apposition",
        "The/DT commander/NN ,/, General/NNP David/NNP Petraeus/NNP ,/, held/VBN "
        "talks/NNS with/IN Suleiman/NNP ./.",
        "held",
        {"kind": "main", "subject": "The commander", "objects": ["talks"]},
    ),
    (
        "subordinator-before-a-mistagged-past",
        "The/DT stopover/NN came/VBD as/IN the/DT leader/NN prepared/VBN to/TO "
        "attend/VB the/DT Games/NNPS ./.",
        "prepared",
        {"kind": "adverbial", "subject": "the leader", "governor": "came"},
    ),
    (
        "participle-after-a-comma-modifies-the-phrase",
        "There/EX are/VBP two/CD governments/NNS :/: the/DT GNA/NNP in/IN "
        "Tripoli/NNP ,/, recognized/VBN by/IN the/DT UN/NNP ,/, and/CC the/DT "
        "LNA/NNP ./.",
        "recognized",
        {"kind": "reduced_relative", "subject": "the GNA", "agent": "the UN"},
    ),
    (
        "but-clause-leaves-the-relative",
        "Support/NN came/VBD from/IN Beijing/NNP ,/, which/WDT has/VBZ resisted/VBN "
        "sanctions/NNS ,/, but/CC China/NNP remained/VBD mum/JJ ./.",
        "remained",
        {"kind": "main", "subject": "China"},
    ),
    (
        "bare-infinitive-after-an-object-pronoun",
        "Syria/NNP offered/VBD troops/NNS to/TO help/VB him/PRP oust/VB Aoun/NNP ./.",
        "oust",
        {"kind": "infinitival", "subject": "him", "governor": "help"},
    ),
    (
        "bare-infinitive-after-and",
        "It/PRP aims/VBZ to/TO tighten/VB sanctions/NNS and/CC impose/VB a/DT "
        "blockade/NN ./.",
        "impose",
        {"subject": "It", "conjunct_of": "tighten", "objects": ["a blockade"]},
    ),
    (
        "reporting-subject-with-a-reduced-relative",
        "Finland/NNP will/MD give/VB aid/NN ,/, a/DT statement/NN issued/VBN by/IN "
        "the/DT ministry/NN said/VBD today/NN ./.",
        "said",
        {"kind": "main", "subject": "a statement", "objects": []},
    ),
    (
        "reporting-after-an-abbreviation-in-parentheses",
        "The/DT UN/NNP will/MD send/VB food/NN to/TO Liberia/NNP ,/, the/DT "
        "World/NNP Food/NNP Program/NNP (/( WFP/NNP )/) said/VBD ./.",
        "said",
        {"kind": "main", "subject": "the World Food Program"},
    ),
    (
        "infinitive-after-a-relative-on-the-object",
        "Turkey/NNP will/MD allow/VB refugees/NNS who/WP have/VBP lived/VBN in/IN "
        "Iraq/NNP to/TO return/VB ./.",
        "return",
        {"subject": "refugees", "via": "object_control", "governor": "allow"},
    ),
    (
        "gerund-after-the-object-and-of",
        "China/NNP accused/VBD Manila/NNP of/IN deliberately/RB ramming/VBG "
        "its/PRP$ ship/NN ./.",
        "ramming",
        {"kind": "adverbial", "subject": "Manila", "via": "object_control"},
    ),
    (
        "gerund-after-the-object-and-from",
        "Police/NNS prevented/VBD protesters/NNS from/IN entering/VBG the/DT "
        "square/NN ./.",
        "entering",
        {"subject": "protesters", "via": "object_control"},
    ),
    (
        "gerund-after-a-prepositional-verb-is-the-subject-s",
        "The/DT rebels/NNS insisted/VBD on/IN holding/VBG talks/NNS ./.",
        "holding",
        {"subject": "The rebels", "via": "control"},
    ),
    (
        "participle-after-a-comma-joins-the-finite-clause",
        "Gunmen/NNS attacked/VBD a/DT convoy/NN carrying/VBG aid/NN ,/, killing/VBG "
        "eight/CD ./.",
        "killing",
        {"kind": "participial", "subject": "Gunmen", "governor": "attacked"},
    ),
    (
        "purpose-infinitive-after-an-object",
        "Christopher/NNP telephoned/VBD Kozyrev/NNP to/TO discuss/VB efforts/NNS ./.",
        "discuss",
        {"subject": "Christopher", "via": "control", "governor": "telephoned"},
    ),
    (
        "noun-with-its-own-infinitive",
        "He/PRP praised/VBD Haiti/NNP 's/POS efforts/NNS to/TO improve/VB "
        "its/PRP$ record/NN ./.",
        "improve",
        {"subject": "Haiti 's", "governor": None, "antecedent": "Haiti 's efforts"},
    ),
    (
        "speaker-with-apposition-after-a-quote",
        "``/`` We/PRP will/MD appeal/VB ,/, ''/'' his/PRP$ lawyer/NN ,/, Tom/NNP "
        "Brennan/NNP ,/, told/VBD reporters/NNS ./.",
        "told",
        {
            "kind": "main",
            "subject": "his lawyer",
            "via": "direct",
            "objects": ["reporters"],
        },
    ),
    (
        "inverted-speaker-with-a-phrase",
        "Israel/NNP will/MD leave/VB Gaza/NNP ,/, said/VBD spokesperson/NN for/IN "
        "the/DT premier/NN ./.",
        "said",
        {"kind": "main", "subject": "spokesperson", "via": "inverted"},
    ),
    (
        "bare-complement-after-a-time-phrase",
        "Rebel/NN leaders/NNS said/VBD on/IN Wednesday/NNP they/PRP would/MD "
        "meet/VB him/PRP ./.",
        "meet",
        {"kind": "complement", "subject": "they", "governor": "said"},
    ),
    (
        "opening-phrase-with-a-participle",
        "In/IN a/DT letter/NN handed/VBD over/RP to/TO the/DT UN/NNP ,/, Iraq/NNP "
        "said/VBD it/PRP would/MD comply/VB ./.",
        "handed",
        {"kind": "reduced_relative", "subject": "a letter"},
    ),
    (
        "main-verb-after-an-opening-participle",
        "In/IN a/DT letter/NN handed/VBD over/RP to/TO the/DT UN/NNP ,/, Iraq/NNP "
        "said/VBD it/PRP would/MD comply/VB ./.",
        "said",
        {"kind": "main", "subject": "Iraq"},
    ),
    (
        "finite-verb-after-but-leaves-a-reduced-relative",
        "Benin/NNP opened/VBD its/PRP$ borders/NNS to/TO Africans/NNPS ordered/VBD "
        "out/RP of/IN Nigeria/NNP ,/, but/CC was/VBD refusing/VBG Ghanaians/NNPS ./.",
        "refusing",
        {"kind": "main", "subject": "Benin", "conjunct_of": "opened"},
    ),
    (
        "bare-past-after-a-preposition-object",
        "Benin/NNP opened/VBD its/PRP$ borders/NNS to/TO Africans/NNPS ordered/VBD "
        "out/RP of/IN Nigeria/NNP ,/, but/CC was/VBD refusing/VBG Ghanaians/NNPS ./.",
        "ordered",
        {"kind": "reduced_relative", "subject": "Africans"},
    ),
    (
        "subordinator-past-a-phrase",
        "Serbia/NNP eased/VBD curbs/NNS ,/, as/IN authorities/NNS in/IN "
        "Croatia/NNP cracked/VBD down/RP ./.",
        "cracked",
        {"kind": "adverbial", "subject": "authorities", "governor": "eased"},
    ),
    (
        "participle-after-a-day-is-finite",
        "Bashir/NNP on/IN Thursday/NNP shortened/VBN by/IN one/CD hour/NN the/DT "
        "curfew/NN ./.",
        "shortened",
        {"kind": "main", "subject": "Bashir"},
    ),
    (
        "opening-phrase-needs-the-sentence-start",
        "Sudan/NNP 's/POS government/NN on/IN Sunday/NNP lifted/VBD a/DT state/NN "
        "of/IN emergency/NN that/WDT was/VBD imposed/VBN ./.",
        "lifted",
        {"kind": "main", "subject": "Sudan 's government"},
    ),
    (
        "reporting-verb-before-a-reduced-relative",
        "Saudi/NNP Arabia/NNP mobilized/VBD groups/NNS ,/, a/DT minister/NN "
        "said/VBD in/IN comments/NNS published/VBD Thursday/NNP ./.",
        "mobilized",
        {"kind": "reported", "governor": "said"},
    ),
    (
        "base-form-joins-a-distant-infinitive",
        "Bush/NNP is/VBZ scheduled/VBN to/TO give/VB a/DT speech/NN here/RB on/IN "
        "US/NNP relations/NNS with/IN Asia/NNP and/CC meet/VB dissidents/NNS ./.",
        "meet",
        {"kind": "infinitival", "subject": "Bush", "conjunct_of": "give"},
    ),
    (
        "coordinated-clause-after-a-phrase",
        "Japan/NNP occupied/VBD Manchuria/NNP ,/, and/CC in/IN 1937/CD it/PRP "
        "launched/VBD an/DT invasion/NN ./.",
        "launched",
        {"kind": "main", "subject": "it", "objects": ["an invasion"]},
    ),
    (
        "demonstrative-that-opens-a-sentence",
        "That/IN compares/VBZ with/IN 500,000/CD people/NNS ./.",
        "compares",
        {"kind": "main", "subject": "That"},
    ),
    (
        "possessive-with-nothing-after-it",
        "Sotheby/NNP 's/POS of/IN Hong/NNP Kong/NNP announced/VBD the/DT sale/NN ./.",
        "announced",
        {"kind": "main", "subject": "Sotheby 's"},
    ),
    (
        "coordinated-participle-shares-a-passive",
        "Khan/FW was/VBD never/RB charged/VBN with/IN a/DT crime/NN or/CC "
        "brought/VBN before/IN a/DT court/NN ./.",
        "brought",
        {"kind": "main", "subject": "Khan", "conjunct_of": "charged"},
    ),
    (
        "passive-with-its-auxiliary-left-out",
        "Two/CD people/NNS were/VBD killed/VBN and/CC five/CD others/NNS "
        "wounded/VBN in/IN the/DT attack/NN ./.",
        "wounded",
        {"kind": "main", "subject": "five others", "preps": [("in", "the attack")]},
    ),
    (
        "passive-with-its-auxiliary-left-out-before-a-report",
        "A/DT man/NN was/VBD arrested/VBN and/CC weapons/NNS seized/VBN ,/, "
        "police/NNS said/VBD ./.",
        "seized",
        {"kind": "reported", "subject": "weapons"},
    ),
    (
        "passive-with-its-auxiliary-left-out-before-a-clause-of-time",
        "Three/CD soldiers/NNS were/VBD killed/VBN and/CC two/CD wounded/VBN "
        "when/WRB rebels/NNS attacked/VBD ./.",
        "wounded",
        {"kind": "main", "subject": "two"},
    ),
    (
        "participle-after-and-before-a-finite-verb-is-a-reduced-relative",
        "Two/CD people/NNS were/VBD killed/VBN and/CC others/NNS wounded/VBN "
        "in/IN the/DT blast/NN were/VBD taken/VBN to/TO hospital/NN ./.",
        "wounded",
        {"kind": "reduced_relative", "subject": "others"},
    ),
    (
        "participle-after-and-after-an-active-verb-is-a-reduced-relative",
        "Police/NNS arrested/VBD two/CD men/NNS and/CC a/DT woman/NN "
        "wanted/VBN for/IN fraud/NN ./.",
        "wanted",
        {"kind": "reduced_relative"},
    ),
    (
        "reduced-relative-before-a-gerund",
        "The/DT civilians/NNS imprisoned/VBD for/IN acting/VBG against/IN "
        "Moscow/NNP were/VBD released/VBN ./.",
        "imprisoned",
        {"kind": "reduced_relative", "subject": "The civilians"},
    ),
    (
        "quote-between-to-and-its-verb",
        'They/PRP met/VBD Haftar/NNP to/TO "/`` discuss/VB steps/NNS ./.',
        "discuss",
        {"kind": "infinitival", "subject": "They", "governor": "met"},
    ),
    (
        "participle-inside-an-apposition",
        "Members/NNS of/IN the/DT Association/NNP ,/, a/DT body/NN linked/VBD to/TO "
        "the/DT OAU/NNP ,/, investigated/VBN welfare/NN ./.",
        "investigated",
        {"kind": "main", "subject": "Members", "objects": ["welfare"]},
    ),
    (
        "time-phrase-is-no-object",
        "Police/NNS said/VBD Tuesday/NNP that/IN two/CD men/NNS fled/VBD ./.",
        "said",
        {"objects": []},
    ),
]


@pytest.mark.parametrize(
    ("sentence", "head", "expected"),
    [c[1:] for c in CLAUSES],
    ids=[c[0] for c in CLAUSES],
)
def test_clauses(sentence: str, head: str, expected: dict[str, Any]) -> None:
    got = clause_of(sentence, head)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officials/NNS said/VBD the/DT deaths/NNS were/VBD caused/VBN by/IN a/DT "
            "stampede/NN ,/, but/CC witnesses/NNS said/VBD police/NNS beat/VBD "
            "them/PRP ./.",
            [("main", "Officials", None), ("main", "witnesses", None)],
        ),
        (
            "The/DT official/NN says/VBZ the/DT virus/NN has/VBZ spread/VBN ,/, "
            "but/CC says/VBZ testing/NN is/VBZ needed/VBN ./.",
            [("main", "The official", None), ("main", "The official", 2)],
        ),
    ],
    ids=["but-with-a-new-subject-joins-the-sentence", "but-says-joins-the-first-says"],
)
def test_repeated_verbs(
    sentence: str, expected: list[tuple[str, str, int | None]]
) -> None:
    """Each "said"/"says": (kind, subject, token of the verb it is coordinated with)."""
    words, s = analysed(sentence)
    got = [
        (
            c.kind,
            np_text(words, s, c.subject),
            s.chunks.verbs[c.conjunct_of].head if c.conjunct_of is not None else None,
        )
        for c in s.clauses
        if words[s.chunks.verbs[c.verb].head] in ("said", "says")
    ]
    assert got == expected


def test_reporting_lemmas_make_that_complements_reported() -> None:
    sentence = "The/DT ministry/NN said/VBD that/IN rebels/NNS attacked/VBD ./."
    assert clause_of(sentence, "attacked", reporting={"say"})["kind"] == "reported"
    assert clause_of(sentence, "attacked", reporting={"deny"})["kind"] == "complement"


# ------------------------------------------------ datelines, bylines, credits

FRAMES = [
    (
        "dateline-with-agency",
        "KABUL/NNP ,/, Afghanistan/NNP (/( AP/NNP )/) -/: -/: Taliban/NNP "
        "fighters/NNS attacked/VBD a/DT checkpoint/NN ./.",
        "Taliban fighters",
    ),
    (
        "dateline-capitals-only",
        "WASHINGTON/NNP -/: The/DT Pentagon/NNP denied/VBD it/PRP ./.",
        "The Pentagon",
    ),
    (
        "dateline-with-date",
        "MOSCOW/NNP ,/, Nov./NNP 26/CD (/( Reuters/NNP )/) -/: Russia/NNP "
        "denied/VBD it/PRP ./.",
        "Russia",
    ),
    (
        "byline-then-dateline",
        "By/IN JILL/NNP COLVIN/NNP and/CC GILLIAN/NNP WONG/NNP ,/, Associated/NNP "
        "Press/NNP WASHINGTON/NNP (/( AP/NNP )/) -/: China/NNP vowed/VBD it/PRP ./.",
        "China",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "subject"), [c[1:] for c in FRAMES], ids=[c[0] for c in FRAMES]
)
def test_dateline_is_never_a_subject(sentence: str, subject: str) -> None:
    words, s = analysed(sentence)
    subjects = [np_text(words, s, c.subject) for c in s.clauses]
    assert subjects == [subject]
    first = s.chunks.nps[0]
    assert " ".join(words[first.start : first.end]) == subject


@pytest.mark.parametrize(
    "sentence",
    [
        "By/IN JOHN/NNP SMITH/NNP Associated/NNP Press/NNP",
        "By/IN Jane/NNP Doe/NNP and/CC Ali/NNP Khan/NNP ,/, Reuters/NNP",
    ],
    ids=["byline-caps", "byline-two-names"],
)
def test_byline_has_no_phrases(sentence: str) -> None:
    _, s = analysed(sentence)
    assert s.chunks.nps == () and s.clauses == ()


def test_byline_rule_keeps_a_sentence_starting_with_by() -> None:
    words, s = analysed("By/IN Monday/NNP ,/, troops/NNS had/VBD left/VBN ./.")
    assert [np_text(words, s, c.subject) for c in s.clauses] == ["troops"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Afghan/JJ soldiers/NNS patrol/VBP in/IN Kabul/NNP ./. (/( AP/NNP Photo/NNP "
        "//SYM Rahmat/NNP Gul/NNP )/)",
        "Photo/NN :/: Reuters/NNP Afghan/JJ soldiers/NNS patrol/VBP ./.",
    ],
    ids=["caption-with-credit", "credit-first"],
)
def test_credits_lend_no_phrase(sentence: str) -> None:
    words, s = analysed(sentence)
    texts = [np_text(words, s, i) for i in range(len(s.chunks.nps))]
    assert not any("Gul" in t or "Reuters" in t for t in texts if t)


def test_agency_marker_is_no_subject() -> None:
    words, s = analysed(
        "Rebels/NNS (/( AP/NNP )/) attacked/VBD the/DT town/NN ./.",
    )
    assert np_text(words, s, s.clauses[0].subject) == "Rebels"


# ------------------------------------------------------- size and any input


def _long(pattern: str, times: int) -> tuple[list[str], list[str]]:
    words, tags = tagged(pattern)
    return words * times, tags * times


@pytest.mark.parametrize(
    ("pattern", "times"),
    [
        ("rebels/NNS attacked/VBD the/DT town/NN", 25_000),  # no punctuation
        ("Russia/NNP ,/,", 50_000),  # a list "A, B, C, ..."
        ("(/(", 50_000),  # parentheses opened and never closed
        ("the/DT rebels/NNS who/WP", 30_000),  # relatives nested without end
        ("said/VBD that/IN", 30_000),  # complements nested without end
        ("to/TO attack/VB", 30_000),
    ],
    ids=["no-punctuation", "long-list", "open-parens", "relatives", "that", "to"],
)
def test_long_inputs_finish(pattern: str, times: int) -> None:
    """Long pathological sentences are parsed (the walk has no recursion)."""
    words, tags = _long(pattern, times)
    s = parse(words, tags)
    assert len(s.clauses) == len(s.chunks.verbs)


def test_nested_parentheses_and_a_final_list() -> None:
    n = 20_000
    words = ["("] * n + ["rebels"] + [")"] * n + ["and", "troops", "fled"]
    tags = ["("] * n + ["NNS"] + [")"] * n + ["CC", "NNS", "VBD"]
    s = parse(words, tags)
    assert s.clauses[0].kind == "main"


_TAGS = sorted(PENN_TAGS | {"(", ")", '"', ":"})
_WORDS = [
    "the",
    "rebels",
    "who",
    "attacked",
    "was",
    "killed",
    "by",
    ",",
    "and",
    "said",
    "that",
    "to",
    "'s",
    "n't",
    "(",
    ")",
    '"',
    "not",
    "it's",
    "Haftar's",
    "in",
    "Monday",
    "KABUL",
    "-",
    ":",
    "Photo",
    "/",
    "By",
    "?",
    "where",
    "when",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_TAGS)), max_size=40)
)
def test_any_tagged_sentence(pairs: list[tuple[str, str]]) -> None:
    """Any words with any tags: no exception, indices in range, determinism."""
    words = [w for w, _ in pairs]
    tags = [t for _, t in pairs]
    s = parse(words, tags)
    n = len(words)
    nps, verbs = s.chunks.nps, s.chunks.verbs
    assert len(s.clauses) == len(verbs)
    for p in nps:
        assert 0 <= p.start <= p.head < p.end <= n
        assert all(0 <= a.np < len(nps) for a in p.attachments)
    for v in verbs:
        assert 0 <= v.start <= v.head < v.end <= n
    for c in s.clauses:
        assert 0 <= c.start < c.end <= n
        for i in (c.subject, c.agent, *c.objects):
            assert i is None or 0 <= i < len(nps)
        assert c.governor is None or 0 <= c.governor < len(verbs)
    assert parse(words, tags) == s
