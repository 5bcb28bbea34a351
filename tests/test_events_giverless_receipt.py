"""A request received from no one the text names comes from the story's other side for the receiver ("Le Togo a
reçu une demande d'aide", "Ghana received a formal request"); a request whose giver the text names keeps it, and an
act received that anyone may give (aid, threats) takes no giver from the story. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("benin", "Bénin", "GPE", "BEN", None, "GOV", ["Bénin", "Benin", "béninois", "Beninese"]),
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo", "togolais", "Togolese"]),
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana", "ghanéen", "Ghanaian"]),
]

FR_STORY = "Le Bénin a été frappé par de graves inondations. Le Bénin a sollicité l'aide de ses voisins. "
EN_STORY = "Benin was hit by severe floods. Benin asked its neighbours for help. "


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (FR_STORY + "Le Togo a reçu une demande formelle d'assistance et a dépêché des secouristes.", "fr"),
        (FR_STORY + "Le Togo a également reçu une telle demande.", "fr"),
        (EN_STORY + "Togo received a formal request for assistance on Sunday.", "en"),
    ],
)
def test_events_giverless_request_is_the_other_sides(text, lang):
    assert ({"BEN"}, {"TGO"}) in sides(coded(text, lang, KB), "REQUEST")


@pytest.mark.parametrize(
    ("text", "lang", "giver"),
    [
        # the giver named: its own request, not the story's other side
        (FR_STORY + "Le Togo a reçu une demande du Ghana.", "fr", {"GHA"}),
        (EN_STORY + "Togo received a request from Ghana on Sunday.", "en", {"GHA"}),
    ],
)
def test_events_giverless_request_named_giver_kept(text, lang, giver):
    found = sides(coded(text, lang, KB), "REQUEST")
    assert (giver, {"TGO"}) in found
    assert ({"BEN"}, {"TGO"}) not in found


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # aid or threats received from no one named: anyone may give them, no side from the story
        (FR_STORY + "Le Togo a reçu une aide importante.", "fr", "AID"),
        (EN_STORY + "Togo received threats on Sunday.", "en", "THREATEN"),
    ],
)
def test_events_giverless_other_acts_take_no_giver(text, lang, etype):
    assert not [s for s in sides(coded(text, lang, KB), etype) if s[1] == {"TGO"}]
