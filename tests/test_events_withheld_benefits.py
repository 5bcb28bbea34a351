"""What a state withholds from another (SANCTION), in the words the lexicon lacked: an envoy withdrawn or pulled
out is an envoy recalled ("withdrew its ambassador from Norway", "the withdrawal of its envoy"), funds, financing
or exchanges suspended ("suspended funds meant for India's police"), contacts or communications severed or cut
("the military contacts that India severed"), a status or a representation downgraded ("the decision to downgrade
Norway's trade status"). Near misses: troops and peacekeepers withdrawn are a retreat, funds pledged or released
are aid, a complaint withdrawn is a concession, a credit rating downgraded by an agency is no act on a state.
Invented sentences, real states, no real people."""

from __future__ import annotations

import pytest

from test_events import sides
from test_events_two_states_kb import run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "text",
    [
        "Norway withdrew its ambassador from India on Monday after the row over the dam.",
        "Norway has pulled out its diplomats from India.",
        "Norway announced the withdrawal of its envoy to India.",
        "Norway suspended funds directed to India's border police.",
        "Norway has frozen funds for India's border police.",
        "Norway suspended financing for India's coastal projects.",
        "Norway suspended its student exchanges with India.",
        "Norway severed communications with India's navy last year.",
        "The two states agreed to resume the military contacts that Norway severed last year with India.",
        "Norway cut contacts with India after the election.",
        "India condemned Norway's decision to downgrade India's trade status.",
        "Norway downgraded its diplomatic representation in India.",
    ],
)
def test_events_withheld_benefits_are_sanctions(text):
    assert any("NOR" in a and "IND" in r for a, r in sides(run(text), "SANCTION"))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Norway withdrew its troops from India's border region.", "SANCTION"),
        ("Norway pledged funds for India's flood victims.", "SANCTION"),
        ("Norway released funds for India's hospitals.", "SANCTION"),
        ("Norway withdrew its complaint against India.", "SANCTION"),
        ("A Norwegian agency downgraded India's credit rating.", "SANCTION"),
        ("Norway withdrew its peacekeepers from India.", "SANCTION"),
    ],
)
def test_events_withheld_benefits_near_misses(text, etype):
    assert not any("NOR" in a and "IND" in r for a, r in sides(run(text), etype))


@pytest.mark.parametrize(
    "text",
    [
        "Norway withdrew its troops from India's border region.",
        "Norway withdrew its peacekeepers from India.",
    ],
)
def test_events_withheld_benefits_troops_still_retreat(text):
    assert any("NOR" in a for a, r in sides(run(text), "RETREAT"))
