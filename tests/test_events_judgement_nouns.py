"""A speaker who names an act or a party by a word of crime or violence accuses it (English): "called the move an
assault on its sovereignty", "described the seizure as an act of terrorism", "referred to the government as
genocidal", "said the raid was an attack on defenceless villagers", "this amounts to bullying". Such words
(events.json ``disapproval_predicates``) judge only as the predicate of the judgement: the complement of a
qualifying verb, or the predicate of a copula in reported speech. The same words as the subject or object of a
clause name an act and accuse no one ("said the attack killed ten soldiers"). Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("canada", "Canada", "GPE", "CAN", None, "GOV", ["Canada", "Ottawa"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russia", "Russia's", "Moscow", "Russian"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    "text",
    [
        # a qualifying verb whose complement is a noun of violence
        "Canada called the decision of Russia an attack on its sovereignty.",
        pytest.param(
            "Canada called Russia's move an assault on the rights of its fishermen.",
            marks=pytest.mark.xfail(
                strict=True, reason="NOT_YET: the parser reads 'move' as a verb, 'assault' its object"
            ),
        ),
        "Canada described the seizure by Russia as an act of terrorism.",
        "Canada branded the blockade of Russia as piracy.",
        pytest.param(
            "Canada labelled the remarks of Russia blackmail.",
            marks=pytest.mark.xfail(strict=True, reason="NOT_YET: the parser hangs 'Russia blackmail' as one noun"),
        ),
        pytest.param(
            "Canada called the takeover by Russia a coup.",
            marks=pytest.mark.xfail(strict=True, reason="NOT_YET: the parser hangs 'by Russia' on the verb: an agent"),
        ),
        # the predicate names the author when the object names none
        "Canada described the explosion as a Russian act of terrorism.",
        "Canada called the blast at the dam a Russian provocation.",
        pytest.param(
            "Canada called the blast at the dam Russia's aggression.",
            marks=pytest.mark.xfail(strict=True, reason="NOT_YET: the parser hangs the predicate as an apposition"),
        ),
        # "refer to X as Y"
        "Canada referred to the government of Russia as genocidal.",
        # a copula in reported speech
        "Canada said the decision of Russia was an assault on international law.",
        "Canada said the seizure by Russia is an act of terrorism.",
        "Canada argued that the blockade by Russia amounts to bullying.",
    ],
)
def test_events_judgement_nouns_accuse_what_they_are_said_of(text):
    assert ({"CAN"}, {"RUS"}) in sides(run(text), "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        # the noun of violence is the subject or object of the clause: an act named, no judgement
        "Canada said the attack by Russia killed ten soldiers.",
        "Canada said the assault of Russia on the town had ended.",
        "Canada called the attack on the embassy of Russia a tragedy.",
        "Canada described the terrorism conference in Russia as a success.",
        # the predicate's complement names the victim, not the author
        "Canada called the blast an assault on the sovereignty of Russia.",
        "Canada described the explosion as an attack on Russian fishermen.",
        # no word of blame in the complement
        "Canada described the talks with Russia as a step toward peace.",
        "Canada referred to the government of Russia as a partner.",
    ],
)
def test_events_judgement_nouns_name_an_act_not_a_judgement(text):
    assert not [a for a, r in sides(run(text), "ACCUSE") if a == {"CAN"} and "RUS" in r]
