"""An official named after a fronted side frame ("Du côté malien, le Premier ministre X", "On the Malian side,
Prime Minister X") acts for the state of the frame's nationality adjective; a frame without a nationality ("du
côté de la défense", "on the other side"), a person who holds no office, or an official of another sentence gets no
state from it. Invented sentences and people; real states."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e

BODY = " La réunion a duré deux heures, selon les services de la présidence."
BODY_EN = " The meeting lasted two hours, according to the presidency."


@pytest.mark.parametrize(
    "lang,text,name,state",
    [
        (
            "fr",
            "Du côté malien, le Premier ministre Paul Derain s'est félicité de l'offre de Dakar.",
            "Paul Derain",
            "MLI",
        ),
        (
            "fr",
            "Côté nigérien, le ministre de la Défense Ali Sanda a confirmé le départ des derniers soldats.",
            "Ali Sanda",
            "NER",
        ),
        ("fr", "Du côté ivoirien, le général Koffi Ableman a promis de nouvelles patrouilles.", "Koffi Ableman", "CIV"),
        ("en", "On the Malian side, Prime Minister Paul Derain welcomed the offer from Dakar.", "Paul Derain", "MLI"),
        (
            "en",
            "On the Ghanaian side, Defence Minister Kwesi Ablor said the patrols would go on.",
            "Kwesi Ablor",
            "GHA",
        ),
    ],
)
def test_entities_sides_official_after_a_side_frame_acts_for_its_state(lang, text, name, state):
    found = entities(text + (BODY if lang == "fr" else BODY_EN), lang)
    assert found[name]["country"] == state, found[name]


@pytest.mark.parametrize(
    "lang,text,name",
    [
        ("fr", "Du côté de la défense, la ministre Paula Derain a salué la décision.", "Paula Derain"),
        ("fr", "Du côté malien, le chanteur Marc Bovin a salué la décision.", "Marc Bovin"),
        ("en", "On the other side, Prime Minister Paul Derain welcomed the offer.", "Paul Derain"),
        ("en", "On the Malian side, the singer Marc Bovin welcomed the offer.", "Marc Bovin"),
    ],
)
def test_entities_sides_no_state_without_a_nationality_or_an_office(lang, text, name):
    found = entities(text + (BODY if lang == "fr" else BODY_EN), lang)
    assert found[name]["country"] is None, found[name]


def test_entities_sides_frame_gives_no_state_to_another_sentence():
    text = "Du côté malien, la réunion a duré deux heures. Le Premier ministre Paul Derain a salué la décision."
    assert entities(text + BODY, "fr")["Paul Derain"]["country"] is None
