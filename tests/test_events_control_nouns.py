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
        ("en", "The talks followed Ireland's decision to recognise a Palestinian state.", "SUPPORT", ({"IRL"}, {"PSE"})),
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
