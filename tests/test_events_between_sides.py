"""Both sides of "entre X et Y" act in a joint act, however the parser hangs the second one (on the event noun, as
the verb's subject, under a date): "les négociations entre la Russie et l'Ukraine", "la trêve conclue entre la
Syrie et Israël"; and a verb of a joint act with no actor of its own ("un accord a été signé vendredi
entre le Soudan et le Tchad", "un accord signé entre le Mali et la Russie") is done by those sides
(events/between.py). A second side that names no party ("et des représentants civils") adds nobody, and a party in
an adjunct after them ("selon la Turquie") is no side. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("syria", "Syria", "GPE", "SYR", None, "GOV", ["Syrie"]),
    ("mongolia", "Mongolia", "GPE", "MNG", None, "GOV", ["Mongolie"]),
    ("israel", "Israel", "GPE", "ISR", None, "GOV", ["Israël"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russie"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine"]),
    ("sudan", "Sudan", "GPE", "SDN", None, "GOV", ["Soudan"]),
    ("chad", "Chad", "GPE", "TCD", None, "GOV", ["Tchad"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali"]),
    ("japan", "Japan", "GPE", "JPN", None, "GOV", ["Japon", "japonaise"]),
    ("china", "China", "GPE", "CHN", None, "GOV", ["Chine", "chinoise"]),
    ("turkey", "Turkey", "GPE", "TUR", None, "GOV", ["Turquie"]),
    ("morocco", "Morocco", "GPE", "MAR", None, "GOV", ["Maroc"]),
    ("algeria", "Algeria", "GPE", "DZA", None, "GOV", ["Algérie"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "fr", KB)


@pytest.mark.parametrize(
    "text, etype, both",
    [
        # a truce concluded is a concession (stop 51: the ceasefire rows of events.tsv)
        ("La trêve conclue entre la Syrie et Israël est violée chaque semaine.", "CONCEDE", {"SYR", "ISR"}),
        ("Les négociations entre la Russie et l'Ukraine ont repris mardi à Istanbul.", "CONSULT", {"RUS", "UKR"}),
        ("Un accord de paix a été signé vendredi entre le Soudan et le Tchad.", "AGREE", {"SDN", "TCD"}),
        ("Un accord signé entre le Mali et la Russie prévoit la livraison d'armes.", "AGREE", {"MLI", "RUS"}),
        ("Les pourparlers entre le Japon et la Mongolie ont échoué samedi.", "CONSULT", {"JPN", "MNG"}),
        ("La rencontre entre le Maroc et l'Algérie s'est tenue mardi à Rabat.", "CONSULT", {"MAR", "DZA"}),
    ],
)
def test_both_sides_act(text, etype, both):
    got = sides(run(text), etype)
    assert any(a == both and r == both for a, r in got), got


@pytest.mark.parametrize(
    "text, etype, codes",
    [
        # the second side names no party: no joint act of one state with itself
        ("Les négociations entre la Russie et des représentants civils ont repris mardi.", "CONSULT", {"RUS"}),
        # a party in an adjunct after the sides is none of them
        ("Les pourparlers entre la Russie et l'Ukraine, selon la Turquie, ont repris.", "CONSULT", {"RUS", "UKR"}),
        # a signed text with one party named: no joint act read from a single side
        ("Un accord de paix a été signé vendredi entre le Soudan et les rebelles.", "AGREE", {"SDN"}),
    ],
)
def test_no_side_that_is_not_named(text, etype, codes):
    for a, r in sides(run(text), etype):
        assert a <= codes and r <= codes and a != r or a == r == codes and len(codes) > 1, (a, r)


def test_subject_between_is_not_the_verbs():
    """ "une coopération entre X et Y est discutée": the sides of the noun, not of the verb of talks."""
    text = "Une coopération plus étroite entre les polices japonaise et chinoise est désormais discutée."
    events = run(text)
    assert not [e for e in events if e["type"] == "CONSULT"], events
