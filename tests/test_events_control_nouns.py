"""An act told as the infinitive of a control noun ("Kenya's decision to expel", "la décision du président de
rompre", "announced its decision to", "Kenya's plan to") is done by the noun's agent: its possessor, its agent or
genitive complement, or for a possessive determiner the subject of the clause that holds the noun. A decision
told as taken is the act done; a plan, a pledge or an attempt stays intended; a bare "the decision to" names no
one. Invented sentences, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("kenya", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya", "Kenyan", "kényan"]),
    ("somalia", "Somalia", "GPE", "SOM", None, "GOV", ["Somalia", "Somali", "somalien", "Somalie"]),
    ("mogadishu", "Mogadishu", "GPE", "SOM", None, None, ["Mogadishu", "Mogadiscio"]),
    ("nairobi", "Nairobi", "GPE", "KEN", None, None, ["Nairobi"]),
    ("ireland", "Ireland", "GPE", "IRL", None, "GOV", ["Ireland"]),
    ("palestine", "Palestine", "GPE", "PSE", None, "GOV", ["Palestinian state"]),
]

EXPEL = ({"KEN"}, {"SOM"})


@pytest.mark.parametrize(
    ("lang", "text", "etype", "pair"),
    [
        ("en", "Officials in Mogadishu condemned Kenya's decision to expel the Somali ambassador.", "COERCE", EXPEL),
        ("en", "Kenya announced its decision to expel the Somali ambassador on Monday.", "COERCE", EXPEL),
        (
            "en",
            "The talks followed Ireland's decision to recognise a Palestinian state.",
            "SUPPORT",
            ({"IRL"}, {"PSE"}),
        ),
    ],
)
def test_events_control_nouns_a_decision_is_the_act_of_its_agent(lang: str, text: str, etype: str, pair) -> None:
    assert pair in sides(coded(text, lang, KB), etype)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kenya's plan to expel the Somali ambassador angered officials in Mogadishu."),
        ("en", "Kenya's attempt to expel the Somali ambassador failed on Monday."),
        ("fr", "Le Kenya a annoncé son intention d'expulser l'ambassadeur somalien lundi à Nairobi."),
    ],
)
def test_events_control_nouns_a_plan_is_the_agents_intended_act(lang: str, text: str) -> None:
    events = [e for e in coded(text, lang, KB) if e["type"] == "COERCE"]
    assert any({p["code"] for p in e["actors"]} == {"KEN"} and e["modality"] == "intended" for e in events)
    assert EXPEL not in sides(events, "COERCE")  # intended, not done


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The decision to expel the Somali ambassador angered officials in Mogadishu."),
        # the possessor of a demand is who asks, not who is asked to act
        ("en", "Somalia's demand to expel the Kenyan envoy was rejected in Nairobi on Monday."),
    ],
)
def test_events_control_nouns_other_nouns_give_no_actor(lang: str, text: str) -> None:
    events = coded(text, lang, KB)
    assert not [s for s in sides(events, "COERCE") if s[0] & {"KEN", "SOM"}]


# A decision the clause welcomes, takes or comments on (stop 32): the parse may hang the infinitive, past the
# noun's genitive, under the verb that governs the noun ("salue la décision du Kenya d'expulser", expulser taken for
# the complement of salue); the act is the genitive's, not the welcomer's. With no genitive, the subject of the verb
# that takes the decision acts ("a pris la décision de", "took the decision to"), in that verb's mood and negation;
# any other verb presupposes the decision ("refused to comment on the decision to": the act is not negated).
KB_DECIDED = KB + [
    ("usa", "United States", "GPE", "USA", None, "GOV", ["United States", "États-Unis"]),
    ("japan", "Japan", "GPE", "JPN", None, "GOV", ["Japan", "Japon"]),
    ("china", "China", "GPE", "CHN", None, "GOV", ["China", "Chine"]),
]
SANCTION = ({"USA"}, {"CHN"})


@pytest.mark.parametrize(
    ("lang", "text", "etype", "pair"),
    [
        ("fr", "Le Japon salue la décision des États-Unis de sanctionner la Chine.", "SANCTION", SANCTION),
        ("fr", "Le Japon a salué mardi la décision des États-Unis de sanctionner la Chine.", "SANCTION", SANCTION),
        ("en", "Japan welcomed the decision of the United States to sanction China.", "SANCTION", SANCTION),
        ("fr", "Les États-Unis ont pris la décision de sanctionner la Chine.", "SANCTION", SANCTION),
        ("en", "The United States took the decision to sanction China on Monday.", "SANCTION", SANCTION),
        ("fr", "Le Kenya a pris la décision d'expulser l'ambassadeur somalien.", "COERCE", EXPEL),
    ],
)
def test_events_control_nouns_a_decision_taken_or_welcomed_is_its_takers_act(lang, text, etype, pair) -> None:
    assert pair in sides(coded(text, lang, KB_DECIDED), etype)


@pytest.mark.parametrize(
    ("lang", "text", "etype", "pair"),
    [
        # the one who welcomes or contests a decision does not take it
        ("fr", "Le Japon salue la décision des États-Unis de sanctionner la Chine.", "SANCTION", ({"JPN"}, {"CHN"})),
        ("en", "Japan welcomed the decision of the United States to sanction China.", "SANCTION", ({"JPN"}, {"CHN"})),
        ("fr", "Le Japon conteste la décision de sanctionner la Chine.", "SANCTION", ({"JPN"}, {"CHN"})),
        # a decision not taken is no act
        ("fr", "Les États-Unis n'ont pas pris la décision de sanctionner la Chine.", "SANCTION", SANCTION),
        ("en", "The United States did not take the decision to sanction China.", "SANCTION", SANCTION),
    ],
)
def test_events_control_nouns_a_welcomer_or_an_untaken_decision_gives_no_act(lang, text, etype, pair) -> None:
    assert pair not in sides(coded(text, lang, KB_DECIDED), etype)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le ministre a refusé de commenter la décision des États-Unis de sanctionner la Chine."),
        ("en", "The minister refused to comment on the decision of the United States to sanction China."),
    ],
)
def test_events_control_nouns_a_decision_commented_on_is_not_negated(lang: str, text: str) -> None:
    events = [e for e in coded(text, lang, KB_DECIDED) if e["type"] == "SANCTION"]
    assert events and not any(e["negated"] for e in events)
    assert SANCTION in sides(events, "SANCTION")
