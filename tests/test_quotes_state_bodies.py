"""A state's bodies named together by a bare plural ("the authorities", "Authorities", "les autorités") speak for the
state named last before them, as the real-news golds give them ("deux mineurs retenus en Ostravie, ont précisé les
autorités" -> Ostravia); qualified ("electoral authorities", "les autorités locales") or with no state named
before, they stay a described speaker. A time word the parser hangs on the speaker's noun ("les autorités mardi")
is no word of its description (issue 12, stop 37). Invented sentences, states and people."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "kb:country:OST": ("Ostravia", "GPE", ["Ostravia", "Ostravie"]),
    "kb:country:VAL": ("Valmeria", "GPE", ["Valmeria", "Valmérie"]),
    "kb:city:brenn": ("Brenn", "GPE", ["Brenn"]),
}


def _speakers(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(s["id"], s["name"]) for q in run(text, lang, SPEC) for s in q["speakers"]]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, lang, state",
    [
        ("Forty miners were detained in Ostravia on Monday, the authorities said.", "en", "kb:country:OST"),
        (
            "Valmeria closed its northern border on Monday. Authorities said the crossing would reopen next week.",
            "en",
            "kb:country:VAL",
        ),
        (
            "Plus de 300 mineurs ont été interpellés en Ostravie, ont indiqué les autorités mardi.",
            "fr",
            "kb:country:OST",
        ),
        (
            "La Valmérie a fermé sa frontière nord. Les autorités ont affirmé que le poste rouvrirait la semaine "
            "prochaine.",
            "fr",
            "kb:country:VAL",
        ),
    ],
)
def test_state_bodies_bare_speak_for_the_state_named_before(text: str, lang: str, state: str) -> None:
    assert [sid for sid, _ in _speakers(text, lang)] == [state]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, lang, described",
    [
        ("Valmeria voted on Sunday. Electoral authorities said that turnout had been high.", "en", "authorities"),
        (
            "La Valmérie a voté dimanche. Les autorités locales ont affirmé que la participation était forte.",
            "fr",
            "autorités locales",
        ),
        ("The authorities said the bridge would reopen on Friday.", "en", "authorities"),
        ("Les autorités ont indiqué mardi que le pont rouvrirait vendredi.", "fr", "autorités"),
        ("Le marché de Brenn a brûlé. Les autorités ont affirmé que personne n'avait été blessé.", "fr", "autorités"),
    ],
)
def test_state_bodies_qualified_or_with_no_state_before_stay_described(text: str, lang: str, described: str) -> None:
    found = _speakers(text, lang)
    assert found and all(sid is None and described in name for sid, name in found), found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, lang, name",
    [
        (
            "Le pont sera rouvert vendredi, a déclaré un responsable ostravien lundi soir.",
            "fr",
            "un responsable ostravien",
        ),
        (
            "Le pont sera rouvert vendredi, a déclaré un conseiller des élus de décembre.",
            "fr",
            "un conseiller des élus de décembre",
        ),
    ],
)
def test_state_bodies_time_word_after_the_noun_is_no_word_of_the_description(text: str, lang: str, name: str) -> None:
    assert [n for sid, n in _speakers(text, lang) if sid is None] == [name]
