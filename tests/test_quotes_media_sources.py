"""Sources named by a preposition (issue 12). A medium named after its kind is the source of a "selon" sentence:
"selon la chaîne de télévision locale « Canal Nord », …", "selon le quotidien Le Veilleur, …" speak for the outlet
the entity stage names, whatever noun of the kind's phrase the parser hangs the title on; quotation marks around
such a title hold a name, no quoted words, while quotation marks after a medium's noun that hold words of a
statement stay a quote. A sentence opening on "Pour" and a bare noun ("Pour rappel, …") names no source. Invented
outlets, people and statements."""

from __future__ import annotations

import pytest

import quote_fixtures
from test_quotes import run

SPEC = {
    "canal": ("Canal Nord", "ORG", ["Canal Nord"]),
    "veilleur": ("Le Veilleur", "ORG", ["Veilleur"]),
    "martel": ("Paul Martel", "PERSON", ["Paul Martel"]),
}
REPORT = "la délégation a refusé d’entrer dans la salle du conseil"


def speakers_of(text: str) -> set[str] | None:
    return quote_fixtures.speakers_of(run(text, "fr", SPEC), REPORT)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, outlet",
    [
        (f"Selon la chaîne de télévision locale « Canal Nord », {REPORT}.", "Canal Nord"),
        (f"Selon la chaîne de télévision locale Canal Nord, {REPORT}.", "Canal Nord"),
        (f"Selon le quotidien Le Veilleur, {REPORT}.", "Le Veilleur"),
        (f"À son arrivée au port, selon la chaîne « Canal Nord », {REPORT}.", "Canal Nord"),
    ],
)
def test_quotes_media_sources_an_outlet_named_after_its_kind_speaks(text: str, outlet: str) -> None:
    assert speakers_of(text) == {outlet}


@pytest.mark.e2e
def test_quotes_media_sources_quoted_words_after_a_medium_stay_a_quote() -> None:
    text = "Paul Martel a parlé à la radio « Nous refuserons d’entrer dans la salle du conseil », a-t-il dit."
    quotes = run(text, "fr", SPEC)
    assert any(q["direct"] and q["text"].startswith("Nous refuserons") for q in quotes)


@pytest.mark.e2e
@pytest.mark.parametrize("locution", ["Pour rappel", "Pour mémoire", "Pour info"])
def test_quotes_media_sources_a_bare_noun_after_an_opening_pour_is_no_source(locution: str) -> None:
    text = f"{locution}, Paul Martel avait été sommé de quitter le port le vendredi 25 août par le conseil."
    assert run(text, "fr", SPEC) == []


@pytest.mark.e2e
@pytest.mark.parametrize(
    "source, speaker", [("Pour Paul Martel", "Paul Martel"), ("Pour les syndicats", "les syndicats")]
)
def test_quotes_media_sources_an_opening_pour_names_its_source(source: str, speaker: str) -> None:
    quotes = run(f"{source}, la réforme du port est une erreur qui coûtera cher.", "fr", SPEC)
    assert [{s["name"] for s in q["speakers"]} for q in quotes] == [{speaker}]
