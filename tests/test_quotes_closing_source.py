"""Partial quotes inside a narrative sentence whose source closes it (issue 12), as a paradigm: "L’entretien a
servi à aborder « … » et pourrait ouvrir la voie à « … », a indiqué un haut fonctionnaire", "…, selon X", "…, a
déclaré, dans un communiqué, X"; one or two fragments, words after the last one, the source at the start or at the
end, a name, an institution, an unnamed source; English "…, a diplomatic source said", "according to X". The
speech verb of the narrative ("a servi à aborder": no subject of its own) does not speak; the source does.
Negatives: a quoted title, a scare-quoted term with no source. Invented sentences, invented people."""

from __future__ import annotations

import pytest

from quote_fixtures import speakers_of
from test_quotes import run

WHO = {
    "une source diplomatique": "une source diplomatique",
    "Paul Martel": "Paul Martel",
    "le ministère de l’Agriculture du Valdor": "Valdor Ministry of Agriculture",
    "un responsable du ministère": "un responsable du ministère",
}
BODIES = [
    "L’entretien a servi à aborder « une feuille de route commune » et pourrait ouvrir la voie à « un accord durable "
    "sur les récoltes »",
    "L’entretien avait servi à aborder « une feuille de route commune »",
    "La séance a donné l’occasion de mentionner « des garanties mutuelles » et d’évoquer « un suivi trimestriel »",
    "Les négociateurs sont parvenus à « un compromis acceptable pour tous » après une longue nuit de discussions",
    "Le texte prévoit « un calendrier précis » pour le retrait des troupes",
    "La réunion de mardi devrait déboucher sur « des mesures concrètes » et sur « un suivi régulier »",
]
CLOSINGS = [
    "a fait savoir {w}",
    "a indiqué {w}",
    "a précisé mardi {w}",
    "a déclaré, dans un communiqué, {w}",
    "selon {w}",
    "indique {w}",
    "affirmait {w}",
]


def fragments(body: str, left: str, right: str) -> list[str]:
    """The quoted fragments of ``body`` between marks ``left`` and ``right``."""
    return [part.split(right)[0].strip() for part in body.split(left)[1:]]


@pytest.mark.e2e
@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("closing", CLOSINGS)
@pytest.mark.parametrize("who", list(WHO))
def test_quotes_closing_source_speaks_every_fragment_before_it(body: str, closing: str, who: str) -> None:
    quotes = run(f"{body}, {closing.format(w=who)}.", "fr")
    for fragment in fragments(body, "«", "»"):
        assert speakers_of(quotes, fragment) == {WHO[who]}, fragment


@pytest.mark.e2e
@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("who", list(WHO))
def test_quotes_closing_source_opening_the_sentence(body: str, who: str) -> None:
    quotes = run(f"Selon {who}, {body[0].lower()}{body[1:]}.", "fr")
    for fragment in fragments(body, "«", "»"):
        assert speakers_of(quotes, fragment) == {WHO[who]}, fragment


@pytest.mark.e2e
def test_quotes_closing_source_does_not_override_a_speaker_with_a_subject_of_his_own() -> None:
    text = "Claire Vasseur a dénoncé « une manœuvre indigne du gouvernement », selon un responsable du ministère."
    assert speakers_of(run(text, "fr"), "une manœuvre indigne") == {"Claire Vasseur"}


EN_WHO = {
    "a diplomatic source": "a diplomatic source",
    "Paul Martel": "Paul Martel",
    "the Valdor Ministry of Agriculture": "Valdor Ministry of Agriculture",
}
EN_BODIES = [
    "The meeting made it possible to discuss “a common road map” and should lead to “a lasting deal on harvests”",
    "The talks had opened the way to “a common road map”",
    "The text sets out “a precise timetable” for the withdrawal of troops",
]


@pytest.mark.e2e
@pytest.mark.parametrize("body", EN_BODIES)
@pytest.mark.parametrize("closing", ["{w} said", "{w} said in a statement on Monday", "according to {w}", "said {w}"])
@pytest.mark.parametrize("who", list(EN_WHO))
def test_quotes_closing_source_english(body: str, closing: str, who: str) -> None:
    quotes = run(f"{body}, {closing.format(w=who)}.", "en")
    for fragment in fragments(body, "“", "”"):
        assert speakers_of(quotes, fragment) == {EN_WHO[who]}, fragment


# ------------------------------------------------- negatives: no speech in the marks
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("Le film « La Nuit des récoltes » sortira en mars, a annoncé le distributeur.", "La Nuit des récoltes"),
        ("Le « grand débat » s’ouvre mardi à Brévonne.", "grand débat"),
        ("The film “The Harvest Night” opens in March, the distributor said.", "The Harvest Night"),
    ],
)
def test_quotes_closing_source_title_or_scare_quote_is_no_quote(text: str, words: str) -> None:
    lang = "en" if "the" in text.split() else "fr"
    assert not any(q["text"] == words for q in run(text, lang))


# ------------------------------------------------- a reporter citing its source: the cited source speaks
CITED = [
    "a rapporté l’agence Valpresse en se référant à {w}",
    "a rapporté l’agence Valpresse, citant {w}",
    "indique l’agence Valpresse en citant {w}",
]


@pytest.mark.e2e
@pytest.mark.parametrize("closing", CITED)
@pytest.mark.parametrize(
    "who", ["Paul Martel", "un responsable du ministère", "le ministère de l’Agriculture du Valdor"]
)
def test_quotes_closing_source_a_reporter_citing_its_source(closing: str, who: str) -> None:
    text = f"Les troupes du Valdor vont quitter la ville « avant la fin du mois », {closing.format(w=who)}."
    assert speakers_of(run(text, "fr"), "avant la fin du mois") == {WHO[who]}


@pytest.mark.e2e
@pytest.mark.parametrize("citing", ["citing", "quoting"])
@pytest.mark.parametrize("who", ["Paul Martel", "a defence official"])
def test_quotes_closing_source_english_reporter_citing_its_source(citing: str, who: str) -> None:
    for text in (
        f"Valdor troops will leave “before the end of the month,” the Valpress agency reported, {citing} {who}.",
        f"“We will leave the city before the end of the month,” the Valpress agency said, {citing} {who}.",
    ):
        assert speakers_of(run(text, "en"), "the end of the month") == {who}, text
