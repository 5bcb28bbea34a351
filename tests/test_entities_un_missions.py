"""A United Nations mission named descriptively is the mission the knowledge base lists for the state it serves
(issue 12, stop 42; data/kb/un_missions.tsv): « la mission de l'ONU en Libye », « la mission onusienne au
Mali », "the UN mission in Libya", and a bare « la mission de l'ONU » in a text about a state with one mission.
Not an indefinite mission, a state with several missions over the years (Haiti), a text naming no state, nor a
mission of another body. Invented statements and people; real states and missions."""

from __future__ import annotations

import pytest

from veille.pipeline import analyze_text


def names(text: str) -> set[str]:
    return {e["name"] for e in analyze_text(text).to_dict()["entities"]}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, mission",
    [
        (
            "Mardi soir, la mission onusienne au Soudan du Sud, dans un bref communiqué, s'inquiétait du sort des"
            " déplacés.",
            "United Nations Mission in South Sudan",
        ),
        (
            "Selon la mission des Nations unies en Libye, les pourparlers reprendront lundi à Genève.",
            "United Nations Support Mission in Libya",
        ),
        (
            "La mission onusienne au Mali a annoncé la fin de ses patrouilles autour de Kidal.",
            "MINUSMA",
        ),
        (
            "Des tirs ont visé un camp de déplacés près de Bunia, en République démocratique du Congo. La mission de"
            " l'ONU a affirmé que ses casques bleus le gardaient jour et nuit.",
            "MONUSCO",
        ),
        (
            "The UN mission in South Sudan said on Tuesday that its patrols near Malakal had been stopped.",
            "United Nations Mission in South Sudan",
        ),
    ],
)
def test_a_un_mission_named_by_its_host_is_that_mission(text: str, mission: str) -> None:
    assert mission in names(text)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, mission",
    [
        # an indefinite mission: a visit, no standing mission
        (
            "Une mission de l'ONU s'est rendue au Soudan du Sud la semaine dernière pour évaluer les besoins.",
            "United Nations Mission in South Sudan",
        ),
        # a state the table gives several missions (Haiti): none chosen
        ("Mardi, la mission onusienne en Haïti saluait le calme du scrutin tenu à Jacmel.", "MINUSTAH"),
        (
            "Mardi, la mission onusienne en Haïti saluait le calme du scrutin tenu à Jacmel.",
            "United Nations Integrated Office in Haiti",
        ),
        # a mission of another body
        (
            "La mission de l'Union africaine au Mali a annoncé la fin de ses patrouilles autour de Kidal.",
            "MINUSMA",
        ),
        # a state's mission to the UN
        (
            "The Malian UN mission said on Tuesday that the letter had been sent to the council.",
            "MINUSMA",
        ),
    ],
)
def test_a_mission_of_no_one_host_is_no_un_mission(text: str, mission: str) -> None:
    assert mission not in names(text)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, found",
    [
        # the Haiti security mission under the other French wording of its name (orgs.tsv)
        (
            "Jeudi, les quinze membres du Conseil ont approuvé l'envoi vers Haïti d'une mission multinationale de"
            " soutien à la sécurité.",
            True,
        ),
        (
            "Des policiers kényans de la Mission multinationale de soutien à la sécurité patrouillent à Port-au-Prince."
            " Selon un porte-parole, la mission multinationale patrouille déjà dans trois quartiers.",
            True,
        ),
        # near miss: "mission multinationale" alone, the mission named nowhere else, is a context alias only
        ("Une mission multinationale d'observateurs électoraux s'est rendue au Tchad en mai.", False),
    ],
)
def test_the_haiti_security_mission_under_its_french_names(text: str, found: bool) -> None:
    assert ("Multinational Security Support Mission in Haiti" in names(text)) is found
