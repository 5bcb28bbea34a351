"""The author a word of responsibility names for a hostile act its noun tells without one: the one "responsable de
l'attaque" / "responsible for the attack" (its subject, the noun it qualifies, the subject of its copula, the
genitive of "la responsabilité de X dans"), or the subject of a verb that claims it ("claimed responsibility for");
the state of the place the clause names suffers it. A responsibility denied or negated names no author, nor does
one for an act that is no hostile one ("responsable des négociations"). Invented sentences, French and English;
real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("iran", "Iran", "GPE", "IRN", None, "GOV", ["Iran", "Téhéran", "Tehran"]),
    ("yemen", "Yemen", "GPE", "YEM", None, "GOV", ["Yémen", "Yemen", "Aden"]),
    ("japan", "Japan", "GPE", "JPN", None, "GOV", ["Japon", "Japan", "Osaka"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine", "Lviv"]),
    ("shabaab", "Al-Shabaab", "ORG", "AL-SHABAAB", None, "REB", ["Al-Shabaab", "shebab"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text,actor,recipient",
    [
        ("fr", "D'après les enquêteurs, l'Iran est responsable de la frappe sur un cargo à Aden.", "IRN", "YEM"),
        (
            "fr",
            "Selon le rapport publié jeudi, l'Iran est responsable du bombardement d'un entrepôt à Lviv.",
            "IRN",
            "UKR",
        ),
        (
            "fr",
            "Le groupe Al-Shabaab, responsable de l'attentat commis mardi à Osaka, a quitté la ville.",
            "AL-SHABAAB",
            "JPN",
        ),
        ("en", "Investigators hold Iran responsible for the attack on a cargo ship in Aden.", "IRN", "YEM"),
        ("en", "Iran is responsible for the attack on a warehouse in Lviv, the inquiry found.", "IRN", "UKR"),
        ("en", "Al-Shabaab claimed responsibility for the attack in Osaka on Tuesday.", "AL-SHABAAB", "JPN"),
    ],
)
def test_events_responsibility_names_the_author_of_the_act(lang, text, actor, recipient):
    assert ({actor}, {recipient}) in sides(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "D'après Téhéran, l'Iran n'est pas responsable de la frappe sur un cargo à Aden."),
        ("fr", "L'Iran a nié toute responsabilité dans le bombardement d'un entrepôt à Lviv."),
        ("en", "Iran denied responsibility for the attack on a warehouse in Lviv."),
        ("en", "Iran is not responsible for the attack on a cargo ship in Aden, its envoy said."),
        ("en", "The envoy said the attack in Osaka was a crime and that those responsible would be found."),
        ("en", "Iran denied that it was responsible for the attack on a warehouse in Lviv."),
        ("en", "Iran denied being responsible for the attack on a warehouse in Lviv."),
        ("en", "Iran may be responsible for the attack on a warehouse in Lviv."),
        ("en", "Iran refused to claim responsibility for the attack on a warehouse in Lviv."),
        ("fr", "L'Iran pourrait être responsable de l'attaque contre un entrepôt à Lviv."),
        # a conditional of hearsay: what the act's record cannot flag is not told as done
        ("fr", "Selon le rapport publié jeudi, l'Iran serait responsable du bombardement d'un entrepôt à Lviv."),
    ],
)
def test_events_responsibility_denied_or_unnamed_gives_no_author(lang, text):
    assert not [s for s in sides(run(text, lang), "ASSAULT") if s[0] & {"IRN", "AL-SHABAAB"}]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "L'Iran est responsable des négociations avec le Japon sur le détroit, a dit le porte-parole."),
        ("en", "Iran is responsible for the talks with Japan on the strait, the spokesman said."),
    ],
)
def test_events_responsibility_of_a_friendly_act_is_no_reading(lang, text):
    assert not sides(run(text, lang), "CONSULT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le groupe Al-Shabaab, responsable de l'attentat commis mardi à Osaka, a quitté la ville."),
        ("en", "Al-Shabaab claimed responsibility for the attack carried out in Osaka on Tuesday."),
    ],
)
def test_events_responsibility_place_of_the_participle_is_the_act_place(lang, text):
    found = [e for e in run(text, lang) if e["type"] == "ASSAULT"]
    assert found and all((e["location"] or {}).get("code") == "JPN" for e in found)
