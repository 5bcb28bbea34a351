"""Acts told by verbs and nouns the lexicon lacked (issue 13, stop 38), each class in the language's terms with
its near misses (the same word in another sense reads no act): restrictions put in force ("implemented tighter
controls on", "introduced restrictions on", « a renforcé les contrôles »: SANCTION, as "impose"), loans and
deliveries suspended (SANCTION, as the French rows), understanding voiced for another party's measures (SUPPORT,
as sympathy), a dialogue held with another party (CONSULT; English only:
the French noun read a mediated dialogue the corpus/dev gold does not code), allegiance
pledged or sworn (SUPPORT), a summons, an order or a demand ignored (REJECT; the public CAMEO verb list files
ignore and disregard with defy), an agreement scrapped, torn up, abandoned or renounced (RETREAT, as "withdraw
from"), a candidacy filed (REQUEST), a police force storming a place (COERCE, not the crowd's PROTEST), people
executed (ASSAULT). Invented sentences; real states."""

from __future__ import annotations

import pytest

import test_events_trigger_paradigms as paradigms
from test_events import coded
from veille.analysis.events import is_realised

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

KB = [*paradigms.KB, ("isg", "Islamic State", "ORG", "IS", None, "REB", ["Islamic State", "État islamique"])]


def realised(text: str, lang: str) -> list[tuple[str, set[str], set[str]]]:
    return [
        (e["type"], {p["code"] for p in e["actors"]}, {p["code"] for p in e["recipients"]})
        for e in coded(text, lang, KB)
        if is_realised(e)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "etype", "actor", "recipient"),
    [
        # restrictions put in force
        ("en", "Japan implemented tighter controls on exports to China.", "SANCTION", "JPN", "CHN"),
        ("en", "Japan introduced new restrictions on imports from China.", "SANCTION", "JPN", "CHN"),
        ("en", "Japan tightened export controls on China.", "SANCTION", "JPN", "CHN"),
        ("fr", "Le Japon a renforcé les contrôles des exportations vers la Chine.", "SANCTION", "JPN", "CHN"),
        # loans and deliveries suspended
        ("en", "Japan suspended all new loans to China.", "SANCTION", "JPN", "CHN"),
        ("en", "Japan suspended arms deliveries to China.", "SANCTION", "JPN", "CHN"),
        # a dialogue with another party
        ("en", "Japan held a dialogue with China on Monday.", "CONSULT", "JPN", "CHN"),
        ("en", "Japan has kept up its dialogue with China.", "CONSULT", "JPN", "CHN"),
        # understanding voiced for another party's measures
        ("en", "Japan expressed understanding for the measures taken by China.", "SUPPORT", "JPN", "CHN"),
        ("fr", "Le Japon a exprimé sa compréhension pour les décisions de la Chine.", "SUPPORT", "JPN", "CHN"),
        ("fr", "Le Japon a affiché sa compréhension pour les mesures de la Chine.", "SUPPORT", "JPN", "CHN"),
        # allegiance
        ("en", "A Japanese militia pledged allegiance to the Islamic State.", "SUPPORT", "JPN", "IS"),
        ("fr", "Une milice japonaise a prêté allégeance à l'État islamique.", "SUPPORT", "JPN", "IS"),
        (
            "fr",
            "Une milice japonaise, qui a fait allégeance à l'État islamique, a revendiqué l'attaque.",
            "SUPPORT",
            "JPN",
            "IS",
        ),
        # a summons, an order, a demand ignored
        ("en", "China ignored a summons from Japan.", "REJECT", "CHN", "JPN"),
        ("en", "China ignored Japan's demands to withdraw.", "REJECT", "CHN", "JPN"),
        ("en", "China disregarded the ultimatum issued by Japan.", "REJECT", "CHN", "JPN"),
        ("en", "China has repeatedly ignored warnings from Japan.", "REJECT", "CHN", "JPN"),
        ("fr", "La Chine a ignoré la convocation du Japon.", "REJECT", "CHN", "JPN"),
        ("fr", "La Chine a ignoré les sommations du Japon.", "REJECT", "CHN", "JPN"),
        # an agreement ended by one party
        ("en", "Russia scrapped its military agreement with Ukraine.", "RETREAT", "RUS", "UKR"),
        ("en", "Russia tore up its accord with Ukraine.", "RETREAT", "RUS", "UKR"),
        ("en", "Russia abandoned the fishing deal it had signed with Japan.", "RETREAT", "RUS", "JPN"),
        ("en", "Russia renounced its treaty with Japan on Friday.", "RETREAT", "RUS", "JPN"),
        ("fr", "La Russie a déchiré son accord avec l'Ukraine.", "RETREAT", "RUS", "UKR"),
        ("fr", "La Russie a abandonné l'accord de pêche conclu avec le Japon.", "RETREAT", "RUS", "JPN"),
        ("fr", "La Russie a renoncé à son traité avec le Japon.", "RETREAT", "RUS", "JPN"),
        # a candidacy filed
        ("en", "Ukraine filed an application for membership with the European Union.", "REQUEST", "UKR", "EU"),
        ("fr", "L'Ukraine a déposé sa candidature à l'Union européenne.", "REQUEST", "UKR", "EU"),
        ("fr", "L'Ukraine a officiellement soumis sa candidature à l'UE.", "REQUEST", "UKR", "EU"),
        # police storming a place
        ("en", "Russian police stormed the offices of a Ukrainian newspaper.", "COERCE", "RUS", "UKR"),
        ("en", "Police officers in Russia stormed a Ukrainian cultural centre.", "COERCE", "RUS", "UKR"),
        ("fr", "La police russe a pris d'assaut les locaux d'un journal ukrainien.", "COERCE", "RUS", "UKR"),
        # people executed
        ("en", "China executed two Japanese drug smugglers by firing squad.", "ASSAULT", "CHN", "JPN"),
        ("en", "China executed two Japanese nationals on Wednesday.", "ASSAULT", "CHN", "JPN"),
        ("en", "Two Japanese nationals were executed by China on Wednesday.", "ASSAULT", "CHN", "JPN"),
        ("fr", "La Chine a exécuté deux ressortissants japonais par pendaison.", "ASSAULT", "CHN", "JPN"),
    ],
)
def test_events_trigger_acts_told_are_read(lang, text, etype, actor, recipient):
    found = realised(text, lang)
    assert (etype, {actor}, {recipient}) in found, found


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("en", "China ignored the question about Japan.", "REJECT"),
        ("en", "Japan ignored the warning signs in its economy.", "REJECT"),
        ("fr", "Le Japon a ignoré la question.", "REJECT"),
        ("en", "Japan scrapped its plan to build a bridge.", "RETREAT"),
        ("en", "Japan abandoned the village after the flood.", "RETREAT"),
        ("fr", "Le Japon a abandonné son projet de pont.", "RETREAT"),
        ("fr", "Le Japon a renoncé à son projet de pont.", "RETREAT"),
        ("en", "Japan submitted its budget to parliament.", "REQUEST"),
        ("en", "China made a bid to host the games.", "REQUEST"),
        ("en", "The application of the law in Japan is uneven.", "REQUEST"),
        ("fr", "Le maire a déposé sa candidature à l'élection.", "REQUEST"),
        ("en", "Japan executed its plan to build a bridge.", "ASSAULT"),
        ("en", "The orchestra executed the piece flawlessly.", "ASSAULT"),
        ("fr", "Le Japon a exécuté son plan de relance.", "ASSAULT"),
        ("en", "Russian fans stormed the pitch after the match.", "COERCE"),
        ("fr", "Les supporters russes ont pris d'assaut les magasins.", "COERCE"),
        ("en", "Japan introduced a new law on gatherings.", "SANCTION"),
        ("en", "Japan suspended the football match against China.", "SANCTION"),
        ("fr", "Le Japon a renforcé les contrôles routiers.", "SANCTION"),
        ("en", "The witness swore allegiance to the truth.", "SUPPORT"),
        ("en", "Japan showed little understanding of the Chinese market.", "SUPPORT"),
        ("en", "The film is a dialogue between two painters.", "CONSULT"),
    ],
)
def test_events_trigger_acts_told_near_misses_read_no_act(lang, text, etype):
    assert not [e for e in realised(text, lang) if e[0] == etype]
