"""A state body that French news names as a source by its bare noun (issue 12, stops 49 and 50: bodies.tsv default
``source``, entities.json ``bare_bodies_as_sources``): the subject of an incise closing a statement (« …, indique la
gendarmerie »), after a source preposition (« selon la présidence ») or the complement of a statement's noun (« un
communiqué de la présidence ») is the body of the article's home state, and speaks as it; the same noun elsewhere
(« candidat à la présidence », « un poste de gendarmerie », « la fin de la présidence », the subject of a clause of
its own, the agent of a passive, a spokesperson's affiliation) names no body, nor does English ("…, the presidency
said": the flag is French only). The sentences are invented."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms
from veille.pipeline import analyze_text

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, lang, name",
    [
        (
            "Au Sénégal, trois hommes ont été arrêtés lundi près de Thiès, indique la gendarmerie dans sa note.",
            "fr",
            "National Gendarmerie of Senegal",
        ),
        (
            "Le Cameroun a rouvert sa frontière. Selon la présidence, les échanges reprendront dès lundi.",
            "fr",
            "Presidency of Cameroon",
        ),
        (
            "Le Gabon prépare un scrutin. Une déclaration de la présidence annonce que le vote aura lieu en mars.",
            "fr",
            "Presidency of Gabon",
        ),
        (
            "Le Niger a fermé sa frontière. « Nous rouvrirons en mai », annonce un communiqué de la présidence.",
            "fr",
            "Presidency of Niger",
        ),
    ],
)
def test_bare_bodies_a_source_body_is_the_home_state_s(text: str, lang: str, name: str) -> None:
    found = entities(text, lang)
    assert name in found, {n: forms(e) for n, e in found.items()}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Au Sénégal, l'ancien ministre sera candidat à la présidence en février.", "fr"),
        ("Au Sénégal, des hommes armés ont attaqué un poste de gendarmerie près de Thiès.", "fr"),
        ("Au Cameroun, la fin de la présidence a été marquée par des grèves.", "fr"),
        ("Au Sénégal, il a rejoint la gendarmerie à vingt ans.", "fr"),
        ("Au Sénégal, la gendarmerie a fermé la route de Thiès.", "fr"),
        ("Au Brésil, le bilan de la présidence Lula a été salué par les syndicats.", "fr"),
        ("Ghana's president said on Monday that the army would withdraw. The presidency accused Togo of lying.", "en"),
        ("Kenya's president flew to Addis Ababa on Monday for talks, the presidency said.", "en"),
        ("Au Sénégal, trois hommes ont été arrêtés par la gendarmerie près de Thiès.", "fr"),
        (
            "Au Cameroun, le porte-parole de la présidence, Paul Ndongo, a dit que le vote aura lieu en mars.",
            "fr",
        ),
    ],
)
def test_bare_bodies_the_noun_elsewhere_names_no_body(text: str, lang: str) -> None:
    found = entities(text, lang)
    assert not any(n.startswith(("Presidency of", "National Gendarmerie")) for n in found), {
        n: forms(e) for n, e in found.items()
    }


@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Le Cameroun a rouvert sa frontière. Selon la présidence, les échanges reprendront dès lundi.",
            "les échanges reprendront",
            "Presidency of Cameroon",
        ),
        (
            "Au Sénégal, trois hommes ont été arrêtés lundi près de Thiès, indique la gendarmerie dans sa note.",
            "trois hommes ont été arrêtés",
            "National Gendarmerie of Senegal",
        ),
        (
            "Le Niger a fermé sa frontière. « Nous rouvrirons en mai », annonce un communiqué de la présidence.",
            "Nous rouvrirons en mai",
            "Presidency of Niger",
        ),
    ],
)
def test_bare_bodies_a_source_body_speaks(text: str, words: str, who: str) -> None:
    quotes = analyze_text(text).to_dict()["quotes"]
    found = [{s["name"] for s in q["speakers"]} for q in quotes if words in q["text"]]
    assert found and all(s == {who} for s in found), found
