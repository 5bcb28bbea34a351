"""Speech acts whose sides a noun phrase names: the support a speaker voices is the genitive's ("a réaffirmé le
soutien de la France à l'Ukraine": France's, to Ukraine, never France as its recipient); a call for or a welcome of
an act the story told is aimed at its doer ("appelle à la libération des derniers captifs" after Hamas freed some);
a judgement whose genitive the parser hangs on the noun's participle ("cette agression injustifiée de X") is said
of that genitive. Invented sentences and people, French and English; real states and organisations."""

from __future__ import annotations

import pytest

from test_events import KB, coded, quote, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

KB2 = [
    *KB,
    ("hamas", "Hamas", "ORG", "HAMAS", None, "REB", ["Hamas"]),
]


def run(text: str, lang: str, quotes=()) -> list[dict]:
    return coded(text, lang, KB2, quotes)


# ---------------------------------------------------------------- the support a speaker voices is the genitive's


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le ministre a réaffirmé le soutien de la France à l'Ukraine."),
        ("fr", "Pierre Dupont a affirmé le soutien de la France à l'Ukraine."),
        ("fr", "Le ministre a réitéré le soutien indéfectible de la France à l'Ukraine."),
        ("fr", "Le ministre a exprimé la solidarité de la France avec l'Ukraine."),
        ("fr", "Le ministre a affirmé le soutien et la solidarité de la France au Japon."),
        ("en", "The minister reaffirmed France's support for Ukraine."),
        ("en", "The minister affirmed France's full support for Ukraine."),
    ],
)
def test_events_voiced_acts_support_is_the_genitives(lang, text):
    assert sides(run(text, lang), "SUPPORT") == [({"FRA"}, {"UKR"} if "Japon" not in text else {"JPN"})]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "La France a réaffirmé son soutien à l'Ukraine."),
        ("en", "France reaffirmed its support for Ukraine."),
    ],
)
def test_events_voiced_acts_own_support_unchanged(lang, text):
    assert sides(run(text, lang), "SUPPORT") == [({"FRA"}, {"UKR"})]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le ministre a réaffirmé le soutien de la France à l'Ukraine."),
        ("en", "The minister reaffirmed France's support for Ukraine."),
    ],
)
def test_events_voiced_acts_genitive_is_no_recipient(lang, text):
    assert all("FRA" not in recipients for _, recipients in sides(run(text, lang), "SUPPORT"))


# ---------------------------------------------------------------- a call for, or a welcome of, a told act


@pytest.mark.parametrize(
    "lang,text,etype",
    [
        (
            "fr",
            "Le Hamas a libéré douze captifs mardi. La France appelle à la libération des derniers captifs.",
            "REQUEST",
        ),
        (
            "en",
            "Hamas freed twelve captives on Tuesday. France calls for the release of the remaining captives.",
            "REQUEST",
        ),
        ("fr", "Le Hamas a libéré douze captifs mardi. Paris a salué la libération des captifs.", "SUPPORT"),
        ("en", "Hamas freed twelve captives on Tuesday. France welcomed the release of the captives.", "SUPPORT"),
    ],
)
def test_events_voiced_acts_call_for_a_told_act_aims_at_its_doer(lang, text, etype):
    assert ({"FRA"}, {"HAMAS"}) in sides(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang,text,etype",
    [
        ("fr", "La France appelle à la libération des derniers captifs.", "REQUEST"),
        ("en", "France calls for the release of the remaining captives.", "REQUEST"),
        ("fr", "La France a libéré deux prisonniers. La France salue la libération des prisonniers.", "SUPPORT"),
        ("en", "France freed two prisoners. France welcomed the release of the prisoners.", "SUPPORT"),
    ],
)
def test_events_voiced_acts_call_for_an_untold_or_own_act_aims_at_no_one(lang, text, etype):
    assert not sides(run(text, lang), etype)


# ---------------------------------------------------------------- a judgement's genitive hung on a participle


@pytest.mark.parametrize(
    "lang,text,words,judged",
    [
        (
            "fr",
            "« Devant cette agression injustifiée de la Russie, notre pays reste uni », a écrit Pierre Dupont.",
            "Devant cette agression injustifiée de la Russie, notre pays reste uni",
            "RUS",
        ),
        (
            "fr",
            "« Nous suivons de près le déploiement militaire menaçant de la Chine », a déclaré Pierre Dupont.",
            "Nous suivons de près le déploiement militaire menaçant de la Chine",
            "CHN",
        ),
        (
            "en",
            "“Faced with Moscow's unjustified aggression, we will hold firm,” Pierre Dupont wrote.",
            "Faced with Moscow's unjustified aggression, we will hold firm,",
            "RUS",
        ),
    ],
)
def test_events_voiced_acts_judgement_of_a_genitive_on_a_participle(lang, text, words, judged):
    assert ({"FRA"}, {judged}) in sides(run(text, lang, [quote(text, words, ["dupont"])]), "ACCUSE")


@pytest.mark.parametrize(
    "lang,text,words",
    [
        (
            "fr",
            "« Devant cette agression injustifiée, nous restons unis », a écrit Pierre Dupont.",
            "Devant cette agression injustifiée, nous restons unis",
        ),
        (
            "en",
            "“Faced with an unjustified aggression, we will hold firm,” Pierre Dupont wrote.",
            "Faced with an unjustified aggression, we will hold firm,",
        ),
    ],
)
def test_events_voiced_acts_judgement_of_no_named_owner_accuses_no_one(lang, text, words):
    assert not sides(run(text, lang, [quote(text, words, ["dupont"])]), "ACCUSE")
