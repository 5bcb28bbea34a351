"""The reading of the lexicon for the forms of the paradigms (tests/test_events_trigger_paradigms.py) whose act the
coder does not yet give its sides: an event noun whose parties hang on its support verb, an agentless passive, a
group of the test knowledge base without a code. The word reads the act; who acts is the sides' business (issue 13).
Invented sentences, French and English."""

from __future__ import annotations

import pytest

from test_events import PUBLISHED
from veille.analysis.context import context_of
from veille.analysis.events.frame import new_frame
from veille.analysis.events.triggers import match_trigger
from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

READINGS = [
    ("en", "France lashed out at Russia.", "lashed", "ACCUSE"),
    ("en", "France voiced outrage at Russia's strikes.", "voiced", "ACCUSE"),
    ("en", "The Japanese minister hit out at Russia over the strikes.", "hit", "ACCUSE"),
    ("fr", "La France s'est plainte auprès de la Russie.", "plainte", "ACCUSE"),
    ("fr", "La signature d'un accord entre le Japon et la Chine a eu lieu mardi.", "signature", "AGREE"),
    ("fr", "Le Japon et la Chine se sont mis d'accord sur la pêche.", "accord", "AGREE"),
    ("fr", "Le Japon s'est engagé auprès de la Chine à respecter le traité.", "traité", "AGREE"),
    ("fr", "La France a fait don de matériel médical à l'Ukraine.", "don", "AID"),
    ("fr", "La France a parachuté des vivres en Ukraine.", "parachuté", "AID"),
    ("fr", "La France a promis une aide militaire à l'Ukraine.", "aide", "AID"),
    ("fr", "La livraison d'armes françaises à l'Ukraine a commencé.", "livraison", "AID"),
    ("en", "Fighting broke out between Russia and Ukraine.", "Fighting", "ASSAULT"),
    ("fr", "Des combats ont éclaté entre la Russie et l'Ukraine.", "combats", "ASSAULT"),
    ("fr", "La Russie a procédé à des tirs de missiles contre l'Ukraine.", "tirs", "ASSAULT"),
    ("en", "Russia banned the protests of the opposition.", "banned", "COERCE"),
    ("en", "The Ugandan government imposed a curfew.", "imposed", "COERCE"),
    ("en", "Three opposition figures were arrested by Ugandan police.", "arrested", "COERCE"),
    ("fr", "Des opposants ougandais croupissent en prison.", "croupissent", "COERCE"),
    ("fr", "La Russie a dissous le parti de l'opposition.", "dissous", "COERCE"),
    ("fr", "La Russie a interdit le parti de l'opposition.", "interdit", "COERCE"),
    ("fr", "La Russie a interdit les manifestations de l'opposition.", "interdit", "COERCE"),
    ("fr", "La Russie a placé en garde à vue un journaliste japonais.", "placé", "COERCE"),
    ("fr", "La police ougandaise a procédé à l'arrestation de trois opposants.", "arrestation", "COERCE"),
    ("fr", "Le gouvernement ougandais a décrété un couvre-feu.", "décrété", "COERCE"),
    ("en", "Israel and Hamas agreed to a truce.", "truce", "CONCEDE"),
    ("en", "Russia admitted defeat in its dispute with Ukraine.", "admitted", "CONCEDE"),
    ("en", "Russia backed down in its dispute with Ukraine.", "backed", "CONCEDE"),
    ("fr", "Israël et le Hamas ont conclu une trêve.", "trêve", "CONCEDE"),
    ("fr", "La Russie a capitulé face à l'Ukraine.", "capitulé", "CONCEDE"),
    ("fr", "La Russie a cédé aux demandes de l'Ukraine.", "cédé", "CONCEDE"),
    ("fr", "La Russie a reconnu son erreur face au Japon.", "reconnu", "CONCEDE"),
    ("fr", "La Russie s'est conformée aux exigences de l'Ukraine.", "conformée", "CONCEDE"),
    ("en", "John Smith arrived in Beijing for an official visit.", "visit", "CONSULT"),
    ("en", "John Smith travelled to Beijing on Tuesday.", "travelled", "CONSULT"),
    ("en", "John Smith will sit down with the Chinese president on Friday.", "sit", "CONSULT"),
    ("fr", "La visite de Pierre Dupont en Chine a débuté mardi.", "visite", "CONSULT"),
    ("fr", "Le Japon a accueilli une délégation chinoise.", "accueilli", "CONSULT"),
    ("fr", "Le gouvernement ougandais a organisé des assises nationales à Kampala.", "assises", "CONSULT"),
    ("fr", "Les ministres du Japon et de la Chine se sont réunis à Tokyo.", "réunis", "CONSULT"),
    ("fr", "Pierre Dupont a eu un entretien avec le président chinois.", "entretien", "CONSULT"),
    ("fr", "Pierre Dupont est arrivé à Pékin pour une visite officielle.", "visite", "CONSULT"),
    ("fr", "La France a agi en coordination avec le Japon.", "agi", "COOPERATE"),
    ("fr", "La France a mené l'opération en coordination avec le Japon.", "coordination", "COOPERATE"),
    ("en", "China conducted military exercises around Taiwan.", "exercises", "MOBILIZE"),
    ("fr", "La Chine a mené des manœuvres militaires près de Taïwan.", "manœuvres", "MOBILIZE"),
    ("en", "A protest against the government was held in Kampala.", "protest", "PROTEST"),
    ("en", "Thousands marched in Kampala.", "marched", "PROTEST"),
    ("en", "Thousands of teachers are striking in Kampala.", "striking", "PROTEST"),
    ("en", "Thousands took to the streets in Kampala.", "took", "PROTEST"),
    ("fr", "Des centaines de personnes sont descendues dans la rue à Rennes.", "descendues", "PROTEST"),
    ("fr", "Les cheminots ont débrayé à Rennes.", "débrayé", "PROTEST"),
    ("fr", "Les ouvriers de Rennes se sont mis en grève.", "grève", "PROTEST"),
    ("fr", "Les ouvriers ont fait grève à Rennes.", "fait", "PROTEST"),
    ("fr", "La Russie a opposé une fin de non-recevoir à l'Ukraine.", "opposé", "REJECT"),
    ("fr", "La Russie s'oppose au plan de l'Ukraine.", "oppose", "REJECT"),
    ("en", "France emphasized the need for Russia to withdraw its troops.", "emphasized", "REQUEST"),
    ("en", "France stressed the need for China to release the hostages.", "stressed", "REQUEST"),
    ("en", "France completed the withdrawal of its troops from Niger.", "withdrawal", "RETREAT"),
    ("en", "Russian forces disengaged from Ukraine.", "disengaged", "RETREAT"),
    ("en", "The release of three hostages by Hamas took place on Tuesday.", "release", "RETREAT"),
    ("fr", "La France a achevé le retrait de ses troupes du Niger.", "retrait", "RETREAT"),
    ("fr", "La libération de trois otages par le Hamas a eu lieu mardi.", "libération", "RETREAT"),
    ("fr", "Trois otages israéliens ont été libérés par le Hamas.", "libérés", "RETREAT"),
    ("en", "The United States raised tariffs on China.", "tariffs", "SANCTION"),
    ("fr", "Les États-Unis ont relevé les droits de douane sur les produits de la Chine.", "droits", "SANCTION"),
    ("en", "The rally was a show of support for Ukraine by France.", "support", "SUPPORT"),
    ("fr", "La France a apporté son appui au Japon.", "apporté", "SUPPORT"),
    ("fr", "La France a assuré l'Ukraine de son soutien.", "soutien", "SUPPORT"),
    ("fr", "La France a plaidé en faveur du Japon.", "plaidé", "SUPPORT"),
    ("fr", "La France a rendu hommage au Japon.", "hommage", "SUPPORT"),
    ("fr", "La France a rendu hommage au Japon.", "hommage", "SUPPORT"),
    ("fr", "Le Canada s'est rangé aux côtés de l'Ukraine.", "rangé", "SUPPORT"),
    ("fr", "Le Canada se tient aux côtés de l'Ukraine.", "tient", "SUPPORT"),
    ("fr", "La Russie a mis en demeure l'Ukraine.", "mis", "THREATEN"),
]


@pytest.mark.parametrize("lang, text, word, etype", READINGS)
def test_events_trigger_paradigms_the_word_reads_the_act(lang, text, word, etype):
    assert reading(text, lang, word) == etype


def reading(text: str, lang: str, word: str) -> str | None:
    doc = parse(text, lang)
    f = new_frame(context_of(doc, lang, PUBLISHED, None), [], [], lang=lang, published=PUBLISHED, source="body")
    hit = match_trigger(f, next(t for t in doc if t.text == word))
    return hit[0].type if hit else None
