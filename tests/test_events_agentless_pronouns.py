"""An agentless arrest or release whose passive subject is a plural personal pronoun (« ils ont été relâchés », "they
were later released") tells of people, as a person noun does: the act of the authorities of the scene, on the
people the pronoun stands for (a state's, a party's, a city's named before), where a release of the pronoun's
antecedent was dropped for want of an actor (``implicit.people_held``). Not where the release names its agent, nor
where the pronoun stands for the police, nor for things, nor in a clause of waiting. Invented sentences and people,
French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("kenya", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya", "kényan", "kényans", "Kenyan"]),
    ("nairobi", "Nairobi", "GPE", "KEN", None, None, ["Nairobi"]),
    ("somalia", "Somalia", "GPE", "SOM", None, "GOV", ["Somalie", "Somalia"]),
    ("mogadishu", "Mogadishu", "GPE", "SOM", None, None, ["Mogadiscio", "Mogadishu"]),
    ("egypt", "Egypt", "GPE", "EGY", None, "GOV", ["Egypte", "Egypt", "Egyptian"]),
    ("cairo", "Cairo", "GPE", "EGY", None, None, ["Le Caire", "Cairo"]),
    (
        "rally",
        "Rally for Renewal",
        "ORG",
        "RPR",
        "SOM",
        "PTY",
        ["Rassemblement pour le renouveau", "Rally for Renewal"],
    ),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "fr",
            "La police de Nairobi a arrêté trois militants mardi. Ils ont été relâchés mercredi sous caution.",
            ({"KEN"}, {"KEN"}),
        ),
        (
            "fr",
            "Le Rassemblement pour le renouveau a annoncé l'arrestation de ses militants à Mogadiscio. Ils ont été "
            "libérés après deux mois de détention.",
            ({"SOM"}, {"RPR"}),
        ),
        (
            "en",
            "Egyptian police raided the offices of a newspaper in Cairo on Sunday and detained three editors. They "
            "were later released on bail.",
            ({"EGY"}, {"EGY"}),
        ),
        (
            "en",
            "Kenya arrested three bloggers in Nairobi last month. They were released on Saturday.",
            ({"KEN"}, {"KEN"}),
        ),
    ],
)
def test_events_agentless_pronouns_release_is_the_scenes_authorities(lang, text, pair):
    assert pair in sides(run(text, lang), "RETREAT")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the release names who frees them: no authorities
        (
            "fr",
            "Des hommes armés ont enlevé trois ingénieurs kényans près de Mogadiscio. Ils ont été libérés par "
            "leurs ravisseurs mardi.",
        ),
        ("en", "Gunmen kidnapped three Kenyan engineers near Mogadishu. They were freed by their captors on Tuesday."),
        # the pronoun stands for the police, who hold no one here
        ("en", "Police in Nairobi detained four activists on Monday. They were released without charge on Friday."),
        # things, not people
        ("en", "The documents were leaked in Nairobi on Monday. They were released on Tuesday."),
        # a release awaited, no act
        ("fr", "La police de Nairobi a arrêté trois militants mardi. Leurs familles attendent qu'ils soient libérés."),
        (
            "en",
            "Police in Nairobi detained four activists on Monday. Their families are waiting until they are released.",
        ),
    ],
)
def test_events_agentless_pronouns_agent_police_things_and_waiting_keep_no_release(lang, text):
    assert sides(run(text, lang), "RETREAT") == []
