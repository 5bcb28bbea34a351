"""French visits and contacts told by words the lexicon lacked (events.tsv, CONSULT): an official arriving at a
foreign place visits it (« arriver à/au/aux/en », mode visit, as « se rendre à », « voyager à » and « se déplacer à »
already were: the host is the state of the place named), and officials said to be in contact with another party
consult it (the copular predicate « être en contact avec », mode meet). Both rows ask for an official subject (new
condition ``official``: a GOV or IGO person, a role of those sectors, a delegation or envoy) and the arrival for a
place named after the verb (new condition ``place``). Near misses: troops arriving stay a deployment (the MOBILIZE
row, tried first), private people arriving or in contact, an arrival at no place (« arriver à une conclusion »,
« arriver au pouvoir »), a contact with no copula (« perdre le contact »), and English, whose lexicon reads no
arrival (the tuning golds code none). Invented sentences, real states, no real people."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("china", "China", "GPE", "CHN", None, "GOV", ["chinois", "chinoises", "Chine", "Pékin", "Beijing", "China"]),
    ("germany", "Germany", "GPE", "DEU", None, "GOV", ["allemand", "allemande", "allemands", "Allemagne", "German"]),
    ("kinshasa", "Kinshasa", "GPE", "COD", None, None, ["Kinshasa"]),
]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("La ministre allemande est arrivée à Kinshasa pour une visite de deux jours.", "DEU", "COD"),
        ("Une délégation allemande est arrivée jeudi à Kinshasa.", "DEU", "COD"),
        ("Le président chinois est arrivé lundi soir en Allemagne.", "CHN", "DEU"),
        ("Des responsables allemands étaient en contact avec les autorités chinoises.", "DEU", "CHN"),
        ("Selon Berlin, les diplomates allemands sont en contact étroit avec la Chine depuis lundi.", "DEU", "CHN"),
    ],
)
def test_events_lexicon_arrival_contact_french_consults(text: str, actor: str, recipient: str) -> None:
    assert any(actor in a and recipient in r for a, r in sides(coded(text, "fr", KB), "CONSULT"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Des soldats allemands sont arrivés mardi à Kinshasa."),
        ("fr", "Une touriste allemande est arrivée jeudi à Kinshasa."),
        ("fr", "La ministre allemande est arrivée à une conclusion claire sur la Chine."),
        ("fr", "Le président chinois, arrivé au pouvoir en 2013, a rencontré des industriels."),
        ("fr", "Des habitants allemands étaient en contact avec les autorités chinoises."),
        ("fr", "Les autorités allemandes ont perdu le contact avec le navire chinois."),
        ("en", "The German president arrived in Beijing on Tuesday."),
    ],
)
def test_events_lexicon_arrival_contact_near_misses_no_consult(lang: str, text: str) -> None:
    assert sides(coded(text, lang, KB), "CONSULT") == []
