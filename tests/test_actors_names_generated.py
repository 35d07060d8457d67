"""People named by common given names of many cultures with common surnames
of the same culture, generated in neutral news sentences: each full name is
one person, whole. A failure is a kind of name the stage misreads (a given
name it does not know, a surname it reads as a place or a word)."""

from __future__ import annotations

import datetime

import pytest

import newsfacts

_PUBLISHED = datetime.date(2024, 1, 1)

# culture -> (common given names, common surnames), hand-written facts; each
# name is written in the order news writes it
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "english": (
        ("James", "Mary", "David", "Sarah", "Michael", "Emma", "Robert", "Laura"),
        ("Smith", "Johnson", "Taylor", "Walker", "Harris"),
    ),
    "spanish": (
        ("Jose", "Maria", "Javier", "Lucia", "Carlos", "Carmen", "Alejandro", "Pilar"),
        ("Garcia", "Fernandez", "Lopez", "Martinez", "Sanchez"),
    ),
    "portuguese": (
        ("Joao", "Ana", "Paulo", "Fernanda", "Rafael", "Beatriz"),
        ("Silva", "Santos", "Oliveira", "Pereira", "Costa"),
    ),
    "french": (
        ("Jean", "Marie", "Pierre", "Camille", "Nicolas", "Isabelle", "Olivier"),
        ("Martin", "Bernard", "Dubois", "Moreau", "Lefebvre"),
    ),
    "german": (
        ("Thomas", "Anna", "Stefan", "Katrin", "Markus", "Sabine", "Jurgen"),
        ("Muller", "Schmidt", "Schneider", "Fischer", "Weber"),
    ),
    "italian": (
        ("Giuseppe", "Giulia", "Marco", "Francesca", "Luca", "Alessandro", "Chiara"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi"),
    ),
    "russian": (
        ("Sergei", "Olga", "Dmitry", "Natalia", "Alexei", "Tatiana", "Vladimir"),
        ("Ivanov", "Smirnov", "Kuznetsov", "Popov", "Volkova"),
    ),
    "polish": (
        ("Piotr", "Agnieszka", "Krzysztof", "Katarzyna", "Tomasz", "Magdalena"),
        ("Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminska"),
    ),
    "arabic": (
        ("Mohammed", "Fatima", "Ahmed", "Aisha", "Khalid", "Omar", "Layla", "Youssef"),
        ("Hassan", "Haddad", "Khalil", "Nasser", "Mansour"),
    ),
    "persian": (
        ("Reza", "Maryam", "Ali", "Zahra", "Hossein", "Mehdi", "Narges"),
        ("Hosseini", "Rezaei", "Ahmadi", "Karimi", "Moradi"),
    ),
    "turkish": (
        ("Mehmet", "Ayse", "Mustafa", "Elif", "Emre", "Zeynep", "Burak"),
        ("Yilmaz", "Kaya", "Demir", "Sahin", "Celik"),
    ),
    "south-asian": (
        ("Rahul", "Priya", "Amit", "Sunita", "Vikram", "Anjali", "Imran", "Ayesha"),
        ("Sharma", "Patel", "Singh", "Gupta", "Qureshi"),
    ),
    # (news writes Chinese names family name first: "Zhang Wei")
    "chinese": (
        ("Wang", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Zhou"),
        ("Wei", "Jing", "Ming", "Xiaoling", "Jianguo", "Yan", "Hao"),
    ),
    "korean": (
        ("Min-jun", "Ji-woo", "Seo-yeon", "Jae-hyun", "Hye-jin"),
        ("Kim", "Park", "Choi", "Jung"),
    ),
    "japanese": (
        ("Hiroshi", "Yuki", "Takashi", "Keiko", "Kenji", "Naoko"),
        ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe"),
    ),
    "west-african": (
        ("Chinedu", "Ngozi", "Oluwaseun", "Amina", "Kwame", "Abena", "Emeka"),
        ("Okafor", "Adeyemi", "Mensah", "Okonkwo", "Boateng"),
    ),
    "east-african": (
        ("Wanjiru", "Otieno", "Amani", "Baraka", "Zawadi", "Abebe"),
        ("Kamau", "Mwangi", "Ochieng", "Tesfaye", "Njoroge"),
    ),
    "hebrew": (
        ("Yosef", "Noa", "Avraham", "Tamar", "Eitan", "Shira"),
        ("Cohen", "Levi", "Mizrahi", "Peretz", "Friedman"),
    ),
    "scandinavian": (
        ("Lars", "Ingrid", "Anders", "Kristin", "Erik", "Sigrid"),
        ("Hansen", "Johansson", "Nielsen", "Larsen", "Andersson"),
    ),
    "southeast-asian": (
        ("Nguyen", "Siti", "Budi", "Somchai", "Maricel", "Rizal"),
        ("Tran", "Santoso", "Wongsakul", "Reyes", "Rahman"),
    ),
}

# Neutral sentences, a name in the middle of each; none gives a person's cue
# of its own but the name.
SENTENCES = (
    "The report was written by {} and published on Monday.",
    "Police said {} was among the passengers on the bus.",
    "The prize went to {} after a vote by the committee.",
)

CASES = [
    (
        f"{culture}-{given}-{surname}-{n}",
        SENTENCES[n].format(f"{given} {surname}"),
        f"{given} {surname}",
    )
    for culture, (givens, surnames) in CULTURES.items()
    for i, given in enumerate(givens)
    for surname in (surnames[i % len(surnames)], surnames[(i + 2) % len(surnames)])
    for n in (i % len(SENTENCES),)
]


@pytest.mark.parametrize(
    ("text", "name"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_common_full_name_is_one_person(text: str, name: str) -> None:
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    start = text.index(name)
    span = (start, start + len(name))
    found = [
        a.kind.value
        for a in article.actors
        if any((m.start, m.end) == span for m in a.mentions)
    ]
    assert found == ["person"]


# Leaders of many countries of the 2020s, named in full: the given names and
# name shapes of their countries (particles, hyphens, Arabic articles,
# patronymics). "Sheikh Hasina" (a title and a name) and "Duma Boko" (the
# name of a parliament) are left out.
LEADERS = (
    "Mohammed bin Salman",
    "Kim Jong Un",
    "Xi Jinping",
    "Ursula von der Leyen",
    "Jean-Luc Melenchon",
    "Marine Le Pen",
    "Lee Hsien Loong",
    "Nguyen Xuan Phuc",
    "Prabowo Subianto",
    "Joko Widodo",
    "Anwar Ibrahim",
    "Shehbaz Sharif",
    "Abiy Ahmed",
    "Paul Kagame",
    "Yoweri Museveni",
    "Emmerson Mnangagwa",
    "Nana Akufo-Addo",
    "Felix Tshisekedi",
    "Ibrahim Traore",
    "Assimi Goita",
    "Abdel Fattah al-Sisi",
    "Mohammed bin Zayed",
    "Masoud Pezeshkian",
    "Ali Khamenei",
    "Hakan Fidan",
    "Kaja Kallas",
    "Mette Frederiksen",
    "Ulf Kristersson",
    "Jonas Gahr Store",
    "Petteri Orpo",
    "Dick Schoof",
    "Bart De Wever",
    "Luc Frieden",
    "Pedro Sanchez",
    "Luis Montenegro",
    "Kyriakos Mitsotakis",
    "Edi Rama",
    "Aleksandar Vucic",
    "Viktor Orban",
    "Robert Fico",
    "Petr Fiala",
    "Klaus Iohannis",
    "Rumen Radev",
    "Maia Sandu",
    "Nikol Pashinyan",
    "Ilham Aliyev",
    "Kassym-Jomart Tokayev",
    "Shavkat Mirziyoyev",
    "Gustavo Petro",
    "Gabriel Boric",
    "Daniel Noboa",
    "Nayib Bukele",
    "Nicolas Maduro",
    "Dina Boluarte",
    "Luis Arce",
    "Santiago Pena",
    "Javier Milei",
    "Bernardo Arevalo",
    "Xiomara Castro",
    "Ariel Henry",
    "Andrew Holness",
    "Mia Mottley",
    "Christopher Luxon",
    "Anthony Albanese",
    "James Marape",
    "Sitiveni Rabuka",
    "Hun Manet",
    "Paetongtarn Shinawatra",
    "Ferdinand Marcos Jr",
    "Anura Kumara Dissanayake",
    "Pushpa Kamal Dahal",
    "Muhammad Yunus",
    "Ahmed al-Sharaa",
    "Najib Mikati",
    "Mohammed Shia al-Sudani",
    "Ismail Haniyeh",
    "Yahya Sinwar",
    "Mahmoud Abbas",
    "Hassan Nasrallah",
    "Abdul Hamid Dbeibah",
    "Kais Saied",
    "Abdelmadjid Tebboune",
    "Aziz Akhannouch",
    "William Ruto",
    "Samia Suluhu Hassan",
    "Hakainde Hichilema",
    "Lazarus Chakwera",
    "Cyril Ramaphosa",
    "Bassirou Diomaye Faye",
    "Alassane Ouattara",
    "Mahamat Idriss Deby",
    "Abdel Fattah al-Burhan",
    "Salva Kiir",
    "Hassan Sheikh Mohamud",
    "Isaias Afwerki",
)


@pytest.mark.parametrize("name", LEADERS, ids=LEADERS)
def test_a_leader_named_in_full_is_one_person(name: str) -> None:
    text = f"Officials said {name} would attend the summit next week."
    article = newsfacts.parse_article(text, published=_PUBLISHED)
    start = text.index(name)
    span = (start, start + len(name))
    found = [
        a.kind.value
        for a in article.actors
        if any((m.start, m.end) == span for m in a.mentions)
    ]
    assert found == ["person"]
