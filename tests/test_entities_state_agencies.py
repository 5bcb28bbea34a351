"""A state's official news agency named by what it is and the state it serves is the agency
data/kb/state_agencies.tsv gives that state (issue 12, stop 43): « l'agence de presse publique marocaine »,
« l'agence d'information nationale du Sénégal », "Algeria's state news agency". Not a bare « agence » with
no official qualifier, a phrase a name follows, a state with several state agencies (Russia), nor an agency with no
state. Invented statements and people; real states and agencies."""

from __future__ import annotations

import pytest

from veille.pipeline import analyze_text


def entities(text: str) -> dict[str, list[str]]:
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in analyze_text(text).to_dict()["entities"]}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, agency, mention",
    [
        (
            "D'après l'agence de presse publique marocaine, une centaine de camions ont franchi le poste frontalier.",
            "Maghreb Arabe Presse",
            "agence de presse publique marocaine",
        ),
        (
            "Le porte-parole Karim Benali a confié à l'Agence de presse algérienne que les pourparlers reprendraient.",
            "Algérie Presse Service",
            "Agence de presse algérienne",
        ),
        (
            "Jeudi, l'agence d'information nationale du Sénégal annonçait la réouverture des écoles de la région.",
            "Senegalese Press Agency",
            "agence d'information nationale du Sénégal",
        ),
        (
            "L'agence officielle tunisienne a publié mardi le calendrier du scrutin, que l'opposition juge trop serré.",
            "Tunis Afrique Presse",
            "agence officielle tunisienne",
        ),
        (
            "Algeria's state news agency reported that the talks would resume next week.",
            "Algérie Presse Service",
            "Algeria's state news agency",
        ),
        (
            "The official Moroccan news agency said the convoy had crossed the border at dawn.",
            "Maghreb Arabe Presse",
            "official Moroccan news agency",
        ),
        (
            "The Syrian state-run news agency said the new bridge would open in May.",
            "Syrian Arab News Agency",
            "Syrian state-run news agency",
        ),
    ],
)
def test_entities_state_agencies_description_names_the_agency(text: str, agency: str, mention: str) -> None:
    assert mention in entities(text).get(agency, [])


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, agency",
    [
        # a bare « agence » with no official qualifier: any agency of that state
        (
            "L'agence américaine a publié lundi un long rapport sur la qualité de l'air dans les grandes villes.",
            "Associated Press",
        ),
        (
            "L'agence marocaine a lancé la semaine dernière un appel d'offres pour agrandir le port de commerce.",
            "Maghreb Arabe Presse",
        ),
        # no state: the agency named before, or none
        (
            "L'agence de presse a ajouté qu'une deuxième source confirmait le bilan donné la veille par les secours.",
            "Maghreb Arabe Presse",
        ),
        # a state with several state agencies: none chosen
        ("The Russian state news agency said the plane had landed in Minsk after a short delay on Tuesday.", "TASS"),
        (
            "The Russian state news agency said the plane had landed in Minsk after a short delay on Tuesday.",
            "RIA Novosti",
        ),
    ],
)
def test_entities_state_agencies_near_misses_name_no_agency(text: str, agency: str) -> None:
    assert agency not in entities(text)


@pytest.mark.e2e
def test_entities_state_agencies_a_name_after_the_phrase_says_which() -> None:
    ents = entities("Syria's state news agency SANA reported an attack on a checkpoint near Homs.")
    assert ents.get("Syrian Arab News Agency") == ["SANA"]
