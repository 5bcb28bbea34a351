"""A ministry named with the portfolios it lists after a comma, up to the coordinated last one, one of which names
its people ("ministère des Affaires étrangères, de la Coopération et des Nigériens à l’Étranger"): that state's
ministry, under its whole name (issue 12: the name was cut at the comma, and the bare "ministère des Affaires
étrangères" went to another state's ministry named before). A list that names no people, or ministries listed by a
plural, is left as it was. The sentences are invented."""

from __future__ import annotations

import pytest

from veille.analysis.entities import recognise
from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e


def mentions(text: str, lang: str) -> dict[str, list[str]]:
    ents = recognise(parse(text, lang), lang=lang, published="2025-01-01")
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in ents}


@pytest.mark.parametrize(
    "text, lang, body, mention",
    [
        (
            "Le ministère des Affaires étrangères, de la Coopération et des Nigériens à l’Étranger a souligné que "
            "la décision est sans appel.",
            "fr",
            "Ministry of Foreign Affairs of Niger",
            "ministère des Affaires étrangères, de la Coopération et des Nigériens à l’Étranger",
        ),
        (
            "The Ministry of Foreign Affairs, Cooperation and Malians Abroad said the decision was final.",
            "en",
            "Ministry of Foreign Affairs of Mali",
            "Ministry of Foreign Affairs, Cooperation and Malians Abroad",
        ),
    ],
)
def test_ministry_portfolios_naming_a_people_are_that_states_ministry(text, lang, body, mention):
    found = mentions(text, lang)
    assert found.get(body) == [mention], found


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Le ministère des Affaires étrangères, de la Coopération et des Orvaniens à l’Étranger a souligné que "
            "la décision est sans appel.",
            "fr",
        ),
        ("Les ministères des Affaires étrangères, de la Défense et de l'Intérieur ont souligné la décision.", "fr"),
    ],
)
def test_ministry_portfolios_naming_no_people_name_no_state(text, lang):
    found = mentions(text, lang)
    assert not any(name.startswith("Ministry of") for name in found), found
