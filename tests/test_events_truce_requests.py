"""A request for a mutual act or its end that names no one to do it (« a réclamé l'arrêt des hostilités »,
« a appelé au respect de la trêve », "called for an end to the fighting", "called for a ceasefire") is aimed at the
sides of the story's latest realised armed act, but the requester's own side (issue 13, stop 48 helper evfrverb,
taken up at stop 50; events/discourse.py ``truce_sides``, cues.json ``truce_types``). A request that names whom it
asks keeps that recipient; one with no armed act told before it has none (in French a request of no one:
events/open_calls.py); a request for another act (a release) is read as before. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("chad", "Chad", "GPE", "TCD", None, "GOV", ["Tchad", "Chad"]),
    ("sudan", "Sudan", "GPE", "SDN", None, "GOV", ["Soudan", "Sudan", "Khartoum"]),
    ("niger", "Niger", "GPE", "NER", None, "GOV", ["Niger"]),
    ("eu", "European Union", "ORG", "EU", None, "IGO", ["Union européenne", "European Union"]),
]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le Tchad a attaqué le Soudan lundi. L'Union européenne a réclamé l'arrêt des hostilités.", "fr",
         ({"EU"}, {"TCD", "SDN"})),
        ("Le Tchad a attaqué le Soudan lundi. L'Union européenne a appelé au respect de la trêve.", "fr",
         ({"EU"}, {"TCD", "SDN"})),
        ("Le Tchad a attaqué le Soudan lundi. Mardi, le Niger a appelé à un cessez-le-feu immédiat.", "fr",
         ({"NER"}, {"TCD", "SDN"})),
        # one of the sides asks: the other
        ("Le Tchad a attaqué le Soudan lundi. Khartoum a réclamé un cessez-le-feu.", "fr", ({"SDN"}, {"TCD"})),
        ("Chad attacked Sudan on Monday. The European Union called for an end to the fighting.", "en",
         ({"EU"}, {"TCD", "SDN"})),
        ("Chad attacked Sudan on Monday. On Tuesday Niger called for a ceasefire.", "en", ({"NER"}, {"TCD", "SDN"})),
    ],
)  # fmt: skip
def test_truce_requests_aim_at_the_warring_sides(text, lang, expected):
    assert expected in sides(coded(text, lang, KB), "REQUEST")


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # the request names whom it asks
        ("Le Tchad a attaqué le Soudan lundi. L'Union européenne a demandé au Tchad un cessez-le-feu.", "fr",
         [({"EU"}, {"TCD"})]),
        # no armed act told before: a request of no one (French open_call_types, test_events_open_calls.py)
        ("Le Tchad et le Soudan ont tenu des pourparlers lundi. Le Niger a réclamé un cessez-le-feu.", "fr",
         [({"NER"}, set())]),
        # a request for another act
        ("Le Tchad a attaqué le Soudan lundi. Le Niger a réclamé la libération des prisonniers.", "fr", []),
        ("Chad attacked Sudan on Monday. The European Union demanded the release of the prisoners.", "en", []),
    ],
)  # fmt: skip
def test_truce_requests_near_misses_keep_their_reading(text, lang, expected):
    assert sides(coded(text, lang, KB), "REQUEST") == expected
