"""Acts between two parties of one state (the real-news gold codes them with that state on both sides): a leader's
appeal to the home crowd ("urged his supporters to stay calm", English) is a request to its people, and a dispute
between two persons of one state that the text names apart ("the president accused the opposition leader") is home
politics, not a state acting on itself. A state and its capital, a leader and his own country, two persons who
meet, stay no event. Invented sentences and people, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("senegal", "Senegal", "GPE", "SEN", None, "GOV", ["Senegal", "Senegalese", "Sénégal", "sénégalais"]),
    ("dakar", "Dakar", "GPE", "SEN", None, None, ["Dakar"]),
    ("salem", "Ahmed Salem", "PERSON", None, "SEN", "GOV", ["Ahmed Salem", "Salem"]),
    ("diallo", "Omar Diallo", "PERSON", None, "SEN", "GOV", ["Omar Diallo", "Diallo"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russia", "Russian"]),
    ("moscow", "Moscow", "GPE", "RUS", None, None, ["Moscow"]),
    ("petrov", "Ivan Petrov", "PERSON", None, "RUS", "GOV", ["Ivan Petrov", "Petrov"]),
]

HOME = ({"SEN"}, {"SEN"})


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "President Ahmed Salem called on his supporters to stay calm after the protests in Dakar."),
        ("en", "President Ahmed Salem urged protesters to go home after a night of unrest in Dakar."),
        ("en", "President Ahmed Salem appealed to his compatriots to stay calm in an address from Dakar."),
    ],
)
def test_events_home_disputes_an_appeal_to_the_home_crowd_is_a_request_to_its_people(lang: str, text: str) -> None:
    assert HOME in sides(coded(text, lang, KB), "REQUEST")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a crime against civilians accuses no one of them: the filter on verbal acts holds for all but requests
        ("en", "President Ahmed Salem condemned the attacks on protesters in Dakar on Sunday."),
    ],
)
def test_events_home_disputes_a_condemnation_is_not_aimed_at_the_crowd(lang: str, text: str) -> None:
    assert HOME not in sides(coded(text, lang, KB), "ACCUSE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian envoy Ivan Petrov urged the protesters in Dakar to go home on Sunday."),
        ("en", "Ivan Petrov, a Russian diplomat, called on supporters of the opposition in Dakar to stay calm."),
        # French (events.json appeal_types): its real-news gold codes few acts of a state on its own people
        ("fr", "Le président Ahmed Salem a exhorté les manifestants à rentrer chez eux dimanche à Dakar."),
    ],
)
def test_events_home_disputes_a_foreign_or_french_appeal_to_a_crowd_names_no_state(lang: str, text: str) -> None:
    assert all("SEN" not in r for _, r in sides(coded(text, lang, KB), "REQUEST"))


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("en", "President Ahmed Salem accused Omar Diallo of plotting against the state on Sunday.", "ACCUSE"),
        ("en", "Omar Diallo rejected the accusation made by President Ahmed Salem on Sunday.", "REJECT"),
        ("fr", "Le président Ahmed Salem a accusé Omar Diallo de comploter contre l'État dimanche.", "ACCUSE"),
    ],
)
def test_events_home_disputes_two_persons_of_one_state_dispute_at_home(lang: str, text: str, etype: str) -> None:
    assert HOME in sides(coded(text, lang, KB), etype)


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("en", "President Ahmed Salem met Omar Diallo in Dakar on Sunday to discuss the transition.", "CONSULT"),
        ("en", "Ivan Petrov rejected the claims made by Russia about the election on Sunday.", "REJECT"),
        ("en", "Moscow accused Russia of hiding the figures, the newspaper wrote on Sunday.", "ACCUSE"),
    ],
)
def test_events_home_disputes_one_state_on_itself_stays_no_event(lang: str, text: str, etype: str) -> None:
    events = coded(text, lang, KB)
    assert not [s for s in sides(events, etype) if len(s[0]) == 1 and s[0] == s[1]]
