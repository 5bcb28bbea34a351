"""Outlets the news names as a source or in a credit are organisations of the knowledge base (issue 12): a national
television (« TF1 »), a news agency (« ALERTE INFO » in capitals), radios (« Africa Radio », « Magik 9 », « Radio
Télé Métronome »), a Swiss daily (« Blick »), an armed group's propaganda agency (« Amaq ») and an online
encyclopaedia credited for a photograph (« Wikipédia »); the real-news golds list every outlet a text names. No NER
label is set: the knowledge base finds them. The sentences, people and places are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import with_ner
from veille.analysis.entities import recognise

pytestmark = pytest.mark.e2e


def _codes(text: str, lang: str = "fr") -> dict[str, str | None]:
    ents = recognise(with_ner(text, lang, []), lang=lang, published="2025-01-01")
    return {m["text"]: e.get("code") for e in ents for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, mention, code",
    [
        ("« Nous ne céderons pas », a affirmé le maire de Valmira mardi soir sur TF1.", "TF1", "TF1"),
        ("Le syndicat a envoyé jeudi son communiqué à ALERTE INFO.", "ALERTE INFO", "ALERTEINFO"),
        ("Le porte-parole a répondu aux questions de Magik 9 sur la crise.", "Magik 9", "MAGIK9"),
        ("Selon Radio Télé Métronome, deux routes étaient coupées.", "Radio Télé Métronome", "METRONOME"),
        ("L'agence Amaq, qui parle pour le groupe, a publié un bilan.", "Amaq", "AMAQ"),
        ("« Rien n'est décidé », a confié la ministre au quotidien Blick.", "Blick", "BLICK"),
        ("Le marché de Valmira rouvre lundi.\nAFRICA RADIO", "AFRICA RADIO", "AFRICARADIO"),
        ("Le maire de Valmira, en visite à Dakar. Ph : Wikipédia", "Wikipédia", "WIKIPEDIA"),
    ],
)
def test_entities_news_outlets_are_organisations(text, mention, code):
    assert _codes(text).get(mention) == code


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Un métronome réglait le pas des danseurs de Valmira.", "métronome"),
        ("La radio locale de Valmira a diffusé la nouvelle.", "radio"),
    ],
)
def test_entities_news_outlets_near_miss_common_words_stay(text, absent):
    assert absent not in _codes(text)
