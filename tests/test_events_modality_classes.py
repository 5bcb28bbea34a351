"""Classes of modality (issue 13): whether an act is told as done, on invented French and English sentences. A
bare verb coordinated with another shares its negation and modality ("will meet Japan and sign an agreement");
one with its own tense, auxiliary or subject keeps its own ("did not condemn Russia and criticised China").
Invented sentences; real states (helpers of tests/test_events_real.py).
"""

from __future__ import annotations

import pytest

from test_events_real import realised, run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


def flags(events: list[dict], etype: str) -> list[tuple[bool, str | None]]:
    return [(e["negated"], e["modality"]) for e in events if e["type"] == etype]


@pytest.mark.parametrize(
    "lang, text, flag",
    [
        ("en", "China will meet Japan and sign an agreement with Russia.", (False, "future")),
        ("fr", "La Chine va rencontrer le Japon et signer un accord avec la Russie.", (False, "future")),
        ("fr", "La Chine rencontrera le Japon et signera un accord avec la Russie.", (False, "future")),
        ("en", "The United States plans to meet Japan and sign an agreement with China.", (False, "intended")),
        ("fr", "La France prévoit de rencontrer le Japon et de signer un accord avec la Chine.", (False, "intended")),
        ("en", "China could meet Japan and sign an agreement with Russia.", (False, "hypothetical")),
        ("fr", "La Chine pourrait rencontrer le Japon et signer un accord avec la Russie.", (False, "hypothetical")),
    ],
)
def test_events_modality_classes_a_coordinated_bare_verb_shares_the_modality(lang, text, flag):
    events = run(text, lang)
    assert not realised(events, "AGREE")
    assert flag in flags(events, "AGREE")


@pytest.mark.parametrize(
    "lang, text, etype, sides",
    [
        ("en", "Japan did not condemn Russia and criticised China.", "ACCUSE", ({"JPN"}, {"CHN"})),
        ("fr", "La France n'a pas condamné la Russie et a critiqué la Chine.", "ACCUSE", ({"FRA"}, {"CHN"})),
        ("en", "Japan condemned Russia and sanctioned China.", "SANCTION", ({"JPN"}, {"CHN"})),
        ("fr", "La France a condamné la Russie et sanctionné la Chine.", "SANCTION", ({"FRA"}, {"CHN"})),
    ],
)
def test_events_modality_classes_a_coordinated_verb_of_its_own_keeps_its_modality(lang, text, etype, sides):
    assert sides in realised(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang, text, flag",
    [
        # a first account, since revised: the act is alleged
        ("en", "Officials initially said that Russian drones had struck Ukraine.", (False, "alleged")),
        ("en", "Kyiv originally reported that Russia had attacked Ukraine on Monday.", (False, "alleged")),
        # a plain report is the act
        ("en", "Officials said that Russian drones had struck Ukraine.", (False, None)),
    ],
)
def test_events_modality_classes_a_first_account_is_alleged(lang, text, flag):
    assert flag in flags(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "« Nous restons vigilants », a dit Pierre Dupont, première voix française à accuser aussi nettement la "
            "Chine dans ce dossier.",
        ),
        ("fr", "« Le dossier avance », a ajouté Pierre Dupont, premier dirigeant européen à critiquer la Chine."),
    ],
)
def test_events_modality_classes_the_first_to_act_did_it(lang, text):
    assert (False, None) in flags(run(text, lang), "ACCUSE")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Pierre Dupont a réclamé le droit d'accuser la Chine devant le tribunal."),
        ("en", "John Smith asked for the right to accuse China before the court."),
    ],
)
def test_events_modality_classes_an_infinitive_without_rank_stays_unrealised(lang, text):
    assert (False, None) not in flags(run(text, lang), "ACCUSE")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "La France a exhorté le Premier ministre israélien à attaquer l'Ukraine."),  # a named target
        ("fr", "La Russie a reçu le ministre syrien. Elle a appelé ce dernier à attaquer l'Ukraine."),
        ("en", "France urged the last Israeli government to attack Ukraine."),
    ],
)
def test_events_modality_classes_a_rank_in_a_title_or_an_object_is_no_act_done(lang, text):
    # "Premier ministre" is a title, "ce dernier" the one urged: the attack is what is asked of them, not done
    found = flags(run(text, lang), "ASSAULT")
    assert found and (False, None) not in found


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        # the means is done, so is the meeting or the help it is sent or held for
        ("en", "Japan sent two ministers to Beijing to meet China's leaders.", "CONSULT"),
        ("fr", "Le Japon a envoyé deux ministres à Pékin pour rencontrer les dirigeants chinois.", "CONSULT"),
        ("fr", "Le Japon a dépêché deux ministres à Pékin pour s'entretenir avec les dirigeants chinois.", "CONSULT"),
        (
            "en",
            "Japan's ambassador to China had a scheduled meeting with Chinese officials in Beijing today to discuss "
            "trade issues, the embassy said.",
            "CONSULT",
        ),
        ("en", "France sent doctors to help Ukraine.", "AID"),
        ("fr", "La France a envoyé des médecins pour venir en aide à l'Ukraine.", "AID"),
        # a refusal is the protest: the purpose is not negated by it
        ("fr", "Le Japon a refusé de participer au sommet pour protester contre la Chine.", "PROTEST"),
    ],
)
def test_events_modality_classes_a_purpose_its_means_carries_out_is_done(lang, text, etype):
    assert (False, None) in flags(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang, text, etype, flag",
    [
        # an attack is not carried out by sending troops
        ("en", "Russia sent troops to attack Ukraine.", "ASSAULT", (False, "intended")),
        ("fr", "La Russie a envoyé des troupes pour attaquer l'Ukraine.", "ASSAULT", (False, "intended")),
        # nor a signing by a journey
        ("en", "Japan travelled to Beijing to sign an agreement with China.", "AGREE", (False, "intended")),
        # the means' own mood and negation
        ("en", "China will send two ministers to Tokyo to meet Japan.", "CONSULT", (False, "future")),
        ("fr", "La Chine enverra deux ministres à Tokyo pour rencontrer le Japon.", "CONSULT", (False, "future")),
        ("en", "Japan plans to send two ministers to Beijing to meet China's leaders.", "CONSULT", (False, "intended")),
        ("en", "Japan did not send ministers to meet China.", "CONSULT", (True, None)),
    ],
)
def test_events_modality_classes_a_purpose_its_means_does_not_carry_out_stays_flagged(lang, text, etype, flag):
    events = run(text, lang)
    assert not realised(events, etype)
    assert flag in flags(events, etype)


@pytest.mark.parametrize(
    "lang, text, etype, flag",
    [
        # the verb that brings an event noun about tells its tense: "take effect", "amorcer"
        ("en", "A ceasefire between Russia and Ukraine will take effect on Monday.", "CONCEDE", (False, "future")),
        ("en", "A ceasefire between Russia and Ukraine took effect on Monday.", "CONCEDE", (False, None)),
        ("fr", "La Russie va amorcer son retrait d'Ukraine dans la semaine.", "RETREAT", (False, "future")),
        ("fr", "La Russie a amorcé son retrait d'Ukraine lundi.", "RETREAT", (False, None)),
    ],
)
def test_events_modality_classes_an_event_noun_takes_the_tense_of_the_verb_that_starts_it(lang, text, etype, flag):
    assert flag in flags(run(text, lang), etype)
