"""A party that says it will strike, retaliate or attack another threatens it (THREATEN, as CAMEO's "threaten
with military force"): the act of force it announces for itself is still to come, the threat is made now. "Norway
said it would strike India", "warned that it would retaliate against India", "vowed to continue its attacks on
India", "India will respond forcefully to any incursion, a spokesman said". Near misses: the act already done
("said it had struck"), the act another party is said to plan ("India said Norway would attack it"), an act that
is no force ("would hold talks with", "would send aid to"), the act denied ("would not attack"), an act told as
possible ("may strike"), and a sanction or expulsion a state says it will take, which is its planned act, not a
threat (the real-news golds code "said it would expel the envoy" as a planned COERCE). Invented sentences, real
states, no real people."""

from __future__ import annotations

import pytest

from test_events import sides
from test_events_two_states_kb import run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Norway said it would strike any vessel linked to India.",
            marks=pytest.mark.xfail(strict=True, reason="NOT_YET: a recipient named through 'linked to' is not read"),
        ),
        "Norway said on Tuesday that it would retaliate against India.",
        "Norway warned that it would launch military operations against India.",
        pytest.param(
            "Norway said India would soon face further measures.",
            marks=pytest.mark.xfail(strict=True, reason="NOT_YET: unnamed 'measures' are no act of the lexicon"),
        ),
        "Norway will respond forcefully to any incursion by India, the Norwegian defence minister said.",
        "Norway said the army would respond militarily if Indian troops crossed the border.",
        "Norway vowed to continue its attacks on India.",
        "The Norwegian army said it would attack Indian positions in response.",
    ],
)
def test_events_threats_of_force_are_threats(text):
    assert ({"NOR"}, {"IND"}) in sides(run(text), "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "Norway said it had struck Indian positions overnight.",
        "Norway launched military operations against India on Monday.",
        "India said Norway would attack it within days.",
        "Norway said it would hold talks with India next week.",
        "Norway said it would send food aid to India.",
        "Norway said it would not attack India.",
        "Norway said its army may strike India at some point.",
        "Norway will attack India again, an officer warned.",
        "Norway said it would expel India's ambassador.",
        "Norway plans to impose new sanctions on India.",
        "Norway responded to the Indian proposal on Monday.",
    ],
)
def test_events_threats_of_force_near_misses(text):
    assert not [a for a, r in sides(run(text), "THREATEN") if "NOR" in a and "IND" in r]
