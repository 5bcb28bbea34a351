"""A word of English the lexicon lacked for pressing a party to act (REQUEST, as "press", "push", "urge"):
"pressured India to release the fishermen", "is pressuring India into reopening the port". Near misses: pressure
that is no party's act ("rising prices pressured India's budget"). A vow of a coercive measure ("vowed to impose
tariffs on India", "vowed to seize India's tankers") is a threat the lexicon does not read yet (measured: no dev
text moved, so no row was kept): NOT_YET rows. "Acceded to" an alliance, a bloc or a treaty joins it, no concession
as acceding to demands is. Invented sentences, real states, no real people."""

from __future__ import annotations

import pytest

from test_events import sides
from test_events_two_states_kb import run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

NOT_YET = pytest.mark.xfail(reason="a vow of a coercive measure: no row kept (no dev text moved)", strict=True)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Norway pressured India to release the fishermen.", "REQUEST"),
        ("Norway has been pressuring India to drop its tariffs on salmon.", "REQUEST"),
        ("Norway pressured India into reopening the port.", "REQUEST"),
        pytest.param("Norway vowed to impose tariffs on all goods from India.", "THREATEN", marks=NOT_YET),
        pytest.param("Norway vowed to seize Indian tankers in its waters.", "THREATEN", marks=NOT_YET),
    ],
)
def test_events_pressure_requests_are_read(text, etype):
    assert any("NOR" in a and "IND" in r for a, r in sides(run(text), etype))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Rising fuel prices pressured Norway's budget, India said.", "REQUEST"),
        ("India felt pressured by the floods, Norway said.", "REQUEST"),
        ("Norway vowed to help India rebuild the port.", "THREATEN"),
    ],
)
def test_events_pressure_requests_near_misses(text, etype):
    assert not any("NOR" in a and "IND" in r for a, r in sides(run(text), etype))


@pytest.mark.parametrize(
    ("text", "conceded"),
    [
        ("Norway acceded to India's demands for a new inquiry.", True),
        ("Norway finally acceded to India's request.", True),
        ("Norway acceded to NATO in April.", False),
        ("Norway acceded to the India-led military alliance in April.", False),
        ("Norway acceded to the treaty with India last year.", False),
    ],
)
def test_events_accession_to_a_body_is_no_concession(text, conceded):
    """ "Acceding to" demands concedes them; acceding to an alliance or a treaty joins it (no CONCEDE)."""
    assert bool(sides(run(text), "CONCEDE")) == conceded
