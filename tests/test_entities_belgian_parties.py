"""Belgian parties the French-language press names by their acronym or short name (``orgs.tsv``: N-VA, « MR »,
« Les Engagés ») are organisations of the article; « MR » only in French. Invented sentences and people."""

from __future__ import annotations

import pytest

from entity_fixtures import article_names as names


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Le ministre de la Défense Jan Verlinden (N-VA) a dénoncé mardi une campagne de désinformation.",
            "New Flemish Alliance",
        ),
        ("En commission, le député MR Luc Dambois a cité un rapport de l'ONU.", "Mouvement Réformateur"),
        ("Le ministre Paul Dorval (Les Engagés) a plaidé mercredi pour des sanctions.", "Les Engagés"),
    ],
)
def test_entities_belgian_party_acronyms(text: str, party: str) -> None:
    assert party in names(text, "fr")


@pytest.mark.e2e
def test_entities_belgian_party_mr_not_in_english() -> None:
    assert "Mouvement Réformateur" not in names("MR SMITH GOES TO TOWN: the mayor of Lakeview said on Tuesday.", "en")
