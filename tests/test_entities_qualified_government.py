"""A state's government named with the level or the kind of its mandate ("le gouvernement fédéral", "the interim
government", "le Gouvernement de transition"): the state's government under that whole name, as the real-news golds
print it (bodies.tsv); a subdivision's government ("regional government") and a government word that qualifies
another noun ("federal government funding") are not. The sentences are invented."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, lang, name, mention",
    [
        (
            "Le gouvernement fédéral a confirmé mardi le départ des casques bleus canadiens du Mali.",
            "fr",
            "Government of Canada",
            "gouvernement fédéral",
        ),
        (
            "L'armée a dissous à l'aube le gouvernement de transition du Soudan, selon des témoins.",
            "fr",
            "Government of Sudan",
            "gouvernement de transition du Soudan",
        ),
        (
            "Le gouvernement fédéral somalien a rejeté l'accord signé par la région.",
            "fr",
            "Government of Somalia",
            "gouvernement fédéral somalien",
        ),
        (
            "Brazil's president signed a decree on Monday. The federal government will now run the state's police.",
            "en",
            "Government of Brazil",
            "federal government",
        ),
        (
            "The interim government of Bangladesh said the vote would be held in the spring.",
            "en",
            "Government of Bangladesh",
            "interim government of Bangladesh",
        ),
    ],
)
def test_a_qualified_government_is_the_state_s_under_its_whole_name(text, lang, name, mention):
    found = entities(text, lang)
    assert name in found and mention in forms(found[name]), {n: forms(e) for n, e in found.items()}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Catalonia's regional government pressed on with the ballot.", "en"),
        ("The federal government funding was cut by half last spring.", "en"),
        ("Le gouvernement provincial de l'Ontario a voté la loi.", "fr"),
    ],
)
def test_a_subdivision_s_government_or_a_modifier_is_no_state_government(text, lang):
    found = entities(text, lang)
    assert not any(n.startswith("Government of") for n in found), {n: forms(e) for n, e in found.items()}
