"""A first-person subject in a quote acts for the quote's speaker: "J'ai rencontré ...", "Je condamne ...",
"Nous avons signé ...", "I met ...", "We signed ...", the elided French "j'" with a straight or a curly
apostrophe, the quote before or after its speech verb, the speaker's state or organisation as the actor.
Invented sentences and people; real states and organisations."""

from __future__ import annotations

import re

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("durand", "Paul Durand", "PERSON", None, "NATO", "IGO", ["Paul Durand", "Durand"]),
    ("lefort", "Alice Lefort", "PERSON", None, "BEL", "GOV", ["Alice Lefort", "Lefort"]),
    ("nato", "NATO", "ORG", "NATO", None, "IGO", ["OTAN", "NATO"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine", "ukrainien", "Ukrainian"]),
    ("georgia", "Georgia", "GPE", "GEO", None, "GOV", ["Géorgie", "Georgia"]),
    ("chile", "Chile", "GPE", "CHL", None, "GOV", ["Chili", "Chile"]),
]
NAMES = {k[0]: k[1] for k in KB}


def run(text: str, lang: str, speaker: str) -> list[dict]:
    """The events of ``text``, each quote between « » or " " said by ``speaker``."""
    quotes = [
        {
            "text": m.group(1),
            "start": m.start(1),
            "end": m.end(1),
            "direct": True,
            "speakers": [{"id": speaker, "name": NAMES[speaker]}],
            "cue": "déclarer" if lang == "fr" else "say",
        }
        for m in re.finditer(r"[«\"] ?(.+?) ?[»\"]", text)
    ]
    return coded(text, lang, KB, quotes=quotes)


@pytest.mark.parametrize(
    "lang,text,speaker,etype,expected",
    [
        # the elided pronoun, straight and curly apostrophes, quote first or last
        (
            "fr",
            "« J'ai rencontré le président de l'Ukraine lundi », a déclaré Paul Durand.",
            "durand",
            "CONSULT",
            ({"NATO"}, {"UKR"}),
        ),
        (
            "fr",
            "« J’ai rencontré le président de l’Ukraine lundi », a déclaré Paul Durand.",
            "durand",
            "CONSULT",
            ({"NATO"}, {"UKR"}),
        ),
        (
            "fr",
            "Paul Durand a déclaré : « J'ai rencontré le président de l'Ukraine lundi. »",
            "durand",
            "CONSULT",
            ({"NATO"}, {"UKR"}),
        ),
        (
            "fr",
            "« J’en ai parlé avec le président de la Géorgie », a affirmé Alice Lefort.",
            "lefort",
            "CONSULT",
            ({"BEL"}, {"GEO"}),
        ),
        (
            "fr",
            "« J'ai signé un accord avec le Chili », a indiqué Alice Lefort.",
            "lefort",
            "AGREE",
            ({"BEL"}, {"CHL"}),
        ),
        # the full pronoun and the plural
        ("fr", "« Je condamne le Chili », a dit Alice Lefort.", "lefort", "ACCUSE", ({"BEL"}, {"CHL"})),
        (
            "fr",
            "« Nous avons rencontré le président de la Géorgie », a déclaré Paul Durand.",
            "durand",
            "CONSULT",
            ({"NATO"}, {"GEO"}),
        ),
        # English: singular and plural, quote first or last
        (
            "en",
            '"I met the president of Ukraine on Monday," Paul Durand said.',
            "durand",
            "CONSULT",
            ({"NATO"}, {"UKR"}),
        ),
        (
            "en",
            'Paul Durand said: "I met the president of Georgia on Monday."',
            "durand",
            "CONSULT",
            ({"NATO"}, {"GEO"}),
        ),
        ("en", '"We signed an agreement with Chile," Alice Lefort said.', "lefort", "AGREE", ({"BEL"}, {"CHL"})),
    ],
)
def test_events_first_person_acts_for_the_speaker(lang, text, speaker, etype, expected):
    assert expected in sides(run(text, lang, speaker), etype)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "« J'ai rencontré des étudiants lundi », a déclaré Paul Durand."),
        ("en", '"I met some students on Monday," Paul Durand said.'),
    ],
)
def test_events_first_person_meeting_no_one_named_is_no_event(lang, text):
    assert not [s for s in sides(run(text, lang, "durand"), "CONSULT") if s[1]]
