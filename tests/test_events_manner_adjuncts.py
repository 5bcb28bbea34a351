"""A joint act noun that heads a manner adjunct of a clause ("en coordination avec X", "en négociation avec X") is
the act of the clause's actors with the partner it names; not when the clause denies it, nor when the clause names
no actor. Invented sentences, French; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("chad", "Chad", "GPE", "TCD", None, "GOV", ["Tchad", "tchadienne", "Chad"]),
    ("niger", "Niger", "GPE", "NER", None, "GOV", ["Niger", "Nigériens", "nigériennes"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Le Tchad a lancé l'opération mardi en coordination avec le Niger, a indiqué le ministre.", "COOPERATE"),
        ("« Nous menons ces patrouilles en coordination avec nos voisins du Niger », a déclaré le Tchad.", "COOPERATE"),
        ("Le Tchad est en négociation avec le Niger depuis le mois de mars.", "CONSULT"),
    ],
)
def test_events_manner_adjuncts_clause_actor_acts_with_the_partner(text, etype):
    assert any(a == {"TCD"} and r & {"NER"} for a, r in sides(run(text, "fr"), etype))


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Le Tchad n'a jamais agi en coordination avec le Niger, a indiqué le ministre.", "COOPERATE"),
        ("Cette opération se déroule en coordination avec l'armée du Niger, selon un communiqué.", "COOPERATE"),
    ],
)
def test_events_manner_adjuncts_no_act_denied_or_without_actor(text, etype):
    assert not [s for s in sides(run(text, "fr"), etype) if s[0] & {"TCD"}]


def test_events_manner_adjuncts_a_visit_stays_its_visitors():
    text = (
        "Le texte a été paraphé par la ministre tchadienne de l'Énergie, Anna Kaltam, en visite officielle de deux "
        "jours, et par son homologue nigérien de l'Énergie, Ali Sanda, en présence du Premier ministre nigérien."
    )
    assert not [s for s in sides(run(text, "fr"), "CONSULT") if s[0] & {"NER"}]
